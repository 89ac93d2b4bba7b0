package dev.fundingkit.stats.summary;

import dev.fundingkit.core.ArgChecks;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One validating pass over a series that produces a {@link SeriesSummary}. */
final class SeriesPass {

  private SeriesPass() {}

  /** Runs the pass; {@code intervals} null means "infer from spacing". */
  static SeriesSummary run(long[] times, double[] rates, long[] intervals, SummarySettings s) {
    Objects.requireNonNull(times, "epochMillis");
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(s, "settings");
    int n = times.length;
    requireLength("rates", rates.length, n);
    if (intervals != null) {
      requireLength("intervalMillis", intervals.length, n);
    }
    validate(times, rates, intervals);
    if (n < 2) {
      throw new IllegalStateException("a series summary needs at least 2 prints, had " + n);
    }
    double basis = s.basis().toMillis();
    // West's weighted running mean and sum of squares: one pass, no cancellation.
    double weight = 0;
    double weightSq = 0;
    double mean = 0;
    double squares = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double above = 0;
    double below = 0;
    int pinned = 0;
    long runStart = 0;
    int runPrints = 0;
    long bestStart = 0;
    long bestEnd = 0;
    int bestPrints = 0;
    for (int i = 0; i < n; i++) {
      long interval = intervalAt(times, intervals, i);
      double x = rates[i] * (basis / interval);
      if (!Double.isFinite(x)) {
        throw new IllegalArgumentException("rates[" + i + "] per basis must be finite, was "
            + x + " (rate " + rates[i] + " over " + interval + " ms)");
      }
      double w = interval;
      weight += w;
      weightSq += w * w;
      double delta = x - mean;
      mean += delta * (w / weight);
      squares += w * delta * (x - mean);
      min = Math.min(min, x);
      max = Math.max(max, x);
      above += x > s.above() ? w : 0;
      below += x < s.below() ? w : 0;
      pinned += Math.abs(x - s.interestRate()) <= s.pinnedTolerance() ? 1 : 0;
      if (x < s.below()) {
        long coverageStart = times[i] - interval;
        boolean continues =
            runPrints > 0 && coverageStart - times[i - 1] <= interval / 2;
        runStart = continues ? runStart : coverageStart;
        runPrints = continues ? runPrints + 1 : 1;
        if (times[i] - runStart > bestEnd - bestStart) {
          bestStart = runStart;
          bestEnd = times[i];
          bestPrints = runPrints;
        }
      } else {
        runPrints = 0;
      }
    }
    double variance = squares / (weight - weightSq / weight);
    Optional<TimeRun> run = bestPrints == 0 ? Optional.empty()
        : Optional.of(new TimeRun(instant(bestStart), instant(bestEnd), bestPrints));
    return new SeriesSummary(n, instant(times[0] - intervalAt(times, intervals, 0)),
        instant(times[n - 1]), Duration.ofMillis((long) weight), mean,
        Math.sqrt(Math.max(0, variance)), min, max, above / weight, below / weight, run,
        (double) pinned / n, s);
  }

  private static long intervalAt(long[] times, long[] intervals, int i) {
    if (intervals != null) {
      return intervals[i];
    }
    return i == 0 ? times[1] - times[0] : times[i] - times[i - 1];
  }

  private static void validate(long[] times, double[] rates, long[] intervals) {
    ArgChecks.strictlyIncreasingEpochMillis("epochMillis", times);
    for (int i = 0; i < times.length; i++) {
      if (!Double.isFinite(rates[i])) {
        throw new IllegalArgumentException("rates[" + i + "] must be finite, was " + rates[i]);
      }
      if (intervals != null && intervals[i] <= 0) {
        throw new IllegalArgumentException(
            "intervalMillis[" + i + "] must be > 0, was " + intervals[i]);
      }
    }
  }

  private static void requireLength(String name, int length, int expected) {
    if (length != expected) {
      throw new IllegalArgumentException(
          name + " must have the length of epochMillis (" + expected + "), was " + length);
    }
  }

  private static Instant instant(long epochMillis) {
    return Instant.ofEpochMilli(epochMillis);
  }
}
