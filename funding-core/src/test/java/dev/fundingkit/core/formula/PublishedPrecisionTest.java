package dev.fundingkit.core.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class PublishedPrecisionTest {

  private static final PublishedPrecision BINANCE = PublishedPrecision.of(8, RoundingMode.HALF_UP);

  @Test
  void binanceStrings_haveEightDecimals() {
    assertEquals("0.00010000", BINANCE.publish(0.0001));
    assertEquals("-0.00005000", BINANCE.publish(-0.00005));
    assertEquals("-0.00307000", BINANCE.publish(-0.00307));
    assertEquals("0.00038246", BINANCE.publish(0.000382456));
    assertEquals("0.00000000", BINANCE.publish(-1e-12));
    assertEquals(0.00038246, BINANCE.round(0.000382456), 0);
    assertEquals("8dp HALF_UP", BINANCE.toString());
  }

  @Test
  void roundingModeIsHonoured_fromTheShortestDecimal() {
    // 0.000125 reads as the decimal 0.000125: HALF_UP goes up, HALF_EVEN and DOWN do not.
    assertEquals("0.00013", PublishedPrecision.of(5, RoundingMode.HALF_UP).publish(0.000125));
    assertEquals("0.00012", PublishedPrecision.of(5, RoundingMode.HALF_EVEN).publish(0.000125));
    assertEquals("-0.00012", PublishedPrecision.of(5, RoundingMode.DOWN).publish(-0.000129));
  }

  @Test
  void unrounded_isThePlainShortestDecimal() {
    assertEquals("-0.001535", PublishedPrecision.unrounded().publish(-0.001535));
    assertEquals("0.0000125", PublishedPrecision.unrounded().publish(0.0000125));
    assertEquals("0.0", PublishedPrecision.unrounded().publish(-0.0));
    assertEquals(-1, PublishedPrecision.unrounded().decimals());
    assertEquals(RoundingMode.UNNECESSARY, PublishedPrecision.unrounded().mode());
    assertEquals("unrounded", PublishedPrecision.unrounded().toString());
  }

  @Test
  void badInput_andEquality() {
    assertEquals("decimals must be in [0, 18], was 19", assertThrows(
        IllegalArgumentException.class,
        () -> PublishedPrecision.of(19, RoundingMode.HALF_UP)).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> PublishedPrecision.of(-1, RoundingMode.HALF_UP));
    assertThrows(IllegalArgumentException.class,
        () -> PublishedPrecision.of(8, RoundingMode.UNNECESSARY));
    assertEquals("rate must be finite, was NaN", assertThrows(IllegalArgumentException.class,
        () -> BINANCE.publish(Double.NaN)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> BINANCE.round(Double.NEGATIVE_INFINITY));
    new NullPointerTester().testAllPublicStaticMethods(PublishedPrecision.class);
    new EqualsTester()
        .addEqualityGroup(BINANCE, PublishedPrecision.of(8, RoundingMode.HALF_UP))
        .addEqualityGroup(PublishedPrecision.of(8, RoundingMode.DOWN))
        .addEqualityGroup(PublishedPrecision.of(10, RoundingMode.HALF_UP))
        .addEqualityGroup(PublishedPrecision.unrounded())
        .testEquals();
  }
}
