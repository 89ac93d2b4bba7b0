package dev.fundingkit.stats.regime;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.series.FundingSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * Finds the regimes of negative funding (domain brief §8) in a funding series, measured in
 * time rather than rows.
 *
 * <p>Time: observation {@code i} is taken to hold its rate from its timestamp for one funding
 * interval or until the next observation, whichever comes first, so
 * {@code [tᵢ, min(tᵢ + intervalᵢ, tᵢ₊₁))}; a gap in the data breaks an episode and is never
 * counted in one. Rates are compared <b>per 8 hours</b> (an hourly {@code -0.00125%/1h} is
 * {@code -0.01%/8h}), so venues on different intervals, or a symbol whose interval changed,
 * give the same answer. An episode is a maximal contiguous run of observations that meet a
 * rule:
 * <ul>
 *   <li>{@link RegimeKind#PERSISTENT_NEGATIVE}: rate below {@code negativeLevel} for at least
 *       {@code persistentMinimum};
 *   <li>{@link RegimeKind#EXTREME_SPIKE}: rate below the extreme level
 *       ({@link #extremeLevel(Instant[], FundingRate[])}) for less than {@code spikeMaximum};
 *   <li>{@link RegimeKind#NEGATIVE_WHILE_SPOT_RISES}: rate below {@code negativeLevel} for at
 *       least {@code spotRiseMinimumDuration} while the spot price rose by at least
 *       {@code spotRiseMinimum}, from the last spot price at or before the start to the last at
 *       or before the end; runs the spot series does not cover (no price at or before the
 *       start, or none at or after the end) are not judged.
 * </ul>
 * Episodes of different kinds may overlap (a spike inside a persistent run).
 *
 * <p>Immutable and thread-safe.
 */
public final class RegimeDetector {

  private static final Comparator<RegimeEpisode> ORDER =
      Comparator.comparing(RegimeEpisode::start).thenComparing(RegimeEpisode::kind);

  private static final RegimeDetector DEFAULTS = new RegimeDetector(RegimeThresholds.defaults());

  private final RegimeThresholds thresholds;

  private RegimeDetector(RegimeThresholds thresholds) {
    this.thresholds = thresholds;
  }

  /**
   * A detector with the given thresholds.
   *
   * @param thresholds the thresholds
   * @return the detector
   * @throws NullPointerException if {@code thresholds} is null
   */
  public static RegimeDetector of(RegimeThresholds thresholds) {
    return new RegimeDetector(Objects.requireNonNull(thresholds, "thresholds"));
  }

  /**
   * A detector with {@link RegimeThresholds#defaults()}.
   *
   * @return the detector
   */
  public static RegimeDetector defaults() {
    return DEFAULTS;
  }

  /**
   * The thresholds in use.
   *
   * @return the thresholds
   */
  public RegimeThresholds thresholds() {
    return thresholds;
  }

  /**
   * Persistent-negative and extreme-spike episodes of a funding series.
   *
   * @param times settlement instants, strictly increasing
   * @param rates the rates with their intervals, one per instant
   * @return the episodes ordered by start, then kind
   * @throws NullPointerException if an array or element is null
   * @throws IllegalArgumentException naming the bad parameter and its value
   * @throws IllegalStateException with fewer than 2 observations (the extreme level needs a
   *     standard deviation)
   */
  public List<RegimeEpisode> detect(Instant[] times, FundingRate[] rates) {
    FundingTimeline line = FundingTimeline.of(times, rates);
    List<RegimeEpisode> episodes = negativeAndSpikes(line);
    episodes.sort(ORDER);
    return List.copyOf(episodes);
  }

  /**
   * Persistent-negative and extreme-spike episodes of a funding series, each rate with its
   * own interval (declared or inferred once by core's {@code IntervalInference}).
   *
   * @param series the series
   * @return the episodes ordered by start, then kind
   * @throws NullPointerException if {@code series} is null
   * @throws IllegalStateException with fewer than 2 observations
   */
  public List<RegimeEpisode> detect(FundingSeries series) {
    Objects.requireNonNull(series, "series");
    FundingRate[] rates = new FundingRate[series.size()];
    for (int i = 0; i < rates.length; i++) {
      rates[i] = series.get(i);
    }
    return detect(series.toInstants(), rates);
  }

  private List<RegimeEpisode> negativeAndSpikes(FundingTimeline line) {
    List<RegimeEpisode> episodes = new ArrayList<>();
    double negative = thresholds.negativePer8h();
    Duration persistent = thresholds.persistentMinimum();
    runs(line, i -> line.per8h[i] < negative, RegimeKind.PERSISTENT_NEGATIVE, episodes,
        e -> e.duration().compareTo(persistent) >= 0);
    double extreme = extremeLevel(line);
    Duration spike = thresholds.spikeMaximum();
    runs(line, i -> line.per8h[i] < extreme, RegimeKind.EXTREME_SPIKE, episodes,
        e -> e.duration().compareTo(spike) < 0);
    return episodes;
  }

  /**
   * Persistent-negative and extreme-spike episodes of a series on one interval.
   *
   * @param times settlement instants, strictly increasing
   * @param rates fractions per {@code interval}, finite, one per instant
   * @param interval the funding interval of every rate, positive
   * @return the episodes ordered by start, then kind
   * @throws NullPointerException if an argument or a time is null
   * @throws IllegalArgumentException naming the bad parameter and its value
   * @throws IllegalStateException with fewer than 2 observations
   */
  public List<RegimeEpisode> detect(Instant[] times, double[] rates, Duration interval) {
    return detect(times, toRates(rates, interval));
  }

  /**
   * All three kinds of episode: persistent negative, extreme spikes, and negative funding while
   * spot rises.
   *
   * @param times settlement instants, strictly increasing
   * @param rates the rates with their intervals, one per instant
   * @param spotTimes spot price instants, strictly increasing
   * @param spotPrices spot prices, {@code > 0}, one per spot instant
   * @return the episodes ordered by start, then kind
   * @throws NullPointerException if an array or element is null
   * @throws IllegalArgumentException naming the bad parameter, index and value
   * @throws IllegalStateException with fewer than 2 funding observations
   */
  public List<RegimeEpisode> detect(
      Instant[] times, FundingRate[] rates, Instant[] spotTimes, double[] spotPrices) {
    FundingTimeline line = FundingTimeline.of(times, rates);
    ArgChecks.strictlyIncreasing("spotTimes", spotTimes);
    Objects.requireNonNull(spotPrices, "spotPrices");
    if (spotPrices.length != spotTimes.length) {
      throw new IllegalArgumentException(
          "spotPrices must have length " + spotTimes.length + ", was " + spotPrices.length);
    }
    for (int i = 0; i < spotPrices.length; i++) {
      if (!(spotPrices[i] > 0) || !Double.isFinite(spotPrices[i])) {
        throw new IllegalArgumentException(
            "spotPrices[" + i + "] must be > 0, was " + spotPrices[i]);
      }
    }
    List<RegimeEpisode> episodes = negativeAndSpikes(line);
    double negative = thresholds.negativePer8h();
    Duration minimum = thresholds.spotRiseMinimumDuration();
    double rise = thresholds.spotRiseMinimum();
    runs(line, i -> line.per8h[i] < negative, RegimeKind.NEGATIVE_WHILE_SPOT_RISES, episodes,
        e -> e.duration().compareTo(minimum) >= 0
            && spotChange(spotTimes, spotPrices, e.start(), e.end()) >= rise);
    episodes.sort(ORDER);
    return List.copyOf(episodes);
  }

  /**
   * The extreme level the spike rule uses for this series, per 8 h:
   * {@code min(0, max(μ − k·sd, spikeLevel))}, μ and sd being the mean and sample standard
   * deviation of the series' per-8h rates (one weight per observation). A rate strictly below
   * it is extreme.
   *
   * @param times settlement instants, strictly increasing
   * @param rates the rates with their intervals, one per instant
   * @return the level per 8 h, {@code <= 0}
   * @throws NullPointerException if an array or element is null
   * @throws IllegalArgumentException naming the bad parameter and its value
   * @throws IllegalStateException with fewer than 2 observations
   */
  public FundingRate extremeLevel(Instant[] times, FundingRate[] rates) {
    return FundingRate.of(extremeLevel(FundingTimeline.of(times, rates)), Duration.ofHours(8));
  }

  private double extremeLevel(FundingTimeline line) {
    double[] stats = line.meanAndSd();
    double sigmaLevel = stats[0] - thresholds.spikeSigmas() * stats[1];
    // No -0.0 to normalise: the mean starts at +0.0 and a sum reaches -0.0 only from -0.0
    // operands, so sigmaLevel is never -0.0, and spikeLevel is < 0.
    return Math.min(0.0, Math.max(sigmaLevel, thresholds.spikePer8h()));
  }

  private static void runs(FundingTimeline line, IntPredicate in, RegimeKind kind,
      List<RegimeEpisode> out, Predicate<RegimeEpisode> keep) {
    int first = -1;
    for (int i = 0; i <= line.size(); i++) {
      boolean inside = i < line.size() && in.test(i);
      if (first >= 0 && (!inside || !line.continues(i))) {
        RegimeEpisode episode = line.episode(kind, first, i - 1);
        if (keep.test(episode)) {
          out.add(episode);
        }
        first = -1;
      }
      if (inside && first < 0) {
        first = i;
      }
    }
  }

  /** Spot return from the last price at or before start to the last at or before end. */
  private static double spotChange(
      Instant[] spotTimes, double[] spotPrices, Instant start, Instant end) {
    int from = lastAtOrBefore(spotTimes, start);
    int to = lastAtOrBefore(spotTimes, end);
    if (from < 0 || spotTimes[spotTimes.length - 1].isBefore(end)) {
      // PIT: equivalent mutant (PrimitiveReturns 0.0): spotRiseMinimum is > 0, so 0.0 fails
      // the rise test just as -Infinity does.
      return Double.NEGATIVE_INFINITY; // not covered: never judged a rise
    }
    return spotPrices[to] / spotPrices[from] - 1;
  }

  private static int lastAtOrBefore(Instant[] times, Instant t) {
    int i = Arrays.binarySearch(times, t);
    return i >= 0 ? i : -i - 2;
  }

  private static FundingRate[] toRates(double[] rates, Duration interval) {
    ArgChecks.allFinite("rates", rates);
    ArgChecks.positive("interval", interval);
    FundingRate[] out = new FundingRate[rates.length];
    for (int i = 0; i < rates.length; i++) {
      out[i] = FundingRate.of(rates[i], interval);
    }
    return out;
  }

  @Override
  public String toString() {
    return "RegimeDetector[" + thresholds + "]";
  }
}
