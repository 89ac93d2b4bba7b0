package dev.fundingkit.core.formula;

import dev.fundingkit.core.ArgChecks;
import java.io.Serializable;

/**
 * A symbol's initial and maintenance margin rates (at the tier a venue's cap rule names,
 * usually the maximum-leverage tier), from which venues derive funding caps.
 *
 * <p>Validation: {@code 0 < maintenance < initial ≤ 1} (BTCUSDT at 125x: initial 0.8%,
 * maintenance 0.4%). Immutable and thread-safe.
 *
 * @param initial the initial margin rate (IMR), a fraction in {@code (0, 1]}
 * @param maintenance the maintenance margin rate (MMR), a fraction, positive and below
 *     {@code initial}
 */
public record MarginRates(double initial, double maintenance) implements Serializable {

  /**
   * Validates the rates.
   *
   * @param initial the initial margin rate (IMR), a fraction in {@code (0, 1]}
   * @param maintenance the maintenance margin rate (MMR), positive and below {@code initial}
   * @throws IllegalArgumentException if a rate is NaN, infinite or out of range
   */
  public MarginRates {
    ArgChecks.positive("initial", initial);
    ArgChecks.inRange("initial", initial, 0, 1);
    ArgChecks.positive("maintenance", maintenance);
    if (maintenance >= initial) {
      throw new IllegalArgumentException(
          "maintenance must be below initial " + initial + ", was " + maintenance);
    }
  }

  /**
   * Margin rates.
   *
   * @param initial the initial margin rate (IMR), a fraction in {@code (0, 1]}
   * @param maintenance the maintenance margin rate (MMR), positive and below {@code initial}
   * @return the margin rates
   * @throws IllegalArgumentException if a rate is NaN, infinite or out of range
   */
  public static MarginRates of(double initial, double maintenance) {
    return new MarginRates(initial, maintenance);
  }
}
