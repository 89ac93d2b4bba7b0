package dev.fundingkit.core.risk;

import java.io.Serializable;
import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.rate.PositionSide;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * An isolated-margin perpetual position's leverage and maintenance-margin rate, and how far it
 * is from liquidation by price and by funding.
 *
 * <p><b>Derivation.</b> Per unit of entry notional ({@code P} = entry price), the initial
 * margin is {@code 1/L}. A long at price {@code p} has equity {@code 1/L + (p − P)/P} and is
 * liquidated when equity falls to maintenance, {@code m·p/P}. Solving,
 * {@code p_liq = P (1 − 1/L) / (1 − m)}, a fall of {@code (1/L − m) / (1 − m)}. A short has
 * equity {@code 1/L − (p − P)/P}, so {@code p_liq = P (1 + 1/L) / (1 + m)}, a rise of
 * {@code (1/L − m) / (1 + m)}. Without maintenance margin both are {@code 1/L}
 * (2×: 50%, 3×: 33.3%, 5×: 20%); maintenance margin brings liquidation nearer. This is the
 * venue-neutral textbook form: no maintenance amount (tier deduction), no fees, no funding.
 *
 * <p><b>Funding drag.</b> Each settlement of rate {@code r} moves equity by the side's cash flow
 * {@code ∓ r} per unit notional (price held at entry). After {@code n} settlements the equity
 * is {@code 1/L + n·c} ({@code c} the signed receipt), and the price distance is recomputed from
 * it; margin reaches maintenance after {@code ceil((1/L − m) / |r|)} adverse settlements.
 *
 * <p>Immutable and thread-safe.
 *
 * @param leverage notional over initial margin, at least 1
 * @param maintenanceMarginRate the maintenance margin as a fraction of notional, in
 *     {@code [0, 1/leverage)}
 */
public record IsolatedMargin(double leverage, double maintenanceMarginRate) implements Serializable {

  /**
   * Validates the components.
   *
   * @param leverage notional over initial margin, at least 1
   * @param maintenanceMarginRate the maintenance margin rate, in {@code [0, 1/leverage)}
   * @throws IllegalArgumentException if {@code leverage} is below 1, NaN or infinite, or the
   *     maintenance rate is negative, NaN, or not below {@code 1/leverage} (liquidated at entry)
   */
  public IsolatedMargin {
    ArgChecks.finite("leverage", leverage);
    if (leverage < 1) {
      throw new IllegalArgumentException("leverage must be >= 1, was " + leverage);
    }
    maintenanceMarginRate = ArgChecks.nonNegative("maintenanceMarginRate", maintenanceMarginRate);
    if (maintenanceMarginRate >= 1 / leverage) {
      throw new IllegalArgumentException("maintenanceMarginRate must be < 1/leverage = "
          + 1 / leverage + ", was " + maintenanceMarginRate);
    }
  }

  /**
   * Isolated margin at a leverage and maintenance-margin rate.
   *
   * @param leverage notional over initial margin, at least 1
   * @param maintenanceMarginRate the maintenance margin rate, in {@code [0, 1/leverage)}
   * @return the margin
   * @throws IllegalArgumentException as the constructor
   */
  public static IsolatedMargin of(double leverage, double maintenanceMarginRate) {
    return new IsolatedMargin(leverage, maintenanceMarginRate);
  }

  /**
   * A copy at another leverage.
   *
   * @param newLeverage notional over initial margin
   * @return the new margin
   * @throws IllegalArgumentException as the constructor
   */
  public IsolatedMargin withLeverage(double newLeverage) {
    return new IsolatedMargin(newLeverage, maintenanceMarginRate);
  }

  /**
   * A copy with another maintenance-margin rate.
   *
   * @param newRate the maintenance margin rate
   * @return the new margin
   * @throws IllegalArgumentException as the constructor
   */
  public IsolatedMargin withMaintenanceMarginRate(double newRate) {
    return new IsolatedMargin(leverage, newRate);
  }

  /**
   * The adverse price move, as a fraction of the entry price, that liquidates the position.
   *
   * @param side the position side
   * @return {@code (1/L − m)/(1 − m)} for a long (a fall), {@code (1/L − m)/(1 + m)} for a
   *     short (a rise); positive
   * @throws NullPointerException if {@code side} is null
   */
  public double liquidationDistance(PositionSide side) {
    return distanceFromHeadroom(side, headroom());
  }

  /**
   * The liquidation price.
   *
   * @param side the position side
   * @param entryPrice the entry price, positive
   * @return {@code P (1 − 1/L)/(1 − m)} for a long, {@code P (1 + 1/L)/(1 + m)} for a short
   * @throws NullPointerException if {@code side} is null
   * @throws IllegalArgumentException if {@code entryPrice} is not positive and finite
   */
  public double liquidationPrice(PositionSide side, double entryPrice) {
    Objects.requireNonNull(side, "side");
    ArgChecks.positive("entryPrice", entryPrice);
    return side == PositionSide.LONG
        ? entryPrice * (1 - 1 / leverage) / (1 - maintenanceMarginRate)
        : entryPrice * (1 + 1 / leverage) / (1 + maintenanceMarginRate);
  }

  /**
   * How many settlements of {@code rate} bring margin down to maintenance with the price held
   * at entry: the smallest {@code n} with {@code n·|r| ≥ 1/L − m}.
   *
   * @param side the position side
   * @param rate the rate settled every interval
   * @return the count (saturating at {@link Long#MAX_VALUE}); empty when the side does not pay
   *     this rate (it receives, or the rate is zero)
   * @throws NullPointerException if an argument is null
   */
  public OptionalLong settlementsToMaintenance(PositionSide side, FundingRate rate) {
    double paid = -rate.cashFlow(side, 1.0);
    if (!(paid > 0)) {
      return OptionalLong.empty();
    }
    double budget = headroom();
    double n = Math.ceil(budget / paid);
    if (n >= Long.MAX_VALUE) {
      return OptionalLong.of(Long.MAX_VALUE);
    }
    // The division rounds: settle on the product the definition (and
    // liquidationDistanceAfter) uses, so that the two agree at the boundary.
    while (n > 1 && (n - 1) * paid >= budget) {
      n--;
    }
    while (n * paid < budget) {
      n++;
    }
    return OptionalLong.of((long) n);
  }

  /**
   * The liquidation distance after {@code settlements} settlements of {@code rate}, price held
   * at entry: funding paid brings liquidation nearer, funding received pushes it away.
   *
   * @param side the position side
   * @param rate the rate settled every interval
   * @param settlements how many settlements, zero or more
   * @return the adverse price move that would liquidate, zero once margin is at maintenance
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code settlements} is negative
   */
  public double liquidationDistanceAfter(PositionSide side, FundingRate rate, long settlements) {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(rate, "rate");
    if (settlements < 0) {
      throw new IllegalArgumentException("settlements must be >= 0, was " + settlements);
    }
    double left = headroom() + settlements * rate.cashFlow(side, 1.0);
    return Math.max(0.0, distanceFromHeadroom(side, left));
  }

  /** Margin above maintenance at entry, per unit notional: {@code 1/L − m}. */
  private double headroom() {
    return 1 / leverage - maintenanceMarginRate;
  }

  private double distanceFromHeadroom(PositionSide side, double headroom) {
    Objects.requireNonNull(side, "side");
    double m = maintenanceMarginRate;
    // PIT: equivalent mutant (MathMutator + 0.0 → − 0.0): headroom here is 1/L − m > 0 or a
    // sum that Math.max(0.0, ·) clamps, never −0.0, so the quotient is never −0.0 either.
    return headroom / (side == PositionSide.LONG ? 1 - m : 1 + m) + 0.0;
  }
}
