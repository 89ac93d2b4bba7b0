package dev.fundingkit.flink;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.formula.FundingBreakdown;
import dev.fundingkit.core.premium.PremiumSeries;
import dev.fundingkit.core.venue.FundingConvention;
import dev.fundingkit.core.venue.FundingRuleVersion;
import dev.fundingkit.core.venue.PredictedRate;
import dev.fundingkit.core.venue.SymbolTerms;
import dev.fundingkit.core.venue.UnknownFundingRuleException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
 * Premium samples of one (venue, symbol) key → the venue's rate at each settlement, and the
 * predicted rate on a timer during each interval, by the venue's convention.
 *
 * <p><b>Instants.</b> Settlements are the epoch-aligned multiples of the symbol's interval
 * {@code N} (00:00, 08:00, 16:00 UTC for 8 h); predictions are taken every {@code every}
 * (a divisor of {@code N}) strictly inside each interval. The key's ticks run from the first
 * tick at or after its earliest sample to the settlement at or after its latest sample.
 *
 * <p><b>Rates.</b> The settled rate at {@code T} is
 * {@code convention.versionAt(T).rate(samples in (T − N, T], terms)}: the averaging scheme and
 * formula of the rule version in force at {@code T}. The prediction as of {@code t} is
 * {@link PredictedRate#of} (the rule's premium window: anchored, rolling or instantaneous). A
 * window without samples is {@link RateStatus#NO_SAMPLES}, a rule or part the venue has not
 * published {@link RateStatus#UNKNOWN_RULE}: rows with a status, never an exception.
 *
 * <p><b>Event time.</b> A tick {@code t} is computed when the watermark reaches {@code t} plus
 * the allowed lateness, from every sample stamped at or before it. A sample stamped at or
 * before a tick already computed goes to {@link #LATE} and is used nowhere (so every emitted
 * figure is the library's over the non-late samples). One timer per key; in BATCH mode all
 * ticks are computed when the key's input ends.
 *
 * <p>The convention is looked up by id in {@code open} (a user-registered convention must be
 * registered in the task JVM); state holds sorted primitive arrays, a list of arrivals and
 * longs.
 */
public final class PremiumRates extends KeyedProcessFunction<String, PremiumTick, PremiumRateRow> {

  private static final long serialVersionUID = 1L;

  /** Samples that arrived after a tick at or after their instant was computed. */
  public static final OutputTag<PremiumTick> LATE =
      new OutputTag<>("late-premiums", FundingTypes.PREMIUM_TICK);

  private final String conventionId;
  private final long intervalMillis;
  private final long everyMillis;
  private final long latenessMillis;

  private transient FundingConvention convention;
  private transient SymbolTerms terms;

  private transient ListState<PremiumTick> incoming;
  private transient ValueState<long[]> times;
  private transient ValueState<double[]> premiums;
  /** Index of the first sample later ticks can still use. */
  private transient ValueState<Integer> cursor;
  private transient ValueState<Long> nextTick;
  private transient ValueState<Boolean> armed;
  private transient ValueState<Long> computedThrough;
  private transient ValueState<Long> latestSample;

  /**
   * An operator.
   *
   * @param conventionId the venue's convention id, such as {@code okx}
   * @param interval the symbol's funding interval {@code N}, positive, whole milliseconds
   * @param every the prediction cadence, positive and dividing {@code interval}
   * @param allowedLateness how long after a tick (in event time) samples are still accepted,
   *     zero or more
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is unknown or a duration is out of range
   */
  public PremiumRates(String conventionId, Duration interval, Duration every,
      Duration allowedLateness) {
    this.conventionId = FundingConvention.of(conventionId).id();
    ArgChecks.positive("interval", interval);
    ArgChecks.positive("every", every);
    Objects.requireNonNull(allowedLateness, "allowedLateness");
    if (allowedLateness.isNegative()) {
      throw new IllegalArgumentException("allowedLateness must be >= 0, was " + allowedLateness);
    }
    if (interval.toMillis() % every.toMillis() != 0) {
      throw new IllegalArgumentException(
          "every must divide the interval " + interval + ", was " + every);
    }
    this.intervalMillis = interval.toMillis();
    this.everyMillis = every.toMillis();
    this.latenessMillis = allowedLateness.toMillis();
  }

  @Override
  public void open(OpenContext context) {
    convention = FundingConvention.of(conventionId);
    terms = SymbolTerms.of(Duration.ofMillis(intervalMillis));
    incoming = getRuntimeContext().getListState(
        new ListStateDescriptor<>("incoming", FundingTypes.PREMIUM_TICK));
    times = getRuntimeContext().getState(new ValueStateDescriptor<>("times",
        PrimitiveArrayTypeInfo.LONG_PRIMITIVE_ARRAY_TYPE_INFO));
    premiums = getRuntimeContext().getState(new ValueStateDescriptor<>("premiums",
        PrimitiveArrayTypeInfo.DOUBLE_PRIMITIVE_ARRAY_TYPE_INFO));
    cursor = getRuntimeContext().getState(new ValueStateDescriptor<>("cursor", Types.INT));
    nextTick = getRuntimeContext().getState(new ValueStateDescriptor<>("nextTick", Types.LONG));
    armed = getRuntimeContext().getState(new ValueStateDescriptor<>("armed", Types.BOOLEAN));
    computedThrough = getRuntimeContext().getState(
        new ValueStateDescriptor<>("computedThrough", Types.LONG));
    latestSample = getRuntimeContext().getState(
        new ValueStateDescriptor<>("latestSample", Types.LONG));
  }

  @Override
  public void processElement(PremiumTick p, Context ctx, Collector<PremiumRateRow> out)
      throws Exception {
    long s = p.epochMillis();
    Long done = computedThrough.value();
    if (done != null && s <= done) {
      ctx.output(LATE, p);
      return;
    }
    incoming.add(p);
    Long latest = latestSample.value();
    if (latest == null || s > latest) {
      latestSample.update(s);
    }
    Long next = nextTick.value();
    if (done == null) {
      long first = ceil(s, everyMillis);
      if (next == null || first < next) {
        if (next != null) {
          ctx.timerService().deleteEventTimeTimer(next + latenessMillis);
        }
        nextTick.update(first);
        armed.update(true);
        ctx.timerService().registerEventTimeTimer(first + latenessMillis);
      }
    } else if (!Boolean.TRUE.equals(armed.value())) {
      armed.update(true); // the key spoke again: its ticks continue
      ctx.timerService().registerEventTimeTimer(next + latenessMillis);
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<PremiumRateRow> out)
      throws Exception {
    Long due = nextTick.value();
    if (due == null || !Boolean.TRUE.equals(armed.value())
        || due + latenessMillis != timestamp) {
      return;
    }
    merge();
    long[] tt = times.value();
    double[] pv = premiums.value();
    int c = cursor.value() == null ? 0 : cursor.value();
    long stop = ceil(latestSample.value(), intervalMillis);
    long watermark = ctx.timerService().currentWatermark();
    String[] key = ctx.getCurrentKey().split("\\|", 2); // venue labels carry no '|'
    long tick = due;
    while (true) {
      long end = ceil(tick, intervalMillis);
      // Samples in (tick − N, tick]: every window a tick of this interval can use.
      while (c < tt.length && tt[c] <= tick - intervalMillis) {
        c++;
      }
      int to = c;
      while (to < tt.length && tt[to] <= tick) {
        to++;
      }
      out.collect(tick == end
          ? settled(convention, terms, key[0], key[1], end, tt, pv, c, to)
          : predicted(convention, terms, key[0], key[1], end, tick, tt, pv, c, to));
      computedThrough.update(tick);
      tick += everyMillis;
      nextTick.update(tick);
      if (tick > stop) {
        armed.update(false);
        break;
      }
      if (tick + latenessMillis > watermark) {
        ctx.timerService().registerEventTimeTimer(tick + latenessMillis);
        break;
      }
      // Already due: BATCH execution drops timers registered while its timers fire.
    }
    if (c > 0 && 2 * c >= tt.length) {
      times.update(Arrays.copyOfRange(tt, c, tt.length));
      premiums.update(Arrays.copyOfRange(pv, c, pv.length));
      c = 0;
    }
    cursor.update(c);
  }

  /** Merges the arrivals into the sorted arrays (a repeated instant: the later arrival). */
  private void merge() throws Exception {
    List<PremiumTick> add = new ArrayList<>();
    for (PremiumTick p : incoming.get()) {
      add.add(p);
    }
    long[] tt = times.value();
    if (add.isEmpty() && tt != null) {
      return;
    }
    incoming.clear();
    if (tt == null) {
      tt = new long[0];
    }
    double[] pv = premiums.value() == null ? new double[0] : premiums.value();
    int c = cursor.value() == null ? 0 : cursor.value();
    add.sort((a, b) -> Long.compare(a.epochMillis(), b.epochMillis()));
    int n = tt.length - c + add.size();
    long[] mt = new long[n];
    double[] mv = new double[n];
    int i = c;
    int j = 0;
    int k = 0;
    while (i < tt.length || j < add.size()) {
      long t;
      double v;
      if (j == add.size() || (i < tt.length && tt[i] < add.get(j).epochMillis())) {
        t = tt[i];
        v = pv[i++];
      } else {
        PremiumTick p = add.get(j++);
        t = p.epochMillis();
        v = p.premium();
      }
      if (k > 0 && mt[k - 1] == t) {
        k--;
      }
      mt[k] = t;
      mv[k++] = v;
    }
    times.update(Arrays.copyOf(mt, k));
    premiums.update(Arrays.copyOf(mv, k));
    cursor.update(0);
  }

  private static PremiumRateRow settled(FundingConvention convention, SymbolTerms terms,
      String venue, String symbol, long end, long[] tt, double[] pv, int from, int to) {
    long n = terms.interval().toMillis();
    long rule = Long.MIN_VALUE;
    try {
      FundingRuleVersion version = convention.versionAt(Instant.ofEpochMilli(end));
      rule = version.effectiveFrom().toEpochMilli();
      if (to == from) {
        return absent(venue, symbol, end, end, true, RateStatus.NO_SAMPLES, n, 0, rule);
      }
      PremiumSeries window = PremiumSeries.of(Instant.ofEpochMilli(end - n + 1),
          Instant.ofEpochMilli(end + 1), Arrays.copyOfRange(tt, from, to),
          Arrays.copyOfRange(pv, from, to));
      FundingBreakdown b = version.rate(window, terms);
      return new PremiumRateRow(venue, symbol, end, end, true, RateStatus.OK, b.rate().value(),
          n, b.averagePremium(), to - from, rule);
    } catch (UnknownFundingRuleException unknown) {
      return absent(venue, symbol, end, end, true, RateStatus.UNKNOWN_RULE, n, to - from, rule);
    }
  }

  private static PremiumRateRow predicted(FundingConvention convention, SymbolTerms terms,
      String venue, String symbol, long end, long asOf, long[] tt, double[] pv, int from,
      int to) {
    long n = terms.interval().toMillis();
    long rule = Long.MIN_VALUE;
    try {
      rule = convention.versionAt(Instant.ofEpochMilli(end)).effectiveFrom().toEpochMilli();
      if (to == from) {
        return absent(venue, symbol, end, asOf, false, RateStatus.NO_SAMPLES, n, 0, rule);
      }
      PremiumSeries available = PremiumSeries.of(Instant.ofEpochMilli(tt[from]),
          Instant.ofEpochMilli(tt[to - 1] + 1), Arrays.copyOfRange(tt, from, to),
          Arrays.copyOfRange(pv, from, to));
      PredictedRate p = PredictedRate.of(convention, terms, available,
          Instant.ofEpochMilli(end), Instant.ofEpochMilli(asOf));
      return new PremiumRateRow(venue, symbol, end, asOf, false, RateStatus.OK,
          p.breakdown().rate().value(), n, p.breakdown().averagePremium(), p.samples(), rule);
    } catch (UnknownFundingRuleException unknown) {
      return absent(venue, symbol, end, asOf, false, RateStatus.UNKNOWN_RULE, n, 0, rule);
    } catch (IllegalStateException noSample) {
      return absent(venue, symbol, end, asOf, false, RateStatus.NO_SAMPLES, n, 0, rule);
    }
  }

  private static PremiumRateRow absent(String venue, String symbol, long end, long asOf,
      boolean settled, RateStatus status, long n, int samples, long rule) {
    return new PremiumRateRow(venue, symbol, end, asOf, settled, status, Double.NaN, n,
        Double.NaN, samples, rule);
  }

  private static long ceil(long t, long step) {
    return Math.floorDiv(t + step - 1, step) * step;
  }
}
