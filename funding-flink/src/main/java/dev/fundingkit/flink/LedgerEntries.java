package dev.fundingkit.flink;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.ledger.FundingLedger;
import dev.fundingkit.core.ledger.LedgerEntry;
import dev.fundingkit.core.ledger.PaymentTerms;
import dev.fundingkit.core.ledger.PositionHistory;
import dev.fundingkit.core.ledger.ReconciledPayment;
import dev.fundingkit.core.ledger.Reconciliation;
import dev.fundingkit.core.ledger.Settlement;
import dev.fundingkit.core.ledger.SizeChange;
import dev.fundingkit.core.ledger.StalePolicy;
import dev.fundingkit.core.ledger.VenuePayment;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Settlements and position changes of one (venue, symbol) account → the library's
 * {@link FundingLedger} entries, emitted as settlements close, with the {@link Reconciliation}
 * against the venue's booked payments on the {@link #RECONCILIATION} side output.
 *
 * <p><b>Closing.</b> A settlement at {@code T} closes when the watermark reaches
 * {@code T + max(snapshot tolerance, reconciliation time tolerance)} plus the allowed lateness:
 * then every size change that can matter to it and every payment that can match its entries
 * has arrived. Its entries (the expected settlements the data lacks since the previous one,
 * then its own) are those of {@code FundingLedger.of(previous and this settlement, the size
 * changes, terms).withStalePolicy(policy)}: the gap rule is pairwise and a settlement's size
 * depends only on the changes before it, so they are the whole ledger's entries; the running
 * total is carried in state and summed in the same order, so it is the same double. The
 * entries after the last settlement (a position still open when the data ends) are emitted
 * when the input ends (the final watermark), as the library lists them.
 *
 * <p><b>Reconciliation.</b> The payments booked in {@code (T' + tol, T + tol]} ({@code T'} the
 * previous settlement) are reconciled with that settlement's entries by
 * {@link Reconciliation#of}. This equals reconciling the whole ledger at once when the time
 * tolerance is below half the shortest spacing of entries (a payment then has at most one
 * candidate entry), which the venue's own bookings (seconds after a settlement hours apart)
 * meet.
 *
 * <p><b>Late data.</b> A second settlement at the instant of one not yet closed is ignored
 * (the ledger needs strictly increasing settlements; the first arrival is kept). A settlement
 * at or before a closed one, a size change before a closed
 * settlement plus the snapshot tolerance, or a payment at or before a closed settlement plus
 * the time tolerance goes to {@link #LATE}. Size changes are kept from a day before the last
 * closed settlement (continuous accrual looks back one interval), earlier ones are folded into
 * the size in effect.
 *
 * <p>The terms are serializable; state holds flat {@link LedgerInput} records and numbers.
 */
public final class LedgerEntries
    extends KeyedProcessFunction<String, LedgerInput, LedgerEntryRow> {

  private static final long serialVersionUID = 1L;
  private static final long DAY = 86_400_000L;

  /** Reconciliation lines against the booked payments. */
  public static final OutputTag<ReconciliationRow> RECONCILIATION =
      new OutputTag<>("reconciliation", FundingTypes.RECONCILIATION_ROW);
  /** Inputs that arrived after the settlement they concern closed. */
  public static final OutputTag<LedgerInput> LATE =
      new OutputTag<>("late-ledger-inputs", FundingTypes.LEDGER_INPUT);

  private final PaymentTerms terms;
  private final StalePolicy stalePolicy;
  private final double amountTolerance;
  private final long timeToleranceMillis;
  private final long snapshotMillis;
  private final long delayMillis;
  private final long latenessMillis;

  private transient ListState<LedgerInput> settlements;
  private transient ListState<LedgerInput> changes;
  private transient ListState<LedgerInput> payments;
  private transient ValueState<LedgerInput> previous;
  private transient ValueState<Double> cumulative;
  private transient ValueState<Long> closedThrough;
  private transient ValueState<Boolean> started;

  /**
   * An operator.
   *
   * @param terms the venue's payment terms (payment price, accrual, snapshot tolerance)
   * @param stalePolicy what to do with settlements the data lacks
   * @param amountTolerance the largest difference still matched, zero or more
   * @param timeTolerance how far a booking may be from the due time, zero or more
   * @param allowedLateness how long after closing time inputs are still accepted, zero or
   *     more
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a tolerance or the lateness is out of range
   */
  public LedgerEntries(PaymentTerms terms, StalePolicy stalePolicy, double amountTolerance,
      Duration timeTolerance, Duration allowedLateness) {
    this.terms = Objects.requireNonNull(terms, "terms");
    this.stalePolicy = Objects.requireNonNull(stalePolicy, "stalePolicy");
    this.amountTolerance = ArgChecks.nonNegative("amountTolerance", amountTolerance);
    Objects.requireNonNull(timeTolerance, "timeTolerance");
    Objects.requireNonNull(allowedLateness, "allowedLateness");
    if (timeTolerance.isNegative()) {
      throw new IllegalArgumentException("timeTolerance must be >= 0, was " + timeTolerance);
    }
    if (allowedLateness.isNegative()) {
      throw new IllegalArgumentException("allowedLateness must be >= 0, was " + allowedLateness);
    }
    this.timeToleranceMillis = timeTolerance.toMillis();
    this.snapshotMillis = terms.snapshotTolerance().toMillis();
    this.delayMillis = Math.max(snapshotMillis, timeToleranceMillis);
    this.latenessMillis = allowedLateness.toMillis();
  }

  @Override
  public void open(OpenContext context) {
    settlements = getRuntimeContext().getListState(
        new ListStateDescriptor<>("settlements", FundingTypes.LEDGER_INPUT));
    changes = getRuntimeContext().getListState(
        new ListStateDescriptor<>("changes", FundingTypes.LEDGER_INPUT));
    payments = getRuntimeContext().getListState(
        new ListStateDescriptor<>("payments", FundingTypes.LEDGER_INPUT));
    previous = getRuntimeContext().getState(
        new ValueStateDescriptor<>("previous", FundingTypes.LEDGER_INPUT));
    cumulative = getRuntimeContext().getState(
        new ValueStateDescriptor<>("cumulative", Types.DOUBLE));
    closedThrough = getRuntimeContext().getState(
        new ValueStateDescriptor<>("closedThrough", Types.LONG));
    started = getRuntimeContext().getState(
        new ValueStateDescriptor<>("started", Types.BOOLEAN));
  }

  @Override
  public void processElement(LedgerInput in, Context ctx, Collector<LedgerEntryRow> out)
      throws Exception {
    Long closed = closedThrough.value();
    long t = in.epochMillis();
    if (closed != null) {
      boolean late = switch (in.kind()) {
        case SETTLEMENT -> t <= closed;
        case SIZE_CHANGE -> t < closed + snapshotMillis;
        case PAYMENT -> t <= closed + timeToleranceMillis;
      };
      if (late) {
        ctx.output(LATE, in);
        return;
      }
    }
    switch (in.kind()) {
      case SETTLEMENT -> {
        settlements.add(in);
        ctx.timerService().registerEventTimeTimer(t + delayMillis + latenessMillis);
      }
      case SIZE_CHANGE -> changes.add(in);
      case PAYMENT -> payments.add(in);
    }
    if (!Boolean.TRUE.equals(started.value())) {
      started.update(true);
      // The end of the input lists what follows the last settlement.
      ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<LedgerEntryRow> out)
      throws Exception {
    long watermark = ctx.timerService().currentWatermark();
    List<LedgerInput> pending = sorted(settlements.get());
    List<LedgerInput> sizes = sorted(changes.get());
    List<LedgerInput> booked = sorted(payments.get());
    int done = 0;
    while (done < pending.size()
        && pending.get(done).epochMillis() + delayMillis + latenessMillis <= watermark) {
      LedgerInput prev = previous.value();
      if (prev == null || pending.get(done).epochMillis() != prev.epochMillis()) {
        close(ctx, out, pending.get(done), sizes, booked);
      } // else a republished settlement: the first one is the ledger's
      done++;
    }
    boolean end = watermark == Long.MAX_VALUE;
    if (end && Boolean.TRUE.equals(started.value())) {
      close(ctx, out, null, sizes, booked);
      started.update(false);
    }
    if (done > 0 || end) {
      settlements.update(pending.subList(done, pending.size()));
      Long closed = closedThrough.value();
      // Fold changes a later settlement can no longer look at into the size in effect.
      int keepFrom = 0;
      if (closed != null) {
        for (int i = 0; i < sizes.size(); i++) {
          if (sizes.get(i).epochMillis() <= closed - DAY) {
            keepFrom = i;
          }
        }
      }
      changes.update(sizes.subList(keepFrom, sizes.size()));
      payments.update(booked);
    }
  }

  /**
   * Closes one settlement ({@code s}), or with {@code s == null} the end of the input: emits
   * its entries and reconciliation lines and removes the payments it used from
   * {@code booked}.
   */
  private void close(OnTimerContext ctx, Collector<LedgerEntryRow> out, LedgerInput s,
      List<LedgerInput> sizes, List<LedgerInput> booked) throws Exception {
    LedgerInput prev = previous.value();
    long after = prev == null ? Long.MIN_VALUE : prev.epochMillis();
    long through = s == null ? Long.MAX_VALUE : s.epochMillis();
    List<Settlement> chunk = new ArrayList<>(2);
    if (prev != null) {
      chunk.add(settlement(prev));
    }
    if (s != null) {
      chunk.add(settlement(s));
    }
    List<SizeChange> position = new ArrayList<>();
    for (LedgerInput c : sizes) {
      if (s == null || c.epochMillis() <= through + snapshotMillis) {
        position.add(SizeChange.of(Instant.ofEpochMilli(c.epochMillis()), c.value()));
      }
    }
    FundingLedger ledger = FundingLedger.of(chunk, PositionHistory.of(position), terms)
        .withStalePolicy(stalePolicy);
    String[] key = ctx.getCurrentKey().split("\\|", 2); // venue labels carry no '|'
    double total = cumulative.value() == null ? 0.0 : cumulative.value();
    for (LedgerEntry e : ledger.entries()) {
      long t = e.time().toEpochMilli();
      if (t > after && t <= through) {
        total += e.cashFlow().orElse(0.0);
        out.collect(row(key[0], key[1], e, total));
      }
    }
    cumulative.update(total);
    long payFrom = prev == null ? Long.MIN_VALUE : after + timeToleranceMillis;
    long payTo = s == null ? Long.MAX_VALUE : through + timeToleranceMillis;
    List<VenuePayment> mine = new ArrayList<>();
    for (int i = 0; i < booked.size(); i++) {
      LedgerInput p = booked.get(i);
      if (p.epochMillis() > payFrom && p.epochMillis() <= payTo) {
        mine.add(VenuePayment.of(Instant.ofEpochMilli(p.epochMillis()), p.value()));
        booked.remove(i--);
      }
    }
    for (ReconciledPayment line : Reconciliation.of(ledger, mine, amountTolerance,
        Duration.ofMillis(timeToleranceMillis)).lines()) {
      long entry = line.entry().map(e -> e.time().toEpochMilli()).orElse(Long.MIN_VALUE);
      if (line.payment().isPresent() || (entry > after && entry <= through)) {
        ctx.output(RECONCILIATION, reconciliation(key[0], key[1], line));
      }
    }
    if (s != null) {
      previous.update(s);
      closedThrough.update(s.epochMillis());
    }
  }

  private static Settlement settlement(LedgerInput s) {
    return Settlement.of(Instant.ofEpochMilli(s.epochMillis()),
        FundingRate.of(s.value(), Duration.ofMillis(s.intervalMillis())), s.price());
  }

  private static List<LedgerInput> sorted(Iterable<LedgerInput> in) {
    List<LedgerInput> out = new ArrayList<>();
    for (LedgerInput i : in) {
      out.add(i);
    }
    out.sort(Comparator.comparingLong(LedgerInput::epochMillis));
    return out;
  }

  /**
   * The flat row of a library entry with a running total.
   *
   * @param venue the venue
   * @param symbol the symbol
   * @param e the entry
   * @param cumulative the running total through it
   * @return the row
   * @throws NullPointerException if an argument is null
   */
  public static LedgerEntryRow row(String venue, String symbol, LedgerEntry e,
      double cumulative) {
    return new LedgerEntryRow(venue, symbol, e.time().toEpochMilli(), e.interval().toMillis(),
        e.status(), e.size(), e.cashFlow().orElse(Double.NaN), cumulative + 0.0,
        e.settlement().map(x -> x.rate().value()).orElse(Double.NaN),
        e.settlement().map(Settlement::price).orElse(Double.NaN));
  }

  /**
   * The flat row of a reconciliation line.
   *
   * @param venue the venue
   * @param symbol the symbol
   * @param line the line
   * @return the row
   * @throws NullPointerException if an argument is null
   */
  public static ReconciliationRow reconciliation(String venue, String symbol,
      ReconciledPayment line) {
    return new ReconciliationRow(venue, symbol, line.status(),
        line.entry().map(e -> e.time().toEpochMilli()).orElse(Long.MIN_VALUE),
        line.payment().map(p -> p.time().toEpochMilli()).orElse(Long.MIN_VALUE),
        line.expected().orElse(Double.NaN), line.actual());
  }
}
