package dev.fundingkit.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.series.FundingGap;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SettledSegmentsTest {

  @RegisterExtension
  static final MiniClusterExtension CLUSTER = FlinkHarness.cluster();

  private static final long H = 3_600_000L;
  private static final long DAY = 24 * H;
  private static final long T0 = 1_700_000_000_000L / DAY * DAY; // a UTC midnight

  record Run(List<SeriesPoint> points, List<GapRow> gaps, List<FundingEvent> late) {}

  static Run run(List<FundingEvent> in, SettledSegments op, RuntimeExecutionMode mode,
      int parallelism, long outOfOrder) throws Exception {
    StreamExecutionEnvironment env = FlinkHarness.env(mode, parallelism);
    SingleOutputStreamOperator<SeriesPoint> out = env.fromData(in, FundingTypes.FUNDING_EVENT)
        .setParallelism(1)
        .assignTimestampsAndWatermarks(
            FlinkHarness.punctuated((e, ts) -> e.epochMillis(), outOfOrder))
        .setParallelism(1)
        .keyBy(FundingEvent::key, Types.STRING)
        .process(op, FundingTypes.SERIES_POINT);
    CloseableIterator<SeriesPoint> p = out.collectAsync();
    CloseableIterator<GapRow> g = out.getSideOutput(SettledSegments.GAPS).collectAsync();
    CloseableIterator<FundingEvent> l = out.getSideOutput(SettledSegments.LATE).collectAsync();
    env.execute("settled-segments-test");
    return new Run(FlinkHarness.drain(p), FlinkHarness.drain(g), FlinkHarness.drain(l));
  }

  /** BTC on an 8h grid with a 16h hole and a 40h hole; ETH 8h then 4h (declared). */
  static List<FundingEvent> declaredKeys() {
    List<FundingEvent> in = new ArrayList<>();
    Random rnd = new Random(17);
    for (int i = 0; i < 30; i++) {
      if (i == 5 || i == 11 || i == 12 || i == 13 || i == 14) {
        continue;
      }
      in.add(FundingEvent.declared("binance", "BTC", T0 + i * 8 * H + rnd.nextInt(50),
          rnd.nextGaussian() * 1e-4, 8 * H));
    }
    long t = T0;
    for (int i = 0; i < 40; i++) {
      long iv = i < 12 ? 8 * H : 4 * H;
      t += iv;
      if (i == 20) {
        continue;
      }
      in.add(FundingEvent.declared("bybit", "ETH", t, rnd.nextGaussian() * 1e-4, iv));
    }
    // As a live feed delivers them: in time order across keys (one watermark for all keys).
    in.sort(Comparator.comparingLong(FundingEvent::epochMillis));
    return in;
  }

  /** Per key, the plain library: one series over all the key's points, its gaps. */
  static void assertSameAsLibrary(List<FundingEvent> in, Run run) {
    List<String> keys = in.stream().map(FundingEvent::key).distinct().sorted().toList();
    List<GapRow> expectedGaps = new ArrayList<>();
    for (String key : keys) {
      List<FundingEvent> k = in.stream().filter(e -> e.key().equals(key))
          .sorted(Comparator.comparingLong(FundingEvent::epochMillis)).toList();
      FundingSeries s = FundingSeries.of(k.stream().mapToLong(FundingEvent::epochMillis)
          .toArray(), k.stream().mapToDouble(FundingEvent::value).toArray(),
          k.stream().mapToLong(FundingEvent::intervalMillis).toArray(), IntervalSource.DECLARED);
      List<SeriesPoint> got = run.points().stream()
          .filter(p -> Keys.of(p.venue(), p.symbol()).equals(key))
          .sorted(Comparator.comparingLong(SeriesPoint::epochMillis)).toList();
      assertEquals(s.size(), got.size(), key);
      for (int i = 0; i < s.size(); i++) {
        SeriesPoint p = got.get(i);
        assertEquals(s.epochMilli(i), p.epochMillis());
        assertEquals(Double.doubleToRawLongBits(s.value(i)),
            Double.doubleToRawLongBits(p.value()));
        assertEquals(s.intervalMillis(i), p.intervalMillis());
        assertEquals(s.intervalSource(i), p.source());
        assertEquals(i == 0 ? 0 : s.missingBefore(i), p.missingBefore());
        assertEquals(Math.floorDiv(p.epochMillis(), DAY) * DAY, p.segmentStartMillis());
      }
      String venue = key.substring(0, key.indexOf('|'));
      String symbol = key.substring(key.indexOf('|') + 1);
      for (FundingGap g : s.gaps()) {
        expectedGaps.add(new GapRow(venue, symbol, g.lastBefore().toEpochMilli(),
            g.firstAfter().toEpochMilli(), g.interval().toMillis(), g.missingSettlements()));
      }
    }
    List<GapRow> gotGaps = new ArrayList<>(run.gaps());
    Comparator<GapRow> order = Comparator.comparing(GapRow::venue)
        .thenComparingLong(GapRow::afterMillis);
    gotGaps.sort(order);
    expectedGaps.sort(order);
    assertEquals(expectedGaps, gotGaps);
  }

  @Test
  void streamingSegmentsEqualTheWholeSeriesAndItsGaps() throws Exception {
    List<FundingEvent> in = declaredKeys();
    Run run = run(in, SettledSegments.defaults(), RuntimeExecutionMode.STREAMING, 2, 0);
    assertSameAsLibrary(in, run);
    assertTrue(run.late().isEmpty());
    // BTC: holes of 16h (1 missing) and 40h (4 missing); ETH: one 8h hole on the 4h grid (1).
    assertEquals(List.of(1, 4), run.gaps().stream().filter(g -> g.venue().equals("binance"))
        .sorted(Comparator.comparingLong(GapRow::afterMillis)).map(GapRow::missing).toList());
  }

  @Test
  void batchModeGivesTheSameAsStreaming() throws Exception {
    List<FundingEvent> in = declaredKeys();
    Collections.shuffle(in, new Random(3)); // batch has no lateness: any order is fine
    Run run = run(in, SettledSegments.defaults(), RuntimeExecutionMode.BATCH, 2, 0);
    assertSameAsLibrary(in, run);
  }

  @Test
  void outOfOrderSettlementsWithinTheLatenessAreSortedIn() throws Exception {
    List<FundingEvent> in = new ArrayList<>(declaredKeys());
    // Swap neighbours pairwise: each arrives at most 8h + jitter after a later one.
    for (int i = 0; i + 1 < in.size(); i += 2) {
      Collections.swap(in, i, i + 1);
    }
    Run run = run(in, new SettledSegments(Duration.ofDays(1), Duration.ofHours(9), 64),
        RuntimeExecutionMode.STREAMING, 1, 0);
    assertTrue(run.late().isEmpty(), run.late().toString());
    assertSameAsLibrary(in, run);
  }

  @Test
  void aSettlementForAClosedSegmentGoesToTheLateOutput() throws Exception {
    List<FundingEvent> in = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      in.add(FundingEvent.declared("okx", "BTC", T0 + i * 8 * H, i * 1e-5, 8 * H));
    }
    // Day 1 closed when the 00:00 day-2 point arrived (watermark T0 + 2 days - 1 >= end - 1).
    FundingEvent late = FundingEvent.declared("okx", "BTC", T0 + DAY + 4 * H, 9e-5, 8 * H);
    in.add(late);
    Run run = run(in, SettledSegments.defaults(), RuntimeExecutionMode.STREAMING, 1, 0);
    assertEquals(List.of(late), run.late());
    assertEquals(9, run.points().size());
    assertTrue(run.gaps().isEmpty());
  }

  @Test
  void undeclaredIntervalsAreInferredIncludingAChangeWithinOneSegment() throws Exception {
    // 1h for 40 settlements, then 4h for 30 (hours 40..160): one 10-day segment holds all.
    List<FundingEvent> in = new ArrayList<>();
    long[] times = new long[70];
    double[] values = new double[70];
    for (int i = 0; i < 70; i++) {
      times[i] = T0 + (i < 40 ? i * H : (39 + (i - 39) * 4) * H);
      values[i] = (i % 7 - 3) * 1e-5;
      in.add(FundingEvent.undeclared("hyperliquid", "SOL", times[i], values[i]));
    }
    Run run = run(in, new SettledSegments(Duration.ofDays(10), Duration.ZERO, 64),
        RuntimeExecutionMode.STREAMING, 1, 0);
    FundingSeries s = FundingSeries.inferred(times, values);
    assertEquals(70, run.points().size());
    assertEquals(H, run.points().get(10).intervalMillis());
    assertEquals(4 * H, run.points().get(60).intervalMillis());
    for (int i = 0; i < 70; i++) {
      SeriesPoint p = run.points().get(i);
      assertEquals(s.intervalMillis(i), p.intervalMillis(), "point " + i);
      assertEquals(IntervalSource.INFERRED, p.source());
      assertEquals(Double.doubleToRawLongBits(s.value(i)), Double.doubleToRawLongBits(p.value()));
    }
  }

  @Test
  void constructorChecksItsArguments() {
    new NullPointerTester().setDefault(Duration.class, Duration.ofDays(1))
        .setDefault(int.class, 2).testAllPublicConstructors(SettledSegments.class);
    assertThrows(IllegalArgumentException.class,
        () -> new SettledSegments(Duration.ZERO, Duration.ZERO, 2));
    assertThrows(IllegalArgumentException.class,
        () -> new SettledSegments(Duration.ofDays(1), Duration.ofHours(-1), 2));
    assertThrows(IllegalArgumentException.class,
        () -> new SettledSegments(Duration.ofDays(1), Duration.ZERO, 1));
  }
}
