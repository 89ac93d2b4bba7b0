package dev.fundingkit.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
import dev.fundingkit.stats.ou.OuFit;
import dev.fundingkit.stats.ou.OuFitter;
import dev.fundingkit.stats.regime.RegimeDetector;
import dev.fundingkit.stats.regime.RegimeEpisode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RollingStatisticsTest {

  @RegisterExtension
  static final MiniClusterExtension CLUSTER = FlinkHarness.cluster();

  private static final long H = 3_600_000L;
  private static final long T0 = 1_700_000_000_000L / (24 * H) * (24 * H);
  private static final Duration WINDOW = Duration.ofDays(10);
  private static final Duration STEP = Duration.ofDays(3);

  record Run(List<OuWindowRow> fits, List<EpisodeRow> episodes, List<SeriesPoint> late) {}

  static Run run(List<SeriesPoint> in, RuntimeExecutionMode mode, int parallelism,
      long outOfOrder) throws Exception {
    StreamExecutionEnvironment env = FlinkHarness.env(mode, parallelism);
    SingleOutputStreamOperator<OuWindowRow> out =
        env.fromData(in, FundingTypes.SERIES_POINT).setParallelism(1)
            .assignTimestampsAndWatermarks(
                FlinkHarness.punctuated((p, ts) -> p.epochMillis(), outOfOrder))
            .setParallelism(1)
            .keyBy(p -> Keys.of(p.venue(), p.symbol()), Types.STRING)
            .process(new RollingStatistics(WINDOW, STEP, Duration.ZERO),
                FundingTypes.OU_WINDOW_ROW);
    CloseableIterator<OuWindowRow> fits = out.collectAsync();
    CloseableIterator<EpisodeRow> eps =
        out.getSideOutput(RollingStatistics.EPISODES).collectAsync();
    CloseableIterator<SeriesPoint> late =
        out.getSideOutput(RollingStatistics.LATE).collectAsync();
    env.execute("rolling-statistics-test");
    return new Run(FlinkHarness.drain(fits), FlinkHarness.drain(eps), FlinkHarness.drain(late));
  }

  /**
   * Two keys of AR(1) funding with negative stretches: okx BTC every 8 h for 60 days;
   * bybit ETH every 8 h for 20 days, then hourly (an interval change) for 20 days.
   */
  static List<SeriesPoint> points() {
    Random rnd = new Random(5);
    List<SeriesPoint> in = new ArrayList<>();
    double x = 1e-4;
    for (int i = 0; i < 180; i++) {
      x = 1e-4 + 0.8 * (x - 1e-4) + 1.5e-4 * rnd.nextGaussian() - (i / 30 % 2 == 1 ? 6e-5 : 0);
      in.add(new SeriesPoint("okx", "BTC", 0, T0 + i * 8 * H, x, 8 * H,
          IntervalSource.DECLARED, 0));
    }
    x = 0;
    long t = T0 + 5 * H;
    for (int i = 0; i < 60 + 480; i++) {
      long iv = i < 60 ? 8 * H : H;
      x = 0.9 * x + (iv == H ? 2e-5 : 1e-4) * rnd.nextGaussian();
      in.add(new SeriesPoint("bybit", "ETH", 0, t, x, iv, IntervalSource.INFERRED, 0));
      t += iv;
    }
    return in;
  }

  /** The plain library per key: {@code OuFitter.rolling} and the detector per window. */
  static void assertSameAsLibrary(List<SeriesPoint> in, Run run) {
    Map<String, List<SeriesPoint>> byKey = new TreeMap<>();
    for (SeriesPoint p : in) {
      byKey.computeIfAbsent(Keys.of(p.venue(), p.symbol()), k -> new ArrayList<>()).add(p);
    }
    int windows = 0;
    int episodes = 0;
    for (Map.Entry<String, List<SeriesPoint>> k : byKey.entrySet()) {
      List<SeriesPoint> rows = new ArrayList<>(k.getValue());
      rows.sort(Comparator.comparingLong(SeriesPoint::epochMillis));
      FundingSeries.Builder b = FundingSeries.builder();
      for (SeriesPoint p : rows) {
        b.add(p.epochMillis(), p.value(), p.intervalMillis(), p.source());
      }
      FundingSeries s = b.build();
      NavigableMap<Instant, OuFit> want = OuFitter.defaults().rolling(s, WINDOW, STEP);
      List<OuWindowRow> got = run.fits().stream()
          .filter(r -> Keys.of(r.venue(), r.symbol()).equals(k.getKey()))
          .sorted(Comparator.comparingLong(OuWindowRow::windowEndMillis)).toList();
      assertEquals(want.size(), got.size(), k.getKey());
      List<EpisodeRow> gotEp = run.episodes().stream()
          .filter(r -> Keys.of(r.venue(), r.symbol()).equals(k.getKey()))
          .sorted(Comparator.comparingLong(EpisodeRow::windowEndMillis)
              .thenComparingLong(EpisodeRow::startMillis)
              .thenComparing(EpisodeRow::kind)).toList();
      List<EpisodeRow> wantEp = new ArrayList<>();
      int i = 0;
      for (Map.Entry<Instant, OuFit> w : want.entrySet()) {
        assertFit(w.getKey(), w.getValue(), got.get(i++));
        FundingSeries slice = s.slice(w.getKey().minus(WINDOW), w.getKey());
        if (slice.size() >= 2) {
          for (RegimeEpisode e : RegimeDetector.defaults().detect(slice)) {
            wantEp.add(new EpisodeRow(rows.get(0).venue(), rows.get(0).symbol(),
                w.getKey().toEpochMilli(), e.kind(), e.start().toEpochMilli(),
                e.end().toEpochMilli(), e.minimum().rescaleTo(java.time.Duration.ofHours(8)).value(), e.mean().rescaleTo(java.time.Duration.ofHours(8)).value()));
          }
        }
      }
      wantEp.sort(Comparator.comparingLong(EpisodeRow::windowEndMillis)
          .thenComparingLong(EpisodeRow::startMillis).thenComparing(EpisodeRow::kind));
      assertEquals(wantEp, gotEp, k.getKey());
      windows += want.size();
      episodes += wantEp.size();
    }
    assertEquals(windows, run.fits().size());
    assertEquals(episodes, run.episodes().size());
  }

  static void assertFit(Instant end, OuFit f, OuWindowRow r) {
    String at = r.venue() + " " + end;
    assertEquals(end.toEpochMilli(), r.windowEndMillis(), at);
    assertEquals(f.n(), r.points(), at);
    assertEquals(f.verdict(), r.verdict(), at);
    assertBits(f.phi().orElse(Double.NaN), r.phi(), at);
    assertBits(f.theta().orElse(Double.NaN), r.theta(), at);
    assertBits(f.halfLifeHours().orElse(Double.NaN), r.halfLifeHours(), at);
    assertBits(f.halfLifeHoursCi().isPresent() ? f.halfLifeHoursCi().get().lower() : Double.NaN,
        r.halfLifeLowerHours(), at);
    assertBits(f.halfLifeHoursCi().isPresent() ? f.halfLifeHoursCi().get().upper() : Double.NaN,
        r.halfLifeUpperHours(), at);
    assertBits(f.mu().isPresent() ? f.mu().get().value() : Double.NaN, r.mu(), at);
    assertEquals(f.rateInterval().toMillis(), r.rateIntervalMillis(), at);
    assertBits(f.sigma().orElse(Double.NaN), r.sigma(), at);
  }

  static void assertBits(double want, double got, String at) {
    assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(got), at);
  }

  @Test
  void batchFitsAndEpisodesEqualTheLibraryPerKey() throws Exception {
    List<SeriesPoint> in = points();
    Collections.shuffle(in, new Random(3)); // BATCH: any order
    Run run = run(in, RuntimeExecutionMode.BATCH, 2, 0);
    assertSameAsLibrary(in, run);
    assertTrue(run.episodes().size() > 0, "the generated data has negative stretches");
  }

  @Test
  void streamingGivesTheSameWithOutOfOrderInputWithinTheBound() throws Exception {
    List<SeriesPoint> in = new ArrayList<>(points());
    in.sort(Comparator.comparingLong(SeriesPoint::epochMillis));
    // swap neighbours: out of order by up to 8 h, within the watermark's 9 h bound
    for (int i = 0; i + 1 < in.size(); i += 7) {
      Collections.swap(in, i, i + 1);
    }
    Run run = run(in, RuntimeExecutionMode.STREAMING, 2, 9 * H);
    assertTrue(run.late().isEmpty(), run.late().toString());
    assertSameAsLibrary(in, run);
  }

  @Test
  void aPointBeforeAClosedWindowGoesToTheLateOutput() throws Exception {
    List<SeriesPoint> in = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      in.add(new SeriesPoint("okx", "BTC", 0, T0 + i * 8 * H, 1e-4 * Math.sin(i), 8 * H,
          IntervalSource.DECLARED, 0));
    }
    SeriesPoint late = new SeriesPoint("okx", "BTC", 0, T0 + 8 * H + 1, 1e-4, 8 * H,
        IntervalSource.DECLARED, 0);
    in.add(late);
    Run run = run(in, RuntimeExecutionMode.STREAMING, 1, 0);
    assertEquals(List.of(late), run.late());
    in.remove(late);
    assertSameAsLibrary(in, run);
  }

  @Test
  void constructorChecksItsArguments() {
    new NullPointerTester().setDefault(Duration.class, Duration.ofDays(1))
        .testAllPublicConstructors(RollingStatistics.class);
    assertThrows(IllegalArgumentException.class,
        () -> new RollingStatistics(Duration.ZERO, STEP, Duration.ZERO));
    assertThrows(IllegalArgumentException.class,
        () -> new RollingStatistics(WINDOW, STEP, Duration.ofHours(-1)));
  }
}
