package dev.fundingkit.core.ledger;

import static dev.fundingkit.core.ledger.LedgerFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.rate.PositionSide;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
import dev.fundingkit.core.venue.Accrual;
import dev.fundingkit.core.venue.FundingConventions;
import dev.fundingkit.core.venue.PaymentPrice;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FundingLedgerTest {

  private static final long SEED = 20261122L;
  private static final Duration H1 = Duration.ofHours(1);
  private static final Duration H4 = Duration.ofHours(4);
  private static final Duration H8 = Duration.ofHours(8);
  private static final Instant S1 = T0.plus(H8);
  private static final Instant S2 = S1.plus(H8);
  private static final List<Settlement> RUN = List.of(
      Settlement.of(T0, FundingRate.ofPercent(-0.01, H8), 100),
      Settlement.of(S1, FundingRate.ofPercent(-0.03, H8), 200),
      Settlement.of(S2, FundingRate.ofPercent(0.02, H8), 400));

  private static FundingLedger held(Instant entry, Instant exit) {
    return FundingLedger.of(RUN, PositionHistory.held(entry, exit, 2));
  }

  private static double cash(LedgerEntry e) {
    return e.cashFlow().orElseThrow();
  }

  // ------------------------------------------------------------ boundary rule and sides

  @Test
  void holdingWindow_isEntryExclusiveExitInclusive_andFlatSettlementsAreZeroEntries() {
    FundingLedger l = held(S1, S2);
    assertEquals(3, l.entries().size());
    assertEquals(List.of(EntryStatus.FLAT, EntryStatus.FLAT, EntryStatus.PAID),
        l.entries().stream().map(LedgerEntry::status).toList());
    assertEquals(0.0, cash(l.entries().get(0)), 0);
    // long 2 at mark 400, +0.02%: pays 2 × 400 × 0.0002 = 0.16
    assertEquals(-0.16, l.total(), 1e-15);
    assertEquals(3, held(T0.minusSeconds(1), S2).entries().stream()
        .filter(e -> e.status() == EntryStatus.PAID).count());
  }

  @Test
  void tolerance_chargesEntriesJustAfterFunding_andSparesExitsJustAfter() {
    FundingLedger l = held(S1.plusSeconds(10), S2.plusSeconds(20))
        .withTolerance(FundingLedger.BINANCE_SNAPSHOT_TOLERANCE);
    assertEquals(List.of(S1, S2), paidTimes(l));
    FundingLedger spared = held(S1.plusSeconds(20), S2.plusSeconds(10))
        .withTolerance(Duration.ofSeconds(15));
    assertEquals(List.of(), paidTimes(spared));
    assertEquals(Duration.ZERO, held(S1, S2).tolerance());
  }

  private static List<Instant> paidTimes(FundingLedger l) {
    return l.entries().stream().filter(e -> e.status() == EntryStatus.PAID)
        .map(LedgerEntry::time).toList();
  }

  @Test
  void sizeChangesAndFlips_areChargedPerSide() {
    PositionHistory p = PositionHistory.of(List.of(
        SizeChange.of(T0.minusSeconds(1), 1),
        SizeChange.of(T0.plusSeconds(60), 3),
        SizeChange.of(S1.plusSeconds(60), -2)));
    FundingLedger l = FundingLedger.of(RUN, p);
    double atT0 = 1 * 100 * 0.0001;   // long 1 at 100 receives 0.01%: +0.01
    double atS1 = 3 * 200 * 0.0003;   // long 3 at 200 receives 0.03%: +0.18
    double atS2 = 2 * 400 * 0.0002;   // short 2 at 400 receives 0.02%: +0.16
    assertEquals(atT0 + atS1, l.total(PositionSide.LONG), 1e-15);
    assertEquals(atS2, l.total(PositionSide.SHORT), 1e-15);
    assertEquals(atT0 + atS1 + atS2, l.total(), 1e-15);
    assertEquals(atS1, l.accrued(T0, S1), 1e-15);
    assertEquals(List.of(PositionSide.LONG, PositionSide.LONG, PositionSide.SHORT),
        l.entries().stream().map(e -> e.side().orElseThrow()).toList());
    assertEquals(0.35, l.cumulative()[2], 1e-15);
    assertEquals(S2.toEpochMilli(), l.entryEpochMillis()[2]);
  }

  // ------------------------------------------------------------ venue mechanics, worked

  @Test
  void binance_fundingIsNominalAtMarkTimesRate() {
    // Binance FAQ (venues.md 3.6): amount = nominal × F, nominal = mark × size. Long 0.5 BTC
    // at mark 60,000 with F = +0.01%: 0.5 × 60,000 × 0.0001 = 3 USDT paid.
    PaymentTerms terms = PaymentTerms.of(FundingConventions.BINANCE_USDM, S1);
    // Binance states a 15 s snapshot tolerance (FAQ), carried by the rule version.
    assertEquals(PaymentTerms.defaults().withSnapshotTolerance(Duration.ofSeconds(15)), terms);
    FundingLedger l = FundingLedger.of(
        List.of(Settlement.of(S1, FundingRate.ofPercent(0.01, H8), 60_000)),
        PositionHistory.held(T0, S2, 0.5), terms);
    assertEquals(-3.0, l.total(), 1e-12);
  }

  @Test
  void bybit_linearPositionValueIsQtyTimesMark() {
    // Bybit (venues.md 5.4): fee = position value × F, linear value = qty × mark. Short 2 BTC
    // at mark 50,000 with F = −0.005% per 4 h: the short pays 2 × 50,000 × 0.00005 = 5 USDT.
    PaymentTerms terms = PaymentTerms.of(FundingConventions.BYBIT, S1);
    assertEquals(PaymentPrice.MARK, terms.paymentPrice());
    FundingLedger l = FundingLedger.of(
        List.of(Settlement.of(S1, FundingRate.ofPercent(-0.005, H4), 50_000)),
        PositionHistory.held(T0, S2, -2), terms);
    assertEquals(-5.0, l.total(), 1e-12);
  }

  @Test
  void bitmex_rateFixedOneIntervalAhead_isPaidAtTheNextFundingTime() {
    // BitMEX examples page (venues.md 17 #28): long 15,000 XBTUSD at 750 USD is worth 20 XBT
    // (15,000 × 1/750); F = 0.25% costs the long 20 × 0.0025 = 0.05 XBT. The rate fixed at
    // 04:00 is paid at 12:00 (one interval ahead), so a long closed at 11:59 pays nothing.
    PaymentTerms terms = PaymentTerms.of(FundingConventions.BITMEX, S1);
    assertEquals(1, terms.intervalsAhead());
    Instant fixed = Instant.parse("2016-05-14T04:00:00Z");
    Instant paid = Instant.parse("2016-05-14T12:00:00Z");
    FundingSeries fixings = FundingSeries.of(new Instant[] {fixed},
        new FundingRate[] {FundingRate.ofPercent(0.25, H8)}, IntervalSource.DECLARED);
    FundingLedger l = FundingLedger.ofFixings(fixings, new double[] {1.0 / 750},
        PositionHistory.held(fixed.minusSeconds(60), paid, 15_000), terms);
    assertEquals(paid, l.entries().get(0).time());
    assertEquals(-0.05, l.total(), 1e-12);
    assertEquals(0.0, l.withPosition(PositionHistory.held(fixed.minusSeconds(60),
        paid.minusSeconds(60), 15_000)).total(), 0);
  }

  @Test
  void hyperliquid_paysAtTheOraclePrice_andRefusesAMarkPrice() {
    // Hyperliquid docs (venues.md 17 #41): hourly 0.11875% on 10 BTC at oracle 10,000 =
    // 10 × 10,000 × 0.0011875 = 118.75 USD an hour, paid by the long.
    PaymentTerms terms = PaymentTerms.of(FundingConventions.HYPERLIQUID, S1);
    assertEquals(PaymentPrice.ORACLE, terms.paymentPrice());
    Settlement oracle = Settlement.of(S1, FundingRate.of(0.0011875, H1), 10_000,
        PaymentPrice.ORACLE);
    assertEquals(-118.75, FundingLedger.of(List.of(oracle),
        PositionHistory.held(T0, S2, 10), terms).total(), 1e-9);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FundingLedger.of(List.of(Settlement.of(S1, FundingRate.of(0.0011875, H1),
            10_000)), PositionHistory.held(T0, S2, 10), terms));
    assertTrue(e.getMessage().startsWith(
        "settlements[0] carries a MARK price but the venue pays at the ORACLE price"),
        e.getMessage());
  }

  @Test
  void deribit_accruesContinuously_proratedByTimeHeld() {
    // Deribit-style example (venues.md 17 #31): F = 0.05% per 8 h held one minute on 1 ETH:
    // 0.0005 / 480 = 1.041667e-6 ETH paid by the long (value 1 ETH: price 1 in coin terms).
    PaymentTerms terms = PaymentTerms.of(FundingConventions.DERIBIT, S1);
    assertEquals(Accrual.CONTINUOUS, terms.accrual());
    Settlement s = Settlement.of(S1, FundingRate.ofPercent(0.05, H8), 1.0);
    FundingLedger oneMinute = FundingLedger.of(List.of(s),
        PositionHistory.held(S1.minusSeconds(60), S1, 1), terms);
    assertEquals(-0.0005 / 480, oneMinute.total(), 1e-18);
    assertEquals(-1.041667e-6, oneMinute.total(), 1e-12);
    // Closing half-way through pays half: 0.0005 × 4/8 = 0.00025; entering exactly at S1 pays 0.
    assertEquals(-0.00025, oneMinute.withPosition(
        PositionHistory.held(T0, T0.plus(H4), 1)).total(), 1e-18);
    assertEquals(0.5, oneMinute.withPosition(
        PositionHistory.held(T0, T0.plus(H4), 1)).entries().get(0).size(), 0);
  }

  @Test
  void krakenAndHtx_payAtTheIndexPrice_dydxAtTheOracle() {
    assertEquals(PaymentPrice.INDEX, PaymentTerms.of(FundingConventions.KRAKEN, S1)
        .paymentPrice());
    assertEquals(1, PaymentTerms.of(FundingConventions.KRAKEN, S1).intervalsAhead());
    assertEquals(PaymentPrice.INDEX, PaymentTerms.of(FundingConventions.HTX,
        Instant.parse("2025-01-01T00:00:00Z")).paymentPrice());
    assertEquals(PaymentPrice.ORACLE, PaymentTerms.of(FundingConventions.DYDX,
        Instant.parse("2025-01-01T00:00:00Z")).paymentPrice());
  }

  // ------------------------------------------------------------ never silent about data

  /** 8-hourly at T0, S1, then S1 + 24 h: the settlements at S1 + 8 h and S1 + 16 h are lacking. */
  private static final List<Settlement> HOLED = List.of(
      Settlement.of(T0, FundingRate.ofPercent(-0.01, H8), 100),
      Settlement.of(S1, FundingRate.ofPercent(-0.03, H8), 100),
      Settlement.of(S1.plus(H8.multipliedBy(3)), FundingRate.ofPercent(-0.02, H8), 100));

  @Test
  void gap_whileHeld_isMissingEntries_neverAReusedRateNorAZero() {
    FundingLedger l = FundingLedger.of(HOLED,
        PositionHistory.held(T0, S1.plus(H8.multipliedBy(3)), 1));
    assertEquals(List.of(EntryStatus.FLAT, EntryStatus.PAID, EntryStatus.MISSING,
        EntryStatus.MISSING, EntryStatus.PAID),
        l.entries().stream().map(LedgerEntry::status).toList());
    assertEquals(S1.plus(H8), l.missing().get(0).time());
    assertTrue(l.missing().get(0).cashFlow().isEmpty());
    assertTrue(l.missing().get(0).settlement().isEmpty());
    // known: 1 × 100 × 0.0003 + 1 × 100 × 0.0002 = 0.05; the two missing add nothing
    assertEquals(0.05, l.total(), 1e-15);
    assertEquals(2, l.missingIn(T0, S2.plus(H8)));
    assertTrue(l.pendingAt(S1.plusSeconds(3600)).isEmpty());
  }

  @Test
  void gap_whileFlat_isAFlatEntryWithZero() {
    FundingLedger l = FundingLedger.of(HOLED, PositionHistory.held(T0, S1, 1));
    assertEquals(List.of(), l.missing());
    assertEquals(EntryStatus.FLAT, l.entries().get(2).status());
    assertEquals(0.0, cash(l.entries().get(2)), 0);
  }

  @Test
  void stale_markStalePolicy_reusesTheLastRateAndSaysSo() {
    FundingLedger l = FundingLedger.of(HOLED,
        PositionHistory.held(T0, S1.plus(H8.multipliedBy(3)), 1))
        .withStalePolicy(StalePolicy.MARK_STALE);
    assertEquals(StalePolicy.REFUSE, FundingLedger.of(HOLED, PositionHistory.held(T0, S1, 1))
        .stalePolicy());
    assertEquals(2, l.stale().size());
    assertEquals(List.of(), l.missing());
    assertEquals(HOLED.get(1), l.stale().get(0).settlement().orElseThrow());
    // 0.03 (S1) + 0.03 + 0.03 (stale reuses −0.03%) + 0.02 = 0.11
    assertEquals(0.11, l.total(), 1e-15);
  }

  @Test
  void positionOutlivingTheData_isMissingSettlements_notTheLastRateForever() {
    // Lean #9801: the data ends at S2 but the position is closed 24 h later: three 8-hourly
    // settlements were due after the data and none is charged at the last rate.
    FundingLedger l = FundingLedger.of(RUN, PositionHistory.held(T0, S2.plus(H8.multipliedBy(3)),
        2));
    assertEquals(3, l.missing().size());
    assertEquals(S2.plus(H8.multipliedBy(3)), l.missing().get(2).time());
    assertEquals(3, l.missingIn(S2, S2.plus(Duration.ofDays(1))));
  }

  @Test
  void twoSchedules_hourlyAndFourHourlyLegs_accrueBetweenTheirSettlements() {
    // Long 1 on an hourly venue (price 100, +0.01%/h) and short 1 on a 4-hourly one (price 100,
    // +0.04%/4h), both from T0. At T0 + 2h30: the hourly leg settled 01:00 and 02:00, paying
    // 2 × 100 × 0.0001 = 0.02, and has half of 03:00's 0.01 pending (−0.005); the 4-hourly leg
    // settled nothing and has 2.5/4 of its 04:00 receipt of 100 × 0.0004 = 0.04 pending (0.025).
    List<Settlement> hourly = List.of(
        Settlement.of(T0.plus(H1), FundingRate.ofPercent(0.01, H1), 100),
        Settlement.of(T0.plus(H1.multipliedBy(2)), FundingRate.ofPercent(0.01, H1), 100),
        Settlement.of(T0.plus(H1.multipliedBy(3)), FundingRate.ofPercent(0.01, H1), 100),
        Settlement.of(T0.plus(H4), FundingRate.ofPercent(0.01, H1), 100));
    List<Settlement> fourHourly = List.of(
        Settlement.of(T0.plus(H4), FundingRate.ofPercent(0.04, H4), 100));
    Instant at = T0.plus(Duration.ofMinutes(150));
    FundingLedger a = FundingLedger.of(hourly, PositionHistory.held(T0, T0.plus(H8), 1));
    FundingLedger b = FundingLedger.of(fourHourly, PositionHistory.held(T0, T0.plus(H8), -1));
    assertEquals(-0.02, a.accrued(T0, at), 1e-15);
    assertEquals(-0.005, a.pendingAt(at).orElseThrow(), 1e-15);
    assertEquals(0.0, b.accrued(T0, at), 0);
    assertEquals(0.025, b.pendingAt(at).orElseThrow(), 1e-15);
    // At 04:00 both settled: −0.04 on the hourly leg, +0.04 on the 4-hourly one: flat overall.
    assertEquals(0.0, a.accrued(T0, T0.plus(H4)) + b.accrued(T0, T0.plus(H4)), 1e-15);
    assertEquals(0.0, a.pendingAt(T0.minusSeconds(3600)).orElseThrow(), 0);
  }

  @Test
  void pendingAt_continuousAccrual_isTheExactIntegralSoFar() {
    PaymentTerms deribit = PaymentTerms.defaults().withAccrual(Accrual.CONTINUOUS);
    FundingLedger l = FundingLedger.of(RUN, PositionHistory.held(S1, S2, 1), deribit);
    // 2 h of S2's 8 h at 400 × 0.02%: 400 × 0.0002 × 2/8 = 0.02 paid by the long
    assertEquals(-0.02, l.pendingAt(S1.plus(Duration.ofHours(2))).orElseThrow(), 1e-15);
    assertTrue(l.pendingAt(S2).isEmpty());
  }

  @Test
  void seriesFactory_takesEachPointsPrice() {
    FundingSeries s = FundingSeries.of(new long[] {S1.toEpochMilli(), S2.toEpochMilli()},
        new double[] {-0.0003, 0.0002}, H8, IntervalSource.DECLARED);
    FundingLedger l = FundingLedger.of(s, new double[] {200, 400},
        PositionHistory.held(T0, S2, 2), PaymentTerms.defaults());
    assertEquals(held(T0, S2).total(), l.total(), 1e-15);
    assertEquals("prices must have length 2, was 1", assertThrows(
        IllegalArgumentException.class, () -> FundingLedger.of(s, new double[] {1},
            PositionHistory.held(T0, S2, 2), PaymentTerms.defaults())).getMessage());
    assertEquals("prices[1] must be > 0 and finite, was 0.0", assertThrows(
        IllegalArgumentException.class, () -> FundingLedger.ofFixings(s, new double[] {1, 0},
            PositionHistory.held(T0, S2, 2), PaymentTerms.defaults())).getMessage());
  }

  @Test
  void hyperliquidBtc_heldThroughItsHoles_listsEveryMissingHour() throws java.io.IOException {
    java.nio.file.Path file = dev.fundingkit.core.testing.SharedData.require(
        "hyperliquid-yuchengzhang/hyperliquid_btc_eth_funding_premium_1h.csv.gz");
    List<Long> times = new java.util.ArrayList<>();
    List<Double> rates = new java.util.ArrayList<>();
    try (java.io.BufferedReader r = dev.fundingkit.core.testing.SharedData.open(file)) {
      List<String> cols = List.of(r.readLine().split(","));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] c = line.split(",");
        if (c[cols.indexOf("coin")].equals("BTC")) {
          times.add(Long.parseLong(c[cols.indexOf("time_ms")]));
          rates.add(Double.parseDouble(c[cols.indexOf("funding_rate_1h")]));
        }
      }
    }
    // Independent count: each step of k whole hours (to the nearest hour) lacks k − 1 rows.
    long expectedMissing = 0;
    for (int i = 1; i < times.size(); i++) {
      expectedMissing += Math.round((times.get(i) - times.get(i - 1)) / 3_600_000.0) - 1;
    }
    assertTrue(expectedMissing > 200, "the file has a 221 h hole among others");
    FundingSeries s = FundingSeries.of(times.stream().mapToLong(Long::longValue).toArray(),
        rates.stream().mapToDouble(Double::doubleValue).toArray(), H1, IntervalSource.ASSUMED);
    double[] oracle = new double[s.size()];
    java.util.Arrays.fill(oracle, 50_000);
    PaymentTerms hl = PaymentTerms.of(FundingConventions.HYPERLIQUID, s.firstTime());
    FundingLedger l = FundingLedger.of(s, oracle,
        PositionHistory.held(s.firstTime().minusSeconds(1), s.lastTime(), 1), hl);
    assertEquals(expectedMissing, l.missing().size());
    assertEquals(s.size() + expectedMissing, l.entries().size());
    assertTrue(l.missing().stream().allMatch(e -> e.cashFlow().isEmpty()));
  }

  // ------------------------------------------------------------ API hygiene

  @Test
  void badInput_namesParameterAndValue() {
    List<Settlement> unsorted = List.of(RUN.get(1), RUN.get(0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FundingLedger.of(unsorted, PositionHistory.held(T0, S2, 1)));
    assertTrue(e.getMessage().contains("must be strictly increasing"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> held(T0, S2).withTolerance(Duration.ofSeconds(-1)));
    assertEquals("snapshotTolerance must be >= 0, was PT-1S", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> held(T0, S2).accrued(S2, T0));
    assertEquals("to must not be before from " + S2 + ", was " + T0, e.getMessage());
  }

  @Test
  void nullsAndEquality() {
    NullPointerTester npt = new NullPointerTester()
        .setDefault(PositionHistory.class, PositionHistory.held(T0, S2, 1))
        .setDefault(PaymentTerms.class, PaymentTerms.defaults())
        .setDefault(FundingSeries.class, FundingSeries.of(new long[] {0, H8.toMillis()},
            new double[] {0, 0}, H8, IntervalSource.DECLARED))
        .setDefault(double[].class, new double[] {1, 1})
        .setDefault(Instant.class, T0);
    npt.testAllPublicStaticMethods(FundingLedger.class);
    npt.testAllPublicInstanceMethods(held(T0, S2));
    new EqualsTester()
        .addEqualityGroup(held(T0, S2), held(T0, S2),
            FundingLedger.of(RUN, PositionHistory.held(T0, S2, 2), PaymentTerms.defaults()))
        .addEqualityGroup(held(T0, S1))
        .addEqualityGroup(held(T0, S2).withTolerance(Duration.ofSeconds(15)))
        .addEqualityGroup(held(T0, S2).withStalePolicy(StalePolicy.MARK_STALE))
        .addEqualityGroup(FundingLedger.of(RUN.subList(0, 2), PositionHistory.held(T0, S2, 2)))
        .testEquals();
    assertEquals(held(T0, S1), held(T0, S2).withPosition(PositionHistory.held(T0, S1, 2)));
    assertTrue(held(T0, S2).toString().contains("3 entries for 3 settlements, 0 missing"));
    assertFalse(held(T0, S2).entries().isEmpty());
    assertEquals(List.of(), FundingLedger.of(List.of(), PositionHistory.held(T0, S2, 1))
        .entries());
  }

  // ------------------------------------------------------------ laws

  @Test
  void law_longAndShortLedgersOfTheSamePosition_sumToExactlyZero() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(longs().all(), integers().between(1, 60), integers().between(1, 12))
        .check((seed, n, k) -> {
          SplittableRandom rnd = new SplittableRandom(seed);
          List<Settlement> run = LedgerFixtures.settlements(rnd, n);
          PositionHistory p = LedgerFixtures.position(rnd, run, k, 0);
          FundingLedger mine = FundingLedger.of(run, p);
          FundingLedger theirs = mine.withPosition(p.mirrored());
          return mine.total() + theirs.total() == 0.0
              && mine.total(PositionSide.LONG) + theirs.total(PositionSide.SHORT) == 0.0;
        });
  }

  @Test
  void law_accrualOverAHolding_equalsTheSumOverAnySplitOfIt() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(longs().all(), integers().between(1, 60))
        .check((seed, n) -> {
          SplittableRandom rnd = new SplittableRandom(seed);
          List<Settlement> run = LedgerFixtures.settlements(rnd, n);
          long span = Duration.between(T0, run.get(n - 1).time()).toSeconds();
          long[] cut = rnd.longs(3, 0, span).sorted().toArray();
          if (span < 3 || cut[0] == cut[1] || cut[1] == cut[2]) {
            return true;
          }
          Instant a = T0.plusSeconds(cut[0]);
          Instant b = T0.plusSeconds(cut[1]);
          Instant c = T0.plusSeconds(cut[2]);
          double size = rnd.nextDouble(-10, 10);
          PaymentTerms terms = PaymentTerms.defaults()
              .withSnapshotTolerance(Duration.ofSeconds(rnd.nextInt(30)))
              .withAccrual(rnd.nextBoolean() ? Accrual.CONTINUOUS : Accrual.AT_SETTLEMENT);
          FundingLedger whole = FundingLedger.of(run, PositionHistory.held(a, c, size), terms);
          double first = whole.withPosition(PositionHistory.held(a, b, size)).total();
          double second = whole.withPosition(PositionHistory.held(b, c, size)).total();
          double scale = whole.entries().stream()
              .mapToDouble(e -> Math.abs(e.cashFlow().orElse(0))).sum();
          return Math.abs(whole.total() - (first + second))
              <= 1e-12 * Math.max(scale, 1e-300) + 1e-300;
        });
  }

  @Test
  void law_cumulativeIsTheRunningSum_andPerSideTotalsSumToTheTotal() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(longs().all(), integers().between(1, 60), integers().between(1, 12))
        .check((seed, n, k) -> {
          SplittableRandom rnd = new SplittableRandom(seed);
          List<Settlement> run = LedgerFixtures.settlements(rnd, n);
          FundingLedger l = FundingLedger.of(run, LedgerFixtures.position(rnd, run, k, 0));
          double running = 0;
          for (LedgerEntry e : l.entries()) {
            running += e.cashFlow().orElse(0);
            if (running != e.cumulative()) {
              return false;
            }
          }
          double bySide = l.total(PositionSide.LONG) + l.total(PositionSide.SHORT);
          return Math.abs(bySide - l.total()) <= 1e-12 * Math.max(1, Math.abs(running) * 10);
        });
  }

  // ---------------------------------------------------------------- mutation-testing additions

  @Test
  void accessors_returnWhatTheLedgerWasBuiltFrom() {
    PositionHistory p = PositionHistory.held(T0, S2, 2);
    PaymentTerms terms = PaymentTerms.defaults().withAccrual(Accrual.CONTINUOUS);
    FundingLedger l = FundingLedger.of(RUN, p, terms);
    assertEquals(RUN, l.settlements());
    assertEquals(p, l.position());
    assertEquals(terms, l.terms());
  }

  @Test
  void noSizeChange_isFlatEverywhere() {
    FundingLedger l = FundingLedger.of(RUN, PositionHistory.of(List.of()));
    assertEquals(List.of(EntryStatus.FLAT, EntryStatus.FLAT, EntryStatus.FLAT),
        l.entries().stream().map(LedgerEntry::status).toList());
  }

  @Test
  void positionClosingExactlyOneIntervalAfterTheData_addsOneEntryOnly() {
    // data ends at S2; the long closes at S2 + 8 h, so the settlement due then is charged
    // (open until then) and none after it
    FundingLedger l = FundingLedger.of(RUN, PositionHistory.held(T0.minusSeconds(1),
        S2.plus(H8), 2));
    assertEquals(4, l.entries().size());
    assertEquals(S2.plus(H8), l.entries().get(3).time());
    assertEquals(EntryStatus.MISSING, l.entries().get(3).status());
  }

  @Test
  void positionOpenFarPastTheData_isRefusedWithTheCount() {
    Instant close = S2.plus(H8.multipliedBy(10_000_000L));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FundingLedger.of(RUN, PositionHistory.held(T0.minusSeconds(1), close, 2))
            .entries());
    // (close − S2) / 8 h + 1 = 10 000 001 settlements from S2 on
    assertEquals("the position changes until " + close.toEpochMilli() + " ms, 10000001 "
        + "settlements after the data ends at " + S2 + "; too many to list", e.getMessage());
  }

  @Test
  void pendingAt_continuousIntegrates_atSettlementProrates() {
    // long 2 from T0 + 2 h; at T0 + 4 h, S1 (rate -0.03 %/8 h, price 200) is half way.
    // At settlement: size 2 × 200 × 0.0003 = 0.12 received, × 4/8 = 0.06.
    // Continuous: 2 × 2 h / 8 h = 0.5 average, × 200 × 0.0003 = 0.03 received.
    PositionHistory p = PositionHistory.held(T0.plus(Duration.ofHours(2)), S2, 2);
    Instant at = T0.plus(H4);
    assertEquals(0.06, FundingLedger.of(RUN, p).pendingAt(at).orElseThrow(), 1e-15);
    assertEquals(0.03, FundingLedger.of(RUN, p,
        PaymentTerms.defaults().withAccrual(Accrual.CONTINUOUS)).pendingAt(at).orElseThrow(),
        1e-15);
  }

  @Test
  void hashCode_separatesLedgersThatDifferInOneField() {
    FundingLedger base = held(S1, S2);
    List<FundingLedger> all = List.of(base, held(T0, S2), base.withTolerance(H1),
        base.withStalePolicy(StalePolicy.MARK_STALE), FundingLedger.of(RUN.subList(0, 2),
            PositionHistory.held(S1, S2, 2)));
    assertEquals(all.size(), all.stream().mapToInt(Object::hashCode).distinct().count());
  }
}
