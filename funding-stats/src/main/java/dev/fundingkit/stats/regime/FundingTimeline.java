package dev.fundingkit.stats.regime;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A funding series laid out in time: observation {@code i} holds its rate (rescaled to 8 h)
 * over {@code [tᵢ, min(tᵢ + intervalᵢ, tᵢ₊₁))}, so a gap in the data is never counted as time
 * in a regime. Package-private working form of {@link RegimeDetector}.
 */
final class FundingTimeline {

  static final Duration EIGHT_HOURS = Duration.ofHours(8);

  final Instant[] start;
  final Instant[] end;
  final double[] seconds;
  final double[] per8h;

  private FundingTimeline(Instant[] start, Instant[] end, double[] per8h) {
    this.start = start;
    this.end = end;
    this.per8h = per8h;
    this.seconds = new double[start.length];
    for (int i = 0; i < start.length; i++) {
      Duration d = Duration.between(start[i], end[i]);
      seconds[i] = d.getSeconds() + d.getNano() / 1e9;
    }
  }

  static FundingTimeline of(Instant[] times, FundingRate[] rates) {
    ArgChecks.strictlyIncreasing("times", times);
    Objects.requireNonNull(rates, "rates");
    if (rates.length != times.length) {
      throw new IllegalArgumentException(
          "rates must have length " + times.length + ", was " + rates.length);
    }
    if (times.length < 2) {
      throw new IllegalStateException(
          "need at least 2 funding observations, got " + times.length);
    }
    int n = times.length;
    Instant[] ends = new Instant[n];
    double[] per8h = new double[n];
    for (int i = 0; i < n; i++) {
      FundingRate rate = Objects.requireNonNull(rates[i], "rates[" + i + "]");
      Instant full = times[i].plus(rate.interval());
      ends[i] = i + 1 < n && times[i + 1].isBefore(full) ? times[i + 1] : full;
      per8h[i] = rate.rescaleTo(EIGHT_HOURS).value();
    }
    return new FundingTimeline(times.clone(), ends, per8h);
  }

  int size() {
    return per8h.length;
  }

  /** Whether observation {@code i} starts where observation {@code i − 1} ends. */
  boolean continues(int i) {
    return i > 0 && end[i - 1].equals(start[i]);
  }

  /** An episode over observations {@code first..last}, which must be contiguous. */
  RegimeEpisode episode(RegimeKind kind, int first, int last) {
    double min = Double.POSITIVE_INFINITY;
    double weighted = 0;
    double total = 0;
    for (int i = first; i <= last; i++) {
      min = Math.min(min, per8h[i]);
      weighted += per8h[i] * seconds[i];
      total += seconds[i];
    }
    // rounding must not put the mean of equal rates below their minimum
    double mean = Math.max(min, weighted / total);
    return RegimeEpisode.ofPer8h(kind, start[first], end[last], min, mean);
  }

  /** Mean and sample standard deviation of the per-8h rates, over observations. */
  double[] meanAndSd() {
    double mean = 0;
    double m2 = 0;
    for (int i = 0; i < per8h.length; i++) {
      double delta = per8h[i] - mean;
      mean += delta / (i + 1);
      m2 += delta * (per8h[i] - mean);
    }
    return new double[] {mean, Math.sqrt(m2 / (per8h.length - 1))};
  }
}
