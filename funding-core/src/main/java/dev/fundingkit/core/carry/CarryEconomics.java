package dev.fundingkit.core.carry;

import dev.fundingkit.core.FundingOverflowException;
import java.io.Serializable;
import java.io.ObjectInputStream;
import java.io.InvalidObjectException;
import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.AnnualizationBasis;
import dev.fundingkit.core.rate.FundingIntervals;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The figures of a {@link CarryTrade}, all fractions of notional per 365-day year.
 *
 * <ul>
 *   <li>{@link #fundingYield()}: the funding the carry receives per settlement, annualised under
 *       the trade's basis; zero or more when the carry collects, negative when it pays.
 *       Simple: {@code received × periodsPerYear}; compound:
 *       {@code (1 + received)^periodsPerYear − 1}.
 *   <li>{@link #hedgeCost()}: the hedge's annual cost (borrow, capital, amortised premium).
 *   <li>{@link #netYield()}: {@code fundingYield − hedgeCost}; {@link #profitable()} when
 *       {@code > 0}.
 *   <li>{@link #breakevenRate()}: the per-settlement rate, on the trade's interval and facing
 *       the same way, at which the net yield is zero.
 * </ul>
 *
 * <p>Domain figures: {@code -0.03%/8h} reverse with 8% borrow: funding 32.85%, net 24.85%
 * (profitable); {@code -0.005%/8h}: funding 5.475%, net −2.525% (not).
 *
 * <p>Equal when the trades are equal. Immutable and thread-safe.
 */
public final class CarryEconomics implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The default borrow stress multiplier: size so that the carry still pays at 3× borrow. */
  public static final double DEFAULT_BORROW_STRESS = 3.0;

  private final CarryTrade trade;
  private final double fundingYield;
  private final double hedgeCost;

  CarryEconomics(CarryTrade trade) {
    this.trade = Objects.requireNonNull(trade, "trade");
    FundingRate rate = trade.rate();
    double received = trade.side().receivedPerSettlement(rate);
    this.fundingYield = trade.basis().annualize(received, rate.periodsPerYear());
    this.hedgeCost = trade.hedge().annualCost();
    if (!Double.isFinite(fundingYield - hedgeCost)) {
      throw new FundingOverflowException("the net yield of funding " + fundingYield
          + " less hedge cost " + hedgeCost + " overflows");
    }
  }

  /**
   * The trade these figures belong to.
   *
   * @return the trade
   */
  public CarryTrade trade() {
    return trade;
  }

  /**
   * The carry's side, as the CLI prints it ({@code REVERSE} or {@code FORWARD}).
   *
   * @return the side
   */
  public CarrySide side() {
    return trade.side();
  }

  /**
   * Funding received, annualised under the trade's basis.
   *
   * @return the fraction per year; zero or more when the carry collects
   */
  public double fundingYield() {
    return fundingYield;
  }

  /**
   * The hedge's cost a year: borrow of short spot (reverse), cost of capital (forward),
   * amortised option premium, or zero unhedged. The CLI's {@code borrowCost}.
   *
   * @return the fraction per year, zero or more
   */
  public double hedgeCost() {
    return hedgeCost;
  }

  /**
   * Funding yield less hedge cost.
   *
   * @return the fraction per year
   */
  public double netYield() {
    return fundingYield - hedgeCost + 0.0;
  }

  /**
   * Whether the carry earns more than it costs.
   *
   * @return {@code netYield() > 0}
   */
  public boolean profitable() {
    return netYield() > 0;
  }

  /**
   * Whether the carry is a directional position (no hedge) rather than a carry.
   *
   * @return the hedge's {@link Hedge#directional()}
   */
  public boolean directional() {
    return trade.hedge().directional();
  }

  /**
   * The per-settlement rate, on the trade's interval and for the same side, at which
   * {@code netYield() == 0}. A reverse carry's breakeven is zero or negative, a forward
   * carry's zero or positive. Simple: {@code ∓ hedgeCost / periodsPerYear}; compound:
   * {@code ∓ ((1 + hedgeCost)^(1/periodsPerYear) − 1)}.
   *
   * @return the breakeven rate
   */
  public FundingRate breakevenRate() {
    FundingRate rate = trade.rate();
    double n = rate.periodsPerYear();
    double received = trade.basis() == AnnualizationBasis.SIMPLE
        ? hedgeCost / n
        : Math.expm1(Math.log1p(hedgeCost) / n);
    return rate.withValue(trade.side().perpSide().cashFlowSign() * received);
  }

  /**
   * The net yield after round-trip trading fees, amortised simply over the holding period:
   * {@code netYield − fees × 365 d / holding}. Fees of 0.2% held 30 days cost about 2.43% a
   * year.
   *
   * @param roundTripFees the fees to open and close every leg, a fraction of notional, zero or
   *     more
   * @param holding how long the carry is held, positive
   * @return the fraction per year
   * @throws NullPointerException if {@code holding} is null
   * @throws IllegalArgumentException if {@code roundTripFees} is negative, NaN or infinite, or
   *     {@code holding} is not positive
   */
  public double netYieldAfterFees(double roundTripFees, Duration holding) {
    ArgChecks.nonNegative("roundTripFees", roundTripFees);
    ArgChecks.positive("holding", holding);
    return netYield() - roundTripFees * FundingIntervals.periodsPerYear(holding) + 0.0;
  }

  /**
   * The figures with the borrow (or capital) rate multiplied by {@code factor}; option and
   * unhedged costs are unchanged.
   *
   * @param factor the multiplier, zero or more
   * @return the stressed economics
   * @throws IllegalArgumentException if {@code factor} is negative, NaN or infinite
   */
  public CarryEconomics borrowStressed(double factor) {
    return trade.withBorrowStress(factor).economics();
  }

  /**
   * Whether the carry still pays at {@link #DEFAULT_BORROW_STRESS} (3×) the borrow rate.
   *
   * @return {@code borrowStressed(3).profitable()}
   */
  public boolean paysUnderBorrowStress() {
    return borrowStressed(DEFAULT_BORROW_STRESS).profitable();
  }

  /**
   * The yield breakdown: funding received, then the hedge's line (for an unhedged perp, a zero
   * line that says the position is directional). The lines sum to {@link #netYield()}.
   *
   * @return the lines, unmodifiable
   */
  public List<YieldLine> breakdown() {
    return List.of(
        new YieldLine("funding received", fundingYield),
        new YieldLine(trade.hedge().costLabel(trade.side()), -hedgeCost));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof CarryEconomics && trade.equals(((CarryEconomics) obj).trade);
  }

  @Override
  public int hashCode() {
    return trade.hashCode();
  }

  @Override
  public String toString() {
    return trade.side() + " at " + trade.rate() + ": funding " + fundingYield + " - "
        + trade.hedge().costLabel(trade.side()) + " " + hedgeCost + " = net " + netYield()
        + " a year (" + (profitable() ? "profitable" : "not profitable") + ")";
  }

  private Object writeReplace() {
    return new SerializedForm(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("CarryEconomics is read through its serialization proxy");
  }

  /** The serial form: what the factory needs, re-validated by it on reading. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final CarryTrade trade;

    SerializedForm(CarryEconomics source) {
      this.trade = source.trade;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        return trade.economics();
      } catch (RuntimeException e) {
        InvalidObjectException ex = new InvalidObjectException("invalid CarryEconomics: " + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }
}
