package dev.fundingkit.examples.io;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.schedule.IntervalInference;
import java.time.Duration;
import java.time.Instant;

/**
 * The funding interval of each settlement of a history that does not state it, by core's
 * {@link IntervalInference}: jitter within a minute is ignored, a late or odd settlement keeps
 * its segment's interval, and a step that is a whole multiple of the interval is missing rows.
 * Unlike the library's default (3 steps, or 8 to a coarser interval, to be safe on long
 * histories with many missing rows), the report follows a change as soon as the next step
 * confirms it, so a short export that switches interval is labelled from the switch.
 *
 * <p>Shared by {@code fit --per-hour} and {@code report} so that one file is labelled the same
 * way by every command. Stateless and thread-safe.
 */
public final class SettlementIntervals {

  /** Core's inference, declaring a change after two steps of the new interval. */
  public static final IntervalInference INFERENCE =
      IntervalInference.STANDARD.withMinimumRun(2).withMinimumCoarserRun(2);

  private SettlementIntervals() {}

  /**
   * The interval of each settlement.
   *
   * @param times strictly increasing, at least 2
   * @return one positive interval per settlement
   * @throws NullPointerException if {@code times} or an element is null
   * @throws IllegalArgumentException if the times are not increasing or fewer than 2
   * @throws IllegalStateException if no step is a funding interval (a whole-minute divisor of
   *     a day)
   */
  public static Duration[] infer(Instant[] times) {
    ArgChecks.strictlyIncreasing("times", times);
    if (times.length < 2) {
      throw new IllegalArgumentException("times must hold at least 2 settlements, was "
          + times.length);
    }
    long[] millis = INFERENCE.infer(times).intervalsMillis();
    Duration[] out = new Duration[millis.length];
    for (int i = 0; i < millis.length; i++) {
      out[i] = Duration.ofMillis(millis[i]);
    }
    return out;
  }
}
