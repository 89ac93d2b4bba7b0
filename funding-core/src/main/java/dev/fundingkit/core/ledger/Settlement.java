package dev.fundingkit.core.ledger;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Instant;
import java.util.Objects;

/**
 * One funding settlement: when it happened, the rate settled (with its own interval, so
 * interval changes mid-holding need no special care) and the mark price that values positions.
 * Immutable and thread-safe.
 *
 * @param time the settlement instant
 * @param rate the rate settled at {@code time}
 * @param markPrice the mark price at {@code time}, positive; position value is
 *     {@code |size| × markPrice}
 */
public record Settlement(Instant time, FundingRate rate, double markPrice) {

  /**
   * Validates the components.
   *
   * @param time the settlement instant
   * @param rate the rate settled
   * @param markPrice the mark price, positive
   * @throws NullPointerException if {@code time} or {@code rate} is null
   * @throws IllegalArgumentException if {@code markPrice} is not positive and finite
   */
  public Settlement {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(rate, "rate");
    ArgChecks.positive("markPrice", markPrice);
  }

  /**
   * A settlement.
   *
   * @param time the settlement instant
   * @param rate the rate settled
   * @param markPrice the mark price, positive
   * @return the settlement
   * @throws NullPointerException if {@code time} or {@code rate} is null
   * @throws IllegalArgumentException if {@code markPrice} is not positive and finite
   */
  public static Settlement of(Instant time, FundingRate rate, double markPrice) {
    return new Settlement(time, rate, markPrice);
  }
}
