package dev.fundingkit.stats.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.carry.CarrySide;
import dev.fundingkit.core.ledger.PaymentTerms;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
import dev.fundingkit.core.venue.Accrual;
import dev.fundingkit.core.venue.PaymentPrice;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CarryBacktestTest {

  private static final Duration H8 = Duration.ofHours(8);
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  private static final long H8_MS = H8.toMillis();

  /** Enter a reverse carry below −0.02%/8h, exit above −0.005%/8h. */
  private static final CarryLevels LEVELS = CarryLevels.of(FundingRate.ofPercent(-0.02, H8),
      FundingRate.ofPercent(-0.005, H8));

  /** Rates in % per 8 h at t0 … t9, t_k = T0 + 8h·k. */
  private static final double[] PERCENT =
      {0.01, 0.01, -0.03, -0.04, -0.01, 0.00, -0.025, -0.03, 0.01, -0.01};
  private static final double[] PERP = {100, 100, 100, 100, 100, 100, 200, 200, 190, 190};
  private static final double[] SPOT = {100, 100, 100, 100, 100, 99, 200, 200, 195, 195};

  private static FundingSeries series(double[] percent, long[] times) {
    double[] v = new double[percent.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = percent[i] / 100;
    }
    return FundingSeries.of(times, v, H8, IntervalSource.DECLARED);
  }

  private static long[] grid(int n) {
    long[] t = new long[n];
    for (int i = 0; i < n; i++) {
      t[i] = T0.toEpochMilli() + i * H8_MS;
    }
    return t;
  }

  private static Instant t(int k) {
    return T0.plus(H8.multipliedBy(k));
  }

  /**
   * Ten settlements, every figure by hand. Training 16 h = t0, t1; trading t2 … t9 (56 h).
   * Notional 1,000 a leg, 0.05% a fill (4 fills: 2.0 a round trip, 1.0 on entry), borrow 10%.
   *
   * <p>Trade A: enter t2 (−0.03 < −0.02), exit t5 (0.00 > −0.005). Long 1000/100 = 10 perp.
   * Funding t3: 10 × 100 × 0.0004 = 0.4; t4: 10 × 100 × 0.0001 = 0.1; t5: 0 → 0.5 over 3
   * settlements. Borrow 24 h: 1000 × 0.10 × 24/8760 = 100/365 = 0.273972602739726. Basis: perp
   * 100 → 100 gives 0, short spot 100 → 99 gives +10: +10. Net 0.5 − 0.2739726 − 2 + 10 =
   * 8.226027397260274.
   *
   * <p>Trade B: enter t6 (−0.025), exit t8 (+0.01). Long 1000/200 = 5 perp. Funding t7:
   * 5 × 200 × 0.0003 = 0.3; t8: −5 × 190 × 0.0001 = −0.095 → 0.205 over 2. Borrow 16 h:
   * 1000 × 0.1 × 16/8760 = 0.182648401826484. Basis: perp 200 → 190 is −50, short spot
   * 200 → 195 is +25: −25. Net 0.205 − 0.1826484 − 2 − 25 = −26.977648401826484.
   * t9 (−0.01) does not enter.
   */
  @Test
  void tenSettlements_everyFigureByHand() {
    List<Integer> trainingSizes = new ArrayList<>();
    CarryBacktest bt = CarryBacktest.of(CarrySide.REVERSE, training -> {
      trainingSizes.add(training.size());
      return Optional.of(LEVELS);
    }).withTraining(Duration.ofHours(16)).withNotional(1000)
        .withFees(CarryFees.perFill(0.0005)).withBorrow(BorrowSchedule.constant(0.10));
    CarryBacktestResult r = bt.run(series(PERCENT, grid(10)), PERP, SPOT);
    assertEquals(List.of(2), trainingSizes);                  // t0 and t1, nothing later
    assertEquals(BacktestStatus.COMPLETE, r.status());
    assertTrue(r.outOfSample());
    assertEquals(Optional.of(T0), r.trainFrom());
    assertEquals(Optional.of(t(2)), r.trainTo());
    assertEquals(Optional.of(t(2)), r.testFrom());
    assertEquals(Optional.of(t(9)), r.testTo());
    assertEquals(2, r.trades().size());

    BacktestTrade a = r.trades().get(0);
    assertEquals(t(2), a.entry());
    assertEquals(t(5), a.exit());
    assertFalse(a.open());
    assertEquals(3, a.settlements());
    assertEquals(24.0, a.heldHours(), 0);
    assertEquals(0.5, a.funding(), 1e-12);
    assertEquals(0.273972602739726, a.borrow(), 1e-15);
    assertEquals(2.0, a.fees(), 1e-15);
    assertEquals(10.0, a.basisPnl().orElseThrow(), 1e-12);
    assertEquals(8.226027397260274, a.net(), 1e-12);
    assertFalse(a.spansGap());

    BacktestTrade b = r.trades().get(1);
    assertEquals(t(6), b.entry());
    assertEquals(t(8), b.exit());
    assertEquals(2, b.settlements());
    assertEquals(0.205, b.funding(), 1e-12);
    assertEquals(0.182648401826484, b.borrow(), 1e-15);
    assertEquals(-25.0, b.basisPnl().orElseThrow(), 1e-12);
    assertEquals(-26.977648401826484, b.net(), 1e-12);

    // net 8.226027397260274 − 26.977648401826484 = −18.75162100456621
    assertEquals(-18.75162100456621, r.net(), 1e-12);
    assertEquals(0.705, r.funding(), 1e-12);                  // 0.5 + 0.205
    assertEquals(0.45662100456621, r.borrow(), 1e-14);        // 0.2739726 + 0.1826484
    assertEquals(4.0, r.fees(), 1e-15);
    assertEquals(-15.0, r.basisPnl().orElseThrow(), 1e-12);   // 10 − 25
    // 56 h traded: −18.75162100456621 × 8760 / 56 = −2933.289...
    assertEquals(-18.75162100456621 * 8760 / 56, r.netAnnualized().orElseThrow(), 1e-9);
    assertEquals(40.0 / 56, r.timeInMarket().orElseThrow(), 1e-15);   // 24 h + 16 h
    assertEquals(0.5, r.hitRate().orElseThrow(), 0);                 // A won, B lost

    // Equity t2 … t9: t2 open A: −1 (entry fees); t3: 0.4 − 1000·0.1·8/8760 − 1 + 0 =
    // −0.691324200913242; t4: 0.5 − 0.182648401826484 − 1 = −0.682648401826484; t5: A closed
    // 8.226027397260274; t6: B open: 8.226027397260274 − 1 = 7.226027397260274; t7: 8.226027…
    // + 0.3 − 0.091324200913242 − 1 + 0 = 7.434703196347032; t8, t9: −18.75162100456621.
    double[] expected = {-1, -0.691324200913242, -0.682648401826484, 8.226027397260274,
        7.226027397260274, 7.434703196347032, -18.75162100456621, -18.75162100456621};
    double[] equity = r.equity();
    assertEquals(expected.length, equity.length);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], equity[i], 1e-12, "equity at t" + (i + 2));
    }
    assertEquals(t(2).toEpochMilli(), r.equityEpochMillis()[0]);
    // peak 8.226027397260274 at t5 down to −18.75162100456621: 26.977648401826484
    assertEquals(26.977648401826484, r.maxDrawdown(), 1e-12);
    assertEquals(Optional.of(LEVELS), r.levels());
    assertEquals(1, r.fits());
  }

  @Test
  void withoutPrices_basisIsNotJudged_andFundingIsAFractionOfNotional() {
    CarryBacktestResult r = CarryBacktest.of(CarrySide.REVERSE, s -> Optional.of(LEVELS))
        .withTraining(Duration.ofHours(16)).run(series(PERCENT, grid(10)));
    assertTrue(r.basisPnl().isEmpty());
    assertTrue(r.trades().get(0).basisPnl().isEmpty());
    // A: 0.0004 + 0.0001 + 0 = 0.0005 of notional; no fees, no borrow
    assertEquals(0.0005, r.trades().get(0).funding(), 1e-15);
    assertEquals(0.0005, r.trades().get(0).net(), 1e-15);
    assertTrue(r.trades().get(0).toString().contains("basis not judged"));
  }

  @Test
  void gap_closesTheTradeAtTheLastSettlementBeforeIt_byDefault() {
    // t4 and t5 are missing: the carry entered at t2 closes at t3, is not held across the
    // 24 h hole and pays no borrow for it.
    long[] all = grid(10);
    long[] holed = {all[0], all[1], all[2], all[3], all[6], all[7], all[8], all[9]};
    double[] pct = {0.01, 0.01, -0.03, -0.04, -0.025, -0.03, 0.01, -0.01};
    CarryBacktest bt = CarryBacktest.of(CarrySide.REVERSE, s -> Optional.of(LEVELS))
        .withTraining(Duration.ofHours(16)).withBorrow(BorrowSchedule.constant(0.0876));
    CarryBacktestResult r = bt.run(series(pct, holed));
    BacktestTrade a = r.trades().get(0);
    assertEquals(t(2), a.entry());
    assertEquals(t(3), a.exit());
    assertFalse(a.spansGap());
    assertEquals(0.0004, a.funding(), 1e-15);
    // 8 h of 8.76%: 0.0876 × 8 / 8760 = 0.00008
    assertEquals(0.00008, a.borrow(), 1e-15);
    // t6 (−0.025) re-enters after the gap; t8 exits
    assertEquals(t(6), r.trades().get(1).entry());
    assertEquals(t(8), r.trades().get(1).exit());
    assertTrue(r.trades().stream().noneMatch(BacktestTrade::spansGap));

    CarryBacktestResult held = bt.withGapPolicy(GapPolicy.HOLD_THROUGH)
        .run(series(pct, holed));
    BacktestTrade through = held.trades().get(0);
    assertTrue(through.spansGap());
    assertEquals(t(8), through.exit());                    // exits on t8's +0.01
    assertEquals(2, through.missingSettlements());          // t4, t5
    // funding t3 0.0004 + t6 0.00025 + t7 0.0003 − t8 0.0001 = 0.00085; borrow for 48 h
    assertEquals(0.00085, through.funding(), 1e-15);
    assertEquals(0.0876 * 48 / 8760, through.borrow(), 1e-15);
  }

  @Test
  void inSample_fitsOnTheWholeSeries_andSaysSo() {
    List<Integer> sizes = new ArrayList<>();
    CarryBacktestResult r = CarryBacktest.of(CarrySide.REVERSE, s -> {
      sizes.add(s.size());
      return Optional.of(LEVELS);
    }).inSample().run(series(PERCENT, grid(10)));
    assertEquals(List.of(10), sizes);
    assertFalse(r.outOfSample());
    assertEquals(Optional.of(t(0)), r.testFrom());
    assertEquals(Optional.of(t(9)), r.trainTo());
  }

  @Test
  void walkForward_refitsOnTheTrailingTrainingWindow() {
    List<Instant[]> windows = new ArrayList<>();
    CarryBacktest bt = CarryBacktest.of(CarrySide.REVERSE, s -> {
      windows.add(new Instant[] {s.firstTime(), s.lastTime()});
      return Optional.of(LEVELS);
    }).withTraining(Duration.ofHours(16)).withRefitEvery(Duration.ofHours(24));
    CarryBacktestResult r = bt.run(series(PERCENT, grid(10)));
    // fits at t2 (on t0, t1), t5 (on t3, t4) and t8 (on t6, t7)
    assertEquals(3, r.fits());
    assertEquals(List.of(t(0), t(3), t(6)), windows.stream().map(w -> w[0]).toList());
    assertEquals(List.of(t(1), t(4), t(7)), windows.stream().map(w -> w[1]).toList());
    assertEquals(Optional.of(Duration.ofHours(24)), bt.refitEvery());
  }

  @Test
  void forwardCarry_shortsThePerp_collectsPositiveFunding_andPaysNoBorrow() {
    CarryLevels forward = CarryLevels.of(FundingRate.ofPercent(0.02, H8),
        FundingRate.ofPercent(0.005, H8));
    double[] pct = {0.01, 0.01, 0.03, 0.04, 0.01, 0.00, 0.01, 0.01, 0.01, 0.01};
    CarryBacktestResult r = CarryBacktest.of(CarrySide.FORWARD, s -> Optional.of(forward))
        .withTraining(Duration.ofHours(16)).withBorrow(BorrowSchedule.constant(0.5))
        .run(series(pct, grid(10)));
    BacktestTrade a = r.trades().get(0);
    assertEquals(t(2), a.entry());
    assertEquals(t(5), a.exit());
    assertEquals(0.0005, a.funding(), 1e-15);     // short receives 0.04% + 0.01% + 0
    assertEquals(0.0, a.borrow(), 0);
  }

  @Test
  void dataThatCannotSupportAnAnswer_givesAStatus() {
    CarryBacktest bt = CarryBacktest.of(CarrySide.REVERSE, s -> Optional.empty());
    CarryBacktestResult none = bt.withTraining(Duration.ofHours(16))
        .run(series(PERCENT, grid(10)));
    assertEquals(BacktestStatus.NO_LEVELS, none.status());
    assertEquals(List.of(), none.trades());
    assertTrue(none.hitRate().isEmpty());
    CarryBacktestResult tooShort = bt.withTraining(Duration.ofDays(30))
        .run(series(PERCENT, grid(10)));
    assertEquals(BacktestStatus.NO_TEST_WINDOW, tooShort.status());
    assertTrue(tooShort.netAnnualized().isEmpty());
    assertTrue(tooShort.timeInMarket().isEmpty());
    assertEquals(0.0, tooShort.maxDrawdown(), 0);
  }

  @Test
  void badInput_namesParameterAndValue() {
    CarryBacktest bt = CarryBacktest.of(CarrySide.REVERSE, s -> Optional.of(LEVELS));
    FundingSeries s = series(PERCENT, grid(10));
    assertEquals("perpPrices must have length 10, was 1", assertThrows(
        IllegalArgumentException.class, () -> bt.run(s, new double[1], SPOT)).getMessage());
    double[] bad = SPOT.clone();
    bad[3] = 0;
    assertEquals("spotPrices[3] must be > 0, was 0.0", assertThrows(
        IllegalArgumentException.class, () -> bt.run(s, PERP, bad)).getMessage());
    assertEquals("notional must be > 0, was 0.0", assertThrows(IllegalArgumentException.class,
        () -> bt.withNotional(0)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> bt.withTraining(Duration.ZERO));
  }

  @Test
  void nulls_andAccessors() {
    CarryBacktest bt = CarryBacktest.of(CarrySide.REVERSE, s -> Optional.of(LEVELS));
    NullPointerTester npt = new NullPointerTester()
        .setDefault(LevelFit.class, s -> Optional.of(LEVELS))
        .setDefault(FundingSeries.class, series(PERCENT, grid(10)))
        .setDefault(double[].class, PERP);
    npt.testAllPublicStaticMethods(CarryBacktest.class);
    npt.testInstanceMethods(bt, NullPointerTester.Visibility.PUBLIC);
    assertEquals(CarrySide.REVERSE, bt.side());
    assertTrue(bt.outOfSample());
    assertEquals(Duration.ofDays(180), bt.training());
    assertEquals(GapPolicy.CLOSE_BEFORE_GAP, bt.gapPolicy());
    assertEquals(CarryFees.none(), bt.fees());
    assertEquals(BorrowSchedule.constant(0), bt.borrow());
    assertEquals(1.0, bt.notional(), 0);
    assertTrue(bt.toString().startsWith("CarryBacktest[REVERSE, trained on PT4320H"));
    CarryBacktestResult r = bt.withTraining(Duration.ofHours(16))
        .run(series(PERCENT, grid(10)));
    npt.testAllPublicInstanceMethods(r);
    npt.testAllPublicInstanceMethods(r.trades().get(0));
    assertTrue(r.toString().contains("out of sample"));
  }

  // Levels and rates given as the same raw fractions (no percent conversion), so a print can
  // sit exactly on a level and the strict crossings can be tested at their boundary.
  private static final double ENTER = -0.0002;
  private static final double EXIT = -0.00005;
  private static final CarryLevels RAW = CarryLevels.of(FundingRate.of(ENTER, H8),
      FundingRate.of(EXIT, H8));
  private static final CarryLevels RAW_FORWARD = CarryLevels.of(FundingRate.of(-ENTER, H8),
      FundingRate.of(-EXIT, H8));

  private static FundingSeries raw(double[] values, long[] times) {
    return FundingSeries.of(times, values, H8, IntervalSource.DECLARED);
  }

  private static CarryBacktest inSample(CarrySide side) {
    CarryLevels l = side == CarrySide.REVERSE ? RAW : RAW_FORWARD;
    return CarryBacktest.of(side, s -> Optional.of(l)).inSample();
  }

  private static List<Instant[]> spans(CarryBacktestResult r) {
    return r.trades().stream().map(t -> new Instant[] {t.entry(), t.exit()}).toList();
  }

  private static void assertSpans(CarryBacktestResult r, int... ks) {
    List<Instant[]> got = spans(r);
    assertEquals(ks.length / 2, got.size(), "trades");
    for (int j = 0; j < got.size(); j++) {
      assertEquals(t(ks[2 * j]), got.get(j)[0], "entry of trade " + j);
      assertEquals(t(ks[2 * j + 1]), got.get(j)[1], "exit of trade " + j);
    }
  }

  @Test
  void aPrintExactlyOnALevel_doesNotCrossIt() {
    // t0 sits on the entry level (no entry), t1 crosses it, t2 sits on the exit level (held),
    // t3 crosses it: one trade t1 → t3. The forward carry is the mirror image.
    double[] v = {ENTER, ENTER - 0.0001, EXIT, 0.0, 0.0};
    assertSpans(inSample(CarrySide.REVERSE).run(raw(v, grid(5))), 1, 3);
    double[] mirror = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      mirror[i] = -v[i] + 0.0;
    }
    assertSpans(inSample(CarrySide.FORWARD).run(raw(mirror, grid(5))), 1, 3);
  }

  @Test
  void anEntryOnTheFirstPrint_isHeldUntilTheExit_notMovedByTheNextEntrySignal() {
    // t0 enters, t1 is still below the entry level (no second entry), t2 exits.
    double[] v = {-0.0003, -0.0004, 0.0};
    assertSpans(inSample(CarrySide.REVERSE).run(raw(v, grid(3))), 0, 2);
  }

  @Test
  void twoPoints_inSample_areEnoughForATrade() {
    CarryBacktestResult r = inSample(CarrySide.REVERSE).run(raw(new double[] {-0.0003, 0.0},
        grid(2)));
    assertEquals(BacktestStatus.COMPLETE, r.status());
    assertSpans(r, 0, 1);
  }

  @Test
  void aTestWindowOfOnePoint_isNoTestWindow() {
    // Training 16 h on t0, t1: the test window is t2 alone, which cannot hold a trade.
    CarryBacktest bt = CarryBacktest.of(CarrySide.REVERSE, s -> Optional.of(RAW))
        .withTraining(Duration.ofHours(16));
    FundingSeries s = raw(new double[] {0.0, 0.0, -0.0003}, grid(3));
    CarryBacktestResult unpriced = bt.run(s);
    assertEquals(BacktestStatus.NO_TEST_WINDOW, unpriced.status());
    assertTrue(unpriced.outOfSample());
    assertTrue(unpriced.basisPnl().isEmpty());
    CarryBacktestResult priced = bt.run(s, new double[] {1, 1, 1}, new double[] {1, 1, 1});
    assertEquals(BacktestStatus.NO_TEST_WINDOW, priced.status());
    assertEquals(0.0, priced.basisPnl().orElseThrow(), 0);     // priced, with no trade
    assertFalse(inSample(CarrySide.REVERSE).run(raw(new double[] {0.0}, grid(1)))
        .outOfSample());
  }

  @Test
  void aCarryStillOpenAtTheEnd_isClosedThereAndSaysSo() {
    // t1 enters, nothing exits: open trade t1 → t3 receiving 0.0001 twice (long perp, rate
    // negative), so funding 0.0002 of notional.
    CarryBacktestResult r = inSample(CarrySide.REVERSE).run(
        raw(new double[] {0.0, -0.0003, -0.0001, -0.0001}, grid(4)));
    assertSpans(r, 1, 3);
    BacktestTrade open = r.trades().get(0);
    assertTrue(open.open());
    assertEquals(2, open.settlements());
    assertEquals(0.0002, open.funding(), 1e-15);
    assertTrue(open.toString().contains(" (open), "));
    // Entered on the first print and never left: open from t0.
    assertSpans(inSample(CarrySide.REVERSE).run(raw(new double[] {-0.0003, -0.0001, -0.0001},
        grid(3))), 0, 2);
    // An entry on the very last print has nothing to hold: no trade.
    assertSpans(inSample(CarrySide.REVERSE).run(raw(new double[] {0.0, 0.0, -0.0003},
        grid(3))));
  }

  @Test
  void anEntryJustBeforeAGap_isDroppedUnderCloseBeforeGap() {
    // t0 enters, t1 is missing: closing at the last settlement before the gap (t0 itself)
    // holds nothing, so there is no trade; t2 and t3 never cross the entry level.
    long[] all = grid(4);
    FundingSeries s = raw(new double[] {-0.0003, -0.0001, 0.0}, new long[] {all[0], all[2],
        all[3]});
    assertSpans(inSample(CarrySide.REVERSE).run(s));
    // Held through, the same entry lasts until t3's exit and spans the gap.
    CarryBacktestResult held = inSample(CarrySide.REVERSE)
        .withGapPolicy(GapPolicy.HOLD_THROUGH).run(s);
    assertSpans(held, 0, 3);
    assertTrue(held.trades().get(0).spansGap());
  }

  @Test
  void aGapJustBeforeTheExit_isSpanned() {
    // t1 enters, t3 is missing, t4 exits: the hole is right before the exit print.
    long[] all = grid(5);
    FundingSeries s = raw(new double[] {0.0, -0.0003, -0.0001, 0.0},
        new long[] {all[0], all[1], all[2], all[4]});
    CarryBacktestResult r = inSample(CarrySide.REVERSE).withGapPolicy(GapPolicy.HOLD_THROUGH)
        .run(s);
    assertSpans(r, 1, 4);
    assertTrue(r.trades().get(0).spansGap());
    assertEquals(1, r.trades().get(0).missingSettlements());
    assertTrue(r.trades().get(0).toString().endsWith(", spans a gap]"));
  }

  @Test
  void equity_marksTheBasisOfAnOpenCarry_onBothSides() {
    // Notional 1000, entry t0 at perp 100 (10 perp), exit t2. At t1 the perp is 110, spot
    // unchanged. Funding at t1: 10 × 110 × 0.0003 = 0.33 received either way (the reverse
    // carry is long a negative rate, the forward short a positive one). Basis at t1: the
    // long perp gains 1000 × (110/100 − 1) = 100, the short perp loses it.
    double[] perp = {100, 110, 100};
    double[] spot = {100, 100, 100};
    CarryBacktestResult rev = inSample(CarrySide.REVERSE).withNotional(1000)
        .run(raw(new double[] {-0.0003, -0.0003, 0.0}, grid(3)), perp, spot);
    assertEquals(100.33, rev.equity()[1], 1e-9);
    CarryBacktestResult fwd = inSample(CarrySide.FORWARD).withNotional(1000)
        .run(raw(new double[] {0.0003, 0.0003, 0.0}, grid(3)), perp, spot);
    assertSpans(fwd, 0, 2);
    assertEquals(0.33 - 100, fwd.equity()[1], 1e-9);
    // Back at 100 on the exit: no basis left, funding 0.33 (t2 pays nothing).
    assertEquals(0.0, fwd.trades().get(0).basisPnl().orElseThrow(), 1e-12);
    assertEquals(0.33, fwd.trades().get(0).net(), 1e-12);
  }

  @Test
  void copies_keepWhatTheyWereGiven() {
    CarryBacktest bt = CarryBacktest.of(CarrySide.REVERSE, s -> Optional.of(LEVELS));
    PaymentTerms terms = PaymentTerms.of(PaymentPrice.ORACLE, Accrual.CONTINUOUS, 1,
        Duration.ZERO);
    assertEquals(terms, bt.withTerms(terms).terms());
    assertEquals(PaymentTerms.defaults(), bt.terms());
    assertFalse(bt.inSample().outOfSample());
    assertTrue(bt.inSample().toString().startsWith("CarryBacktest[REVERSE, in sample, "));
    assertTrue(bt.withRefitEvery(Duration.ofHours(24)).toString()
        .startsWith("CarryBacktest[REVERSE, trained on PT4320H, refit every PT24H, "));
    assertFalse(bt.toString().contains("refit every"));
  }
}
