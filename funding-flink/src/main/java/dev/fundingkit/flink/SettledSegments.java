package dev.fundingkit.flink;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.series.FundingGap;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Settled rates of one (venue, symbol) key → closed {@link FundingSeries} segments, emitted as
 * they close, with the library's interval inference and missing-settlement detection.
 *
 * <p><b>Segments.</b> Event time is cut into half-open segments {@code [k·L, (k+1)·L)} of length
 * {@code L} ({@code segment}). A segment closes when the watermark passes its end by the
 * allowed lateness; its points (sorted by instant; a repeated instant replaces the earlier
 * one, a venue republishing) are then appended to the key's history with
 * {@link FundingSeries#builder()}: declared intervals kept, unknown ones inferred by
 * {@code IntervalInference.STANDARD} over the retained history tail plus the segment. Each point
 * leaves as a {@link SeriesPoint} carrying {@link FundingSeries#missingBefore(int)}, each hole
 * ending in the segment as a {@link GapRow} on {@link #GAPS} (exactly
 * {@link FundingSeries#gaps()}).
 *
 * <p><b>Late data.</b> A point for a segment already closed goes to {@link #LATE} unchanged;
 * nothing emitted is ever retracted.
 *
 * <p><b>History tail.</b> The last {@code tail} points (instants, values, intervals, sources as
 * primitive arrays) are kept in state so that the first point of a segment knows its
 * predecessor and inference has context. With declared intervals the output equals
 * {@code FundingSeries.of(all points…).missingBefore/gaps} over the whole key; with inferred
 * intervals it is the inference given what was known when the segment closed (a later
 * interval change is labelled from the segment where its evidence completes).
 *
 * <p>State holds only flat records and primitive arrays; no FundingKit object is a field.
 */
public final class SettledSegments extends KeyedProcessFunction<String, FundingEvent, SeriesPoint> {

  private static final long serialVersionUID = 1L;

  /** Holes in the settlements, one per {@code FundingSeries.gaps()} element. */
  public static final OutputTag<GapRow> GAPS = new OutputTag<>("gaps", FundingTypes.GAP_ROW);
  /** Points that arrived after their segment closed. */
  public static final OutputTag<FundingEvent> LATE =
      new OutputTag<>("late-settlements", FundingTypes.FUNDING_EVENT);

  private final long segmentMillis;
  private final long latenessMillis;
  private final int tail;

  private transient MapState<Long, FundingEvent> pending;
  private transient ValueState<Long> closedBefore;
  private transient ValueState<long[]> tailTimes;
  private transient ValueState<double[]> tailValues;
  private transient ValueState<long[]> tailIntervals;
  private transient ValueState<byte[]> tailSources;

  /**
   * An operator with one-day segments, no allowed lateness and a 64-point history tail.
   *
   * @return the operator
   */
  public static SettledSegments defaults() {
    return new SettledSegments(Duration.ofDays(1), Duration.ZERO, 64);
  }

  /**
   * An operator.
   *
   * @param segment the segment length, positive, whole milliseconds
   * @param allowedLateness how long after a segment's end (in event time) points are still
   *     accepted into it, zero or more
   * @param tail how many closed points to keep as context, at least 2
   * @throws NullPointerException if a duration is null
   * @throws IllegalArgumentException if a duration or {@code tail} is out of range
   */
  public SettledSegments(Duration segment, Duration allowedLateness, int tail) {
    ArgChecks.positive("segment", segment);
    Objects.requireNonNull(allowedLateness, "allowedLateness");
    if (allowedLateness.isNegative()) {
      throw new IllegalArgumentException("allowedLateness must be >= 0, was " + allowedLateness);
    }
    if (tail < 2) {
      throw new IllegalArgumentException("tail must be >= 2, was " + tail);
    }
    this.segmentMillis = segment.toMillis();
    this.latenessMillis = allowedLateness.toMillis();
    this.tail = tail;
  }

  @Override
  public void open(OpenContext context) {
    pending = getRuntimeContext().getMapState(
        new MapStateDescriptor<>("pending", Types.LONG, FundingTypes.FUNDING_EVENT));
    closedBefore = getRuntimeContext().getState(
        new ValueStateDescriptor<>("closedBefore", Types.LONG));
    tailTimes = getRuntimeContext().getState(
        new ValueStateDescriptor<>("tailTimes", PrimitiveArrayTypeInfo.LONG_PRIMITIVE_ARRAY_TYPE_INFO));
    tailValues = getRuntimeContext().getState(
        new ValueStateDescriptor<>("tailValues", PrimitiveArrayTypeInfo.DOUBLE_PRIMITIVE_ARRAY_TYPE_INFO));
    tailIntervals = getRuntimeContext().getState(
        new ValueStateDescriptor<>("tailIntervals", PrimitiveArrayTypeInfo.LONG_PRIMITIVE_ARRAY_TYPE_INFO));
    tailSources = getRuntimeContext().getState(
        new ValueStateDescriptor<>("tailSources", PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
  }

  @Override
  public void processElement(FundingEvent event, Context ctx, Collector<SeriesPoint> out)
      throws Exception {
    long t = event.epochMillis();
    Long closed = closedBefore.value();
    if (closed != null && t < closed) {
      ctx.output(LATE, event);
      return;
    }
    pending.put(t, event);
    long end = Math.floorDiv(t, segmentMillis) * segmentMillis + segmentMillis;
    ctx.timerService().registerEventTimeTimer(end - 1 + latenessMillis);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<SeriesPoint> out)
      throws Exception {
    long end = timestamp + 1 - latenessMillis;
    List<FundingEvent> closing = new ArrayList<>();
    for (Map.Entry<Long, FundingEvent> e : pending.entries()) {
      if (e.getKey() < end) {
        closing.add(e.getValue());
      }
    }
    if (closing.isEmpty()) {
      return;
    }
    closing.sort((a, b) -> Long.compare(a.epochMillis(), b.epochMillis()));
    long[] tt = orEmpty(tailTimes.value());
    double[] tv = tailValues.value() == null ? new double[0] : tailValues.value();
    long[] ti = orEmpty(tailIntervals.value());
    byte[] ts = tailSources.value() == null ? new byte[0] : tailSources.value();
    FundingEvent first = closing.get(0);
    FundingSeries.Builder b = FundingSeries.builder().venue(first.venue()).symbol(first.symbol());
    IntervalSource[] sources = IntervalSource.values();
    for (int i = 0; i < tt.length; i++) {
      b.add(tt[i], tv[i], ti[i], sources[ts[i]]);
    }
    for (FundingEvent e : closing) {
      if (e.intervalMillis() > 0) {
        b.add(e.epochMillis(), e.value(), e.intervalMillis(), e.source());
      } else {
        b.add(e.epochMillis(), e.value());
      }
    }
    FundingSeries series;
    try {
      series = b.build();
    } catch (IllegalArgumentException notYet) {
      // Too few points to infer an interval: they stay pending and join the segment of the
      // key's next point (a key with one undeclared point never emits).
      return;
    }
    long segmentStart = end - segmentMillis;
    for (int i = tt.length; i < series.size(); i++) {
      out.collect(new SeriesPoint(first.venue(), first.symbol(), segmentStart,
          series.epochMilli(i), series.value(i), series.intervalMillis(i),
          series.intervalSource(i), i == 0 ? 0 : series.missingBefore(i)));
    }
    long firstNew = series.epochMilli(tt.length);
    for (FundingGap g : series.gaps()) {
      if (g.firstAfter().toEpochMilli() >= firstNew) {
        ctx.output(GAPS, new GapRow(first.venue(), first.symbol(),
            g.lastBefore().toEpochMilli(), g.firstAfter().toEpochMilli(),
            g.interval().toMillis(), g.missingSettlements()));
      }
    }
    for (FundingEvent e : closing) {
      pending.remove(e.epochMillis());
    }
    closedBefore.update(end);
    int n = series.size();
    int from = Math.max(0, n - tail);
    tailTimes.update(java.util.Arrays.copyOfRange(series.epochMillis(), from, n));
    tailValues.update(java.util.Arrays.copyOfRange(series.values(), from, n));
    tailIntervals.update(java.util.Arrays.copyOfRange(series.intervalsMillis(), from, n));
    byte[] src = new byte[n - from];
    for (int i = from; i < n; i++) {
      src[i - from] = (byte) series.intervalSource(i).ordinal();
    }
    tailSources.update(src);
  }

  private static long[] orEmpty(long[] a) {
    return a == null ? new long[0] : a;
  }
}
