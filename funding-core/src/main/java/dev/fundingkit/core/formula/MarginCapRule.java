package dev.fundingkit.core.formula;

import dev.fundingkit.core.ArgChecks;
import java.io.Serializable;

/**
 * How a venue derives a symmetric funding cap from a symbol's margin rates.
 *
 * <ul>
 *   <li>{@link #maintenance(double)}: {@code ±k × MMR} (Binance majors, k = 0.75; BTCUSDT
 *       0.75 × 0.4% = ±0.3%; k = 1 for some symbols).
 *   <li>{@link #spread(double)}: {@code ±k × (IMR − MMR)} (BitMEX, k = 0.75: IM 1%, MM 0.5%
 *       gives ±0.375%; dYdX, k = 6 on the 8-hour rate).
 *   <li>{@link #spreadOrMaintenance(double)}: {@code ±min(k × (IMR − MMR), MMR)} (Bybit,
 *       k = 0.75).
 * </ul>
 *
 * <p>The cap is computed in decimal, so 0.75 × 0.4% is exactly the double nearest 0.003.
 * Implementations are immutable and thread-safe, with value equality.
 */
public interface MarginCapRule extends Serializable {

  /** {@code ±0.75 × MMR} (Binance). */
  MarginCapRule MMR_75 = new MaintenanceCap(0.75);

  /** {@code ±0.75 × (IMR − MMR)} (BitMEX). */
  MarginCapRule SPREAD_75 = new SpreadCap(0.75, false);

  /** {@code ±min(0.75 × (IMR − MMR), MMR)} (Bybit). */
  MarginCapRule SPREAD_75_OR_MMR = new SpreadCap(0.75, true);

  /**
   * {@code ±multiplier × MMR}.
   *
   * @param multiplier the multiplier, finite and positive
   * @return the rule
   * @throws IllegalArgumentException if {@code multiplier} is NaN, infinite, zero or negative
   */
  static MarginCapRule maintenance(double multiplier) {
    return new MaintenanceCap(ArgChecks.positive("multiplier", multiplier));
  }

  /**
   * {@code ±multiplier × (IMR − MMR)}.
   *
   * @param multiplier the multiplier, finite and positive
   * @return the rule
   * @throws IllegalArgumentException if {@code multiplier} is NaN, infinite, zero or negative
   */
  static MarginCapRule spread(double multiplier) {
    return new SpreadCap(ArgChecks.positive("multiplier", multiplier), false);
  }

  /**
   * {@code ±min(multiplier × (IMR − MMR), MMR)}.
   *
   * @param multiplier the multiplier, finite and positive
   * @return the rule
   * @throws IllegalArgumentException if {@code multiplier} is NaN, infinite, zero or negative
   */
  static MarginCapRule spreadOrMaintenance(double multiplier) {
    return new SpreadCap(ArgChecks.positive("multiplier", multiplier), true);
  }

  /**
   * The cap for a symbol's margin rates.
   *
   * @param margin the symbol's initial and maintenance margin rates
   * @return the symmetric cap
   * @throws NullPointerException if {@code margin} is null
   */
  FundingCap capFor(MarginRates margin);

  /**
   * Reads the form the {@code toString()} of the library's parts writes (ASCII spellings accepted: {@code +-} for
   * {@code ±}, {@code x} for {@code ×}, {@code /} for {@code ÷}), such as {@code ±0.75×MMR}.
   *
   * @param text the text
   * @return the part
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException naming the accepted forms if the text has none of them
   */
  static MarginCapRule parse(CharSequence text) {
    return PartText.marginCapRule(text);
  }
}
