package dev.fundingkit.core.rate;

import java.io.Serializable;
import dev.fundingkit.core.ArgChecks;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which side of a perpetual market is crowded, and by how much, in one comparable unit: a
 * signed fraction per 8 hours.
 *
 * <p>Two readings lead here. {@link #fromRate(FundingRate)} rescales a rate on any interval
 * to 8 h ({@code 0.00125%/1h} reads as {@code 0.01%} per 8 h). {@link #fromBasis(double)}
 * takes the basis {@code perp / spot − 1} as the premium an 8-hourly venue's formula turns
 * into funding ({@code F = P + clamp(I − P, ±0.05%)}, so the funding differs from the premium
 * by at most the clamp band): a basis of {@code −0.357%} reads as {@code −0.357%} per 8 h,
 * whose published funding would be about {@code −0.307%}.
 *
 * <p>Positive: contango, longs crowded and paying. Negative: backwardation, shorts crowded and
 * paying. Immutable and thread-safe.
 *
 * @param per8h the signed crowding as a fraction per 8 hours, finite
 * @param source whether it was read from a funding rate or from a basis
 */
public record MarketState(double per8h, Source source) implements Serializable {

  /** The common interval crowding is expressed in. */
  public static final Duration EIGHT_HOURS = Duration.ofHours(8);

  /** Where a market state was read from. */
  public enum Source {
    /** A funding rate, rescaled to 8 h. */
    RATE,
    /** A basis {@code perp / spot − 1}, read as an 8-hour premium. */
    BASIS
  }

  /**
   * Validates the components.
   *
   * @param per8h the signed crowding per 8 hours, finite
   * @param source where it was read from
   * @throws NullPointerException if {@code source} is null
   * @throws IllegalArgumentException if {@code per8h} is NaN or infinite
   */
  public MarketState {
    per8h = ArgChecks.finite("per8h", per8h);
    Objects.requireNonNull(source, "source");
  }

  /**
   * The state a funding rate reveals.
   *
   * @param rate the rate, on any interval
   * @return the state, crowding rescaled to 8 h
   * @throws NullPointerException if {@code rate} is null
   */
  public static MarketState fromRate(FundingRate rate) {
    Objects.requireNonNull(rate, "rate");
    return new MarketState(rate.rescaleTo(EIGHT_HOURS).value(), Source.RATE);
  }

  /**
   * The state a basis reveals.
   *
   * @param basis {@code perp / spot − 1}, finite and greater than −1
   * @return the state
   * @throws IllegalArgumentException if {@code basis} is NaN, infinite or −1 or less
   */
  public static MarketState fromBasis(double basis) {
    ArgChecks.finite("basis", basis);
    if (basis <= -1) {
      throw new IllegalArgumentException("basis must be > -1, was " + basis);
    }
    return new MarketState(basis, Source.BASIS);
  }

  /**
   * The state the perpetual's and spot's prices reveal, through their basis.
   *
   * @param perp the perpetual's price, positive
   * @param spot the spot (index) price, positive
   * @return the state from {@code perp / spot − 1}
   * @throws IllegalArgumentException if a price is not positive and finite
   */
  public static MarketState fromPrices(double perp, double spot) {
    ArgChecks.positive("perp", perp);
    ArgChecks.positive("spot", spot);
    return fromBasis(perp / spot - 1);
  }

  /**
   * Contango, backwardation or flat.
   *
   * @return the structure for the sign of {@link #per8h()}
   */
  public MarketStructure structure() {
    return MarketStructure.of(per8h);
  }

  /**
   * The crowded side, which is also the side that pays funding.
   *
   * @return {@code LONG} in contango, {@code SHORT} in backwardation, empty when flat
   */
  public Optional<PositionSide> crowdedSide() {
    return PaymentDirection.of(per8h).payer();
  }

  /**
   * The size of the crowding, unsigned.
   *
   * @return {@code |per8h|}, a fraction per 8 hours
   */
  public double crowding() {
    return Math.abs(per8h);
  }

  /**
   * The crowding as a funding rate per 8 h (for a basis, the premium it implies).
   *
   * @return {@code per8h} per {@code 8h}
   */
  public FundingRate asRatePer8h() {
    return FundingRate.of(per8h, EIGHT_HOURS);
  }

  @Override
  public String toString() {
    String who = crowdedSide().map(s -> s == PositionSide.LONG ? "longs" : "shorts")
        .map(s -> s + " crowded, pay " + FundingRate.of(crowding(), EIGHT_HOURS))
        .orElse("no side crowded");
    return structure() + ": " + who + " (from " + source.name().toLowerCase(Locale.ROOT) + ")";
  }
}
