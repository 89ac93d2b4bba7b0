package dev.fundingkit.core.carry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.rate.AnnualizationBasis;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CarryTradeTest {

  private static final Duration H8 = Duration.ofHours(8);
  private static final FundingRate NEG = FundingRate.ofPercent(-0.03, H8);

  @Test
  void of_choosesTheSideThatCollects() {
    assertEquals(CarrySide.REVERSE, CarryTrade.of(NEG, 0.08).side());
    assertEquals(CarrySide.FORWARD, CarryTrade.of(NEG.negated(), 0).side());
    assertEquals(CarrySide.FORWARD, CarryTrade.of(NEG.withValue(0), 0).side());
    CarryTrade t = CarryTrade.of(NEG, 0.08);
    assertEquals(Hedge.spot(0.08), t.hedge());
    assertEquals(AnnualizationBasis.SIMPLE, t.basis());
  }

  @Test
  void withX_changesOneComponent() {
    CarryTrade t = CarryTrade.of(NEG, 0.08);
    assertEquals(CarrySide.FORWARD, t.withSide(CarrySide.FORWARD).side());
    assertEquals(Hedge.none(), t.withHedge(Hedge.none()).hedge());
    assertEquals(AnnualizationBasis.COMPOUND,
        t.withBasis(AnnualizationBasis.COMPOUND).basis());
    assertEquals(NEG.negated(), t.withRate(NEG.negated()).rate());
    assertEquals(Hedge.spot(0.24), t.withBorrowStress(3).hedge());
  }

  @Test
  void badInput_namesParameterAndValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CarryTrade.of(NEG, -0.01));
    assertEquals("annualRate must be >= 0, was -0.01", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> CarryTrade.of(NEG, 0.08).withBorrowStress(Double.NaN));
    assertEquals("factor must be finite, was NaN", e.getMessage());
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester npt = new NullPointerTester()
        .setDefault(FundingRate.class, NEG)
        .setDefault(Hedge.class, Hedge.none());
    npt.testAllPublicStaticMethods(CarryTrade.class);
    npt.testAllPublicInstanceMethods(CarryTrade.of(NEG, 0.08));
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(CarryTrade.of(NEG, 0.08), CarryTrade.of(
            FundingRate.parse("-0.03%/8h"), CarrySide.REVERSE, new SpotHedge(0.08),
            AnnualizationBasis.SIMPLE))
        .addEqualityGroup(CarryTrade.of(NEG, 0.09))
        .addEqualityGroup(CarryTrade.of(NEG, 0.08).withSide(CarrySide.FORWARD))
        .addEqualityGroup(CarryTrade.of(NEG, 0.08).withBasis(AnnualizationBasis.COMPOUND))
        .addEqualityGroup(CarryTrade.of(NEG.withValue(-0.0002), 0.08))
        .testEquals();
  }

  @Test
  void toString_saysSideRateAndHedge() {
    String s = CarryTrade.of(NEG, 0.08).toString();
    assertTrue(s.startsWith("REVERSE carry at -0.03%/8h"), s);
  }

  @Test
  void economics_belongsToItsTrade_andIsEqualForEqualTrades() {
    CarryTrade t = CarryTrade.of(NEG, 0.08);
    assertSame(t, t.economics().trade());
    // A distinct but equal trade (the rate parsed from text, not the same instance) gives an
    // equal economics: equality is by value, not by identity.
    CarryTrade same = CarryTrade.of(FundingRate.parse("-0.03%/8h"), 0.08);
    assertNotSame(t, same);
    assertEquals(t.economics(), same.economics());
    assertEquals(t.economics().hashCode(), same.economics().hashCode());
    assertNotEquals(t.economics(), CarryTrade.of(NEG, 0.09).economics());
    // Worked by hand: 0.03 % per 8 h collected 3 × 365 = 1,095 times a year (simple basis)
    // is 32.85 %, less the 8 % borrow.
    assertEquals(0.3285, t.economics().fundingYield(), 1e-12);
    assertEquals(0.08, t.economics().hedgeCost(), 1e-12);
    assertEquals(0.2485, t.economics().netYield(), 1e-12);
  }
}
