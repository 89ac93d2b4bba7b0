package dev.fundingkit.stats.backtest;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One round trip of a carry backtest, in the quote currency of the notional: the funding the
 * perpetual leg collected through the ledger, the spot borrow, the fees, the basis P&amp;L of
 * the two legs marked to market (when prices were given) and the net. Computed by
 * {@link CarryBacktest}, never built by callers. Immutable and thread-safe.
 */
public final class BacktestTrade implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Instant entry;
  private final Instant exit;
  private final boolean open;
  private final int settlements;
  private final int missingSettlements;
  private final double funding;
  private final double borrow;
  private final double fees;
  private final Double basisPnl;
  private final boolean spansGap;

  BacktestTrade(Instant entry, Instant exit, boolean open, int settlements,
      int missingSettlements, double funding, double borrow, double fees, Double basisPnl,
      boolean spansGap) {
    this.entry = entry;
    this.exit = exit;
    this.open = open;
    this.settlements = settlements;
    this.missingSettlements = missingSettlements;
    this.funding = funding + 0.0;
    this.borrow = borrow + 0.0;
    this.fees = fees + 0.0;
    this.basisPnl = basisPnl == null ? null : basisPnl + 0.0;
    this.spansGap = spansGap;
  }

  /**
   * When the carry opened: the settlement whose print crossed the entry level.
   *
   * @return the instant
   */
  public Instant entry() {
    return entry;
  }

  /**
   * When it closed: the exit print, the last settlement before a gap, or the last settlement
   * of the data for a carry still open.
   *
   * @return the instant, after {@link #entry()}
   */
  public Instant exit() {
    return exit;
  }

  /**
   * Whether the carry was still open at the end of the data (closed there for the figures).
   *
   * @return true when still open
   */
  public boolean open() {
    return open;
  }

  /**
   * How many settlements the carry paid or collected: those in {@code (entry, exit]}.
   *
   * @return zero or more
   */
  public int settlements() {
    return settlements;
  }

  /**
   * Settlements the schedule expected in {@code (entry, exit]} that the data lacks (only under
   * {@link GapPolicy#HOLD_THROUGH}).
   *
   * @return zero or more
   */
  public int missingSettlements() {
    return missingSettlements;
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
   * How long the carry was held, in hours.
   *
   * @return the hours, fractional
   */
  public double heldHours() {
    return holding().toMillis() / 3_600_000.0;
  }

  /**
   * The funding cash flow of the perpetual leg, positive when received.
   *
   * @return the known funding
   */
  public double funding() {
    return funding;
  }

  /**
   * The borrow cost of the spot leg (reverse carry), {@code >= 0}.
   *
   * @return the cost
   */
  public double borrow() {
    return borrow;
  }

  /**
   * The trading fees of the round trip, {@code >= 0}.
   *
   * @return the fees
   */
  public double fees() {
    return fees;
  }

  /**
   * The two legs' price P&amp;L from entry to exit, marked to market.
   *
   * @return the basis P&amp;L, or empty when no prices were given (not judged, never zero)
   */
  public OptionalDouble basisPnl() {
    return basisPnl == null ? OptionalDouble.empty() : OptionalDouble.of(basisPnl);
  }

  /**
   * Whether the carry was held across a gap in the data.
   *
   * @return true only under {@link GapPolicy#HOLD_THROUGH} across a hole
   */
  public boolean spansGap() {
    return spansGap;
  }

  /**
   * Funding less borrow and fees, plus the basis P&amp;L when prices were given.
   *
   * @return the net result
   */
  public double net() {
    // Never -0.0 (the figures are normalised in the constructor, and a - b is -0.0 only for
    // a = -0.0), so no trailing + 0.0.
    return funding - borrow - fees + (basisPnl == null ? 0.0 : basisPnl);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof BacktestTrade)) {
      return false;
    }
    BacktestTrade o = (BacktestTrade) obj;
    return entry.equals(o.entry) && exit.equals(o.exit) && open == o.open
        && settlements == o.settlements && missingSettlements == o.missingSettlements
        && Double.compare(funding, o.funding) == 0 && Double.compare(borrow, o.borrow) == 0
        && Double.compare(fees, o.fees) == 0 && Objects.equals(basisPnl, o.basisPnl)
        && spansGap == o.spansGap;
  }

  @Override
  public int hashCode() {
    return Objects.hash(entry, exit, open, settlements, missingSettlements, funding, borrow,
        fees, basisPnl, spansGap);
  }

  @Override
  public String toString() {
    return "BacktestTrade[" + entry + " → " + exit + (open ? " (open)" : "") + ", "
        + settlements + " settlements, funding " + funding + ", borrow " + borrow + ", fees "
        + fees + ", basis " + (basisPnl == null ? "not judged" : basisPnl) + ", net " + net()
        + (spansGap ? ", spans a gap" : "") + "]";
  }

  // Written through a proxy and read back through the constructor the backtest uses, so a
  // stream cannot build a trade the backtest could not have (null instants, -0.0 figures).
  private Object writeReplace() {
    return new Proxy(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("BacktestTrade is read through its serialization proxy");
  }

  /** The serial form of a trade: its ten figures. */
  private static final class Proxy implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Instant entry;
    private final Instant exit;
    private final boolean open;
    private final int settlements;
    private final int missingSettlements;
    private final double funding;
    private final double borrow;
    private final double fees;
    private final Double basisPnl;
    private final boolean spansGap;

    Proxy(BacktestTrade t) {
      entry = t.entry;
      exit = t.exit;
      open = t.open;
      settlements = t.settlements;
      missingSettlements = t.missingSettlements;
      funding = t.funding;
      borrow = t.borrow;
      fees = t.fees;
      basisPnl = t.basisPnl;
      spansGap = t.spansGap;
    }

    private Object readResolve() throws InvalidObjectException {
      if (entry == null || exit == null) {
        throw new InvalidObjectException("a trade needs its entry and exit, got entry="
            + entry + ", exit=" + exit);
      }
      return new BacktestTrade(entry, exit, open, settlements, missingSettlements, funding,
          borrow, fees, basisPnl, spansGap);
    }
  }
}
