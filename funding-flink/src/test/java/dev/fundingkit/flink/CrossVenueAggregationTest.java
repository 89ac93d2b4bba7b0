package dev.fundingkit.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.aggregate.AggregatedFunding;
import dev.fundingkit.core.aggregate.AggregationRule;
import dev.fundingkit.core.aggregate.VenueReading;
import dev.fundingkit.core.aggregate.Weighting;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CrossVenueAggregationTest {

  @RegisterExtension
  static final MiniClusterExtension CLUSTER = FlinkHarness.cluster();

  private static final long H = 3_600_000L;
  private static final long T0 = 1_700_000_000_000L / (24 * H) * (24 * H);
  private static final AggregationRule RULE = AggregationRule.of(Weighting.OPEN_INTEREST);

  record Run(List<AggregateRow> rows, List<VenueRateReading> late) {}

  static Run run(List<VenueRateReading> in, RuntimeExecutionMode mode, int parallelism,
      Duration lateness) throws Exception {
    StreamExecutionEnvironment env = FlinkHarness.env(mode, parallelism);
    SingleOutputStreamOperator<AggregateRow> out =
        env.fromData(in, FundingTypes.VENUE_RATE_READING).setParallelism(1)
            .assignTimestampsAndWatermarks(
                FlinkHarness.punctuated((r, ts) -> r.observedMillis(), 0)).setParallelism(1)
            .keyBy(VenueRateReading::symbol, Types.STRING)
            .process(new CrossVenueAggregation(RULE, Duration.ofHours(1), lateness),
                FundingTypes.AGGREGATE_ROW);
    CloseableIterator<AggregateRow> rows = out.collectAsync();
    CloseableIterator<VenueRateReading> late =
        out.getSideOutput(CrossVenueAggregation.LATE).collectAsync();
    env.execute("cross-venue-test");
    List<AggregateRow> r = FlinkHarness.drain(rows);
    r.sort(Comparator.comparing(AggregateRow::symbol).thenComparingLong(AggregateRow::atMillis));
    return new Run(r, FlinkHarness.drain(late));
  }

  /** Three venues × two symbols, readings every 1h/8h/irregular, in time order. */
  static List<VenueRateReading> readings() {
    Random rnd = new Random(11);
    List<VenueRateReading> in = new ArrayList<>();
    for (String sym : List.of("BTC", "ETH")) {
      for (int h = 0; h < 30; h++) {
        in.add(new VenueRateReading("hyperliquid", sym, T0 + h * H + rnd.nextInt(100),
            rnd.nextGaussian() * 1e-5, H, 1e8 + rnd.nextInt(1000), 0));
        if (h % 8 == 0) {
          in.add(new VenueRateReading("binance", sym, T0 + h * H + 7, rnd.nextGaussian() * 1e-4,
              8 * H, 5e8 + rnd.nextInt(1000), 0));
        }
        if (h < 6 || h > 20) { // bybit goes quiet (stale) between 06:00 and 21:00
          in.add(new VenueRateReading("bybit", sym, T0 + h * H + 30 * 60_000L,
              rnd.nextGaussian() * 1e-4, 8 * H, 2e8, 0));
        }
      }
    }
    in.sort(Comparator.comparingLong(VenueRateReading::observedMillis));
    return in;
  }

  /**
   * The plain library, independently of the operator's state: for each symbol, every grid hour
   * at or after a reading while some reading is fresh, the latest reading per venue observed at
   * or before it, through {@code AggregationRule.aggregate}.
   */
  static List<AggregatedFunding> expected(List<VenueRateReading> in, String symbol) {
    long maxAge = RULE.maxAge().toMillis();
    TreeSet<Long> instants = new TreeSet<>();
    for (VenueRateReading r : in) {
      if (!r.symbol().equals(symbol)) {
        continue;
      }
      long first = Math.floorDiv(r.observedMillis() + H - 1, H) * H;
      instants.add(first);
      for (long t = first + H; t <= r.observedMillis() + maxAge; t += H) {
        instants.add(t);
      }
    }
    List<AggregatedFunding> out = new ArrayList<>();
    for (long t : instants) {
      Map<String, VenueRateReading> latest = new TreeMap<>();
      for (VenueRateReading r : in) {
        if (r.symbol().equals(symbol) && r.observedMillis() <= t) {
          latest.merge(r.venue(), r,
              (a, b) -> a.observedMillis() >= b.observedMillis() ? a : b);
        }
      }
      List<VenueReading> rs = new ArrayList<>();
      for (VenueRateReading r : latest.values()) {
        rs.add(VenueReading.of(r.venue(), FundingRate.of(r.value(),
            Duration.ofMillis(r.intervalMillis())), Instant.ofEpochMilli(r.observedMillis())).withOpenInterest(r.openInterest()).withVolume(r.volume()));
      }
      out.add(RULE.aggregate(Instant.ofEpochMilli(t), rs));
    }
    return out;
  }

  static void assertSameAsLibrary(List<VenueRateReading> in, List<AggregateRow> rows) {
    for (String sym : List.of("BTC", "ETH")) {
      List<AggregatedFunding> want = expected(in, sym);
      List<AggregateRow> got = rows.stream().filter(r -> r.symbol().equals(sym)).toList();
      assertEquals(want.size(), got.size(), sym);
      for (int i = 0; i < want.size(); i++) {
        AggregatedFunding a = want.get(i);
        AggregateRow r = got.get(i);
        assertEquals(a.at().toEpochMilli(), r.atMillis());
        assertEquals(Double.doubleToRawLongBits(a.rate().value()),
            Double.doubleToRawLongBits(r.value()), sym + " at " + a.at());
        assertEquals(a.contributions().size(), r.contributors());
        assertEquals(a.exclusions().stream().map(e -> e.venue() + ":" + e.reason()).toList(),
            r.excluded().isEmpty() ? List.of() : List.of(r.excluded().split(";")));
      }
    }
  }

  @Test
  void streamingAggregatesEqualTheRuleAtEveryInstant() throws Exception {
    List<VenueRateReading> in = readings();
    Run run = run(in, RuntimeExecutionMode.STREAMING, 2, Duration.ZERO);
    assertTrue(run.late().isEmpty());
    assertSameAsLibrary(in, run.rows());
  }

  @Test
  void batchModeGivesTheSameAsStreaming() throws Exception {
    List<VenueRateReading> in = readings();
    Run run = run(in, RuntimeExecutionMode.BATCH, 2, Duration.ZERO);
    assertSameAsLibrary(in, run.rows());
  }

  @Test
  void aVenueGoingStaleIsExcludedAndListed() throws Exception {
    Run run = run(readings(), RuntimeExecutionMode.STREAMING, 1, Duration.ZERO);
    // Bybit's last reading before its silence is 05:30; max age 1h: fresh at 06:00, stale at
    // 07:00 (age 1h30 > 1h) and listed until it speaks again at 21:30.
    AggregateRow at7 = run.rows().stream()
        .filter(r -> r.symbol().equals("BTC") && r.atMillis() == T0 + 7 * H).findFirst()
        .orElseThrow();
    assertTrue(at7.excluded().contains("bybit:STALE"), at7.toString());
    AggregateRow at6 = run.rows().stream()
        .filter(r -> r.symbol().equals("BTC") && r.atMillis() == T0 + 6 * H).findFirst()
        .orElseThrow();
    assertTrue(at6.weights().contains("bybit="), at6.toString());
  }

  @Test
  void aLateReadingGoesToTheLateOutput() throws Exception {
    List<VenueRateReading> in = new ArrayList<>();
    in.add(new VenueRateReading("okx", "BTC", T0, 1e-4, 8 * H, 1.0, 0));
    in.add(new VenueRateReading("okx", "BTC", T0 + 2 * H, 2e-4, 8 * H, 1.0, 0));
    VenueRateReading late = new VenueRateReading("bybit", "BTC", T0 - 1, 3e-4, 8 * H, 1.0, 0);
    in.add(late);
    Run run = run(in, RuntimeExecutionMode.STREAMING, 1, Duration.ZERO);
    assertEquals(List.of(late), run.late());
    // okx fresh at T0 and T0+1h (age 1h <= 1h), T0+2h and T0+3h from the second reading.
    assertEquals(List.of(T0, T0 + H, T0 + 2 * H, T0 + 3 * H),
        run.rows().stream().map(AggregateRow::atMillis).toList());
  }

  @Test
  void withEveryVenueStaleTheRowHasNoContributorsAndTheReasons() {
    List<VenueReading> rs = List.of(VenueReading.of("okx", FundingRate.of(1e-4,
        Duration.ofHours(8)), Instant.ofEpochMilli(T0)).withOpenInterest(1.0));
    AggregateRow row = CrossVenueAggregation.row(RULE, "BTC", T0 + 3 * H, rs);
    assertEquals(0, row.contributors());
    assertEquals("okx:STALE", row.excluded());
  }

  @Test
  void constructorChecksItsArguments() {
    new NullPointerTester().setDefault(AggregationRule.class, RULE)
        .setDefault(Duration.class, Duration.ofHours(1))
        .testAllPublicConstructors(CrossVenueAggregation.class);
    assertThrows(IllegalArgumentException.class,
        () -> new CrossVenueAggregation(RULE, Duration.ZERO, Duration.ZERO));
    assertThrows(IllegalArgumentException.class,
        () -> new CrossVenueAggregation(RULE, Duration.ofHours(1), Duration.ofHours(-1)));
  }
}
