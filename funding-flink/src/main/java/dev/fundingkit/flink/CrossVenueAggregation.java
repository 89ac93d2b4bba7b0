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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.flink.api.common.functions.OpenContext;
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
 * {@code t} and at every later one where it is still fresh ({@code age <= rule.maxAge()}); the
 * timers are registered when the reading arrives, so BATCH and STREAMING give the same rows. An instant {@code T} is computed when the
 * watermark passes {@code T} plus the allowed lateness, from each venue's latest reading
 * observed at or before {@code T}; a venue whose latest reading is older than the rule's limit
 * is excluded and listed ({@code STALE}) by the rule itself, as is a zero weight.
 *
 * <p><b>Late data.</b> A reading observed at or before an instant already computed goes to
 * {@link #LATE}. When no venue contributes the row has {@code contributors == 0} and the
 * exclusions.
 *
 * <p>The rule is kept as its serializable form and rebuilt in {@code open}; state holds only
 * flat {@link VenueRateReading} records.
 */
public final class CrossVenueAggregation
    extends KeyedProcessFunction<String, VenueRateReading, AggregateRow> {

  private static final long serialVersionUID = 1L;

  /** Readings that arrived after an instant they belong to was computed. */
  public static final OutputTag<VenueRateReading> LATE =
      new OutputTag<>("late-readings", FundingTypes.VENUE_RATE_READING);

  /** Serializable and immutable; the operator only calls it. */
  private final AggregationRule rule;
  private final long stepMillis;
  private final long maxAgeMillis;
  private final long latenessMillis;

  private transient MapState<String, VenueRateReading> latest;
  private transient MapState<Long, VenueRateReading[]> pending;
  private transient ValueState<Long> computed;

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
    pending = getRuntimeContext().getMapState(new MapStateDescriptor<>("pending", Types.LONG,
        Types.OBJECT_ARRAY(FundingTypes.VENUE_RATE_READING)));
    computed = getRuntimeContext().getState(
        new ValueStateDescriptor<>("computedThrough", Types.LONG));
  }

  @Override
  public void processElement(VenueRateReading r, Context ctx, Collector<AggregateRow> out)
      throws Exception {
    long t = r.observedMillis();
    Long done = computedThrough();
    if (done != null && t <= done) {
      ctx.output(LATE, r);
      return;
    }
    VenueRateReading[] at = pending.get(t);
    VenueRateReading[] grown;
    if (at == null) {
      grown = new VenueRateReading[] {r};
    } else {
      grown = java.util.Arrays.copyOf(at, at.length + 1);
      grown[at.length] = r;
    }
    pending.put(t, grown);
    // Every grid instant this reading is fresh at (and the first at or after it), registered
    // up front: BATCH execution fires only timers that exist when the key's input ends.
    long first = ceil(t);
    ctx.timerService().registerEventTimeTimer(first + latenessMillis);
    for (long due = first + stepMillis; due <= t + maxAgeMillis; due += stepMillis) {
      ctx.timerService().registerEventTimeTimer(due + latenessMillis);
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<AggregateRow> out)
      throws Exception {
    long at = timestamp - latenessMillis;
    Long done = computedThrough();
    if (done != null && at <= done) {
      return; // two readings asked for the same instant
    }
    List<Long> folded = new ArrayList<>();
    for (Map.Entry<Long, VenueRateReading[]> e : pending.entries()) {
      if (e.getKey() <= at) {
        folded.add(e.getKey());
      }
    }
    folded.sort(null);
    for (Long t : folded) {
      for (VenueRateReading r : pending.get(t)) {
        VenueRateReading old = latest.get(r.venue());
        if (old == null || old.observedMillis() <= r.observedMillis()) {
          latest.put(r.venue(), r);
        }
      }
      pending.remove(t);
    }
    List<VenueReading> readings = new ArrayList<>();
    String symbol = ctx.getCurrentKey();
    for (VenueRateReading r : latest.values()) {
      readings.add(toReading(r));
    }
    out.collect(row(rule, symbol, at, readings));
    computed.update(at);
  }

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

  private Long computedThrough() throws Exception {
    return computed.value();
  }

  private long ceil(long t) {
    return Math.floorDiv(t + stepMillis - 1, stepMillis) * stepMillis;
  }
}
