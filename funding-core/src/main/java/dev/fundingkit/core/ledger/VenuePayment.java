package dev.fundingkit.core.ledger;

import dev.fundingkit.core.ArgChecks;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One funding payment from a venue's own history for an account (Binance's income history
 * with {@code incomeType=FUNDING_FEE}, Bybit's transaction log): when it was booked and the
 * signed amount in the settlement (quote) currency, positive when the account received.
 * Immutable, thread-safe and serializable (a record: deserialization runs the validation).
 *
 * @param time when the venue booked the payment
 * @param amount the signed amount, positive when received, finite
 */
public record VenuePayment(Instant time, double amount) implements Serializable {

  /**
   * Validates the components.
   *
   * @param time when the venue booked the payment
   * @param amount the signed amount, finite
   * @throws NullPointerException if {@code time} is null
   * @throws IllegalArgumentException if {@code amount} is NaN or infinite
   */
  public VenuePayment {
    Objects.requireNonNull(time, "time");
    amount = ArgChecks.finite("amount", amount) + 0.0;
  }

  /**
   * A payment.
   *
   * @param time when the venue booked it
   * @param amount the signed amount, positive when received, finite
   * @return the payment
   * @throws NullPointerException if {@code time} is null
   * @throws IllegalArgumentException if {@code amount} is NaN or infinite
   */
  public static VenuePayment of(Instant time, double amount) {
    return new VenuePayment(time, amount);
  }
}
