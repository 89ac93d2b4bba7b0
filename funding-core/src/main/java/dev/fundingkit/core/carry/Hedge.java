package dev.fundingkit.core.carry;

import java.io.Serializable;
import java.time.Duration;

/**
 * How the perpetual leg of a carry is hedged, and what the hedge costs a year.
 *
 * <p>Three variants: {@link SpotHedge} (the opposite spot position: borrowed and sold for a
 * reverse carry, bought with capital for a forward one), {@link OptionHedge} (a put for a
 * reverse carry, a call for a forward one; premium amortised over the option's life) and
 * {@link NoHedge} (directional: the perp alone, funding a bonus on price exposure).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Hedge extends Serializable permits SpotHedge, OptionHedge, NoHedge {

  /**
   * The spot leg at an annual rate: borrow fee for a reverse carry, cost of capital for a
   * forward one.
   *
   * @param annualRate the fraction per year, zero or more
   * @return the hedge
   * @throws IllegalArgumentException if {@code annualRate} is negative, NaN or infinite
   */
  static SpotHedge spot(double annualRate) {
    return new SpotHedge(annualRate);
  }

  /**
   * An option bought as the hedge, its premium paid up front and amortised over its life.
   *
   * @param premium the premium as a fraction of notional, zero or more
   * @param life the option's time to expiry, positive
   * @return the hedge
   * @throws NullPointerException if {@code life} is null
   * @throws IllegalArgumentException if {@code premium} is negative, NaN or infinite, or
   *     {@code life} is not positive
   */
  static OptionHedge option(double premium, Duration life) {
    return new OptionHedge(premium, life);
  }

  /**
   * No hedge: the perp alone, directional.
   *
   * @return the unhedged variant
   */
  static NoHedge none() {
    return new NoHedge();
  }

  /**
   * What the hedge costs, as a fraction of notional per 365-day year.
   *
   * @return the annual cost, zero or more
   */
  double annualCost();

  /**
   * The hedge with its borrow (or capital) rate multiplied by {@code factor}; hedges without a
   * running rate are returned unchanged.
   *
   * @param factor the multiplier, zero or more
   * @return the stressed hedge
   * @throws IllegalArgumentException if {@code factor} is negative, NaN or infinite
   */
  Hedge stressBorrow(double factor);

  /**
   * Whether the carry keeps price exposure (no hedge).
   *
   * @return {@code true} only for {@link NoHedge}
   */
  default boolean directional() {
    return false;
  }

  /**
   * The label of this hedge's cost line for a carry side.
   *
   * @param side the carry side
   * @return a short label, such as {@code "borrow of short spot"}
   * @throws NullPointerException if {@code side} is null
   */
  String costLabel(CarrySide side);
}
