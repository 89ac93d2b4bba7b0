package dev.fundingkit.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.fundingkit.core.aggregate.AggregatedFunding;
import dev.fundingkit.core.aggregate.VenueReading;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.series.FundingGap;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.testing.SharedData;
import dev.fundingkit.stats.ou.OuFit;
import dev.fundingkit.stats.ou.OuFitter;
import dev.fundingkit.stats.regime.RegimeDetector;
import dev.fundingkit.stats.regime.RegimeEpisode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.flink.api.common.RuntimeExecutionMode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import java.util.Random;
import java.util.Collections;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FundingPipelineTest {

  @RegisterExtension
  static final MiniClusterExtension CLUSTER = FlinkHarness.cluster();

  private static final long H = 3_600_000L;

  @Test
  void batchPipelineOverAllSharedFilesMatchesThePlainLibraryPerKey() throws Exception {
    SharedData.require("zushen-crossvenue/funding_binance.csv.gz");
    SharedData.require("supervik-multivenue/funding_btc_eth_7venues_utc.csv.gz");
    List<Path> files = SharedFundingFiles.files(SharedData.root());
    assumeFalse(files.isEmpty());
    List<FundingEvent> events = new ArrayList<>();
    for (Path f : files) {
      events.addAll(SharedFundingFiles.read(f));
    }
    assertEquals(5, files.size());
    FundingPipeline.Outputs out = FundingPipeline.run(
        FundingPipeline.environment(RuntimeExecutionMode.BATCH, 2), events);

    // Series and gaps: one library series per (venue, symbol) over all its rows.
    Map<String, List<FundingEvent>> byKey = new TreeMap<>();
    for (FundingEvent e : events) {
      byKey.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
    }
    Map<String, List<SeriesPoint>> gotByKey = new HashMap<>();
    for (SeriesPoint p : out.series()) {
      gotByKey.computeIfAbsent(Keys.of(p.venue(), p.symbol()), k -> new ArrayList<>()).add(p);
    }
    Map<String, List<OuWindowRow>> fitsByKey = new HashMap<>();
    for (OuWindowRow r : out.fits()) {
      fitsByKey.computeIfAbsent(Keys.of(r.venue(), r.symbol()), k -> new ArrayList<>()).add(r);
    }
    Map<String, List<EpisodeRow>> episodesByKey = new HashMap<>();
    for (EpisodeRow r : out.episodes()) {
      episodesByKey.computeIfAbsent(Keys.of(r.venue(), r.symbol()), k -> new ArrayList<>())
          .add(r);
    }
    Comparator<EpisodeRow> episodeOrder = Comparator.comparingLong(EpisodeRow::windowEndMillis)
        .thenComparingLong(EpisodeRow::startMillis).thenComparing(EpisodeRow::kind);
    int windows = 0;
    int episodes = 0;
    List<GapRow> wantGaps = new ArrayList<>();
    Map<String, List<VenueRateReading>> readingsByBase = new TreeMap<>();
    for (Map.Entry<String, List<FundingEvent>> k : byKey.entrySet()) {
      List<FundingEvent> rows = new ArrayList<>(k.getValue());
      rows.sort(Comparator.comparingLong(FundingEvent::epochMillis));
      FundingSeries.Builder b = FundingSeries.builder();
      for (FundingEvent e : rows) {
        if (e.intervalMillis() > 0) {
          b.add(e.epochMillis(), e.value(), e.intervalMillis(), e.source());
        } else {
          b.add(e.epochMillis(), e.value());
        }
      }
      FundingSeries s = b.build();
      String venue = rows.get(0).venue();
      String symbol = rows.get(0).symbol();
      List<SeriesPoint> got = new ArrayList<>(gotByKey.getOrDefault(k.getKey(), List.of()));
      got.sort(Comparator.comparingLong(SeriesPoint::epochMillis));
      assertEquals(s.size(), got.size(), k.getKey());
      for (int i = 0; i < s.size(); i++) {
        SeriesPoint p = got.get(i);
        assertEquals(s.epochMilli(i), p.epochMillis(), k.getKey());
        assertEquals(Double.doubleToRawLongBits(s.value(i)),
            Double.doubleToRawLongBits(p.value()), k.getKey());
        assertEquals(s.intervalMillis(i), p.intervalMillis(), k.getKey() + " point " + i);
        assertEquals(s.intervalSource(i), p.source(), k.getKey());
        assertEquals(i == 0 ? 0 : s.missingBefore(i), p.missingBefore(), k.getKey());
        readingsByBase.computeIfAbsent(SharedFundingFiles.base(symbol), x -> new ArrayList<>())
            .add(new VenueRateReading(k.getKey(), SharedFundingFiles.base(symbol),
                s.epochMilli(i), s.value(i), s.intervalMillis(i), 0.0, 0.0));
      }
      // Rolling OU and episodes: OuFitter.rolling over the key's whole series, the detector
      // over each window.
      NavigableMap<Instant, OuFit> wantFits =
          OuFitter.defaults().rolling(s, FundingPipeline.OU_WINDOW, FundingPipeline.OU_STEP);
      List<OuWindowRow> gotFits = new ArrayList<>(fitsByKey.getOrDefault(k.getKey(), List.of()));
      gotFits.sort(Comparator.comparingLong(OuWindowRow::windowEndMillis));
      assertEquals(wantFits.size(), gotFits.size(), k.getKey());
      List<EpisodeRow> wantEpisodes = new ArrayList<>();
      int w = 0;
      for (Map.Entry<Instant, OuFit> f : wantFits.entrySet()) {
        RollingStatisticsTest.assertFit(f.getKey(), f.getValue(), gotFits.get(w++));
        FundingSeries slice = s.slice(f.getKey().minus(FundingPipeline.OU_WINDOW), f.getKey());
        if (slice.size() >= 2) {
          for (RegimeEpisode e : RegimeDetector.defaults().detect(slice)) {
            wantEpisodes.add(new EpisodeRow(venue, symbol, f.getKey().toEpochMilli(), e.kind(),
                e.start().toEpochMilli(), e.end().toEpochMilli(), e.minimum().rescaleTo(java.time.Duration.ofHours(8)).value(),
                e.mean().rescaleTo(java.time.Duration.ofHours(8)).value()));
          }
        }
      }
      List<EpisodeRow> gotEpisodes =
          new ArrayList<>(episodesByKey.getOrDefault(k.getKey(), List.of()));
      gotEpisodes.sort(episodeOrder);
      wantEpisodes.sort(episodeOrder);
      assertEquals(wantEpisodes, gotEpisodes, k.getKey());
      windows += wantFits.size();
      episodes += wantEpisodes.size();
      for (FundingGap g : s.gaps()) {
        wantGaps.add(new GapRow(venue, symbol, g.lastBefore().toEpochMilli(),
            g.firstAfter().toEpochMilli(), g.interval().toMillis(), g.missingSettlements()));
      }
    }
    assertEquals(windows, out.fits().size());
    assertEquals(episodes, out.episodes().size());
    Comparator<GapRow> gapOrder = Comparator.comparing(GapRow::venue)
        .thenComparing(GapRow::symbol).thenComparingLong(GapRow::afterMillis);
    List<GapRow> gotGaps = new ArrayList<>(out.gaps());
    gotGaps.sort(gapOrder);
    wantGaps.sort(gapOrder);
    assertEquals(wantGaps, gotGaps);

    // Aggregates: per base asset, sweep the grid with the latest reading per market.
    Map<String, List<AggregateRow>> aggBySymbol = new HashMap<>();
    for (AggregateRow r : out.aggregates()) {
      aggBySymbol.computeIfAbsent(r.symbol(), x -> new ArrayList<>()).add(r);
    }
    long maxAge = FundingPipeline.AGGREGATION.maxAge().toMillis();
    int checked = 0;
    for (Map.Entry<String, List<VenueRateReading>> e : readingsByBase.entrySet()) {
      List<VenueRateReading> rs = new ArrayList<>(e.getValue());
      rs.sort(Comparator.comparingLong(VenueRateReading::observedMillis));
      TreeSet<Long> instants = new TreeSet<>();
      for (VenueRateReading r : rs) {
        long first = Math.floorDiv(r.observedMillis() + H - 1, H) * H;
        instants.add(first);
        for (long t = first + H; t <= r.observedMillis() + maxAge; t += H) {
          instants.add(t);
        }
      }
      List<AggregateRow> got = new ArrayList<>(aggBySymbol.getOrDefault(e.getKey(), List.of()));
      got.sort(Comparator.comparingLong(AggregateRow::atMillis));
      assertEquals(instants.size(), got.size(), e.getKey());
      Map<String, VenueReading> latest = new TreeMap<>();
      int next = 0;
      int i = 0;
      for (long t : instants) {
        while (next < rs.size() && rs.get(next).observedMillis() <= t) {
          VenueRateReading r = rs.get(next++);
          latest.put(r.venue(), VenueReading.of(r.venue(), FundingRate.of(r.value(),
              Duration.ofMillis(r.intervalMillis())), Instant.ofEpochMilli(r.observedMillis())));
        }
        AggregatedFunding want = FundingPipeline.AGGREGATION.aggregate(Instant.ofEpochMilli(t),
            latest.values());
        AggregateRow row = got.get(i++);
        assertEquals(t, row.atMillis());
        assertEquals(Double.doubleToRawLongBits(want.rate().value()),
            Double.doubleToRawLongBits(row.value()), e.getKey() + " at " + Instant.ofEpochMilli(t));
        assertEquals(want.contributions().size(), row.contributors());
        checked++;
      }
    }
    assertEquals(out.aggregates().size(), checked);
  }

  // ---------------------------------------------------------------- live: unbounded source

  private static final long DAY = 24 * H;
  private static final long G0 = 1_704_067_200_000L; // 2024-01-01T00:00Z
  private static final String END_VENUE = "zz-end";
  /** Settled at the event time of a late event, placed 40 days later in the stream. */
  private static final FundingEvent LATE_EVENT =
      FundingEvent.declared("binance", "BTC-USDT", G0 + 3 * DAY + 4 * H, 1e-4, 8 * H);

  /**
   * 60 days of settlements with the edge cases: binance BTC 8h; bybit BTC 8h, silent from day
   * 20 to day 23 (stale in the aggregate); hyperliquid BTC-USD hourly; okx ETH with undeclared
   * intervals, 8h then hourly from day 30 (an interval change, inferred); gate ETH 8h lacking
   * three settlements on day 10. Rates are AR(1) with a negative stretch (episodes).
   */
  static List<FundingEvent> generated() {
    Random rnd = new Random(29);
    List<FundingEvent> out = new ArrayList<>();
    for (String[] k : new String[][] {{"binance", "BTC-USDT", "8"}, {"bybit", "BTC-USDT", "8"},
        {"hyperliquid", "BTC-USD", "1"}, {"okx", "ETH-USDT", "x"}, {"gate", "ETH-USDT", "8"}}) {
      double x = 0;
      for (long t = G0; t < G0 + 60 * DAY; ) {
        long iv = k[2].equals("1") ? H : k[2].equals("8") ? 8 * H : t < G0 + 30 * DAY ? 8 * H : H;
        double neg = t > G0 + 15 * DAY && t < G0 + 25 * DAY ? -2e-4 * iv / (8 * H) : 0;
        x = 0.85 * x + 1e-4 * rnd.nextGaussian() * iv / (8 * H) + neg * 0.15;
        boolean silent = (k[0].equals("bybit") && t > G0 + 20 * DAY && t < G0 + 23 * DAY)
            || (k[0].equals("gate") && t > G0 + 10 * DAY && t < G0 + 10 * DAY + 24 * H);
        if (!silent) {
          out.add(k[2].equals("x") ? FundingEvent.undeclared(k[0], k[1], t, x)
              : FundingEvent.declared(k[0], k[1], t, x, iv));
        }
        t += iv;
      }
    }
    out.sort(Comparator.comparingLong(FundingEvent::epochMillis));
    // out of order within the watermark's 2-hour bound
    for (int i = 7; i < out.size(); i += 7) {
      if (out.get(i).epochMillis() - out.get(i - 1).epochMillis() < H) {
        Collections.swap(out, i, i - 1);
      }
    }
    return out;
  }

  /** The stream order: the generated events with the late one 40 days after its time. */
  static List<FundingEvent> live() {
    List<FundingEvent> in = new ArrayList<>(generated());
    int at = 0;
    while (in.get(at).epochMillis() < G0 + 43 * DAY) {
      at++;
    }
    in.add(at, LATE_EVENT);
    return in;
  }

  static final AtomicBoolean FAILED = new AtomicBoolean();
  static final AtomicInteger FAILED_AT = new AtomicInteger(-1);

  /** Fails the job once, at the first event past {@code after} once a checkpoint completed. */
  static final class FailOnce extends RichMapFunction<FundingEvent, FundingEvent>
      implements CheckpointListener {
    private static final long serialVersionUID = 1L;
    private final int after;
    private transient int seen;
    private transient volatile boolean checkpointed;

    FailOnce(int after) {
      this.after = after;
    }

    @Override
    public FundingEvent map(FundingEvent e) {
      seen++;
      if (checkpointed && seen >= after && FAILED.compareAndSet(false, true)) {
        FAILED_AT.set(seen);
        throw new IllegalStateException("injected failure after a checkpoint");
      }
      return e;
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
      checkpointed = true;
    }
  }

  /**
   * The pipeline in STREAMING mode on an unbounded generated source: the events in order,
   * then, for ever, one event a day of a sentinel market (venue {@code zz-end}) that moves
   * event time on; collected until every non-sentinel output the BATCH run had has arrived.
   */
  static FundingPipeline.Outputs streaming(List<FundingEvent> in, FundingPipeline.Outputs want,
      boolean failOnce, List<FundingEvent> late) throws Exception {
    Configuration conf = new Configuration();
    conf.set(PipelineOptions.GENERIC_TYPES, false);
    conf.set(ExecutionOptions.RUNTIME_MODE, RuntimeExecutionMode.STREAMING);
    if (failOnce) {
      conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
      conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 2);
      conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(50));
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(2);
    env.getConfig().setAutoWatermarkInterval(0);
    if (failOnce) {
      env.enableCheckpointing(100);
    }
    FundingEvent[] events = in.toArray(new FundingEvent[0]);
    long last = in.stream().mapToLong(FundingEvent::epochMillis).max().orElseThrow();
    GeneratorFunction<Long, FundingEvent> gen = i -> {
      if (i < events.length) {
        if (i % 5 == 0) {
          Thread.sleep(1); // a live feed's pace, so checkpoints fall inside the data
        }
        return events[(int) (long) i];
      }
      Thread.sleep(10);
      return FundingEvent.declared(END_VENUE, "ZZZ-END", last + (i - events.length + 2) * DAY,
          0.0, 8 * H);
    };
    DataStream<FundingEvent> src = env.fromSource(
        new DataGeneratorSource<>(gen, Long.MAX_VALUE, FundingTypes.FUNDING_EVENT),
        FlinkHarness.punctuated((e, ts) -> e.epochMillis(), 2 * H), "generated-live")
        .setParallelism(1);
    if (failOnce) {
      src = src.map(new FailOnce(events.length / 2), FundingTypes.FUNDING_EVENT)
          .setParallelism(1);
    }
    FundingPipeline.Graph g = FundingPipeline.graph(src);
    CloseableIterator<SeriesPoint> s = g.series().collectAsync();
    CloseableIterator<GapRow> gp = g.series().getSideOutput(SettledSegments.GAPS).collectAsync();
    CloseableIterator<FundingEvent> lt =
        g.series().getSideOutput(SettledSegments.LATE).collectAsync();
    CloseableIterator<AggregateRow> a = g.aggregates().collectAsync();
    CloseableIterator<OuWindowRow> f = g.fits().collectAsync();
    CloseableIterator<EpisodeRow> ep =
        g.fits().getSideOutput(RollingStatistics.EPISODES).collectAsync();
    JobClient job = env.executeAsync("fundingkit-live-test");
    try {
      var fs = take(s, want.series().size(), p -> !p.venue().equals(END_VENUE));
      var fg = take(gp, want.gaps().size(), p -> !p.venue().equals(END_VENUE));
      var fl = take(lt, 1, p -> true);
      var fa = take(a, want.aggregates().size(), p -> !p.symbol().equals("ZZZ"));
      var ff = take(f, want.fits().size(), p -> !p.venue().equals(END_VENUE));
      var fe = take(ep, want.episodes().size(), p -> !p.venue().equals(END_VENUE));
      FundingPipeline.Outputs out = new FundingPipeline.Outputs(
          fs.get(120, TimeUnit.SECONDS), fg.get(120, TimeUnit.SECONDS),
          fa.get(120, TimeUnit.SECONDS), ff.get(120, TimeUnit.SECONDS),
          fe.get(120, TimeUnit.SECONDS));
      late.addAll(fl.get(120, TimeUnit.SECONDS));
      return out;
    } finally {
      job.cancel().get(30, TimeUnit.SECONDS);
    }
  }

  /** Reads {@code it} until {@code n} elements passing {@code keep} arrived. */
  static <T> CompletableFuture<List<T>> take(CloseableIterator<T> it, int n, Predicate<T> keep) {
    return CompletableFuture.supplyAsync(() -> {
      List<T> got = new ArrayList<>();
      while (got.size() < n && it.hasNext()) {
        T x = it.next();
        if (keep.test(x)) {
          got.add(x);
        }
      }
      return got;
    });
  }

  static <T> List<T> sortedByText(List<T> rows) {
    List<T> out = new ArrayList<>(rows);
    out.sort(Comparator.comparing(Object::toString));
    return out;
  }

  static void assertSameOutputs(FundingPipeline.Outputs want, FundingPipeline.Outputs got) {
    assertEquals(sortedByText(want.series()), sortedByText(got.series()));
    assertEquals(sortedByText(want.gaps()), sortedByText(got.gaps()));
    assertEquals(sortedByText(want.aggregates()), sortedByText(got.aggregates()));
    assertEquals(sortedByText(want.fits()), sortedByText(got.fits()));
    assertEquals(sortedByText(want.episodes()), sortedByText(got.episodes()));
  }

  static FundingPipeline.Outputs batchReference() throws Exception {
    return FundingPipeline.run(FundingPipeline.environment(RuntimeExecutionMode.BATCH, 2),
        generated());
  }

  @Test
  void liveOnAnUnboundedSourceGivesTheBatchResultsAndRoutesTheLateSettlement()
      throws Exception {
    FundingPipeline.Outputs want = batchReference();
    // the edge cases are present in the reference
    assertTrue(want.gaps().stream().anyMatch(g -> g.venue().equals("gate")), "gap");
    assertTrue(want.aggregates().stream().anyMatch(r -> r.excluded().contains("bybit")),
        "stale venue");
    assertTrue(want.series().stream().anyMatch(p -> p.venue().equals("okx")
        && p.intervalMillis() == H), "interval change");
    assertTrue(!want.episodes().isEmpty(), "episodes");
    List<FundingEvent> late = new ArrayList<>();
    FundingPipeline.Outputs got = streaming(live(), want, false, late);
    assertEquals(List.of(LATE_EVENT), late);
    assertSameOutputs(want, got);
  }

  @Test
  void aFailureAndRestoreFromACheckpointMidIntervalGivesTheSameOutput() throws Exception {
    FundingPipeline.Outputs want = batchReference();
    FAILED.set(false);
    List<FundingEvent> late = new ArrayList<>();
    FundingPipeline.Outputs got = streaming(live(), want, true, late);
    assertTrue(FAILED.get(), "the job failed once and restarted");
    System.out.println("injected failure at event " + FAILED_AT.get() + " of " + live().size()
        + " (after a completed checkpoint)");
    assertEquals(List.of(LATE_EVENT), late);
    assertSameOutputs(want, got);
  }
}
