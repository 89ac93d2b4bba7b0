package dev.fundingkit.flink;

import dev.fundingkit.core.aggregate.AggregatedFunding;
import dev.fundingkit.core.aggregate.AggregationRule;
import dev.fundingkit.core.aggregate.VenueContribution;
import dev.fundingkit.core.aggregate.VenueExclusion;
import dev.fundingkit.core.aggregate.VenueReading;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Venue readings of one symbol → the cross-venue aggregate at every instant of a grid, by the
 * library's {@link AggregationRule} (open-interest weighted by default), with staleness as
 * event-time logic.
 *
 * <p><b>Instants.</b> Aggregates are taken at multiples of {@code step} (epoch-aligned). A
 * reading observed at {@code t} makes the symbol due at the first grid instant at or after
 * {@code t} and at every later one where it is still fresh ({@code age <= rule.maxAge()}). An
 * instant {@code T} is computed when the watermark passes {@code T} plus the allowed lateness,
 * from each venue's latest reading observed at or before {@code T}; a venue whose latest
 * reading is older than the rule's limit is excluded and listed ({@code STALE}) by the rule
 * itself, as is a zero weight.
 *
 * <p><b>One timer per key.</b> The key holds a single event-time timer, at its next due
 * instant, and its not-yet-folded readings in a buffer sorted by observation time (appends go
 * to a list and are merged into the buffer when a timer fires, so out-of-order input costs one
 * sort per timer, not one per reading). When the timer fires the operator folds the buffer's
 * head up to {@code T}, emits the row and registers the next due instant: the next grid
 * instant while the newest folded reading is still fresh, else the first grid instant at or
 * after the earliest buffered reading. The set of instants is the same as registering every
 * due instant up front, so BATCH and STREAMING give the same rows. Instants already passed
 * by the watermark are computed in the same call (BATCH execution drops timers registered
 * while its timers fire).
 *
 * <p><b>Late data.</b> A reading observed at or before an instant already computed goes to
 * {@link #LATE}. When no venue contributes the row has {@code contributors == 0} and the
 * exclusions.
 *
 * <p>The rule is kept as its serializable form and rebuilt in {@code open}; state holds only
 * flat {@link VenueRateReading} records, arrays of them and longs.
 */
public final class CrossVenueAggregation
    extends KeyedProcessFunction<String, VenueRateReading, AggregateRow> {

  private static final long serialVersionUID = 2L;

  /** Readings that arrived after an instant they belong to was computed. */
  public static final OutputTag<VenueRateReading> LATE =
      new OutputTag<>("late-readings", FundingTypes.VENUE_RATE_READING);

  /** Serializable and immutable; the operator only calls it. */
  private final AggregationRule rule;
  private final long stepMillis;
  private final long maxAgeMillis;
  private final long latenessMillis;

  private transient MapState<String, VenueRateReading> latest;
  /** Sorted by observation time; entries before {@link #cursor} are folded. */
  private transient ValueState<VenueRateReading[]> buffer;
  private transient ValueState<Integer> cursor;
  /** Arrived since the last timer, arrival order. */
  private transient ListState<VenueRateReading> incoming;
  private transient ValueState<Long> computed;
  private transient ValueState<Long> nextDue;
  private transient ValueState<Long> newestFolded;

  /**
   * An operator.
   *
   * @param rule the aggregation rule (weighting, common interval, maximum age)
   * @param step the grid step, positive, whole milliseconds
   * @param allowedLateness how long after an instant (in event time) readings are still
   *     accepted for it, zero or more
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a duration is out of range
   */
  public CrossVenueAggregation(AggregationRule rule, Duration step, Duration allowedLateness) {
    this.rule = Objects.requireNonNull(rule, "rule");
    if (step.isNegative() || step.isZero()) {
      throw new IllegalArgumentException("step must be > 0, was " + step);
    }
    if (allowedLateness.isNegative()) {
      throw new IllegalArgumentException("allowedLateness must be >= 0, was " + allowedLateness);
    }
    this.stepMillis = step.toMillis();
    this.maxAgeMillis = rule.maxAge().toMillis();
    this.latenessMillis = allowedLateness.toMillis();
  }

  @Override
  public void open(OpenContext context) {
    latest = getRuntimeContext().getMapState(
        new MapStateDescriptor<>("latest", Types.STRING, FundingTypes.VENUE_RATE_READING));
    buffer = getRuntimeContext().getState(new ValueStateDescriptor<>("buffer",
        Types.OBJECT_ARRAY(FundingTypes.VENUE_RATE_READING)));
    cursor = getRuntimeContext().getState(new ValueStateDescriptor<>("cursor", Types.INT));
    incoming = getRuntimeContext().getListState(
        new ListStateDescriptor<>("incoming", FundingTypes.VENUE_RATE_READING));
    computed = getRuntimeContext().getState(
        new ValueStateDescriptor<>("computedThrough", Types.LONG));
    nextDue = getRuntimeContext().getState(new ValueStateDescriptor<>("nextDue", Types.LONG));
    newestFolded = getRuntimeContext().getState(
        new ValueStateDescriptor<>("newestFolded", Types.LONG));
  }

  @Override
  public void processElement(VenueRateReading r, Context ctx, Collector<AggregateRow> out)
      throws Exception {
    long t = r.observedMillis();
    Long done = computed.value();
    if (done != null && t <= done) {
      ctx.output(LATE, r);
      return;
    }
    incoming.add(r);
    long first = ceil(t);
    Long due = nextDue.value();
    if (due == null || first < due) {
      if (due != null) {
        ctx.timerService().deleteEventTimeTimer(due + latenessMillis);
      }
      nextDue.update(first);
      ctx.timerService().registerEventTimeTimer(first + latenessMillis);
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<AggregateRow> out)
      throws Exception {
    long at = timestamp - latenessMillis;
    Long due = nextDue.value();
    if (due == null || due != at) {
      return; // superseded (only possible where a delete is not honoured)
    }
    VenueRateReading[] buf = mergeIncoming();
    int c = cursor.value() == null ? 0 : cursor.value();
    Long newest = newestFolded.value();
    long watermark = ctx.timerService().currentWatermark();
    String symbol = ctx.getCurrentKey();
    while (true) {
      while (c < buf.length && buf[c].observedMillis() <= at) {
        VenueRateReading r = buf[c++];
        VenueRateReading old = latest.get(r.venue());
        if (old == null || old.observedMillis() <= r.observedMillis()) {
          latest.put(r.venue(), r);
        }
        newest = newest == null ? r.observedMillis() : Math.max(newest, r.observedMillis());
      }
      List<VenueReading> readings = new ArrayList<>();
      for (VenueRateReading r : latest.values()) {
        readings.add(toReading(r));
      }
      out.collect(row(rule, symbol, at, readings));
      long next = Long.MAX_VALUE;
      if (newest != null && at + stepMillis <= newest + maxAgeMillis) {
        next = at + stepMillis;
      }
      if (c < buf.length) {
        next = Math.min(next, ceil(buf[c].observedMillis()));
      }
      if (next == Long.MAX_VALUE || next + latenessMillis > watermark) {
        computed.update(at);
        if (next == Long.MAX_VALUE) {
          nextDue.clear();
        } else {
          nextDue.update(next);
          ctx.timerService().registerEventTimeTimer(next + latenessMillis);
        }
        break;
      }
      // Already due: BATCH execution drops timers registered while its timers fire (the
      // watermark is at the end of time), and a streaming watermark may jump several instants.
      at = next;
    }
    if (c > 0 && 2 * c >= buf.length) {
      // Compact: amortised O(1) per reading, and the folded ones leave state.
      buffer.update(java.util.Arrays.copyOfRange(buf, c, buf.length));
      c = 0;
    }
    cursor.update(c);
    if (newest != null) {
      newestFolded.update(newest);
    }
  }

  /** The buffer with every reading that arrived since the last timer merged in, in order. */
  private VenueRateReading[] mergeIncoming() throws Exception {
    VenueRateReading[] buf = buffer.value();
    if (buf == null) {
      buf = new VenueRateReading[0];
    }
    List<VenueRateReading> add = new ArrayList<>();
    for (VenueRateReading r : incoming.get()) {
      add.add(r);
    }
    if (add.isEmpty()) {
      return buf;
    }
    incoming.clear();
    // Stable sort, and on equal instants the buffered (earlier arrived) reading first: of two
    // readings of one venue at one instant the later arrival wins, as in arrival order.
    add.sort(BY_TIME);
    int c = cursor.value() == null ? 0 : cursor.value();
    VenueRateReading[] merged = new VenueRateReading[buf.length - c + add.size()];
    int i = c;
    int j = 0;
    int k = 0;
    while (i < buf.length || j < add.size()) {
      if (j == add.size()
          || (i < buf.length && buf[i].observedMillis() <= add.get(j).observedMillis())) {
        merged[k++] = buf[i++];
      } else {
        merged[k++] = add.get(j++);
      }
    }
    buffer.update(merged);
    cursor.update(0);
    return merged;
  }

  private static final Comparator<VenueRateReading> BY_TIME =
      Comparator.comparingLong(VenueRateReading::observedMillis);

  /**
   * The library's reading for a flat one.
   *
   * @param r the flat reading
   * @return the library reading
   * @throws NullPointerException if {@code r} is null
   */
  public static VenueReading toReading(VenueRateReading r) {
    return VenueReading.of(r.venue(), FundingRate.of(r.value(), Duration.ofMillis(
        r.intervalMillis())), Instant.ofEpochMilli(r.observedMillis()))
        .withOpenInterest(r.openInterest()).withVolume(r.volume());
  }

  /**
   * The flat row of {@code rule.aggregate(at, readings)}: what this operator emits, computed
   * by the plain library call.
   *
   * @param rule the rule
   * @param symbol the symbol
   * @param atMillis the instant
   * @param readings one reading per venue
   * @return the row; {@code contributors == 0} when no venue contributes
   * @throws NullPointerException if an argument is null
   */
  public static AggregateRow row(AggregationRule rule, String symbol, long atMillis,
      List<VenueReading> readings) {
    Instant at = Instant.ofEpochMilli(atMillis);
    long iv = rule.commonInterval().toMillis();
    try {
      AggregatedFunding a = rule.aggregate(at, readings);
      return new AggregateRow(symbol, atMillis, a.rate().value(), iv,
          a.contributions().size(), weights(a.contributions()), excluded(a.exclusions()));
    } catch (IllegalStateException none) {
      List<VenueExclusion> why = new ArrayList<>();
      for (VenueReading r : readings) {
        why.add(exclusionOf(rule, at, r));
      }
      why.sort((x, y) -> x.venue().compareTo(y.venue()));
      return new AggregateRow(symbol, atMillis, 0.0, iv, 0, "", excluded(why));
    }
  }

  private static VenueExclusion exclusionOf(AggregationRule rule, Instant at, VenueReading r) {
    // The rule reports exclusions only alongside a result; with every venue excluded, asking
    // it about one venue together with a certainly-contributing probe recovers the reason.
    VenueReading probe = VenueReading.of("\u0000probe", FundingRate.of(0.0,
        rule.commonInterval()), at).withOpenInterest(1.0).withVolume(1.0);
    AggregatedFunding a = rule.aggregate(at, List.of(r, probe));
    return a.exclusions().get(0);
  }

  private static String weights(List<VenueContribution> parts) {
    return parts.stream().map(p -> p.venue() + "=" + p.weight())
        .collect(Collectors.joining(";"));
  }

  private static String excluded(List<VenueExclusion> ex) {
    return ex.stream().map(e -> e.venue() + ":" + e.reason())
        .collect(Collectors.joining(";"));
  }

  private long ceil(long t) {
    return Math.floorDiv(t + stepMillis - 1, stepMillis) * stepMillis;
  }
}
