package dev.fundingkit.core.carry;

import java.io.Serializable;
import java.io.ObjectInputStream;
import java.io.InvalidObjectException;
import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.AnnualizationBasis;
import dev.fundingkit.core.rate.FundingRate;
import java.util.Objects;

/**
 * A cash-and-carry to evaluate: the funding rate it would collect, which way it faces, how it
 * is hedged and how yields are annualised. {@link #economics()} gives the figures.
 *
 * <p>{@link #of(FundingRate, double)} is the usual entry point: a negative rate gives a
 * {@link CarrySide#REVERSE} carry (long perp, short borrowed spot, the second argument the
 * borrow rate), any other rate a {@link CarrySide#FORWARD} one (short perp, long spot, the
 * second argument the cost of capital), under {@link AnnualizationBasis#SIMPLE}.
 *
 * <p>Any side may be paired with any rate: a reverse carry on a positive rate pays funding, and
 * its economics say so with a negative funding yield. Immutable and thread-safe.
 */
public final class CarryTrade implements Serializable {

  private static final long serialVersionUID = 1L;

  private final FundingRate rate;
  private final CarrySide side;
  private final Hedge hedge;
  private final AnnualizationBasis basis;

  private CarryTrade(FundingRate rate, CarrySide side, Hedge hedge, AnnualizationBasis basis) {
    this.rate = Objects.requireNonNull(rate, "rate");
    this.side = Objects.requireNonNull(side, "side");
    this.hedge = Objects.requireNonNull(hedge, "hedge");
    this.basis = Objects.requireNonNull(basis, "basis");
  }

  /**
   * The carry that collects {@code rate}, hedged with spot, annualised simply.
   *
   * @param rate the funding rate per settlement interval
   * @param spotRate the borrow rate (reverse) or cost of capital (forward), a fraction per
   *     year, zero or more
   * @return the trade
   * @throws NullPointerException if {@code rate} is null
   * @throws IllegalArgumentException if {@code spotRate} is negative, NaN or infinite
   */
  public static CarryTrade of(FundingRate rate, double spotRate) {
    return new CarryTrade(
        rate, CarrySide.forRate(rate), Hedge.spot(spotRate), AnnualizationBasis.SIMPLE);
  }

  /**
   * A carry with every choice stated.
   *
   * @param rate the funding rate per settlement interval
   * @param side the way the carry faces
   * @param hedge the hedge of the perpetual leg
   * @param basis how per-settlement figures become yearly ones
   * @return the trade
   * @throws NullPointerException if an argument is null
   */
  public static CarryTrade of(
      FundingRate rate, CarrySide side, Hedge hedge, AnnualizationBasis basis) {
    return new CarryTrade(rate, side, hedge, basis);
  }

  /**
   * The funding rate the carry is evaluated at.
   *
   * @return the rate
   */
  public FundingRate rate() {
    return rate;
  }

  /**
   * The way the carry faces.
   *
   * @return the side
   */
  public CarrySide side() {
    return side;
  }

  /**
   * The hedge of the perpetual leg.
   *
   * @return the hedge
   */
  public Hedge hedge() {
    return hedge;
  }

  /**
   * The annualisation convention.
   *
   * @return the basis
   */
  public AnnualizationBasis basis() {
    return basis;
  }

  /**
   * A copy at another rate.
   *
   * @param newRate the rate
   * @return the new trade
   * @throws NullPointerException if {@code newRate} is null
   */
  public CarryTrade withRate(FundingRate newRate) {
    return new CarryTrade(newRate, side, hedge, basis);
  }

  /**
   * A copy facing another way.
   *
   * @param newSide the side
   * @return the new trade
   * @throws NullPointerException if {@code newSide} is null
   */
  public CarryTrade withSide(CarrySide newSide) {
    return new CarryTrade(rate, newSide, hedge, basis);
  }

  /**
   * A copy with another hedge.
   *
   * @param newHedge the hedge
   * @return the new trade
   * @throws NullPointerException if {@code newHedge} is null
   */
  public CarryTrade withHedge(Hedge newHedge) {
    return new CarryTrade(rate, side, newHedge, basis);
  }

  /**
   * A copy under another annualisation convention.
   *
   * @param newBasis the basis
   * @return the new trade
   * @throws NullPointerException if {@code newBasis} is null
   */
  public CarryTrade withBasis(AnnualizationBasis newBasis) {
    return new CarryTrade(rate, side, hedge, newBasis);
  }

  /**
   * A copy with the hedge's borrow (or capital) rate multiplied by {@code factor}: the
   * borrow-rate risk of the domain brief (borrow can jump from 5% to 50%+ a year).
   *
   * @param factor the multiplier, zero or more
   * @return the stressed trade
   * @throws IllegalArgumentException if {@code factor} is negative, NaN or infinite
   */
  public CarryTrade withBorrowStress(double factor) {
    ArgChecks.nonNegative("factor", factor);
    return new CarryTrade(rate, side, hedge.stressBorrow(factor), basis);
  }

  /**
   * The carry's figures.
   *
   * @return the economics
   * @throws IllegalArgumentException under {@link AnnualizationBasis#COMPOUND} when the carry
   *     would lose all of its notional in one settlement
   */
  public CarryEconomics economics() {
    return new CarryEconomics(this);
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof CarryTrade)) {
      return false;
    }
    CarryTrade other = (CarryTrade) obj;
    return rate.equals(other.rate) && side == other.side && hedge.equals(other.hedge)
        && basis == other.basis;
  }

  @Override
  public int hashCode() {
    return Objects.hash(rate, side, hedge, basis);
  }

  @Override
  public String toString() {
    return side + " carry at " + rate + " hedged by " + hedge + " (" + basis + ")";
  }

  private Object writeReplace() {
    return new SerializedForm(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("CarryTrade is read through its serialization proxy");
  }

  /** The serial form: what the factory needs, re-validated by it on reading. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final FundingRate rate;
    private final CarrySide side;
    private final Hedge hedge;
    private final AnnualizationBasis basis;

    SerializedForm(CarryTrade source) {
      this.rate = source.rate;
      this.side = source.side;
      this.hedge = source.hedge;
      this.basis = source.basis;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        return CarryTrade.of(rate, side, hedge, basis);
      } catch (RuntimeException e) {
        InvalidObjectException ex = new InvalidObjectException("invalid CarryTrade: " + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }
}
