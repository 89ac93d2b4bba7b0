package dev.fundingkit.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.formula.FundingBreakdown;
import dev.fundingkit.core.premium.PremiumSample;
import dev.fundingkit.core.premium.PremiumSeries;
import dev.fundingkit.core.venue.FundingConvention;
import dev.fundingkit.core.venue.PredictedRate;
import dev.fundingkit.core.venue.PremiumWindow;
import dev.fundingkit.core.venue.SymbolTerms;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

class PremiumRatesTest {

  @RegisterExtension
  static final MiniClusterExtension CLUSTER = FlinkHarness.cluster();

  private static final long H = 3_600_000L;
  private static final long N = 8 * H;
  /** OKX moved from an anchored to a rolling premium window at 2024-03-05 08:00 UTC. */
  private static final Instant SWITCH = Instant.parse("2024-03-05T08:00:00Z");
  private static final long T0 = Instant.parse("2024-03-04T00:00:00Z").toEpochMilli();
  private static final FundingConvention OKX = FundingConvention.of("okx");
  private static final SymbolTerms TERMS = SymbolTerms.of(Duration.ofHours(8));

  record Run(List<PremiumRateRow> rows, List<PremiumTick> late) {}

  static Run run(List<PremiumTick> in, RuntimeExecutionMode mode, int parallelism,
      long outOfOrder) throws Exception {
    StreamExecutionEnvironment env = FlinkHarness.env(mode, parallelism);
    SingleOutputStreamOperator<PremiumRateRow> out =
        env.fromData(in, FundingTypes.PREMIUM_TICK).setParallelism(1)
            .assignTimestampsAndWatermarks(
                FlinkHarness.punctuated((p, ts) -> p.epochMillis(), outOfOrder))
            .setParallelism(1)
            .keyBy(PremiumTick::key, Types.STRING)
            .process(new PremiumRates("okx", Duration.ofHours(8), Duration.ofHours(1),
                Duration.ZERO), FundingTypes.PREMIUM_RATE_ROW);
    CloseableIterator<PremiumRateRow> rows = out.collectAsync();
    CloseableIterator<PremiumTick> late = out.getSideOutput(PremiumRates.LATE).collectAsync();
    env.execute("premium-rates-test");
    return new Run(FlinkHarness.drain(rows), FlinkHarness.drain(late));
  }

  /**
   * Two OKX symbols sampled every 5 minutes (plus jitter) over three days across the rule
   * change; ETH has no sample between 2024-03-05 16:00 and 2024-03-06 00:00 (an empty interval).
   */
  static List<PremiumTick> samples() {
    Random rnd = new Random(17);
    List<PremiumTick> in = new ArrayList<>();
    for (String sym : List.of("BTC", "ETH")) {
      for (int i = 0; i < 3 * 288; i++) {
        long t = T0 + i * 300_000L + rnd.nextInt(1000) + (sym.equals("ETH") ? 7 : 0);
        if (sym.equals("ETH") && t > T0 + 40 * H && t <= T0 + 48 * H) {
          continue;
        }
        in.add(new PremiumTick("okx", sym, t, 2e-4 * rnd.nextGaussian() + 1e-4));
      }
    }
    return in;
  }

  /** The plain library per key: the rule's rate at settlements, PredictedRate in between. */
  static void assertSameAsLibrary(List<PremiumTick> in, List<PremiumRateRow> got) {
    Map<String, List<PremiumTick>> byKey = new TreeMap<>();
    for (PremiumTick p : in) {
      byKey.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p);
    }
    int total = 0;
    for (Map.Entry<String, List<PremiumTick>> k : byKey.entrySet()) {
      List<PremiumTick> rows = new ArrayList<>(k.getValue());
      rows.sort(Comparator.comparingLong(PremiumTick::epochMillis));
      List<PremiumSample> all = rows.stream()
          .map(p -> PremiumSample.of(Instant.ofEpochMilli(p.epochMillis()), p.premium()))
          .toList();
      long min = rows.get(0).epochMillis();
      long max = rows.get(rows.size() - 1).epochMillis();
      PremiumSeries series = PremiumSeries.of(Instant.ofEpochMilli(min),
          Instant.ofEpochMilli(max + 1), all);
      List<PremiumRateRow> mine = got.stream()
          .filter(r -> Keys.of(r.venue(), r.symbol()).equals(k.getKey()))
          .sorted(Comparator.comparingLong(PremiumRateRow::asOfMillis)).toList();
      long first = (min + H - 1) / H * H;
      long last = (max + N - 1) / N * N;
      assertEquals((last - first) / H + 1, mine.size(), k.getKey());
      int i = 0;
      for (long t = first; t <= last; t += H) {
        PremiumRateRow r = mine.get(i++);
        long end = (t + N - 1) / N * N;
        assertEquals(end, r.intervalEndMillis(), k.getKey());
        assertEquals(t, r.asOfMillis());
        assertEquals(t == end, r.settled());
        long from = end - N;
        long asOf = t;
        List<PremiumSample> window = all.stream()
            .filter(s -> s.time().toEpochMilli() > from && s.time().toEpochMilli() <= asOf)
            .toList();
        if (t == end) {
          if (window.isEmpty()) {
            assertEquals(RateStatus.NO_SAMPLES, r.status(), k.getKey() + " " + t);
            continue;
          }
          FundingBreakdown b = OKX.versionAt(Instant.ofEpochMilli(end)).rate(
              PremiumSeries.of(Instant.ofEpochMilli(from + 1), Instant.ofEpochMilli(end + 1),
                  window), TERMS);
          assertEquals(RateStatus.OK, r.status());
          assertBits(b.rate().value(), r.rate(), k.getKey() + " settled " + t);
          assertBits(b.averagePremium(), r.averagePremium(), k.getKey());
          assertEquals(window.size(), r.samples());
        } else {
          PredictedRate p;
          try {
            p = PredictedRate.of(OKX, TERMS, series, Instant.ofEpochMilli(end),
                Instant.ofEpochMilli(t));
          } catch (IllegalStateException none) {
            assertEquals(RateStatus.NO_SAMPLES, r.status(), k.getKey() + " " + t);
            continue;
          }
          assertEquals(RateStatus.OK, r.status(), k.getKey() + " " + t);
          assertBits(p.breakdown().rate().value(), r.rate(), k.getKey() + " predicted " + t);
          assertEquals(p.samples(), r.samples());
        }
        assertEquals(OKX.versionAt(Instant.ofEpochMilli(end)).effectiveFrom().toEpochMilli(),
            r.ruleEffectiveMillis());
      }
      total += mine.size();
    }
    assertEquals(total, got.size());
  }

  static void assertBits(double want, double got, String at) {
    assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(got), at);
  }

  @Test
  void batchRatesEqualTheLibraryAcrossTheRuleChange() throws Exception {
    List<PremiumTick> in = samples();
    Collections.shuffle(in, new Random(1));
    Run run = run(in, RuntimeExecutionMode.BATCH, 2, 0);
    assertSameAsLibrary(in, run.rows());
    // both windows were exercised: anchored before the switch, rolling after
    assertEquals(PremiumWindow.ANCHORED, OKX.versionAt(SWITCH.minusSeconds(1)).window());
    assertEquals(PremiumWindow.ROLLING, OKX.versionAt(SWITCH).window());
    assertTrue(run.rows().stream().anyMatch(r -> r.status() == RateStatus.NO_SAMPLES));
  }

  @Test
  void streamingGivesTheSameAndRoutesLateSamples() throws Exception {
    List<PremiumTick> in = new ArrayList<>(samples());
    in.sort(Comparator.comparingLong(PremiumTick::epochMillis));
    // out of order by a few minutes, within the watermark's 20-minute bound
    for (int i = 0; i + 1 < in.size(); i += 5) {
      Collections.swap(in, i, i + 1);
    }
    PremiumTick late = new PremiumTick("okx", "BTC", T0 + 10 * H - 1, 0.5);
    in.add(in.size() / 2, late); // inserted around day 1.5: its tick 10:00 is long computed
    Run run = run(in, RuntimeExecutionMode.STREAMING, 2, 20 * 60_000L);
    assertEquals(List.of(late), run.late());
    in.remove(late);
    assertSameAsLibrary(in, run.rows());
  }

  @Test
  void constructorChecksItsArguments() {
    new NullPointerTester().setDefault(String.class, "okx")
        .setDefault(Duration.class, Duration.ofHours(1))
        .testAllPublicConstructors(PremiumRates.class);
    assertThrows(IllegalArgumentException.class, () -> new PremiumRates("no-such-venue",
        Duration.ofHours(8), Duration.ofHours(1), Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> new PremiumRates("okx",
        Duration.ofHours(8), Duration.ofHours(3), Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> new PremiumRates("okx",
        Duration.ofHours(8), Duration.ofHours(1), Duration.ofHours(-1)));
  }
}
