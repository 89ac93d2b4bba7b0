package dev.fundingkit.flink;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
import dev.fundingkit.stats.ou.ConfidenceInterval;
import dev.fundingkit.stats.ou.OuFit;
import dev.fundingkit.stats.ou.OuFitter;
import dev.fundingkit.stats.regime.RegimeDetector;
import dev.fundingkit.stats.regime.RegimeEpisode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Closed series points of one (venue, symbol) key → the library's rolling OU fit with its
 * confidence interval, and the regime episodes of each window, emitted as windows close.
 *
 * <p><b>Windows.</b> Exactly those of {@link OuFitter#rolling(FundingSeries, Duration,
 * Duration)}: half-open {@code [end − window, end)}, the first ending at the key's first
 * settlement plus {@code window}, each next {@code step} later, the last being the first end
 * after the key's last settlement. Each window's row is {@code OuFitter.defaults()} over the
 * window (profile interval, verdict) and its episodes are
 * {@code RegimeDetector.defaults().detect(window)} (none when the window has fewer than two
 * points), on the {@link #EPISODES} side output.
 *
 * <p><b>Event time.</b> A window ending at {@code end} closes when the watermark reaches
 * {@code end − 1} plus the allowed lateness. The key holds one timer (its next window end); a
 * window is only opened while the key has a settlement at or after the previous end, so a key
 * whose input stops emits exactly the library's last window and then waits. A point before a
 * window already closed goes to {@link #LATE}. In BATCH mode every window is computed when the
 * key's input ends.
 *
 * <p>The fitter and detector are rebuilt in {@code open} (transient); state holds the points
 * of the open window as primitive arrays, a list of arrivals, and longs.
 */
public final class RollingStatistics
    extends KeyedProcessFunction<String, SeriesPoint, OuWindowRow> {

  private static final long serialVersionUID = 1L;

  /** The regime episodes of each window. */
  public static final OutputTag<EpisodeRow> EPISODES =
      new OutputTag<>("episodes", FundingTypes.EPISODE_ROW);
  /** Points that arrived after a window they belong to closed. */
  public static final OutputTag<SeriesPoint> LATE =
      new OutputTag<>("late-points", FundingTypes.SERIES_POINT);

  private final long windowMillis;
  private final long stepMillis;
  private final long latenessMillis;

  private transient OuFitter fitter;
  private transient RegimeDetector detector;

  private transient ListState<SeriesPoint> incoming;
  private transient ValueState<long[]> times;
  private transient ValueState<double[]> values;
  private transient ValueState<long[]> intervals;
  private transient ValueState<byte[]> sources;
  /** The key's earliest point while no window has closed. */
  private transient ValueState<Long> first;
  /** The end of the next window (armed or waiting for a point). */
  private transient ValueState<Long> nextEnd;
  /** Whether a timer is registered for {@link #nextEnd}. */
  private transient ValueState<Boolean> armed;
  /** Points before this instant are late. */
  private transient ValueState<Long> closedBefore;

  /**
   * An operator.
   *
   * @param window each window's span, positive, whole milliseconds
   * @param step how far successive window ends move, positive, whole milliseconds
   * @param allowedLateness how long after a window's end (in event time) points are still
   *     accepted into it, zero or more
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a duration is out of range
   */
  public RollingStatistics(Duration window, Duration step, Duration allowedLateness) {
    ArgChecks.positive("window", window);
    ArgChecks.positive("step", step);
    Objects.requireNonNull(allowedLateness, "allowedLateness");
    if (allowedLateness.isNegative()) {
      throw new IllegalArgumentException("allowedLateness must be >= 0, was " + allowedLateness);
    }
    this.windowMillis = window.toMillis();
    this.stepMillis = step.toMillis();
    this.latenessMillis = allowedLateness.toMillis();
  }

  @Override
  public void open(OpenContext context) {
    fitter = OuFitter.defaults();
    detector = RegimeDetector.defaults();
    incoming = getRuntimeContext().getListState(
        new ListStateDescriptor<>("incoming", FundingTypes.SERIES_POINT));
    times = getRuntimeContext().getState(
        new ValueStateDescriptor<>("times", PrimitiveArrayTypeInfo.LONG_PRIMITIVE_ARRAY_TYPE_INFO));
    values = getRuntimeContext().getState(
        new ValueStateDescriptor<>("values", PrimitiveArrayTypeInfo.DOUBLE_PRIMITIVE_ARRAY_TYPE_INFO));
    intervals = getRuntimeContext().getState(
        new ValueStateDescriptor<>("intervals", PrimitiveArrayTypeInfo.LONG_PRIMITIVE_ARRAY_TYPE_INFO));
    sources = getRuntimeContext().getState(
        new ValueStateDescriptor<>("sources", PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
    first = getRuntimeContext().getState(new ValueStateDescriptor<>("first", Types.LONG));
    nextEnd = getRuntimeContext().getState(new ValueStateDescriptor<>("nextEnd", Types.LONG));
    armed = getRuntimeContext().getState(new ValueStateDescriptor<>("armed", Types.BOOLEAN));
    closedBefore = getRuntimeContext().getState(
        new ValueStateDescriptor<>("closedBefore", Types.LONG));
  }

  @Override
  public void processElement(SeriesPoint p, Context ctx, Collector<OuWindowRow> out)
      throws Exception {
    long t = p.epochMillis();
    Long closed = closedBefore.value();
    if (closed != null && t < closed) {
      ctx.output(LATE, p);
      return;
    }
    incoming.add(p);
    if (closed == null) {
      Long f = first.value();
      if (f == null || t < f) {
        if (f != null) {
          ctx.timerService().deleteEventTimeTimer(f + windowMillis - 1 + latenessMillis);
        }
        first.update(t);
        nextEnd.update(t + windowMillis);
        armed.update(true);
        ctx.timerService().registerEventTimeTimer(t + windowMillis - 1 + latenessMillis);
      }
    } else if (!Boolean.TRUE.equals(armed.value())) {
      // The key spoke again at or after the last end: the next window exists.
      armed.update(true);
      ctx.timerService().registerEventTimeTimer(nextEnd.value() - 1 + latenessMillis);
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<OuWindowRow> out)
      throws Exception {
    Long due = nextEnd.value();
    if (due == null || !Boolean.TRUE.equals(armed.value())
        || due - 1 + latenessMillis != timestamp) {
      return;
    }
    merge();
    long[] tt = times.value();
    double[] tv = values.value();
    long[] ti = intervals.value();
    byte[] ts = sources.value();
    long watermark = ctx.timerService().currentWatermark();
    // The key is Keys.of(venue, symbol); venue ids carry no '|'.
    String[] key = ctx.getCurrentKey().split("\\|", 2);
    long end = due;
    int from = 0;
    IntervalSource[] kinds = IntervalSource.values();
    while (true) {
      long start = end - windowMillis;
      while (from < tt.length && tt[from] < start) {
        from++;
      }
      int to = from;
      while (to < tt.length && tt[to] < end) {
        to++;
      }
      FundingSeries.Builder b = FundingSeries.builder().expectedSize(to - from);
      for (int i = from; i < to; i++) {
        b.add(tt[i], tv[i], ti[i], kinds[ts[i]]);
      }
      FundingSeries w = b.build();
      out.collect(row(key[0], key[1], end, fitter.fit(w)));
      for (EpisodeRow e : episodes(detector, key[0], key[1], end, w)) {
        ctx.output(EPISODES, e);
      }
      closedBefore.update(end);
      boolean more = tt.length > 0 && tt[tt.length - 1] >= end;
      end += stepMillis;
      nextEnd.update(end);
      if (!more) {
        armed.update(false); // the library's last window; wait for the key to speak again
        break;
      }
      if (end - 1 + latenessMillis > watermark) {
        ctx.timerService().registerEventTimeTimer(end - 1 + latenessMillis);
        break;
      }
      // Already due: BATCH execution drops timers registered while its timers fire.
    }
    // Keep only what later windows can still see.
    long keepFrom = end - windowMillis;
    int k = 0;
    while (k < tt.length && tt[k] < keepFrom) {
      k++;
    }
    if (k > 0) {
      times.update(Arrays.copyOfRange(tt, k, tt.length));
      values.update(Arrays.copyOfRange(tv, k, tv.length));
      intervals.update(Arrays.copyOfRange(ti, k, ti.length));
      sources.update(Arrays.copyOfRange(ts, k, ts.length));
    }
  }

  /** Merges the arrivals into the sorted arrays (a repeated instant: the later arrival). */
  private void merge() throws Exception {
    List<SeriesPoint> add = new ArrayList<>();
    for (SeriesPoint p : incoming.get()) {
      add.add(p);
    }
    long[] tt = times.value() == null ? new long[0] : times.value();
    if (add.isEmpty() && times.value() != null) {
      return;
    }
    incoming.clear();
    add.sort((a, b) -> Long.compare(a.epochMillis(), b.epochMillis()));
    double[] tv = values.value() == null ? new double[0] : values.value();
    long[] ti = intervals.value() == null ? new long[0] : intervals.value();
    byte[] ts = sources.value() == null ? new byte[0] : sources.value();
    int n = tt.length + add.size();
    long[] mt = new long[n];
    double[] mv = new double[n];
    long[] mi = new long[n];
    byte[] ms = new byte[n];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < tt.length || j < add.size()) {
      boolean takeOld = j == add.size()
          || (i < tt.length && tt[i] < add.get(j).epochMillis());
      long t;
      double v;
      long iv;
      byte s;
      if (takeOld) {
        t = tt[i];
        v = tv[i];
        iv = ti[i];
        s = ts[i];
        i++;
      } else {
        SeriesPoint p = add.get(j++);
        t = p.epochMillis();
        v = p.value();
        iv = p.intervalMillis();
        s = (byte) p.source().ordinal();
      }
      if (k > 0 && mt[k - 1] == t) {
        k--; // republished instant: the later one replaces it
      }
      mt[k] = t;
      mv[k] = v;
      mi[k] = iv;
      ms[k] = s;
      k++;
    }
    times.update(Arrays.copyOf(mt, k));
    values.update(Arrays.copyOf(mv, k));
    intervals.update(Arrays.copyOf(mi, k));
    sources.update(Arrays.copyOf(ms, k));
  }

  /**
   * The flat row of one fit: what this operator emits for a window, from the plain library.
   *
   * @param venue the venue
   * @param symbol the symbol
   * @param endMillis the window's end
   * @param fit the library's fit of the window
   * @return the row
   * @throws NullPointerException if an argument is null
   */
  public static OuWindowRow row(String venue, String symbol, long endMillis, OuFit fit) {
    Optional<ConfidenceInterval> ci = fit.halfLifeHoursCi();
    Optional<FundingRate> mu = fit.mu();
    return new OuWindowRow(venue, symbol, endMillis, fit.n(), fit.verdict(), or(fit.phi()),
        or(fit.theta()), or(fit.halfLifeHours()),
        ci.map(ConfidenceInterval::lower).orElse(Double.NaN),
        ci.map(ConfidenceInterval::upper).orElse(Double.NaN),
        mu.map(FundingRate::value).orElse(Double.NaN), fit.rateInterval().toMillis(),
        or(fit.sigma()));
  }

  /**
   * The flat episodes of one window: what this operator emits on {@link #EPISODES}, from the
   * plain library.
   *
   * @param detector the detector
   * @param venue the venue
   * @param symbol the symbol
   * @param endMillis the window's end
   * @param window the window's points
   * @return the episodes in the detector's order; none with fewer than two points
   * @throws NullPointerException if an argument is null
   */
  public static List<EpisodeRow> episodes(RegimeDetector detector, String venue,
      String symbol, long endMillis, FundingSeries window) {
    if (window.size() < 2) {
      return List.of();
    }
    List<EpisodeRow> out = new ArrayList<>();
    for (RegimeEpisode e : detector.detect(window)) {
      out.add(new EpisodeRow(venue, symbol, endMillis, e.kind(), e.start().toEpochMilli(),
          e.end().toEpochMilli(), e.minimum().rescaleTo(java.time.Duration.ofHours(8)).value(), e.mean().rescaleTo(java.time.Duration.ofHours(8)).value()));
    }
    return out;
  }

  private static double or(OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : Double.NaN;
  }
}
