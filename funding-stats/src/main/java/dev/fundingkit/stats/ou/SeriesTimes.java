package dev.fundingkit.stats.ou;

import dev.fundingkit.core.ArgChecks;
import java.nio.LongBuffer;
import java.time.Duration;

/**
 * Timestamps of a series as doubles in a time unit, measured from the first observation so
 * that shifting every time changes nothing. No interval rule lives here (core's
 * {@code IntervalInference} is the only one). Stateless.
 */
final class SeriesTimes {

  /** Relative tolerance for calling steps equal (the reference script's rule). */
  private static final double REGULAR_RTOL = 1e-9;

  private SeriesTimes() {}

  static double unitNanos(Duration unit) {
    return unit.getSeconds() * 1e9 + unit.getNano();
  }

  static double[] units(java.time.Instant[] times, Duration unit) {
    ArgChecks.strictlyIncreasing("times", times);
    double nanosPerUnit = unitNanos(unit);
    double[] t = new double[times.length];
    for (int i = 0; i < times.length; i++) {
      long sec = times[i].getEpochSecond() - times[0].getEpochSecond();
      long nano = times[i].getNano() - times[0].getNano();
      t[i] = (sec * 1e9 + nano) / nanosPerUnit;
    }
    return t;
  }

  static double[] units(LongBuffer epochMillis, Duration unit) {
    double millisPerUnit = unitNanos(unit) / 1e6;
    int n = epochMillis.remaining();
    double[] t = new double[n];
    long first = n == 0 ? 0 : epochMillis.get(0);
    for (int i = 0; i < n; i++) {
      t[i] = (epochMillis.get(i) - first) / millisPerUnit;
    }
    return t;
  }

  static double[] units(long[] epochMillis, Duration unit) {
    ArgChecks.strictlyIncreasingEpochMillis("epochMillis", epochMillis);
    double millisPerUnit = unitNanos(unit) / 1e6;
    double[] t = new double[epochMillis.length];
    for (int i = 0; i < epochMillis.length; i++) {
      t[i] = (epochMillis[i] - epochMillis[0]) / millisPerUnit;
    }
    return t;
  }

  static void requireIncreasing(double[] times) {
    for (int i = 1; i < times.length; i++) {
      if (!(times[i] > times[i - 1])) {
        throw new IllegalArgumentException("times must be strictly increasing, but times[" + i
            + "]=" + times[i] + (times[i] == times[i - 1] ? " duplicates " : " is before ")
            + "times[" + (i - 1) + "]=" + times[i - 1]);
      }
    }
  }

  /** Whether every step equals the mean step within a relative 1e-9. */
  static boolean regular(double[] t) {
    int n = t.length - 1;
    double mean = (t[n] - t[0]) / n;
    for (int i = 0; i < n; i++) {
      if (Math.abs(t[i + 1] - t[i] - mean) > REGULAR_RTOL * mean) {
        return false;
      }
    }
    return true;
  }
}
