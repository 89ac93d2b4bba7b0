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

  @Test
  void decimals_zeroAndEighteenAreTheEnds() {
    assertEquals(0, PublishedPrecision.of(0, RoundingMode.HALF_UP).decimals());
    assertEquals(18, PublishedPrecision.of(18, RoundingMode.HALF_UP).decimals());
    assertThrows(IllegalArgumentException.class,
        () -> PublishedPrecision.of(-1, RoundingMode.HALF_UP));
    assertThrows(IllegalArgumentException.class,
        () -> PublishedPrecision.of(19, RoundingMode.HALF_UP));
    // Zero decimals rounds to whole units; it is not "unrounded".
    assertEquals(false, PublishedPrecision.of(0, RoundingMode.HALF_UP).isUnrounded());
    assertEquals(1.0, PublishedPrecision.of(0, RoundingMode.HALF_UP).round(0.5), 0);
    assertEquals(true, PublishedPrecision.unrounded().isUnrounded());
  }

  /**
   * {@code round}'s and {@code decimal}'s {@code + 0.0} cannot be observed: BigDecimal has no
   * negative zero, so {@code BigDecimal.valueOf(-0.0)} and the {@code doubleValue()} of a zero
   * are +0 whichever way the mutated addition goes (equivalent mutants). The result is still
   * pinned here.
   */
  @Test
  void roundingToZero_givesPositiveZero() {
    assertEquals(0.0, PublishedPrecision.of(8, RoundingMode.HALF_UP).round(-1e-12));
    assertEquals(0.0, PublishedPrecision.of(8, RoundingMode.HALF_UP).round(-0.0));
  }

  @Test
  void hashCode_separatesPrecisions() {
    java.util.Set<Integer> hashes = new java.util.HashSet<>();
    for (int d = 0; d <= 18; d++) {
      hashes.add(PublishedPrecision.of(d, RoundingMode.HALF_UP).hashCode());
      hashes.add(PublishedPrecision.of(d, RoundingMode.HALF_EVEN).hashCode());
    }
    assertEquals(38, hashes.size());
  }

  @Test
  void parse_rejectsAnUnknownModeAndAnUnknownForm_sayingTheForms() {
    String forms = "precision must look like '8dp HALF_UP' or 'unrounded', was ";
    assertEquals(forms + "'8dp SIDEWAYS'", assertThrows(IllegalArgumentException.class,
        () -> PublishedPrecision.parse("8dp SIDEWAYS")).getMessage());
    assertEquals(forms + "'eight'", assertThrows(IllegalArgumentException.class,
        () -> PublishedPrecision.parse("eight")).getMessage());
  }
}
