package dev.fundingkit.flink;

import dev.fundingkit.core.ArgChecks;
import java.io.Serializable;
import java.util.Objects;

/**
 * One input of {@link LedgerEntries} for a (venue, symbol) account, flattened for Flink: a
 * settlement the venue paid, a change of the position's size, or a payment the venue booked
 * (for reconciliation). One record type, so the three arrive on one keyed stream in event-time
 * order.
 *
 * @param venue the venue label, not blank
 * @param symbol the symbol, not blank
 * @param kind what this is
 * @param epochMillis its instant (event time)
 * @param value the rate (settlement, fraction per {@code intervalMillis}), the new signed size
 *     (size change) or the booked amount (payment); finite
 * @param intervalMillis the settlement's interval, positive; {@code 0} for the other kinds
 * @param price the settlement's payment price, positive; {@code 0} for the other kinds
 */
public record LedgerInput(String venue, String symbol, Kind kind, long epochMillis,
    double value, long intervalMillis, double price) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What a {@link LedgerInput} is. */
  public enum Kind {
    /** A settlement the venue paid: rate, interval, payment price. */
    SETTLEMENT,
    /** The position's size from this instant on. */
    SIZE_CHANGE,
    /** A funding payment the venue booked on the account. */
    PAYMENT
  }

  /**
   * Validates the components.
   *
   * @param venue the venue label, not blank
   * @param symbol the symbol, not blank
   * @param kind the kind
   * @param epochMillis the instant
   * @param value finite
   * @param intervalMillis positive for a settlement, else 0
   * @param price positive for a settlement, else 0
   * @throws NullPointerException if a label or the kind is null
   * @throws IllegalArgumentException if a label is blank or a number is out of range
   */
  public LedgerInput {
    Keys.label("venue", venue);
    Keys.label("symbol", symbol);
    Objects.requireNonNull(kind, "kind");
    value = ArgChecks.finite("value", value);
    if (kind == Kind.SETTLEMENT) {
      if (intervalMillis <= 0) {
        throw new IllegalArgumentException("intervalMillis must be > 0, was " + intervalMillis);
      }
      ArgChecks.positive("price", price);
    } else if (intervalMillis != 0 || price != 0) {
      throw new IllegalArgumentException("intervalMillis and price must be 0 for a " + kind
          + ", were " + intervalMillis + " and " + price);
    }
  }

  /**
   * A paid settlement.
   *
   * @param venue the venue label
   * @param symbol the symbol
   * @param epochMillis the payment instant
   * @param rate the rate per {@code intervalMillis}
   * @param intervalMillis the interval, positive
   * @param price the payment price, positive
   * @return the input
   * @throws NullPointerException if a label is null
   * @throws IllegalArgumentException as the constructor
   */
  public static LedgerInput settlement(String venue, String symbol, long epochMillis,
      double rate, long intervalMillis, double price) {
    return new LedgerInput(venue, symbol, Kind.SETTLEMENT, epochMillis, rate, intervalMillis,
        price);
  }

  /**
   * A size change.
   *
   * @param venue the venue label
   * @param symbol the symbol
   * @param epochMillis the instant
   * @param size the signed size from then on
   * @return the input
   * @throws NullPointerException if a label is null
   * @throws IllegalArgumentException as the constructor
   */
  public static LedgerInput sizeChange(String venue, String symbol, long epochMillis,
      double size) {
    return new LedgerInput(venue, symbol, Kind.SIZE_CHANGE, epochMillis, size, 0, 0);
  }

  /**
   * A booked payment.
   *
   * @param venue the venue label
   * @param symbol the symbol
   * @param epochMillis the booking instant
   * @param amount the signed amount
   * @return the input
   * @throws NullPointerException if a label is null
   * @throws IllegalArgumentException as the constructor
   */
  public static LedgerInput payment(String venue, String symbol, long epochMillis,
      double amount) {
    return new LedgerInput(venue, symbol, Kind.PAYMENT, epochMillis, amount, 0, 0);
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
