package dev.fundingkit.stats.regime;

import java.util.List;
import java.util.Objects;

/**
 * The standard signatures of the four causes of negative funding, from the domain brief §8
 * (FundingKit domain brief, "Regimes and causes of negative funding", table of causes). Rates
 * are fractions per 8 h, OI and price changes fractions over the episode, durations days. Where
 * the table is qualitative ("rising", "sharp drop", "weeks") the band chosen is stated; the
 * bands are data and a desk can build its own with {@link CauseSignature#of}.
 *
 * <p>Shared words: OI is <i>stable</i> within ±5%, <i>rising</i> above +5%, <i>falling</i>
 * below −5%; a price is <i>flat</i> within ±2%, <i>rising</i> from +2%, a <i>sharp drop</i> is
 * −5% or worse; a <i>moderate</i> rate is −0.01% to −0.03% per 8 h.
 */
public final class CauseSignatures {

  /**
   * Hedging demand. Table: moderate, −0.01% to −0.03%; OI rising; price flat or drifting
   * down; 1–7 days. Bands: rate {@code [−0.0003, −0.0001]}, OI {@code >= +0.05}, price
   * {@code [−0.05, +0.02]}, duration {@code [1, 7]} days.
   */
  public static final CauseSignature HEDGING_DEMAND = CauseSignature.of(
      NegativeFundingCause.HEDGING_DEMAND, Band.between(-0.0003, -0.0001), Band.atLeast(0.05),
      Band.between(-0.05, 0.02), Band.between(1, 7));

  /**
   * Panic selling or a liquidation cascade. Table: extreme, −0.05% to −0.3% or lower; OI
   * falling; sharp drop; hours to 2–3 days. Bands: rate {@code <= −0.0005}, OI
   * {@code <= −0.05}, price {@code <= −0.05}, duration {@code <= 3} days.
   */
  public static final CauseSignature PANIC_SELLING = CauseSignature.of(
      NegativeFundingCause.PANIC_SELLING, Band.atMost(-0.0005), Band.atMost(-0.05),
      Band.atMost(-0.05), Band.atMost(3));

  /**
   * Spot premium (basis-trade unwind, ETF or spot buying). Table: moderate; OI any; spot
   * rising; can persist for weeks. Bands: rate {@code [−0.0003, −0.0001]}, OI any, price
   * {@code >= +0.02}, duration any.
   */
  public static final CauseSignature SPOT_PREMIUM = CauseSignature.of(
      NegativeFundingCause.SPOT_PREMIUM, Band.between(-0.0003, -0.0001), Band.any(),
      Band.atLeast(0.02), Band.any());

  /**
   * Structural short positioning. Table: persistent low, −0.005% to −0.02%; OI stable; bearish
   * asset; weeks to months. Bands: rate {@code [−0.0002, −0.00005]}, OI {@code [−0.05, +0.05]},
   * price {@code <= 0}, duration {@code >= 7} days.
   */
  public static final CauseSignature STRUCTURAL_SHORT = CauseSignature.of(
      NegativeFundingCause.STRUCTURAL_SHORT, Band.between(-0.0002, -0.00005),
      Band.between(-0.05, 0.05), Band.atMost(0), Band.atLeast(7));

  /** The four standard signatures, in {@link NegativeFundingCause} order. */
  public static final List<CauseSignature> ALL =
      List.of(HEDGING_DEMAND, PANIC_SELLING, SPOT_PREMIUM, STRUCTURAL_SHORT);

  private CauseSignatures() {}

  /**
   * The standard signature of a cause.
   *
   * @param cause the cause, not {@code UNCLASSIFIED}
   * @return its signature
   * @throws NullPointerException if {@code cause} is null
   * @throws IllegalArgumentException for {@code UNCLASSIFIED}, which has no signature
   */
  public static CauseSignature of(NegativeFundingCause cause) {
    Objects.requireNonNull(cause, "cause");
    return ALL.stream().filter(s -> s.cause() == cause).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "cause must have a signature, was " + cause));
  }
}
