package dev.fundingkit.examples.report;

import dev.fundingkit.core.ArgChecks;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One round trip of the reverse-carry backtest: long perpetual and short borrowed spot of one
 * unit of notional from {@code entry} to {@code exit}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param entry when the carry opened (the settlement whose print crossed the entry level)
 * @param exit when it closed (the exit print), or the last settlement when still open
 * @param open whether the carry was still open at the end of the data
 * @param settlements how many settlements it collected or paid, {@code >= 0}
 * @param funding the funding cash flow, a fraction of notional (positive when received)
 * @param borrow the spot borrow cost, a fraction of notional, {@code >= 0}
 */
public record BacktestTrade(Instant entry, Instant exit, boolean open, int settlements,
    double funding, double borrow) {

  /**
   * Validates the trade.
   *
   * @param entry when the carry opened
   * @param exit when it closed, after {@code entry}
   * @param open whether it was still open at the end of the data
   * @param settlements how many settlements it collected or paid, {@code >= 0}
   * @param funding the funding cash flow, finite
   * @param borrow the borrow cost, finite and {@code >= 0}
   * @throws NullPointerException if an instant is null
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public BacktestTrade {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(exit, "exit");
    if (!exit.isAfter(entry)) {
      throw new IllegalArgumentException("exit must be after entry " + entry + ", was " + exit);
    }
    if (settlements < 0) {
      throw new IllegalArgumentException("settlements must be >= 0, was " + settlements);
    }
    funding = ArgChecks.finite("funding", funding) + 0.0;
    borrow = ArgChecks.nonNegative("borrow", borrow) + 0.0;
  }

  /**
   * How long the carry was held.
   *
   * @return {@code exit − entry}
   */
  public Duration holding() {
    return Duration.between(entry, exit);
  }

  /**
   * Funding less borrow.
   *
   * @return the net result, a fraction of notional
   */
  public double net() {
    return funding - borrow + 0.0;
  }
}
