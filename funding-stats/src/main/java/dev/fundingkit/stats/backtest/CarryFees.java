package dev.fundingkit.stats.backtest;

import dev.fundingkit.core.ArgChecks;
import java.io.Serializable;

/**
 * Trading fees of a carry round trip, each a fraction of the leg's notional: the perpetual
 * leg's and the spot leg's fee when the carry opens and when it closes (maker or taker, as the
 * strategy trades). Immutable, thread-safe and serializable (a record: deserialization runs
 * the validation).
 *
 * @param perpEntry the perpetual leg's fee on entry, {@code >= 0}
 * @param perpExit the perpetual leg's fee on exit, {@code >= 0}
 * @param spotEntry the spot leg's fee on entry, {@code >= 0}
 * @param spotExit the spot leg's fee on exit, {@code >= 0}
 */
public record CarryFees(double perpEntry, double perpExit, double spotEntry, double spotExit)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final CarryFees NONE = new CarryFees(0, 0, 0, 0);

  /**
   * Validates the fees.
   *
   * @param perpEntry the perpetual leg's entry fee, finite and {@code >= 0}
   * @param perpExit the perpetual leg's exit fee, finite and {@code >= 0}
   * @param spotEntry the spot leg's entry fee, finite and {@code >= 0}
   * @param spotExit the spot leg's exit fee, finite and {@code >= 0}
   * @throws IllegalArgumentException naming the bad fee and its value
   */
  public CarryFees {
    // nonNegative already turns -0.0 into +0.0, so the fees need no normalising of their own.
    perpEntry = ArgChecks.nonNegative("perpEntry", perpEntry);
    perpExit = ArgChecks.nonNegative("perpExit", perpExit);
    spotEntry = ArgChecks.nonNegative("spotEntry", spotEntry);
    spotExit = ArgChecks.nonNegative("spotExit", spotExit);
  }

  /**
   * No fees.
   *
   * @return zero on every fill
   */
  public static CarryFees none() {
    return NONE;
  }

  /**
   * The same fee on every fill of both legs, in and out (four fills a round trip).
   *
   * @param fee a fraction of notional per fill, finite and {@code >= 0}
   * @return the fees
   * @throws IllegalArgumentException if {@code fee} is negative or not finite
   */
  public static CarryFees perFill(double fee) {
    return new CarryFees(fee, fee, fee, fee);
  }

  /**
   * The fees paid when the carry opens.
   *
   * @return {@code perpEntry + spotEntry}
   */
  public double onEntry() {
    return perpEntry + spotEntry;
  }

  /**
   * The fees of a round trip.
   *
   * @return the sum of all four
   */
  public double roundTrip() {
    return perpEntry + spotEntry + perpExit + spotExit;
  }
}
