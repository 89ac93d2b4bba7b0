package dev.fundingkit.core.ledger;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.venue.PaymentPrice;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One funding payment of the data: when it was paid, the rate settled (with its own interval,
 * so interval changes mid-holding need no special care), the price positions were valued at
 * and which price that is (mark, oracle or index: a ledger refuses a price its venue does not
 * pay at). Immutable and thread-safe.
 *
 * @param time the payment instant
 * @param rate the rate paid at {@code time}
 * @param price the payment price at {@code time}, positive; position value is
 *     {@code |size| × price}
 * @param paymentPrice which price {@code price} is
 */
public record Settlement(Instant time, FundingRate rate, double price, PaymentPrice paymentPrice)
    implements Serializable {

  /**
   * Validates the components.
   *
   * @param time the payment instant
   * @param rate the rate paid
   * @param price the payment price, positive
   * @param paymentPrice which price it is
   * @throws NullPointerException if {@code time}, {@code rate} or {@code paymentPrice} is null
   * @throws IllegalArgumentException if {@code price} is not positive and finite
   */
  public Settlement {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(paymentPrice, "paymentPrice");
    ArgChecks.positive("price", price);
  }

  /**
   * A settlement valued at the mark price.
   *
   * @param time the payment instant
   * @param rate the rate paid
   * @param markPrice the mark price, positive
   * @return the settlement
   * @throws NullPointerException if {@code time} or {@code rate} is null
   * @throws IllegalArgumentException if {@code markPrice} is not positive and finite
   */
  public static Settlement of(Instant time, FundingRate rate, double markPrice) {
    return new Settlement(time, rate, markPrice, PaymentPrice.MARK);
  }

  /**
   * A settlement valued at a named price.
   *
   * @param time the payment instant
   * @param rate the rate paid
   * @param price the payment price, positive
   * @param paymentPrice which price it is
   * @return the settlement
   * @throws NullPointerException if an object argument is null
   * @throws IllegalArgumentException if {@code price} is not positive and finite
   */
  public static Settlement of(Instant time, FundingRate rate, double price,
      PaymentPrice paymentPrice) {
    return new Settlement(time, rate, price, paymentPrice);
  }
}
