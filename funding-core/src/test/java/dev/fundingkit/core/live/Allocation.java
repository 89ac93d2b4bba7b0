package dev.fundingkit.core.live;

import java.lang.management.ManagementFactory;

/** Bytes allocated by the current thread, from the JVM's per-thread allocation counter. */
final class Allocation {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private Allocation() {}

  static long bytes() {
    return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
  }
}
