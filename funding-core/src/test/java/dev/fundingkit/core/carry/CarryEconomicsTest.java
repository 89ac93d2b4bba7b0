package dev.fundingkit.core.carry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.rate.AnnualizationBasis;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CarryEconomicsTest {

  private static final Duration H8 = Duration.ofHours(8);
  private static final long SEED = 20261122L;

  @Test
  void domainFigure_minus003PercentPer8h_with8PercentBorrow_nets2485Percent() {
    CarryEconomics e = CarryTrade.of(FundingRate.ofPercent(-0.03, H8), 0.08).economics();
    assertEquals(CarrySide.REVERSE, e.side());
    assertEquals(0.3285, e.fundingYield(), 1e-12);
    assertEquals(0.08, e.hedgeCost(), 0);
    assertEquals(0.2485, e.netYield(), 1e-12);
    assertTrue(e.profitable());
  }

  @Test
  void domainFigure_minus0005PercentPer8h_with8PercentBorrow_netsMinus2525Percent() {
    CarryEconomics e = CarryTrade.of(FundingRate.ofPercent(-0.005, H8), 0.08).economics();
    assertEquals(0.05475, e.fundingYield(), 1e-12);
    assertEquals(-0.02525, e.netYield(), 1e-12);
    assertFalse(e.profitable());
  }

  @Test
  void breakeven_of8PercentBorrowOn8h_isMinus0073PercentPer8h() {
    CarryEconomics e = CarryTrade.of(FundingRate.ofPercent(-0.03, H8), 0.08).economics();
    FundingRate breakeven = e.breakevenRate();
    assertEquals(H8, breakeven.interval());
    assertEquals(-0.08 / 1095, breakeven.value(), 1e-18);
    CarryEconomics fwd = CarryTrade.of(FundingRate.ofPercent(0.01, H8), 0.05).economics();
    assertEquals(0.05 / 1095, fwd.breakevenRate().value(), 1e-18);
  }

  @Test
  void forward_collectsPositiveFunding_withCapitalCostDefaultZero() {
    CarryEconomics e = CarryTrade.of(FundingRate.ofPercent(0.01, H8), 0).economics();
    assertEquals(CarrySide.FORWARD, e.side());
    assertEquals(0.1095, e.fundingYield(), 1e-12);
    assertEquals(0.1095, e.netYield(), 1e-12);
    assertEquals(0.0, e.breakevenRate().value(), 0);
    assertEquals("cost of capital of long spot", e.breakdown().get(1).item());
  }

  @Test
  void wrongSide_paysFunding_andSaysSoWithNegativeYield() {
    CarryEconomics e = CarryTrade.of(FundingRate.ofPercent(0.01, H8), 0.0).economics()
        .trade().withSide(CarrySide.REVERSE).economics();
    assertEquals(-0.1095, e.fundingYield(), 1e-12);
    assertFalse(e.profitable());
  }

  @Test
  void compound_annualisesReceivedFundingAndItsBreakeven() {
    CarryTrade t = CarryTrade.of(FundingRate.ofPercent(-0.03, H8), 0.08)
        .withBasis(AnnualizationBasis.COMPOUND);
    CarryEconomics e = t.economics();
    assertEquals(Math.pow(1.0003, 1095) - 1, e.fundingYield(), 1e-12);
    assertEquals(0.0, t.withRate(e.breakevenRate()).economics().netYield(), 1e-15);
  }

  @Test
  void fees_areAmortisedOverHolding() {
    CarryEconomics e = CarryTrade.of(FundingRate.ofPercent(-0.03, H8), 0.08).economics();
    assertEquals(0.2485 - 0.002 * 365.0 / 30, e.netYieldAfterFees(0.002, Duration.ofDays(30)),
        1e-12);
    assertEquals(e.netYield(), e.netYieldAfterFees(0, Duration.ofDays(1)), 0);
  }

  @Test
  void borrowStress_atThreeTimes_24PercentBorrow_stillPays_butNotAt0005() {
    CarryEconomics e = CarryTrade.of(FundingRate.ofPercent(-0.03, H8), 0.08).economics();
    assertEquals(0.24, e.borrowStressed(3).hedgeCost(), 1e-15);
    assertEquals(0.0885, e.borrowStressed(3).netYield(), 1e-12);
    assertTrue(e.paysUnderBorrowStress());
    assertFalse(CarryTrade.of(FundingRate.ofPercent(-0.03, H8), 0.12).economics()
        .paysUnderBorrowStress());
  }

  @Test
  void putHedge_amortisesPremium_andIgnoresBorrowStress() {
    Hedge put = Hedge.option(0.02, Duration.ofDays(30));
    CarryEconomics e = CarryTrade.of(FundingRate.ofPercent(-0.03, H8), 0.0)
        .withHedge(put).economics();
    assertEquals(0.02 * 365 / 30, e.hedgeCost(), 1e-12);
    assertEquals(0.3285 - 0.02 * 365 / 30, e.netYield(), 1e-12);
    assertEquals(e.netYield(), e.borrowStressed(3).netYield(), 0);
    assertEquals("put premium amortised over 720h", e.breakdown().get(1).item());
  }

  @Test
  void unhedged_isDirectional_andTheBreakdownSaysSo() {
    CarryEconomics e = CarryTrade.of(FundingRate.ofPercent(-0.03, H8), 0.08)
        .withHedge(Hedge.none()).economics();
    assertTrue(e.directional());
    assertEquals(0.3285, e.netYield(), 1e-12);
    YieldLine line = e.breakdown().get(1);
    assertEquals(0.0, line.annualYield(), 0);
    assertTrue(line.item().contains("directional"), line.item());
    assertFalse(CarryTrade.of(FundingRate.ofPercent(-0.03, H8), 0.08).economics()
        .directional());
  }

  @Test
  void breakdown_sumsToNetYield() {
    CarryEconomics e = CarryTrade.of(FundingRate.ofPercent(-0.03, H8), 0.08).economics();
    List<YieldLine> lines = e.breakdown();
    assertEquals(new YieldLine("funding received", e.fundingYield()), lines.get(0));
    assertEquals(new YieldLine("borrow of short spot", -0.08), lines.get(1));
    assertEquals(e.netYield(), lines.get(0).annualYield() + lines.get(1).annualYield(), 0);
  }

  @Test
  void badInput_namesParameterAndValue() {
    CarryEconomics e = CarryTrade.of(FundingRate.ofPercent(-0.03, H8), 0.08).economics();
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> e.netYieldAfterFees(-0.001, Duration.ofDays(1)));
    assertEquals("roundTripFees must be >= 0, was -0.001", x.getMessage());
    x = assertThrows(IllegalArgumentException.class,
        () -> e.netYieldAfterFees(0.001, Duration.ZERO));
    assertEquals("holding must be positive, was PT0S", x.getMessage());
    x = assertThrows(IllegalArgumentException.class, () -> e.borrowStressed(-1));
    assertEquals("factor must be >= 0, was -1.0", x.getMessage());
  }

  @Test
  void nullsAndEquality() {
    CarryEconomics e = CarryTrade.of(FundingRate.ofPercent(-0.03, H8), 0.08).economics();
    new NullPointerTester().setDefault(Duration.class, H8).testAllPublicInstanceMethods(e);
    new EqualsTester()
        .addEqualityGroup(e, CarryTrade.of(FundingRate.ofPercent(-0.03, H8), 0.08).economics())
        .addEqualityGroup(e.borrowStressed(3))
        .testEquals();
    assertTrue(e.toString().contains("(profitable)"), e.toString());
  }

  @Test
  void law_breakevenRate_givesNetYieldZero() {
    qt().withFixedSeed(SEED).withExamples(1000)
        .forAll(doubles().between(-0.01, 0.01), doubles().between(0, 2),
            integers().between(1, 24 * 60), integers().between(0, 1))
        .check((r, borrow, minutes, compound) -> {
          FundingRate rate = FundingRate.of(r, Duration.ofMinutes(minutes));
          CarryTrade trade = CarryTrade.of(rate, borrow).withBasis(
              compound == 1 ? AnnualizationBasis.COMPOUND : AnnualizationBasis.SIMPLE);
          FundingRate breakeven = trade.economics().breakevenRate();
          double net = trade.withRate(breakeven).economics().netYield();
          return Math.abs(net) <= 1e-13 * Math.max(1, borrow)
              && breakeven.interval().equals(rate.interval());
        });
  }

  @Test
  void law_netYield_risesWithCollectedFunding_andFallsWithBorrow() {
    qt().withFixedSeed(SEED).withExamples(1000)
        .forAll(doubles().between(-0.01, 0.0), doubles().between(0, 1),
            doubles().between(0, 1e-4))
        .check((r, borrow, step) -> {
          CarryTrade t = CarryTrade.of(FundingRate.of(r, H8), borrow)
              .withSide(CarrySide.REVERSE);
          double base = t.economics().netYield();
          double deeper = t.withRate(FundingRate.of(r - step, H8)).economics().netYield();
          double dearer = t.withHedge(Hedge.spot(borrow + step)).economics().netYield();
          return deeper >= base && dearer <= base;
        });
  }

  /** Issue 15 item 9: {@code carry --rate -1e308} printed null yields and "profitable". */
  @Test
  void overflowingYield_isBadInputNotAProfitableTrade() {
    assertThrows(IllegalArgumentException.class,
        () -> CarryTrade.of(FundingRate.of(-1e308, H8), 0.08).economics());
  }

  @Test
  void aZeroNetYield_isNotProfitable() {
    // No funding and no borrow cost: the carry earns exactly what it costs, nothing.
    CarryEconomics e = CarryTrade.of(FundingRate.of(0, H8), 0).economics();
    assertEquals(0.0, e.netYield());
    assertFalse(e.profitable());
  }

  @Test
  void distinctEconomics_hashDifferently() {
    // EqualsTester checks only that equal figures hash alike; a constant hash would pass it.
    org.junit.jupiter.api.Assertions.assertNotEquals(
        CarryTrade.of(FundingRate.ofPercent(-0.03, H8), 0.08).economics().hashCode(),
        CarryTrade.of(FundingRate.ofPercent(-0.005, H8), 0.08).economics().hashCode());
  }
}
