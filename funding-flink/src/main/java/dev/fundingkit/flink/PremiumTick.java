package dev.fundingkit.flink;

import dev.fundingkit.core.ArgChecks;
import java.io.Serializable;

/**
 * One premium-index sample of a (venue, symbol) key, flattened for Flink: the input of
 * {@link PremiumRates}, mapping onto the library's {@code PremiumSample}.
 *
 * @param venue the venue label, not blank
 * @param symbol the symbol, not blank
 * @param epochMillis when the sample was taken (its event time); it measures the time up to
 *     this instant
 * @param premium the premium, a finite fraction ({@code -0.0} stored as {@code 0.0})
 */
public record PremiumTick(String venue, String symbol, long epochMillis, double premium)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Validates the components.
   *
   * @param venue the venue label, not blank
   * @param symbol the symbol, not blank
   * @param epochMillis the sample instant
   * @param premium the premium, finite
   * @throws NullPointerException if a label is null
   * @throws IllegalArgumentException if a label is blank or the premium is not finite
   */
  public PremiumTick {
    Keys.label("venue", venue);
    Keys.label("symbol", symbol);
    premium = ArgChecks.finite("premium", premium);
  }

  /**
   * The (venue, symbol) key.
   *
   * @return {@code venue + '|' + symbol}
   */
  public String key() {
    return Keys.of(venue, symbol);
  }
}
