package dev.fundingkit.stats.ou;

import dev.fundingkit.core.ArgChecks;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Timestamps of a series as doubles in a time unit, measured from the first observation so
 * that shifting every time changes nothing. Stateless.
 */
final class SeriesTimes {

  /** Relative tolerance for calling steps equal (the reference script's rule). */
  private static final double REGULAR_RTOL = 1e-9;

  private SeriesTimes() {}

  static double unitNanos(Duration unit) {
    return unit.getSeconds() * 1e9 + unit.getNano();
  }

  static double[] units(Instant[] times, Duration unit) {
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

  /**
   * Each observation's funding interval inferred from spacing, in the units of {@code t}: the
   * step back to the previous observation, except that a step that is a whole multiple (2×
   * or more) of the previous interval counts as missing settlements (a gap) unless the next
   * step confirms it as the new interval (a switch such as 1 h → 8 h). The first observation
   * takes the first step. A switch 8 h → 1 h is seen at once.
   */
  static double[] inferredIntervals(double[] t) {
    int len = t.length;
    double[] iv = new double[len];
    iv[0] = t[1] - t[0];
    for (int i = 1; i < len; i++) {
      double back = t[i] - t[i - 1];
      double prev = iv[i - 1];
      double ratio = back / prev;
      boolean wholeMultiple = ratio > 1.5 && Math.abs(ratio - Math.rint(ratio)) < 1e-6;
      boolean confirmed = i + 1 < len && Math.abs((t[i + 1] - t[i]) - back) <= 1e-9 * back;
      iv[i] = wholeMultiple && !confirmed ? prev : back;
    }
    return iv;
  }
}
