package dev.fundingkit.core.carry;

import java.io.Serializable;
import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingRate;
import java.util.Objects;

/**
 * One asset to scan: its funding rate and the annual rate of its spot leg (borrow for a
 * reverse carry, cost of capital for a forward one). The CLI's {@code scan} CSV row
 * {@code asset,rate,interval,borrow}. Immutable and thread-safe.
 *
 * @param asset the asset or symbol, not blank
 * @param rate the funding rate with its interval
 * @param borrow the spot leg's annual rate, zero or more
 */
public record CarryCandidate(String asset, FundingRate rate, double borrow) implements Serializable {

  /**
   * Validates the components.
   *
   * @param asset the asset, not blank
   * @param rate the funding rate
   * @param borrow the spot leg's annual rate, zero or more
   * @throws NullPointerException if {@code asset} or {@code rate} is null
   * @throws IllegalArgumentException if {@code asset} is blank or {@code borrow} is negative,
   *     NaN or infinite
   */
  public CarryCandidate {
    Objects.requireNonNull(asset, "asset");
    if (asset.isBlank()) {
      throw new IllegalArgumentException("asset must not be blank, was '" + asset + "'");
    }
    Objects.requireNonNull(rate, "rate");
    borrow = ArgChecks.nonNegative("borrow", borrow);
  }

  /**
   * A candidate.
   *
   * @param asset the asset, not blank
   * @param rate the funding rate
   * @param borrow the spot leg's annual rate, zero or more
   * @return the candidate
   * @throws NullPointerException if {@code asset} or {@code rate} is null
   * @throws IllegalArgumentException if {@code asset} is blank or {@code borrow} is negative,
   *     NaN or infinite
   */
  public static CarryCandidate of(String asset, FundingRate rate, double borrow) {
    return new CarryCandidate(asset, rate, borrow);
  }
}
