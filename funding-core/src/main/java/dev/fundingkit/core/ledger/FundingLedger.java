package dev.fundingkit.core.ledger;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.PositionSide;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The funding a position accrued through a run of settlements.
 *
 * <p><b>Boundary rule.</b> A settlement at {@code T} charges the size in effect just before
 * the venue's position snapshot at {@code T + tolerance}: the last {@link SizeChange} strictly
 * before it. With the default tolerance of zero, a holding from {@code entry} to {@code exit}
 * pays the settlements in {@code (entry, exit]}. With a tolerance {@code τ} it pays those in
 * {@code (entry − τ, exit − τ]}: a position opened up to {@code τ} after a funding time still
 * pays it (see {@link #BINANCE_SNAPSHOT_TOLERANCE}), and one closed within {@code τ} after it
 * does not. The default is zero because it is the rule venues state; a tolerance is a
 * pessimistic assumption about snapshot lag to apply when a strategy trades near funding times.
 *
 * <p><b>Cash flows.</b> Each entry's cash flow is {@code rate.cashFlow(side, |size| × mark)}
 * with the settlement's own rate and mark, so interval changes and size changes between
 * settlements need no special handling. The ledger of {@link PositionHistory#mirrored()} is the
 * counterparty's: the two totals sum to exactly zero.
 *
 * <p>{@link FundingAccrual} applies the same rule to primitive arrays. Immutable and
 * thread-safe.
 */
public final class FundingLedger {

  /**
   * Binance's stated snapshot lag: its funding FAQ says a position opened up to 15 seconds after
   * the funding time may still pay. Use with {@link #withTolerance(Duration)} for a pessimistic
   * backtest of entries just after settlement.
   */
  public static final Duration BINANCE_SNAPSHOT_TOLERANCE = Duration.ofSeconds(15);

  private final List<Settlement> settlements;
  private final PositionHistory position;
  private final Duration tolerance;
  private final List<LedgerEntry> entries;

  private FundingLedger(
      List<Settlement> settlements, PositionHistory position, Duration tolerance) {
    Objects.requireNonNull(settlements, "settlements");
    this.settlements = List.copyOf(settlements);
    this.position = Objects.requireNonNull(position, "position");
    this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
    if (tolerance.isNegative()) {
      throw new IllegalArgumentException("tolerance must be >= 0, was " + tolerance);
    }
    ArgChecks.strictlyIncreasing("settlements.time",
        this.settlements.stream().map(Settlement::time).toArray(Instant[]::new));
    this.entries = accrue();
  }

  /**
   * The ledger of a position through settlements, with zero tolerance.
   *
   * @param settlements the settlements, strictly increasing in time
   * @param position the position's size through time
   * @return the ledger
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if the settlement times are not strictly increasing
   */
  public static FundingLedger of(List<Settlement> settlements, PositionHistory position) {
    return new FundingLedger(settlements, position, Duration.ZERO);
  }

  /**
   * A copy whose snapshots lag each settlement by {@code newTolerance}.
   *
   * @param newTolerance the snapshot lag, zero or more
   * @return the new ledger
   * @throws NullPointerException if {@code newTolerance} is null
   * @throws IllegalArgumentException if {@code newTolerance} is negative
   */
  public FundingLedger withTolerance(Duration newTolerance) {
    return new FundingLedger(settlements, position, newTolerance);
  }

  /**
   * A copy for another position over the same settlements.
   *
   * @param newPosition the position
   * @return the new ledger
   * @throws NullPointerException if {@code newPosition} is null
   */
  public FundingLedger withPosition(PositionHistory newPosition) {
    return new FundingLedger(settlements, newPosition, tolerance);
  }

  /**
   * The settlements.
   *
   * @return the settlements in time order, unmodifiable
   */
  public List<Settlement> settlements() {
    return settlements;
  }

  /**
   * The position.
   *
   * @return the position history
   */
  public PositionHistory position() {
    return position;
  }

  /**
   * The snapshot lag.
   *
   * @return the tolerance, zero or more
   */
  public Duration tolerance() {
    return tolerance;
  }

  /**
   * The settlements the position paid or received, with cumulative funding.
   *
   * @return the entries in time order, unmodifiable; settlements where it was flat are absent
   */
  public List<LedgerEntry> entries() {
    return entries;
  }

  /**
   * The position's cumulative funding.
   *
   * @return the summed cash flow, negative when it paid on balance
   */
  public double total() {
    return entries.isEmpty() ? 0.0 : entries.get(entries.size() - 1).cumulative();
  }

  /**
   * The funding accrued while the position was on one side (a position may flip).
   *
   * @param side the side
   * @return the summed cash flow of entries on {@code side}
   * @throws NullPointerException if {@code side} is null
   */
  public double total(PositionSide side) {
    Objects.requireNonNull(side, "side");
    double sum = 0.0;
    for (LedgerEntry e : entries) {
      if (e.side() == side) {
        sum += e.cashFlow();
      }
    }
    return sum + 0.0;
  }

  /**
   * The funding of settlements in {@code (from, to]}.
   *
   * @param from the exclusive start
   * @param to the inclusive end, not before {@code from}
   * @return the summed cash flow
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public double accrued(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from " + from + ", was " + to);
    }
    double sum = 0.0;
    for (LedgerEntry e : entries) {
      Instant t = e.settlement().time();
      if (t.isAfter(from) && !t.isAfter(to)) {
        sum += e.cashFlow();
      }
    }
    return sum + 0.0;
  }

  private List<LedgerEntry> accrue() {
    List<SizeChange> changes = position.changes();
    List<LedgerEntry> out = new ArrayList<>();
    int next = 0;
    double size = 0.0;
    double cumulative = 0.0;
    for (Settlement s : settlements) {
      Instant snapshot = s.time().plus(tolerance);
      while (next < changes.size() && changes.get(next).time().isBefore(snapshot)) {
        size = changes.get(next++).size();
      }
      if (size != 0) {
        cumulative += s.rate().cashFlow(size > 0 ? PositionSide.LONG : PositionSide.SHORT,
            Math.abs(size) * s.markPrice());
        out.add(new LedgerEntry(s, size, cumulative));
      }
    }
    return List.copyOf(out);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof FundingLedger)) {
      return false;
    }
    FundingLedger other = (FundingLedger) obj;
    return settlements.equals(other.settlements) && position.equals(other.position)
        && tolerance.equals(other.tolerance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(settlements, position, tolerance);
  }

  @Override
  public String toString() {
    return "FundingLedger[" + entries.size() + " of " + settlements.size()
        + " settlements charged, total " + total() + ", tolerance " + tolerance + "]";
  }
}
