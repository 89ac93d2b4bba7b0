package dev.fundingkit.core.ledger;

import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.rate.PositionSide;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
import dev.fundingkit.core.venue.Accrual;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The funding a position accrued through a venue's settlements, following the venue's
 * {@link PaymentTerms}: every settlement the schedule expects is an entry, whether the data has
 * it or not.
 *
 * <p><b>Boundary rule (at-settlement accrual).</b> A settlement at {@code T} charges the size in
 * effect just before the venue's position snapshot at {@code T + tolerance}: the last
 * {@link SizeChange} strictly before it. With zero tolerance, a holding from {@code entry} to
 * {@code exit} pays the settlements in {@code (entry, exit]}; with a tolerance {@code τ} those
 * in {@code (entry − τ, exit − τ]} (see {@link #BINANCE_SNAPSHOT_TOLERANCE}). <b>Continuous
 * accrual</b> (Deribit) charges the settlement at {@code T} with interval {@code I} the
 * time-weighted size over {@code (T − I, T]}: {@code rate × price × ∫size / I}; the tolerance
 * does not apply. Each cash flow uses the settlement's own rate and payment price, whose kind
 * must be the terms' {@link PaymentTerms#paymentPrice()}.
 *
 * <p><b>Never silent about data.</b> Between two settlements further apart than the later
 * one's interval, the schedule expected settlements the data lacks (the gap rule of
 * {@link FundingSeries}, the only one in the library); after the last settlement the schedule
 * goes on while the position is still open and later closes. Each such settlement is an entry:
 * {@link EntryStatus#FLAT} when the position was flat (zero whatever the rate), otherwise
 * {@link EntryStatus#MISSING} with no cash flow, or with {@link StalePolicy#MARK_STALE}
 * {@link EntryStatus#STALE} at the last known rate and price. A settlement the data has where
 * the position was flat is a {@code FLAT} entry with zero.
 *
 * <p><b>Rates fixed ahead.</b> Settlements are payments (a venue's funding history is keyed by
 * payment instant). A series of rates keyed by the end of their premium window (computed with
 * a {@code FundingFormula}) goes through {@link #ofFixings}, which pays each one
 * {@link PaymentTerms#intervalsAhead()} intervals later (BitMEX, Kraken).
 *
 * <p>The ledger of {@link PositionHistory#mirrored()} is the counterparty's: the two totals sum
 * to exactly zero. {@link FundingAccrual} applies the same rule to primitive arrays.
 * Immutable and thread-safe.
 */
public final class FundingLedger {

  /**
   * Binance's stated snapshot lag: its funding FAQ says a position opened up to 15 seconds after
   * the funding time may still pay. Use with {@link PaymentTerms#withSnapshotTolerance} for a
   * pessimistic backtest of entries just after settlement.
   */
  public static final Duration BINANCE_SNAPSHOT_TOLERANCE = Duration.ofSeconds(15);

  private static final long MAX_AFTER_DATA = 10_000_000L;

  private final List<Settlement> settlements;
  private final PositionHistory position;
  private final PaymentTerms terms;
  private final StalePolicy stalePolicy;
  private final long[] changeMs;
  private final double[] sizes;
  private final List<LedgerEntry> entries;

  private FundingLedger(List<Settlement> settlements, PositionHistory position,
      PaymentTerms terms, StalePolicy stalePolicy) {
    Objects.requireNonNull(settlements, "settlements");
    this.settlements = List.copyOf(settlements);
    this.position = Objects.requireNonNull(position, "position");
    this.terms = Objects.requireNonNull(terms, "terms");
    this.stalePolicy = Objects.requireNonNull(stalePolicy, "stalePolicy");
    List<SizeChange> changes = position.changes();
    this.changeMs = new long[changes.size()];
    this.sizes = new double[changes.size()];
    for (int j = 0; j < changeMs.length; j++) {
      changeMs[j] = changes.get(j).time().toEpochMilli();
      sizes[j] = changes.get(j).size();
    }
    for (int i = 0; i < this.settlements.size(); i++) {
      Settlement s = this.settlements.get(i);
      if (s.paymentPrice() != terms.paymentPrice()) {
        throw new IllegalArgumentException("settlements[" + i + "] carries a "
            + s.paymentPrice() + " price but the venue pays at the " + terms.paymentPrice()
            + " price, was " + s);
      }
    }
    this.entries = accrue();
  }

  /**
   * The ledger of a position through payments, with {@link PaymentTerms#defaults()}.
   *
   * @param settlements the payments, strictly increasing in time, valued at the mark price
   * @param position the position's size through time
   * @return the ledger
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if the times are not strictly increasing, an interval is
   *     not whole milliseconds, or a settlement is not valued at the mark price
   */
  public static FundingLedger of(List<Settlement> settlements, PositionHistory position) {
    return new FundingLedger(settlements, position, PaymentTerms.defaults(), StalePolicy.REFUSE);
  }

  /**
   * The ledger of a position through a venue's payments.
   *
   * @param settlements the payments, strictly increasing in time
   * @param position the position's size through time
   * @param terms the venue's payment terms
   * @return the ledger, refusing stale rates
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if the times are not strictly increasing, an interval is
   *     not whole milliseconds, or a settlement's price is not the one the terms pay at
   */
  public static FundingLedger of(List<Settlement> settlements, PositionHistory position,
      PaymentTerms terms) {
    return new FundingLedger(settlements, position, terms, StalePolicy.REFUSE);
  }

  /**
   * The ledger of a position through a series of paid rates (a venue's funding history) with
   * a payment price per point.
   *
   * @param paid the rates, each keyed by its payment instant
   * @param prices the payment price at each point, positive, one per point
   * @param position the position's size through time
   * @param terms the venue's payment terms; prices are taken to be its payment price
   * @return the ledger, refusing stale rates
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the lengths differ or a price is not positive
   */
  public static FundingLedger of(FundingSeries paid, double[] prices, PositionHistory position,
      PaymentTerms terms) {
    return new FundingLedger(settlements(paid, prices, terms, false), position, terms,
        StalePolicy.REFUSE);
  }

  /**
   * The ledger of a position through rates keyed by the end of their premium window (as a
   * formula computes them): each is paid at {@link PaymentTerms#paidAt(Instant, Duration)}.
   *
   * @param fixings the rates, each keyed by the end of its premium window
   * @param prices the payment price at each rate's payment instant, positive, one per point
   * @param position the position's size through time
   * @param terms the venue's payment terms
   * @return the ledger, refusing stale rates
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the lengths differ or a price is not positive
   */
  public static FundingLedger ofFixings(FundingSeries fixings, double[] prices,
      PositionHistory position, PaymentTerms terms) {
    return new FundingLedger(settlements(fixings, prices, terms, true), position, terms,
        StalePolicy.REFUSE);
  }

  private static List<Settlement> settlements(FundingSeries series, double[] prices,
      PaymentTerms terms, boolean fixings) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(prices, "prices");
    Objects.requireNonNull(terms, "terms");
    if (prices.length != series.size()) {
      throw new IllegalArgumentException(
          "prices must have length " + series.size() + ", was " + prices.length);
    }
    List<Settlement> out = new ArrayList<>(series.size());
    for (int i = 0; i < series.size(); i++) {
      FundingRate rate = series.get(i);
      Instant t = fixings ? terms.paidAt(series.time(i), rate.interval()) : series.time(i);
      if (!(prices[i] > 0) || prices[i] == Double.POSITIVE_INFINITY) {
        throw new IllegalArgumentException(
            "prices[" + i + "] must be > 0 and finite, was " + prices[i]);
      }
      out.add(Settlement.of(t, rate, prices[i], terms.paymentPrice()));
    }
    return out;
  }

  /**
   * A copy under other payment terms.
   *
   * @param newTerms the terms
   * @return the new ledger
   * @throws NullPointerException if {@code newTerms} is null
   * @throws IllegalArgumentException if a settlement's price is not the one they pay at
   */
  public FundingLedger withTerms(PaymentTerms newTerms) {
    return new FundingLedger(settlements, position, newTerms, stalePolicy);
  }

  /**
   * A copy whose snapshots lag each settlement by {@code newTolerance}: shorthand for
   * {@code withTerms(terms().withSnapshotTolerance(newTolerance))}.
   *
   * @param newTolerance the snapshot lag, zero or more
   * @return the new ledger
   * @throws NullPointerException if {@code newTolerance} is null
   * @throws IllegalArgumentException if {@code newTolerance} is negative
   */
  public FundingLedger withTolerance(Duration newTolerance) {
    return withTerms(terms.withSnapshotTolerance(newTolerance));
  }

  /**
   * A copy for another position over the same settlements.
   *
   * @param newPosition the position
   * @return the new ledger
   * @throws NullPointerException if {@code newPosition} is null
   */
  public FundingLedger withPosition(PositionHistory newPosition) {
    return new FundingLedger(settlements, newPosition, terms, stalePolicy);
  }

  /**
   * A copy that treats settlements the data lacks by another policy.
   *
   * @param newPolicy the policy
   * @return the new ledger
   * @throws NullPointerException if {@code newPolicy} is null
   */
  public FundingLedger withStalePolicy(StalePolicy newPolicy) {
    return new FundingLedger(settlements, position, terms, newPolicy);
  }

  /**
   * The payments of the data.
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
   * The payment terms.
   *
   * @return the terms
   */
  public PaymentTerms terms() {
    return terms;
  }

  /**
   * The snapshot lag.
   *
   * @return {@code terms().snapshotTolerance()}
   */
  public Duration tolerance() {
    return terms.snapshotTolerance();
  }

  /**
   * What the ledger does at settlements the data lacks.
   *
   * @return the policy, {@link StalePolicy#REFUSE} unless set
   */
  public StalePolicy stalePolicy() {
    return stalePolicy;
  }

  /**
   * Every settlement the schedule expected, with cumulative funding.
   *
   * @return the entries in time order, unmodifiable: paid, flat, missing and stale ones
   */
  public List<LedgerEntry> entries() {
    return entries;
  }

  /**
   * The entries whose cash flow is unknown: settlements the data lacks while the position was
   * open (with {@link StalePolicy#MARK_STALE} none; see {@link #stale()}).
   *
   * @return the {@code MISSING} entries in time order, unmodifiable
   */
  public List<LedgerEntry> missing() {
    return entries.stream().filter(e -> e.status() == EntryStatus.MISSING).toList();
  }

  /**
   * The entries charged at a reused rate.
   *
   * @return the {@code STALE} entries in time order, unmodifiable
   */
  public List<LedgerEntry> stale() {
    return entries.stream().filter(e -> e.status() == EntryStatus.STALE).toList();
  }

  /**
   * The position's cumulative known funding (see {@link #missing()} for what it lacks).
   *
   * @return the summed cash flow, negative when it paid on balance
   */
  public double total() {
    return entries.isEmpty() ? 0.0 : entries.get(entries.size() - 1).cumulative();
  }

  /**
   * The realised funding of one side (a position may flip): the known cash flows of entries
   * charged on {@code side}.
   *
   * @param side the side
   * @return the summed cash flow
   * @throws NullPointerException if {@code side} is null
   */
  public double total(PositionSide side) {
    Objects.requireNonNull(side, "side");
    double sum = 0.0;
    for (LedgerEntry e : entries) {
      if (e.side().filter(side::equals).isPresent()) {
        sum += e.knownCashFlow();
      }
    }
    // PIT: equivalent mutant (+ 0.0 → − 0.0): sum starts at +0.0 and so is never -0.0.
    return sum + 0.0;
  }

  /**
   * The known funding of settlements due in {@code (from, to]}.
   *
   * @param from the exclusive start
   * @param to the inclusive end, not before {@code from}
   * @return the summed cash flow
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public double accrued(Instant from, Instant to) {
    checkWindow(from, to);
    double sum = 0.0;
    for (LedgerEntry e : entries) {
      if (e.time().isAfter(from) && !e.time().isAfter(to)) {
        sum += e.knownCashFlow();
      }
    }
    // PIT: equivalent mutant (+ 0.0 → − 0.0): sum starts at +0.0 and so is never -0.0.
    return sum + 0.0;
  }

  /**
   * How many settlements due in {@code (from, to]} are missing (open position, no data).
   *
   * @param from the exclusive start
   * @param to the inclusive end, not before {@code from}
   * @return the count
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public int missingIn(Instant from, Instant to) {
    checkWindow(from, to);
    int n = 0;
    for (LedgerEntry e : entries) {
      if (e.status() == EntryStatus.MISSING && e.time().isAfter(from) && !e.time().isAfter(to)) {
        n++;
      }
    }
    return n;
  }

  /**
   * The funding accrued at {@code at} but not yet settled: the share of the next settlement's
   * cash flow for the part of its interval that has passed. With at-settlement accrual the
   * size in effect at {@code at} is prorated ({@code cash × elapsed / interval}: what a mark to
   * market of the coming payment shows); with continuous accrual it is the exact integral of
   * the size so far. Legs on different schedules (an hourly and a 4-hourly one) each give their
   * own, and their sum is the position's unsettled funding.
   *
   * @param at the instant
   * @return the unsettled cash flow; empty when no settlement follows {@code at} in the
   *     ledger or the next one is {@code MISSING}
   * @throws NullPointerException if {@code at} is null
   */
  public OptionalDouble pendingAt(Instant at) {
    Objects.requireNonNull(at, "at");
    LedgerEntry next = null;
    for (LedgerEntry e : entries) {
      if (e.time().isAfter(at)) {
        next = e;
        break;
      }
    }
    if (next == null || next.status() == EntryStatus.MISSING) {
      return OptionalDouble.empty();
    }
    long end = next.time().toEpochMilli();
    long interval = next.interval().toMillis();
    long start = end - interval;
    long t = at.toEpochMilli();
    // PIT: equivalent mutant (boundary): at t == start either share is 0 × …, +0.0.
    if (t <= start || next.settlement().isEmpty()) {
      return OptionalDouble.of(0.0);
    }
    Settlement s = next.settlement().get();
    double rate = s.rate().rescaleTo(next.interval()).value();
    if (terms.accrual() == Accrual.CONTINUOUS) {
      double average = FundingAccrual.heldMillis(changeMs, sizes, start, t) / interval;
      return OptionalDouble.of(FundingAccrual.cashFlow(average, s.price(), rate));
    }
    double size = FundingAccrual.sizeBefore(changeMs, sizes, t);
    return OptionalDouble.of(
        FundingAccrual.cashFlow(size, s.price(), rate) * (t - start) / interval + 0.0);
  }

  /**
   * The due instants of the entries, for charts and bulk use.
   *
   * @return epoch milliseconds, one per entry, a new array
   */
  public long[] entryEpochMillis() {
    long[] out = new long[entries.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = entries.get(i).time().toEpochMilli();
    }
    return out;
  }

  /**
   * The cumulative known funding after each entry.
   *
   * @return one value per entry, a new array
   */
  public double[] cumulative() {
    double[] out = new double[entries.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = entries.get(i).cumulative();
    }
    return out;
  }

  private static void checkWindow(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from " + from + ", was " + to);
    }
  }

  // ---------------------------------------------------------------- accrual

  private List<LedgerEntry> accrue() {
    int n = settlements.size();
    List<LedgerEntry> out = new ArrayList<>(n);
    if (n == 0) {
      return List.of();
    }
    Instant[] times = new Instant[n];
    FundingRate[] rates = new FundingRate[n];
    for (int i = 0; i < n; i++) {
      times[i] = settlements.get(i).time();
      rates[i] = settlements.get(i).rate();
    }
    FundingSeries schedule = FundingSeries.of(times, rates, IntervalSource.DECLARED);
    double[] cumulative = {0.0};
    for (int i = 0; i < n; i++) {
      Settlement s = settlements.get(i);
      if (i > 0) {
        long missing = schedule.missingBefore(i);
        long step = schedule.intervalMillis(i);
        long from = schedule.epochMilli(i - 1);
        for (long k = 1; k <= missing; k++) {
          out.add(expected(from + k * step, step, settlements.get(i - 1), cumulative));
        }
      }
      out.add(paid(s, schedule.intervalMillis(i), cumulative));
    }
    if (changeMs.length > 0) {
      long last = schedule.epochMilli(n - 1);
      long step = schedule.intervalMillis(n - 1);
      long close = changeMs[changeMs.length - 1];
      // PIT: equivalent mutant (boundary): close == last lists nothing (t − step < close fails).
      if (close > last) {
        long count = (close - last) / step + 1;
        if (count > MAX_AFTER_DATA) {
          throw new IllegalArgumentException("the position changes until " + close
              + " ms, " + count + " settlements after the data ends at " + times[n - 1]
              + "; too many to list");
        }
        for (long t = last + step; t - step < close; t += step) {
          out.add(expected(t, step, settlements.get(n - 1), cumulative));
        }
      }
    }
    return List.copyOf(out);
  }

  /** The signed size charged at a settlement due at {@code t} closing {@code interval}. */
  private double charged(long t, long interval) {
    if (terms.accrual() == Accrual.CONTINUOUS) {
      return FundingAccrual.heldMillis(changeMs, sizes, t - interval, t) / interval;
    }
    return FundingAccrual.sizeBefore(changeMs, sizes, t + terms.snapshotTolerance().toMillis());
  }

  private LedgerEntry paid(Settlement s, long interval, double[] cumulative) {
    double size = charged(s.time().toEpochMilli(), interval);
    double flow = FundingAccrual.cashFlow(size, s.price(), s.rate().value());
    cumulative[0] += flow;
    return new LedgerEntry(s.time(), Duration.ofMillis(interval),
        size == 0 ? EntryStatus.FLAT : EntryStatus.PAID, s, size, flow, cumulative[0]);
  }

  private LedgerEntry expected(long t, long interval, Settlement last, double[] cumulative) {
    double size = charged(t, interval);
    Instant due = Instant.ofEpochMilli(t);
    Duration d = Duration.ofMillis(interval);
    if (size == 0) {
      return new LedgerEntry(due, d, EntryStatus.FLAT, null, 0.0, 0.0, cumulative[0]);
    }
    if (stalePolicy == StalePolicy.REFUSE) {
      return new LedgerEntry(due, d, EntryStatus.MISSING, null, size, 0.0, cumulative[0]);
    }
    double rate = last.rate().rescaleTo(d).value();
    double flow = FundingAccrual.cashFlow(size, last.price(), rate);
    cumulative[0] += flow;
    return new LedgerEntry(due, d, EntryStatus.STALE, last, size, flow, cumulative[0]);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof FundingLedger)) {
      return false;
    }
    FundingLedger other = (FundingLedger) obj;
    return settlements.equals(other.settlements) && position.equals(other.position)
        && terms.equals(other.terms) && stalePolicy == other.stalePolicy;
  }

  @Override
  public int hashCode() {
    return Objects.hash(settlements, position, terms, stalePolicy);
  }

  @Override
  public String toString() {
    return "FundingLedger[" + entries.size() + " entries for " + settlements.size()
        + " settlements, " + missing().size() + " missing, total " + total() + ", " + terms
        + "]";
  }
}
