package dev.fundingkit.core.risk;

import static dev.fundingkit.core.rate.PositionSide.LONG;
import static dev.fundingkit.core.rate.PositionSide.SHORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.rate.PositionSide;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class IsolatedMarginTest {

  private static final long SEED = 20261122L;
  private static final Duration H8 = Duration.ofHours(8);

  @Test
  void domainFigures_withoutMaintenance_distanceIsOneOverLeverage() {
    assertEquals(0.5, IsolatedMargin.of(2, 0).liquidationDistance(LONG), 0);
    assertEquals(1 / 3.0, IsolatedMargin.of(3, 0).liquidationDistance(LONG), 1e-16);
    assertEquals(0.2, IsolatedMargin.of(5, 0).liquidationDistance(LONG), 0);
    assertEquals(0.2, IsolatedMargin.of(5, 0).liquidationDistance(SHORT), 0);
    assertEquals(1.0, IsolatedMargin.of(1, 0).liquidationDistance(LONG), 0);
  }

  @Test
  void maintenanceMargin_bringsLiquidationNearer() {
    IsolatedMargin m = IsolatedMargin.of(5, 0.005);
    assertEquals(0.195 / 0.995, m.liquidationDistance(LONG), 1e-15);
    assertEquals(0.195 / 1.005, m.liquidationDistance(SHORT), 1e-15);
    assertTrue(m.liquidationDistance(LONG) < 0.2);
    assertEquals(100 * 0.8 / 0.995, m.liquidationPrice(LONG, 100), 1e-12);
    assertEquals(100 * 1.2 / 1.005, m.liquidationPrice(SHORT, 100), 1e-12);
  }

  @Test
  void liquidationPrice_isTheDistanceFromEntry() {
    IsolatedMargin m = IsolatedMargin.of(3, 0.01);
    assertEquals(1 - m.liquidationDistance(LONG), m.liquidationPrice(LONG, 1), 1e-15);
    assertEquals(1 + m.liquidationDistance(SHORT), m.liquidationPrice(SHORT, 1), 1e-15);
  }

  @Test
  void fundingDrag_countsAdverseSettlementsToMaintenance() {
    IsolatedMargin m = IsolatedMargin.of(5, 0.005);
    FundingRate adverse = FundingRate.ofPercent(0.1, H8);
    // (0.2 - 0.005) / 0.001 = 195 settlements of 0.1%/8h: 65 days
    assertEquals(OptionalLong.of(195), m.settlementsToMaintenance(LONG, adverse));
    assertEquals(OptionalLong.empty(), m.settlementsToMaintenance(SHORT, adverse));
    assertEquals(OptionalLong.empty(), m.settlementsToMaintenance(LONG, adverse.withValue(0)));
    assertEquals(OptionalLong.of(195), m.settlementsToMaintenance(SHORT, adverse.negated()));
    assertEquals(0.0, m.liquidationDistanceAfter(LONG, adverse, 195), 0);
    assertTrue(m.liquidationDistanceAfter(LONG, adverse, 194) > 0);
    assertTrue(m.liquidationDistanceAfter(SHORT, adverse, 10) > m.liquidationDistance(SHORT));
    assertEquals(m.liquidationDistance(LONG), m.liquidationDistanceAfter(LONG, adverse, 0), 0);
  }

  @Test
  void fundingDrag_saturatesForVanishingRates() {
    assertEquals(OptionalLong.of(Long.MAX_VALUE), IsolatedMargin.of(2, 0)
        .settlementsToMaintenance(LONG, FundingRate.of(1e-300, H8)));
  }

  @Test
  void badInput_namesParameterAndValue() {
    assertEquals("leverage must be >= 1, was 0.5", assertThrows(IllegalArgumentException.class,
        () -> IsolatedMargin.of(0.5, 0)).getMessage());
    assertEquals("leverage must be finite, was NaN", assertThrows(
        IllegalArgumentException.class, () -> IsolatedMargin.of(Double.NaN, 0)).getMessage());
    assertEquals("maintenanceMarginRate must be < 1/leverage = 0.2, was 0.2", assertThrows(
        IllegalArgumentException.class, () -> IsolatedMargin.of(5, 0.2)).getMessage());
    assertEquals("maintenanceMarginRate must be >= 0, was -0.01", assertThrows(
        IllegalArgumentException.class, () -> IsolatedMargin.of(5, -0.01)).getMessage());
    assertEquals("entryPrice must be > 0, was -1.0", assertThrows(
        IllegalArgumentException.class,
        () -> IsolatedMargin.of(5, 0).liquidationPrice(LONG, -1)).getMessage());
    assertEquals("settlements must be >= 0, was -1", assertThrows(
        IllegalArgumentException.class, () -> IsolatedMargin.of(5, 0)
            .liquidationDistanceAfter(LONG, FundingRate.of(0.001, H8), -1)).getMessage());
  }

  @Test
  void nullsAndEquality() {
    NullPointerTester npt = new NullPointerTester()
        .setDefault(FundingRate.class, FundingRate.of(0.001, H8))
        .setDefault(PositionSide.class, LONG);
    npt.testAllPublicStaticMethods(IsolatedMargin.class);
    npt.testAllPublicInstanceMethods(IsolatedMargin.of(5, 0.005));
    new EqualsTester()
        .addEqualityGroup(IsolatedMargin.of(5, 0.005), new IsolatedMargin(5, 0.005),
            IsolatedMargin.of(3, 0.005).withLeverage(5))
        .addEqualityGroup(IsolatedMargin.of(5, 0.005).withMaintenanceMarginRate(0.01))
        .addEqualityGroup(IsolatedMargin.of(5, -0.0))
        .testEquals();
  }

  @Test
  void law_liquidationDistance_shrinksAsLeverageGrows() {
    qt().withFixedSeed(SEED).withExamples(2000)
        .forAll(doubles().between(1, 100), doubles().between(1e-6, 50), doubles().between(0, 1),
            integers().between(0, 1))
        .check((lev, more, mmShare, s) -> {
          double higher = lev + more;
          double mm = mmShare * 0.999 / higher;
          PositionSide side = s == 0 ? LONG : SHORT;
          double low = IsolatedMargin.of(lev, mm).liquidationDistance(side);
          double high = IsolatedMargin.of(higher, mm).liquidationDistance(side);
          return high < low && high > 0;
        });
  }

  @Test
  void law_marginReachesMaintenance_exactlyAtTheCountedSettlement() {
    qt().withFixedSeed(SEED).withExamples(2000)
        .forAll(doubles().between(1, 125), doubles().between(0, 1),
            doubles().between(1e-6, 0.01), integers().between(0, 1))
        .check((lev, mmShare, r, s) -> {
          IsolatedMargin m = IsolatedMargin.of(lev, mmShare * 0.999 / lev);
          PositionSide side = s == 0 ? LONG : SHORT;
          FundingRate adverse = FundingRate.of(side == LONG ? r : -r, H8);
          long n = m.settlementsToMaintenance(side, adverse).orElseThrow();
          return n >= 1 && m.liquidationDistanceAfter(side, adverse, n) == 0
              && m.liquidationDistanceAfter(side, adverse, n - 1) > 0;
        });
  }

  /**
   * Rates of exactly headroom / k are where {@code ceil(budget / paid)} can be one off either
   * way (the division rounds); the count must still be the definition's smallest n with
   * {@code n·|r| ≥ 1/L − m}, checked here by the product itself.
   */
  @Test
  void settlementsToMaintenance_atRatesThatDivideTheHeadroom_isTheSmallestSufficientCount() {
    int down = 0;
    int up = 0;
    for (double lev : new double[] {3, 7, 10, 20, 50, 125}) {
      for (double mm : new double[] {0, 0.004, 0.005}) {
        double budget = 1 / lev - mm;
        IsolatedMargin m = IsolatedMargin.of(lev, mm);
        for (int k = 1; k <= 2000; k++) {
          for (double r : new double[] {
              Math.nextDown(budget / k), budget / k, Math.nextUp(budget / k)}) {
            long n = m.settlementsToMaintenance(LONG, FundingRate.of(r, H8)).orElseThrow();
            assertTrue(n * r >= budget && (n - 1) * r < budget,
                "L " + lev + " m " + mm + " r " + r + " gave " + n);
            assertEquals(OptionalLong.of(n),
                m.settlementsToMaintenance(SHORT, FundingRate.of(-r, H8)));
            double quotient = Math.ceil(budget / r);
            down += n < quotient ? 1 : 0;
            up += n > quotient ? 1 : 0;
          }
        }
      }
    }
    // Not vacuous: for some of these rates the rounded quotient is one off in each direction.
    assertTrue(down > 0 && up > 0, "corrected down " + down + ", up " + up);
  }

  @Test
  void fundingDrag_ofExactly2To63Settlements_saturates() {
    // Headroom 1/2 and a rate of 2^-64 per settlement: 2^63 settlements exactly, one more than
    // Long.MAX_VALUE, so the count saturates (and the correction loops are never entered).
    assertEquals(OptionalLong.of(Long.MAX_VALUE), IsolatedMargin.of(2, 0)
        .settlementsToMaintenance(LONG, FundingRate.of(Math.scalb(1.0, -64), H8)));
  }

  @Test
  void fundingDrag_ofTrillionsOfSettlements_isCountedDirectly() {
    // Headroom 1/2, rate 2^-41: 2^40 = 1,099,511,627,776 settlements, exact in doubles. The
    // count comes from one division, not from stepping through the settlements.
    assertEquals(OptionalLong.of(1L << 40), IsolatedMargin.of(2, 0)
        .settlementsToMaintenance(LONG, FundingRate.of(Math.scalb(1.0, -41), H8)));
  }
}
