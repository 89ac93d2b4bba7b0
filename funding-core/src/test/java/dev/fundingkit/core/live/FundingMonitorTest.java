package dev.fundingkit.core.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.formula.FundingBreakdown;
import dev.fundingkit.core.formula.FundingCap;
import dev.fundingkit.core.ledger.FundingLedger;
import dev.fundingkit.core.premium.PremiumSample;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.rate.PositionSide;
import dev.fundingkit.core.schedule.ScheduleChange;
import dev.fundingkit.core.venue.FundingConvention;
import dev.fundingkit.core.venue.FundingConventions;
import dev.fundingkit.core.venue.PredictedRate;
import dev.fundingkit.core.venue.PremiumWindow;
import dev.fundingkit.core.venue.SymbolTerms;
import dev.fundingkit.core.venue.UnknownFundingRuleException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FundingMonitorTest {

  private static final long SEED = 20261202L;
  private static final Duration H8 = Duration.ofHours(8);
  private static final Instant T = Instant.parse("2025-03-03T16:00:00Z");
  private static final List<BatchCases.Case> COMPUTING = BatchCases.computing();

  private static FundingMonitor feed(BatchCases.Case c, long[] times, double[] premiums,
      int upTo) {
    FundingMonitor m = FundingMonitor.of(c.convention(), c.terms());
    for (int i = 0; i < upTo; i++) {
      m.add(times[i], premiums[i]);
    }
    return m;
  }

  private static int countAtOrBefore(long[] times, long t) {
    int k = 0;
    while (k < times.length && times[k] <= t) {
      k++;
    }
    return k;
  }

  @Test
  void everyVenueWithAKnownRule_hasCases() {
    Set<String> ids = new TreeSet<>();
    COMPUTING.forEach(c -> ids.add(c.convention().id()));
    // Other tests may register venues of their own; the built-ins that compute are these.
    assertTrue(ids.containsAll(Set.of("binance-coinm", "binance-usdm", "bitget", "bitmex",
        "bybit", "deribit", "dydx", "gate", "hyperliquid", "kraken", "okx")), ids::toString);
    // No averaging published: never predicted from samples.
    assertFalse(ids.contains("htx") || ids.contains("coinbase")
        || ids.contains("binance-usdm-pre-market"), ids::toString);
  }

  @Test
  void atTheIntervalsEnd_thePredictedRateIsTheBatchRate_bitForBit_onEveryVenueThatComputes() {
    qt().withFixedSeed(SEED).withExamples(400)
        .forAll(integers().between(0, COMPUTING.size() - 1), longs().all())
        .check((index, seed) -> {
          BatchCases.Case c = COMPUTING.get(index);
          long[] times = BatchCases.times(c, seed);
          double[] premiums = BatchCases.premiums(times.length, seed);
          FundingMonitor m = feed(c, times, premiums, times.length);
          m.advanceTo(c.end());
          FundingBreakdown live = m.snapshot().predicted().orElseThrow();
          PredictedRate batch = BatchCases.batch(c, times, premiums, c.end());
          return live.equals(batch.breakdown())
              && Double.doubleToRawLongBits(live.rate().value())
                  == Double.doubleToRawLongBits(batch.breakdown().rate().value())
              && m.snapshot().predictedRate().orElseThrow().equals(batch.breakdown().rate())
              && m.snapshot().samples() == batch.samples();
        });
  }

  @Test
  void insideTheInterval_anchoredWindowsAreExact_andRollingWindowsWithinRounding() {
    qt().withFixedSeed(SEED).withExamples(400)
        .forAll(integers().between(0, COMPUTING.size() - 1), longs().all(),
            integers().between(1, 999))
        .check((index, seed, permille) -> {
          BatchCases.Case c = COMPUTING.get(index);
          long[] times = BatchCases.times(c, seed);
          double[] premiums = BatchCases.premiums(times.length, seed);
          long n = c.interval().toMillis();
          long asOf = c.end().toEpochMilli() - n + Math.max(1, n * permille / 1000);
          int upTo = countAtOrBefore(times, asOf);
          FundingMonitor m = feed(c, times, premiums, upTo);
          m.advanceTo(Instant.ofEpochMilli(asOf));
          FundingSnapshot s = m.snapshot();
          PredictedRate batch;
          try {
            batch = BatchCases.batch(c, times, premiums, Instant.ofEpochMilli(asOf));
          } catch (IllegalStateException noSampleInWindow) {
            return !s.isReady();
          }
          FundingBreakdown live = s.predicted().orElseThrow();
          boolean rolling = c.convention().versionAt(c.end()).window()
              == PremiumWindow.ROLLING;
          if (!rolling) {
            return live.equals(batch.breakdown()) && s.samples() == batch.samples();
          }
          double scale = Math.max(1e-6, Math.abs(batch.breakdown().averagePremium()));
          return s.samples() == batch.samples()
              && Math.abs(live.averagePremium() - batch.breakdown().averagePremium())
                  <= 1e-9 * scale
              && s.windowStart().equals(batch.windowStart());
        });
  }

  @Test
  void venueVersionsThatDoNotCompute_refuseTheirFirstSample() {
    for (BatchCases.Case c : BatchCases.all()) {
      if (c.computes()) {
        continue;
      }
      FundingMonitor m = FundingMonitor.of(c.convention(), c.terms());
      assertThrows(UnknownFundingRuleException.class, () -> m.add(c.end(), 0.0001),
          c::toString);
    }
  }

  @Test
  void bybitCalmInterval_predictsTheInterest_andCountsTheSamples() {
    // Bybit 8 h: F = P + clamp(I − P, ±0.05%), I = 0.01%; P = 0.0002 lies in the dead zone
    // [−0.04%, +0.06%], so F = I = 0.0001.
    FundingMonitor m = FundingMonitor.of(FundingConventions.BYBIT, SymbolTerms.of(H8));
    Instant start = T.minus(H8);
    for (int i = 1; i <= 240; i++) {
      m.add(start.plus(Duration.ofMinutes(i)), 0.0002);
    }
    FundingSnapshot s = m.snapshot();
    assertTrue(s.isReady());
    assertEquals(0.0001, s.predicted().get().rate().value(), 1e-18);
    assertEquals(240, s.samples());
    assertEquals(start, s.windowStart());
    assertEquals(T, s.nextSettlement());
    assertEquals(Duration.ofHours(4), s.timeToNextSettlement());
    assertEquals(0.5, s.elapsed(), 0);
    // The feed starts at 08:01 with a 1-minute cadence: it covers (08:00, 12:00], half of 8 h.
    assertEquals(0.5, s.coverage(), 0);
  }

  @Test
  void observingSince_setsWhereTheFeedStarts_andAPartIntervalIsNotRememberedAsSettled() {
    // Told the feed covers everything since 08:00, one sample at 12:00 covers half of 8 h.
    FundingMonitor told = FundingMonitor.builder(FundingConventions.BITMEX,
        SymbolTerms.of(H8)).observingSince(Instant.parse("2025-03-03T04:00:00Z")).build();
    told.add(Instant.parse("2025-03-03T08:00:00Z"), 0.0002);
    assertEquals(0.5, told.snapshot().coverage(), 0);
    told.add(Instant.parse("2025-03-03T12:01:00Z"), 0.0002);
    // BitMEX pays at 20:00 the rate of (04:00, 12:00], which the feed covered whole.
    assertEquals(0.0001, told.snapshot().nextPayment().orElseThrow().value(), 1e-18);
    FundingMonitor untold = FundingMonitor.of(FundingConventions.BITMEX, SymbolTerms.of(H8));
    untold.add(Instant.parse("2025-03-03T08:00:00Z"), 0.0002);
    untold.add(Instant.parse("2025-03-03T12:01:00Z"), 0.0002);
    assertTrue(untold.snapshot().nextPayment().isEmpty());
  }

  @Test
  void rollingCoverage_countsOnlyTheFedPartOfTheLastNHours() {
    // Binance 8 h rolling; 5-s feed from 10:00:00 (first sample 10:00:05) to 14:00:
    // at 14:00 the window (06:00, 14:00] is covered from 10:00, 4 h of 8.
    FundingMonitor m = FundingMonitor.of(FundingConventions.BINANCE_USDM, SymbolTerms.of(H8));
    Instant from = Instant.parse("2025-03-03T10:00:00Z");
    for (int i = 1; i <= 4 * 720; i++) {
      m.add(from.plusSeconds(5L * i), 0.0002);
    }
    FundingSnapshot s = m.snapshot();
    assertEquals(0.5, s.coverage(), 0);
    assertEquals(2880, s.samples());
    assertEquals(Instant.parse("2025-03-03T06:00:00Z"), s.windowStart());
    assertEquals(FundingRate.of(0.0001, H8).value(), s.predictedRate().orElseThrow().value(),
        1e-18);
  }

  @Test
  void lateSample_isRejectedWithBothTimes_byDefault() {
    FundingMonitor m = FundingMonitor.builder(FundingConventions.BYBIT, SymbolTerms.of(H8))
        .symbol("BTCUSDT").build();
    m.add(T.minusSeconds(60), 0.0001);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> m.add(T.minusSeconds(120), 0.0005));
    assertTrue(e.getMessage().contains("2025-03-03T15:58:00Z"), e.getMessage());
    assertTrue(e.getMessage().contains("2025-03-03T15:59:00Z"), e.getMessage());
    assertTrue(e.getMessage().contains("LateSamples.DROP"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> m.add(T.minusSeconds(60), 0.0005),
        "a duplicate time is late too");
    assertEquals(1, m.acceptedSamples());
  }

  @Test
  void lateSample_underDrop_isCountedAndNeverFoldedIn() {
    FundingMonitor dropping = FundingMonitor.builder(FundingConventions.BYBIT,
        SymbolTerms.of(H8)).lateSamples(LateSamples.DROP).build();
    FundingMonitor clean = FundingMonitor.of(FundingConventions.BYBIT, SymbolTerms.of(H8));
    dropping.add(T.minusSeconds(120), 0.001);
    dropping.add(T.minusSeconds(60), 0.002);
    dropping.add(T.minusSeconds(90), 0.05);
    dropping.add(T.minusSeconds(60), 0.05);
    clean.add(T.minusSeconds(120), 0.001);
    clean.add(T.minusSeconds(60), 0.002);
    assertEquals(2, dropping.droppedSamples());
    assertEquals(2, dropping.snapshot().droppedSamples());
    assertEquals(clean.snapshot().predicted(), dropping.snapshot().predicted());
  }

  @Test
  void theClock_cannotGoBack_andSamplesBeforeItAreLate() {
    FundingMonitor m = FundingMonitor.of(FundingConventions.BYBIT, SymbolTerms.of(H8));
    m.advanceTo(T.minusSeconds(30));
    assertThrows(IllegalArgumentException.class, () -> m.advanceTo(T.minusSeconds(31)));
    assertThrows(IllegalArgumentException.class, () -> m.add(T.minusSeconds(31), 0.0));
    m.add(T.minusSeconds(30), 0.0);
    assertEquals(1, m.acceptedSamples());
  }

  @Test
  void anIntervalThatDoesNotDivideADay_isRejectedWhenBuilt() {
    assertThrows(IllegalArgumentException.class, () -> FundingMonitor.of(
        FundingConventions.BYBIT, SymbolTerms.of(Duration.ofHours(5))));
  }

  @Test
  void badPremiumsAndPrices_areRejected() {
    FundingMonitor m = FundingMonitor.of(FundingConventions.BYBIT, SymbolTerms.of(H8));
    assertThrows(IllegalArgumentException.class, () -> m.add(T, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> m.addMarkPrice(1, 0));
    assertThrows(IllegalArgumentException.class, () -> m.addIndexPrice(1, Double.NaN));
    assertThrows(IllegalArgumentException.class,
        () -> m.addOraclePrice(1, Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> m.addOpenInterest(1, -1));
    assertThrows(IllegalArgumentException.class,
        () -> m.addAll(new long[] {1, 2}, new double[] {0.0}));
  }

  @Test
  void beforeAnySample_theSnapshotIsNotReady() {
    FundingSnapshot s = FundingMonitor.of(FundingConventions.BYBIT, SymbolTerms.of(H8))
        .snapshot();
    assertFalse(s.isReady());
    assertTrue(s.asOf().isEmpty());
    assertTrue(s.predicted().isEmpty());
    assertTrue(s.nextPayment().isEmpty());
    assertThrows(IllegalStateException.class, s::nextSettlement);
  }

  @Test
  void crossingASettlement_withoutASample_leavesTheNewWindowEmpty() {
    FundingMonitor m = FundingMonitor.of(FundingConventions.BYBIT, SymbolTerms.of(H8));
    m.add(T.minusSeconds(60), 0.0002);
    m.advanceTo(T.plusSeconds(1));
    FundingSnapshot s = m.snapshot();
    assertFalse(s.isReady());
    assertEquals(T.plus(H8), s.nextSettlement());
    assertEquals(T, s.lastSettlement());
  }

  @Test
  void bitmex_settlesAt04_12_20_andPaysThePredictionOneIntervalLater() {
    FundingMonitor m = FundingMonitor.of(FundingConventions.BITMEX, SymbolTerms.of(H8));
    Instant noon = Instant.parse("2025-03-03T12:00:00Z");
    // Interval (04:00, 12:00]: 480 minute prints at 0.0002 → in the dead zone, F = I = 0.0001.
    for (int i = 1; i <= 480; i++) {
      m.add(noon.minus(H8).plus(Duration.ofMinutes(i)), 0.0002);
    }
    // Next interval (12:00, 20:00]: prints at 0.0011 → F = 0.0011 + clamp(0.0001 − 0.0011,
    // ±0.0005) = 0.0011 − 0.0005 = 0.0006.
    for (int i = 1; i <= 60; i++) {
      m.add(noon.plus(Duration.ofMinutes(i)), 0.0011);
    }
    FundingSnapshot s = m.snapshot();
    assertEquals(Instant.parse("2025-03-03T20:00:00Z"), s.nextSettlement());
    assertEquals(Instant.parse("2025-03-04T04:00:00Z"), s.paidAt());
    assertEquals(0.0006, s.predicted().get().rate().value(), 1e-15);
    assertTrue(s.isNextPaymentFixed());
    assertEquals(0.0001, s.nextPayment().get().value(), 1e-18);
  }

  @Test
  void fixedAheadVenue_withoutThePreviousIntervalWhole_doesNotKnowTheNextPayment() {
    FundingMonitor m = FundingMonitor.of(FundingConventions.BITMEX, SymbolTerms.of(H8));
    m.add(Instant.parse("2025-03-03T12:30:00Z"), 0.0002);
    m.add(Instant.parse("2025-03-03T13:00:00Z"), 0.0002);
    FundingSnapshot s = m.snapshot();
    assertTrue(s.nextPayment().isEmpty());
    assertTrue(s.paymentOnValue(dev.fundingkit.core.rate.PositionSide.LONG, 100).isEmpty());
  }

  @Test
  void binanceAtTheCap_wouldSwitchToHourlyAfterTheSettlement() {
    // BTCUSDT 8 h, cap ±0.3% given explicitly; P = −0.01 → F = −0.01 + 0.0005 = −0.0095,
    // capped at the floor −0.003: BINANCE_USDM_CAP_TO_1H orders hourly from 17:00.
    SymbolTerms terms = SymbolTerms.of(H8).withCap(FundingCap.symmetric(0.003));
    FundingMonitor m = FundingMonitor.builder(FundingConventions.BINANCE_USDM, terms)
        .symbol("BTCUSDT").build();
    Instant t = Instant.parse("2025-10-01T16:00:00Z");
    m.add(t.minusSeconds(5), -0.01);
    FundingSnapshot s = m.snapshot();
    assertEquals(-0.003, s.predicted().get().rate().value(), 0);
    var change = s.intervalSwitch().orElseThrow();
    assertEquals("BINANCE_USDM_CAP_TO_1H", change.rule());
    assertEquals(Instant.parse("2025-10-01T17:00:00Z"), change.firstSettlement());
    // TradFi perpetuals are exempt; so is a calm rate.
    FundingMonitor gold = FundingMonitor.builder(FundingConventions.BINANCE_USDM, terms)
        .symbol("XAUUSDT").tradFi(true).build();
    gold.add(t.minusSeconds(5), -0.01);
    assertTrue(gold.snapshot().intervalSwitch().isEmpty());
    FundingMonitor calm = FundingMonitor.of(FundingConventions.BINANCE_USDM, terms);
    calm.add(t.minusSeconds(5), 0.0001);
    assertTrue(calm.snapshot().intervalSwitch().isEmpty());
  }

  @Test
  void gate_revertsToFourHourly_after16QuietHourlySettlementsTheMonitorSaw() {
    // Gate hourly, 1-minute samples of 0 premium: F = [0 + clamp(0.0001 − 0, ±0.0005)] / (8/1)
    // = 0.0000125 < 0.025%: quiet. After 15 whole quiet hours, the 16th settlement reverts.
    FundingMonitor m = FundingMonitor.of(FundingConventions.GATE,
        SymbolTerms.of(Duration.ofHours(1)));
    Instant start = Instant.parse("2025-03-03T00:00:00Z");
    for (int i = 1; i <= 15 * 60 + 30; i++) {
      m.add(start.plus(Duration.ofMinutes(i)), 0.0);
    }
    FundingSnapshot s = m.snapshot();
    assertEquals(Instant.parse("2025-03-03T16:00:00Z"), s.nextSettlement());
    var change = s.intervalSwitch().orElseThrow();
    assertEquals("GATE_REVERT_TO_4H", change.rule());
    assertEquals(Instant.parse("2025-03-03T20:00:00Z"), change.firstSettlement());
  }

  @Test
  void dydx_mediansPerMinute_padToFifteenVotesAndSixtyMinutes() {
    // One minute with 3 votes of 0.0015: padded with 12 zeros the median is 0; a minute with
    // 15 votes of 0.0015 has median 0.0015. Mean over 60 minutes = 0.0015 / 60 = 0.000025;
    // F8h = P + 0 = 0.000025, F1h = F8h / 8 = 0.000003125.
    FundingMonitor m = FundingMonitor.of(FundingConventions.DYDX,
        SymbolTerms.of(Duration.ofHours(1)));
    Instant start = Instant.parse("2025-03-03T10:00:00Z");
    for (int i = 1; i <= 3; i++) {
      m.add(start.plusSeconds(i), 0.0015);
    }
    for (int i = 0; i < 15; i++) {
      m.add(start.plusSeconds(60 + i), 0.0015);
    }
    assertEquals(0.000003125, m.snapshot().predicted().get().rate().value(), 1e-18);
  }

  @Test
  void samplesCanBeGivenAsInstantsOrSamples() {
    FundingMonitor a = FundingMonitor.of(FundingConventions.BYBIT, SymbolTerms.of(H8));
    FundingMonitor b = FundingMonitor.of(FundingConventions.BYBIT, SymbolTerms.of(H8));
    FundingMonitor c = FundingMonitor.of(FundingConventions.BYBIT, SymbolTerms.of(H8));
    a.add(T.minusSeconds(120), 0.001);
    a.add(T.minusSeconds(60), -0.002);
    b.add(PremiumSample.of(T.minusSeconds(120), 0.001));
    b.add(PremiumSample.of(T.minusSeconds(60), -0.002));
    c.addAll(new long[] {T.minusSeconds(120).toEpochMilli(), T.minusSeconds(60).toEpochMilli()},
        new double[] {0.001, -0.002});
    assertEquals(a.snapshot().predicted(), b.snapshot().predicted());
    assertEquals(a.snapshot().predicted(), c.snapshot().predicted());
  }

  @Test
  void rollingWindow_dropsSamplesThatLeftIt() {
    // Binance: at 12:00 the rolling window is (04:00, 12:00]; samples at 03:00 (0.01) left it,
    // the one at 11:00 (0.0002, dead zone → F = I = 0.0001) is the only one averaged.
    FundingMonitor m = FundingMonitor.of(FundingConventions.BINANCE_USDM, SymbolTerms.of(H8));
    m.add(Instant.parse("2025-03-03T03:00:00Z"), 0.01);
    m.add(Instant.parse("2025-03-03T11:00:00Z"), 0.0002);
    m.advanceTo(Instant.parse("2025-03-03T12:00:00Z"));
    FundingSnapshot s = m.snapshot();
    assertEquals(1, s.samples());
    assertEquals(Instant.parse("2025-03-03T04:00:00Z"), s.windowStart());
    assertEquals(0.0001, s.predicted().get().rate().value(), 1e-18);
    assertEquals(1.0, s.elapsed(), 0);
  }

  @Test
  void aDenseFeed_growsTheRollingBuffer_andStaysExact() {
    BatchCases.Case c = COMPUTING.stream()
        .filter(k -> k.convention().id().equals("binance-usdm")
            && k.interval().equals(Duration.ofHours(1)))
        .findFirst().orElseThrow();
    long end = c.end().toEpochMilli();
    int count = 2 * 3600 * 4;
    long[] times = new long[count];
    double[] premiums = new double[count];
    SplittableRandom r = new SplittableRandom(SEED);
    for (int i = 0; i < count; i++) {
      times[i] = end - 2 * 3_600_000L + 250L * (i + 1);
      premiums[i] = r.nextDouble() * 1e-3;
    }
    FundingMonitor m = feed(c, times, premiums, count);
    assertEquals(BatchCases.batch(c, times, premiums, c.end()).breakdown(),
        m.snapshot().predicted().get());
  }

  @Test
  void perSampleUpdates_allocateNothing() {
    List<FundingConvention> venues = List.of(FundingConventions.BINANCE_USDM,
        FundingConventions.BYBIT, FundingConventions.HYPERLIQUID, FundingConventions.DYDX,
        FundingConventions.BITMEX, FundingConventions.DERIBIT);
    for (FundingConvention venue : venues) {
      SymbolTerms terms = SymbolTerms.of(venue.defaultInterval());
      FundingMonitor m = FundingMonitor.of(venue, terms);
      long t = Instant.parse("2025-03-03T00:00:00Z").toEpochMilli();
      // Warm up over hundreds of settlements (fills the buffers, compiles both paths).
      for (int i = 0; i < 200_000; i++) {
        t += 30_000;
        m.add(t, (i % 17 - 8) * 1e-5);
      }
      for (int i = 0; i < 200_000; i++) {
        t += 1_000;
        m.add(t, (i % 19 - 9) * 1e-5);
      }
      long end = m.snapshot().nextSettlement().toEpochMilli();
      long room = (end - t) / 1_000 - 1;
      long before = Allocation.bytes();
      for (long i = 0; i < room; i++) {
        t += 1_000;
        m.add(t, (i % 13 - 6) * 1e-5);
      }
      long within = Allocation.bytes() - before;
      assertTrue(room > 500, venue.id() + " room " + room);
      // Zero on HotSpot 17; a little slack for the counter itself, never per sample.
      assertTrue(within <= 64, venue.id() + ": " + within + " bytes allocated by " + room
          + " updates inside one interval");
      // Across settlements: a bounded amount per settlement (the rule lookup's Instant), plus
      // slack for a deoptimisation the JIT may take once.
      long crossings = 0;
      long next = m.snapshot().nextSettlement().toEpochMilli();
      before = Allocation.bytes();
      for (int i = 0; i < 100_000; i++) {
        t += 30_000;
        m.add(t, (i % 11 - 5) * 1e-5);
        if (t > next) {
          crossings++;
          next += terms.interval().toMillis();
        }
      }
      long across = Allocation.bytes() - before;
      assertTrue(crossings >= 100, venue.id() + " crossings " + crossings);
      assertTrue(across <= 64 * crossings + 4096, venue.id() + ": " + across
          + " bytes over " + crossings + " settlements");
    }
  }

  @Test
  void readmeSnippet_runs() {
    long epochMillis = Instant.parse("2025-10-01T07:59:55Z").toEpochMilli();
    double premium = -0.01;
    double markPrice = 60_000;
    // As quoted in readme-h-live.md:
    FundingMonitor btc = FundingMonitor.builder(FundingConventions.BINANCE_USDM,
            SymbolTerms.of(Duration.ofHours(8)))
        .symbol("BTCUSDT").snapshotTolerance(FundingLedger.BINANCE_SNAPSHOT_TOLERANCE).build();
    btc.add(epochMillis, premium);                      // every 5 s: O(1), no allocation
    btc.addMarkPrice(epochMillis, markPrice);           // optional: the payment price
    FundingSnapshot now = btc.snapshot();
    FundingRate predicted = now.predictedRate().orElseThrow();      // per 8 h
    Instant next = now.nextSettlement();
    Optional<PaymentPreview> longLeg = now.payment(PositionSide.LONG, 0.5);   // 0.5 BTC
    Optional<ScheduleChange> toHourly = now.intervalSwitch();        // cap touched → hourly
    // F = −0.01 + 0.0005 = −0.0095, no cap in the default terms; a long of 0.5 × 60,000
    // = 30,000 receives 30,000 × 0.0095 = 285 at 08:00.
    assertEquals(-0.0095, predicted.value(), 1e-15);
    assertEquals(Instant.parse("2025-10-01T08:00:00Z"), next);
    assertEquals(285, longLeg.orElseThrow().cashFlow(), 1e-9);
    assertTrue(toHourly.isEmpty(), "without a cap the rate cannot touch it");
  }

  @Test
  void aSampleOpeningAnUnknownRule_changesNothing() {
    // OKX formula B (from 2025-04-24 00:01) publishes no averaging: the 08:00 interval under
    // formula A still predicts; the first sample after 2025-04-24 00:00 is refused, and the
    // monitor still answers for the interval it had.
    FundingMonitor m = FundingMonitor.of(FundingConventions.OKX, SymbolTerms.of(H8));
    m.add(Instant.parse("2025-04-23T23:00:00Z"), 0.0002);
    FundingSnapshot before = m.snapshot();
    assertThrows(UnknownFundingRuleException.class,
        () -> m.add(Instant.parse("2025-04-24T00:00:01Z"), 0.0002));
    assertEquals(before.predicted(), m.snapshot().predicted());
    assertEquals(before.nextSettlement(), m.snapshot().nextSettlement());
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(FundingConvention.class, FundingConventions.BYBIT)
        .setDefault(SymbolTerms.class, SymbolTerms.of(H8));
    tester.testAllPublicStaticMethods(FundingMonitor.class);
    FundingMonitor m = FundingMonitor.of(FundingConventions.BYBIT, SymbolTerms.of(H8));
    tester.testAllPublicInstanceMethods(m);
    tester.testAllPublicInstanceMethods(
        FundingMonitor.builder(FundingConventions.BYBIT, SymbolTerms.of(H8)));
  }

  @Test
  void toString_namesVenueSymbolAndClock() {
    FundingMonitor m = FundingMonitor.builder(FundingConventions.BYBIT, SymbolTerms.of(H8))
        .symbol("BTCUSDT").build();
    assertEquals("FundingMonitor[bybit BTCUSDT 8h, 0 samples, clock not started]",
        m.toString());
    m.add(T, 0.0);
    assertEquals("FundingMonitor[bybit BTCUSDT 8h, 1 samples, clock 2025-03-03T16:00:00Z]",
        m.toString());
    assertEquals("bybit", m.venueId());
    assertEquals("BTCUSDT", m.symbol());
    assertEquals(SymbolTerms.of(H8), m.terms());
  }

  @Test
  void openInterest_zeroAndARepeatedTimeAreTaken_minusZeroIsNormalised_anEarlierOneIsLate() {
    FundingMonitor m = FundingMonitor.builder(FundingConventions.BYBIT, SymbolTerms.of(H8))
        .symbol("BTCUSDT").build();
    m.add(T, 0.0001);
    long at = T.toEpochMilli();
    // Zero open interest is a fact (a new listing), not bad input.
    m.addOpenInterest(at, 0.0);
    assertEquals(0.0, m.snapshot().openInterest().getAsDouble(), 0);
    // A second report stamped at the same instant is not late: it replaces the first.
    m.addOpenInterest(at, 5.0);
    assertEquals(5.0, m.snapshot().openInterest().getAsDouble(), 0);
    m.addOpenInterest(at + 1, -0.0);
    assertEquals(0L, Double.doubleToRawLongBits(m.snapshot().openInterest().getAsDouble()),
        "-0.0 is stored as +0.0");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> m.addOpenInterest(at, 7.0));
    assertEquals("open interest at 2025-03-03T16:00:00Z is late or out of order: the monitor"
        + " of bybit BTCUSDT is at 2025-03-03T16:00:00.001Z (build it with LateSamples.DROP to"
        + " drop and count such data)", e.getMessage());
    assertEquals(0.0, m.snapshot().openInterest().getAsDouble(), 0);
  }

  @Test
  void prices_aRepeatedTimeReplaces_anEarlierOneIsLate_orDroppedAndCounted() {
    // Bybit pays at the mark price, the one paymentPrice() reports.
    FundingMonitor m = FundingMonitor.of(FundingConventions.BYBIT, SymbolTerms.of(H8));
    m.add(T, 0.0001);
    long at = T.toEpochMilli();
    m.addMarkPrice(at, 100.0);
    m.addMarkPrice(at, 101.0);
    assertEquals(101.0, m.snapshot().paymentPrice().getAsDouble(), 0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> m.addMarkPrice(at - 1, 99.0));
    // An unnamed monitor names only the venue, with a single space before "is at".
    assertEquals("mark price at 2025-03-03T15:59:59.999Z is late or out of order: the monitor"
        + " of bybit is at 2025-03-03T16:00:00Z (build it with LateSamples.DROP to drop and"
        + " count such data)", e.getMessage());
    FundingMonitor dropping = FundingMonitor.builder(FundingConventions.BYBIT,
        SymbolTerms.of(H8)).lateSamples(LateSamples.DROP).build();
    dropping.add(T, 0.0001);
    dropping.addMarkPrice(at, 100.0);
    dropping.addMarkPrice(at - 1, 99.0);
    dropping.addOpenInterest(at, 3.0);
    dropping.addOpenInterest(at - 1, 4.0);
    FundingSnapshot s = dropping.snapshot();
    assertEquals(100.0, s.paymentPrice().getAsDouble(), 0);
    assertEquals(3.0, s.openInterest().getAsDouble(), 0);
    assertEquals(2, s.droppedSamples());
  }

  @Test
  void instantaneousWindow_isTheLastSample_andANewIntervalStartsEmpty() {
    // Deribit: the rate follows the premium of the instant; its window is the interval
    // (T − 8h, T], T on the 00/08/16 grid.
    FundingMonitor m = FundingMonitor.of(FundingConventions.DERIBIT, SymbolTerms.of(H8));
    Instant t = Instant.parse("2025-03-03T07:59:00Z");
    m.add(t, 0.0003);
    FundingSnapshot s = m.snapshot();
    assertEquals(1, s.samples());
    assertEquals(Instant.parse("2025-03-03T00:00:00Z"), s.windowStart());
    assertEquals(0.0003, s.predicted().orElseThrow().averagePremium(), 0);
    m.advanceTo(Instant.parse("2025-03-03T08:00:01Z"));
    FundingSnapshot next = m.snapshot();
    assertEquals(0, next.samples());
    assertFalse(next.isReady());
    assertEquals(Instant.parse("2025-03-03T08:00:00Z"), next.windowStart());
  }

  @Test
  void okxSwitchToARollingWindow_startsTheRingAtTheSwitch_andCoverageCountsFromThere() {
    // OKX averages over a rolling 8 h from the interval ending 2024-03-05 08:00 (the version
    // in force at its end), anchored before. At 01:00 the window (17:00, 01:00] holds the
    // 23:00 sample too, but the ring starts at the switch, 00:00: one sample (01:00), coverage
    // (01:00 − 00:00) / 8 h = 1/8, not the feed's 2 h 1 min.
    FundingMonitor m = FundingMonitor.of(FundingConventions.OKX, SymbolTerms.of(H8));
    m.add(Instant.parse("2024-03-04T23:00:00Z"), 0.001);
    m.add(Instant.parse("2024-03-05T01:00:00Z"), 0.003);
    FundingSnapshot s = m.snapshot();
    assertEquals(1, s.samples());
    assertEquals(Instant.parse("2024-03-04T17:00:00Z"), s.windowStart());
    assertEquals(0.125, s.coverage(), 0);
    // F = MA(P − I), I = 0, no band or cap: the one sample's premium.
    assertEquals(0.003, s.predictedRate().orElseThrow().value(), 0);
  }

  @Test
  void rollingWindow_evictsASampleExactlyNBeforeTheClock() {
    // Binance 8 h: at 17:00 the rolling window is (09:00, 17:00]: the 09:00 sample is out, the
    // 10:00 one (0.0002, dead zone → F = I = 0.0001) in.
    FundingMonitor m = FundingMonitor.of(FundingConventions.BINANCE_USDM, SymbolTerms.of(H8));
    m.add(Instant.parse("2025-03-03T09:00:00Z"), 0.01);
    m.add(Instant.parse("2025-03-03T10:00:00Z"), 0.0002);
    m.advanceTo(Instant.parse("2025-03-03T17:00:00Z"));
    FundingSnapshot s = m.snapshot();
    assertEquals(1, s.samples());
    assertEquals(0.0001, s.predictedRate().orElseThrow().value(), 1e-18);
    m.advanceTo(Instant.parse("2025-03-03T18:00:00Z"));
    assertEquals(0, m.snapshot().samples(), "the 10:00 sample leaves at 18:00");
  }

  @Test
  void gate_anHourWithoutSamples_breaksTheQuietRun() {
    // As the Gate revert case, 15 whole quiet hours (to 15:00), but the clock then crosses
    // 16:00 with no sample in (15:00, 16:00]: the monitor did not see that settlement, so the
    // run restarts and the 16:31 prediction alone cannot revert.
    FundingMonitor m = FundingMonitor.of(FundingConventions.GATE,
        SymbolTerms.of(Duration.ofHours(1)));
    Instant start = Instant.parse("2025-03-03T00:00:00Z");
    for (int i = 1; i <= 15 * 60; i++) {
      m.add(start.plus(Duration.ofMinutes(i)), 0.0);
    }
    m.advanceTo(Instant.parse("2025-03-03T15:30:00Z"));
    m.advanceTo(Instant.parse("2025-03-03T16:30:00Z"));
    m.add(Instant.parse("2025-03-03T16:31:00Z"), 0.0);
    assertTrue(m.snapshot().intervalSwitch().isEmpty());
  }

  @Test
  void gate_aLongHistory_keepsTheLatestSettlements() {
    // 50 quiet hours, 10 loud ones (P = 0.003: F = (0.003 − 0.0005) / 8 = 0.0003125 ≥ 0.025%),
    // then 20 quiet ones and a quiet current hour: 80 settlements, more than the 64 kept. The
    // oldest drop out and the rest move up; the latest 16 are quiet, so the next settlement
    // reverts to 4-hourly.
    FundingMonitor m = FundingMonitor.of(FundingConventions.GATE,
        SymbolTerms.of(Duration.ofHours(1)));
    Instant start = Instant.parse("2025-03-03T00:00:00Z");
    for (int i = 1; i <= 80 * 6 + 3; i++) {
      boolean loud = i > 50 * 6 && i <= 60 * 6;
      m.add(start.plus(Duration.ofMinutes(10L * i)), loud ? 0.003 : 0.0);
    }
    var change = m.snapshot().intervalSwitch().orElseThrow();
    assertEquals("GATE_REVERT_TO_4H", change.rule());
  }

  @Test
  void dydx_aMinuteWithFewerNegativeVotesThanTheLast_padsItsZerosAfterItsOwnVotes() {
    // Minute 1: 8 votes of −0.001 and 7 zeros padded: the 8th of 15 sorted is −0.001. Minute 2:
    // 7 votes of −0.002 and 8 zeros: the 8th is 0 (the first minute's 8th vote is no longer a
    // vote). Mean over 60 minutes: −0.001 / 60.
    FundingMonitor m = FundingMonitor.of(FundingConventions.DYDX,
        SymbolTerms.of(Duration.ofHours(1)));
    Instant start = Instant.parse("2025-03-03T10:00:00Z");
    for (int i = 1; i <= 8; i++) {
      m.add(start.plusSeconds(i), -0.001);
    }
    for (int i = 0; i < 7; i++) {
      m.add(start.plusSeconds(60 + i), -0.002);
    }
    assertEquals(-0.001 / 60, m.snapshot().predicted().orElseThrow().averagePremium(), 1e-18);
  }

  @Test
  void aDenseFeed_growsTheRollingBuffer_andTheRollingWindowInsideTheIntervalStaysRight() {
    // As aDenseFeed_growsTheRollingBuffer_andStaysExact, but asked half-way through the last
    // interval, where the rolling window (and its min/max queues copied by the growth) is used.
    BatchCases.Case c = COMPUTING.stream()
        .filter(k -> k.convention().id().equals("binance-usdm")
            && k.interval().equals(Duration.ofHours(1)))
        .findFirst().orElseThrow();
    long end = c.end().toEpochMilli();
    long asOf = end - 1_800_000L;
    int count = 2 * 3600 * 4;
    long[] times = new long[count];
    double[] premiums = new double[count];
    SplittableRandom r = new SplittableRandom(SEED);
    for (int i = 0; i < count; i++) {
      times[i] = asOf - 2 * 3_600_000L + 250L * (i + 1);
      premiums[i] = r.nextDouble() * 1e-3;
    }
    FundingMonitor m = feed(c, times, premiums, count);
    FundingSnapshot s = m.snapshot();
    PredictedRate batch = BatchCases.batch(c, times, premiums, Instant.ofEpochMilli(asOf));
    assertEquals(batch.samples(), s.samples());
    assertEquals(batch.breakdown().averagePremium(),
        s.predicted().orElseThrow().averagePremium(), 1e-15);
  }

  @Test
  void atASettlement_theRollingSumsRestartFromTheExactAnchoredOnes() {
    // Binance 1 h, a sample a second from T − 2h to T − 30 min, then the clock moves to
    // T + 1 ms. At the settlement the rolling window must drop (T − 2h, T − 1h] and restart
    // its running sums from the anchored ones of (T − 1h, T]; evicting 1,800 samples from the
    // running sums instead would leave their rounding. So 1 ms after T the rolling average
    // (same samples) is the batch anchored average to the bit.
    BatchCases.Case c = COMPUTING.stream()
        .filter(k -> k.convention().id().equals("binance-usdm")
            && k.interval().equals(Duration.ofHours(1)))
        .findFirst().orElseThrow();
    long end = c.end().toEpochMilli();
    int count = 3 * 1800;
    long[] times = new long[count];
    double[] premiums = new double[count];
    SplittableRandom r = new SplittableRandom(SEED + 1);
    for (int i = 0; i < count; i++) {
      times[i] = end - 2 * 3_600_000L + 1_000L * (i + 1) - 500;
      premiums[i] = (r.nextDouble() - 0.3) * 1e-2;
    }
    FundingMonitor m = feed(c, times, premiums, count);
    m.advanceTo(c.end().plusMillis(1));
    FundingSnapshot s = m.snapshot();
    PredictedRate batch = BatchCases.batch(c, times, premiums, c.end());
    assertEquals(1800, s.samples());
    assertEquals(Double.doubleToRawLongBits(batch.breakdown().averagePremium()),
        Double.doubleToRawLongBits(s.predicted().orElseThrow().averagePremium()));
  }

  @Test
  void instantaneousVenueFixedAhead_paysTheLastPremiumOfTheIntervalBefore() throws Exception {
    // A user venue like Deribit (the rate follows the premium of the instant, F = P) that
    // fixes the rate one interval ahead: the payment at the next settlement is the rate at
    // the end of the previous interval, 0.003, not the mean of its samples, 0.002.
    String rules = String.join("\n",
        "fundingkit-rules 1",
        "[venue instdex]",
        "name = Instant DEX",
        "[version instdex 2025-01-01T00:00:00Z]",
        "formula = F = P",
        "provenance = ASSUMED",
        "source = test venue",
        "defaultInterval = 8h",
        "interest = fixed 0%/8h",
        "band = no band",
        "scaling = no scaling",
        "window = INSTANTANEOUS",
        "intervalsAhead = 1",
        "paymentPrice = MARK",
        "");
    FundingConvention venue = dev.fundingkit.core.venue.FundingRulesFile.read(
        new java.io.StringReader(rules), "instdex.rules").get(0);
    FundingMonitor m = FundingMonitor.builder(venue, SymbolTerms.of(H8))
        .observingSince(Instant.parse("2025-03-03T00:00:00Z")).build();
    m.add(Instant.parse("2025-03-03T01:00:00Z"), 0.001);
    m.add(Instant.parse("2025-03-03T07:00:00Z"), 0.003);
    m.add(Instant.parse("2025-03-03T09:00:00Z"), 0.0005);
    assertEquals(0.003, m.snapshot().nextPayment().orElseThrow().value(), 1e-18);
  }
}
