package dev.fundingkit.core.venue;

import dev.fundingkit.core.formula.FundingBreakdown;
import dev.fundingkit.core.formula.FundingFormula;
import dev.fundingkit.core.premium.AveragingScheme;
import dev.fundingkit.core.premium.PremiumSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * The running estimate of the current interval's rate from the premium samples so far, with
 * the venue's own window: what a venue shows as its "predicted" or "indicative" rate, and what
 * a trader deciding whether to wait for a settlement needs.
 *
 * <p>For an interval ending at {@code T} and an instant {@code t} in {@code (T − N, T]}, the
 * samples averaged are those stamped in {@code (T − N, t]} for an {@link PremiumWindow#ANCHORED}
 * venue, in {@code (t − N, t]} for a {@link PremiumWindow#ROLLING} one, and only the latest at
 * or before {@code t} for an {@link PremiumWindow#INSTANTANEOUS} one. They are averaged with the
 * scheme of the rule in force at {@code T} and turned into a rate by that rule. At
 * {@code t = T} anchored and rolling windows coincide and the estimate is the settled rate.
 * Venues that pay a rate one interval after its window (BitMEX, Kraken) pay the estimate at
 * {@code T + N}: see {@link #paidAt()}. On dYdX the missing minutes of the hour count as zero,
 * so an early estimate is pulled toward the interest, as the chain itself would compute it.
 *
 * <p>Immutable and thread-safe.
 */
public final class PredictedRate {

  private final FundingBreakdown breakdown;
  private final Instant windowStart;
  private final Instant asOf;
  private final int samples;
  private final FundingRuleVersion version;
  private final Instant intervalEnd;
  private final Duration interval;

  private PredictedRate(FundingBreakdown breakdown, Instant windowStart, Instant asOf,
      int samples, FundingRuleVersion version, Instant intervalEnd, Duration interval) {
    this.breakdown = breakdown;
    this.windowStart = windowStart;
    this.asOf = asOf;
    this.samples = samples;
    this.version = version;
    this.intervalEnd = intervalEnd;
    this.interval = interval;
  }

  /**
   * Estimates the rate of the interval ending at {@code intervalEnd} as of {@code asOf}.
   *
   * @param convention the venue
   * @param terms the symbol's terms; their interval is {@code N}
   * @param premiums the premium samples available (any span; those outside the venue's window
   *     are ignored)
   * @param intervalEnd the settlement instant {@code T} ending the current interval
   * @param asOf the instant of the estimate, in {@code (T − N, T]}
   * @return the estimate
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code asOf} is not in {@code (T − N, T]}
   * @throws IllegalStateException if the window holds no sample
   * @throws UnknownFundingRuleException if the rule, its averaging or the venue's window is
   *     unknown at {@code T}
   */
  public static PredictedRate of(FundingConvention convention, SymbolTerms terms,
      PremiumSeries premiums, Instant intervalEnd, Instant asOf) {
    Objects.requireNonNull(convention, "convention");
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(premiums, "premiums");
    Objects.requireNonNull(intervalEnd, "intervalEnd");
    Objects.requireNonNull(asOf, "asOf");
    Duration n = terms.interval();
    Instant intervalStart = intervalEnd.minus(n);
    if (!asOf.isAfter(intervalStart) || asOf.isAfter(intervalEnd)) {
      throw new IllegalArgumentException("asOf must be in (" + intervalStart + ", "
          + intervalEnd + "], was " + asOf);
    }
    FundingRuleVersion rule = convention.versionAt(intervalEnd);
    PremiumWindow window = rule.window();
    // Unknown parts fail before any sample is looked at.
    FundingFormula formula = rule.formulaFor(terms);
    AveragingScheme scheme = window == PremiumWindow.INSTANTANEOUS ? null : rule.averaging();
    Instant start = window == PremiumWindow.ROLLING ? asOf.minus(n) : intervalStart;
    long[] times = premiums.epochMillis();
    double[] values = premiums.premiums();
    // Samples are strictly increasing, so the window is one index range.
    int to = upperBound(times, asOf.toEpochMilli());
    int from = window == PremiumWindow.INSTANTANEOUS
        ? Math.max(to - 1, lowerBoundAfter(times, start.toEpochMilli()))
        : lowerBoundAfter(times, start.toEpochMilli());
    if (to <= from) {
      throw new IllegalStateException("no premium sample in (" + start + ", " + asOf + "] for "
          + convention.id() + " " + window.name().toLowerCase(java.util.Locale.ROOT)
          + " window");
    }
    double average = window == PremiumWindow.INSTANTANEOUS
        ? values[to - 1]
        : scheme.average(times, values, from, to);
    FundingBreakdown breakdown = formula.apply(average, n);
    return new PredictedRate(breakdown, start, asOf, to - from, rule, intervalEnd, n);
  }

  /** First index whose time is after {@code millis}. */
  private static int lowerBoundAfter(long[] times, long millis) {
    int i = Arrays.binarySearch(times, millis);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** First index whose time is after {@code millis} (so samples at {@code millis} count). */
  private static int upperBound(long[] times, long millis) {
    return lowerBoundAfter(times, millis);
  }

  /**
   * The estimated rate with every intermediate figure; its rate is per the symbol's interval.
   *
   * @return the breakdown
   */
  public FundingBreakdown breakdown() {
    return breakdown;
  }

  /**
   * The open start of the averaged window: samples stamped after it count.
   *
   * @return the window start
   */
  public Instant windowStart() {
    return windowStart;
  }

  /**
   * The closed end of the averaged window: the instant of the estimate.
   *
   * @return the instant of the estimate
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * How many samples were averaged.
   *
   * @return the sample count, at least 1
   */
  public int samples() {
    return samples;
  }

  /**
   * When the estimated rate is paid: the interval end, or one interval later on venues that
   * fix the rate one interval ahead.
   *
   * @return the payment instant
   * @throws UnknownFundingRuleException if the venue has not published whether the rate is
   *     paid in the same or the next interval (OKX during its 2024 migration)
   */
  public Instant paidAt() {
    return version.paidAt(intervalEnd, interval);
  }

  /** Such as {@code PredictedRate[0.01%/8h over (…, …], 480 samples]}. */
  @Override
  public String toString() {
    return "PredictedRate[" + breakdown.rate() + " over (" + windowStart + ", " + asOf + "], "
        + samples + " samples]";
  }
}
