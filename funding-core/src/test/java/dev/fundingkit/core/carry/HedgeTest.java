package dev.fundingkit.core.carry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HedgeTest {

  private static final Duration D30 = Duration.ofDays(30);

  @Test
  void spot_costsItsRate_andStressScalesIt() {
    SpotHedge h = Hedge.spot(0.05);
    assertEquals(0.05, h.annualCost(), 0);
    assertEquals(Hedge.spot(0.5), h.stressBorrow(10));
    assertEquals(0.07, h.withAnnualRate(0.07).annualRate(), 0);
    assertFalse(h.directional());
    assertEquals("borrow of short spot", h.costLabel(CarrySide.REVERSE));
  }

  @Test
  void option_amortisesPremiumOverLife() {
    OptionHedge h = Hedge.option(0.02, D30);
    assertEquals(0.02 * 365 / 30, h.annualCost(), 1e-15);
    assertSame(h, h.stressBorrow(3));
    assertEquals(0.01, h.withPremium(0.01).premium(), 0);
    assertEquals(D30.multipliedBy(2), h.withLife(D30.multipliedBy(2)).life());
    assertEquals("call premium amortised over 720h", h.costLabel(CarrySide.FORWARD));
  }

  @Test
  void none_costsNothing_andIsDirectional() {
    NoHedge h = Hedge.none();
    assertEquals(0.0, h.annualCost(), 0);
    assertTrue(h.directional());
    assertSame(h, h.stressBorrow(3));
    assertTrue(h.costLabel(CarrySide.FORWARD).startsWith("unhedged: directional short perp"));
  }

  @Test
  void badInput_namesParameterAndValue() {
    assertEquals("annualRate must be finite, was NaN", assertThrows(
        IllegalArgumentException.class, () -> Hedge.spot(Double.NaN)).getMessage());
    assertEquals("premium must be >= 0, was -0.1", assertThrows(
        IllegalArgumentException.class, () -> Hedge.option(-0.1, D30)).getMessage());
    assertEquals("life must be positive, was PT-1H", assertThrows(
        IllegalArgumentException.class, () -> Hedge.option(0.1, Duration.ofHours(-1)))
        .getMessage());
    assertEquals("factor must be >= 0, was -2.0", assertThrows(
        IllegalArgumentException.class, () -> Hedge.none().stressBorrow(-2)).getMessage());
    assertEquals(0, Double.compare(0.0, Hedge.spot(-0.0).annualRate()));
  }

  @Test
  void nullsAndEquality() {
    NullPointerTester npt = new NullPointerTester().setDefault(Duration.class, D30);
    npt.testAllPublicStaticMethods(Hedge.class);
    npt.testAllPublicConstructors(OptionHedge.class);
    npt.testAllPublicInstanceMethods(Hedge.spot(0.05));
    npt.testAllPublicInstanceMethods(Hedge.option(0.02, D30));
    npt.testAllPublicInstanceMethods(Hedge.none());
    new EqualsTester()
        .addEqualityGroup(Hedge.spot(0.05), new SpotHedge(0.05))
        .addEqualityGroup(Hedge.spot(0.0))
        .addEqualityGroup(Hedge.option(0.02, D30), new OptionHedge(0.02, Duration.ofHours(720)))
        .addEqualityGroup(Hedge.option(0.02, D30.plusDays(1)))
        .addEqualityGroup(Hedge.none(), new NoHedge())
        .testEquals();
  }
}
