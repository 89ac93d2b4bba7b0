package dev.fundingkit.core.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class FundingCapTest {

  @Test
  void symmetricAsymmetricAndNone() {
    FundingCap btc = FundingCap.symmetric(0.003);
    assertEquals(0.003, btc.apply(0.01), 0);
    assertEquals(-0.003, btc.apply(-0.01), 0);
    assertEquals(0.001, btc.apply(0.001), 0);
    assertTrue(btc.binds(0.0031));
    assertFalse(btc.binds(0.003));
    assertTrue(btc.isSymmetric());
    assertEquals("±0.3%", btc.toString());

    FundingCap skew = FundingCap.of(-0.005, 0.003);
    assertEquals(-0.005, skew.apply(-1), 0);
    assertFalse(skew.isSymmetric());
    assertEquals("[-0.5%, 0.3%]", skew.toString());

    FundingCap none = FundingCap.none();
    assertTrue(none.isNone());
    assertEquals(5.0, none.apply(5.0), 0);
    assertFalse(none.binds(1e300));
    assertEquals(Double.NEGATIVE_INFINITY, none.floor(), 0);
    assertEquals("none", none.toString());
    assertEquals(FundingCap.symmetric(0.0005), FundingCap.symmetric(0.004).scaledBy(0.125));
    assertEquals(none, none.scaledBy(8));
  }

  @Test
  void badInput_isRejectedNamingTheParameter() {
    assertEquals("cap must be > 0, was 0.0", assertThrows(IllegalArgumentException.class,
        () -> FundingCap.symmetric(0)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> FundingCap.symmetric(-0.01));
    assertThrows(IllegalArgumentException.class, () -> FundingCap.symmetric(Double.NaN));
    assertEquals("cap must be finite, was Infinity", assertThrows(IllegalArgumentException.class,
        () -> FundingCap.symmetric(Double.POSITIVE_INFINITY)).getMessage());
    assertEquals("floor must be <= 0, was 0.001", assertThrows(IllegalArgumentException.class,
        () -> FundingCap.of(0.001, 0.003)).getMessage());
    assertEquals("cap must be >= 0, was -0.001", assertThrows(IllegalArgumentException.class,
        () -> FundingCap.of(-0.003, -0.001)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> FundingCap.of(0, 0));
    assertThrows(IllegalArgumentException.class,
        () -> FundingCap.of(Double.NEGATIVE_INFINITY, 1));
    assertThrows(IllegalArgumentException.class, () -> FundingCap.none().scaledBy(0));
  }

  @Test
  void valueEquality() {
    new EqualsTester()
        .addEqualityGroup(FundingCap.symmetric(0.003), FundingCap.of(-0.003, 0.003))
        .addEqualityGroup(FundingCap.of(-0.003, 0.002))
        .addEqualityGroup(FundingCap.of(0.0, 0.002))
        .addEqualityGroup(FundingCap.none())
        .testEquals();
  }

  @Test
  void bounds_atZeroAreAllowed_andARateAtABoundDoesNotBind() {
    FundingCap capOnly = FundingCap.of(0, 0.01);
    assertEquals(0.0, capOnly.floor());
    FundingCap floorOnly = FundingCap.of(-0.01, 0);
    assertEquals(0.0, floorOnly.cap());
    FundingCap c = FundingCap.of(-0.0075, 0.0075);
    assertFalse(c.binds(0.0075));
    assertFalse(c.binds(-0.0075));
    assertTrue(c.binds(Math.nextUp(0.0075)));
    assertTrue(c.binds(Math.nextDown(-0.0075)));
  }

  @Test
  void zeroResults_arePositiveZero() {
    // assertEquals on doubles compares bits, so a -0.0 (which prints as "-0") fails here.
    assertEquals(0.0, FundingCap.of(-0.01, 0.01).apply(-0.0));
    FundingCap scaled = FundingCap.of(-0.0, 0.01).scaledBy(2);
    assertEquals(0.0, scaled.floor());
    assertEquals(0.02, scaled.cap(), 0);
    FundingCap scaledFloor = FundingCap.of(-0.01, -0.0).scaledBy(2);
    assertEquals(0.0, scaledFloor.cap());
    assertEquals(-0.02, scaledFloor.floor(), 0);
  }

  // ---------------------------------------------------------------- mutation-testing additions

  @Test
  void scaledBy_underflowingFloor_isPositiveZero() {
    // -MIN_VALUE × 0.5 rounds to -0.0
    FundingCap c = FundingCap.of(-Double.MIN_VALUE, 0.01).scaledBy(0.5);
    assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(c.floor()));
    assertEquals(0.005, c.cap(), 0);
  }

  @Test
  void hashCode_separatesCaps() {
    java.util.List<FundingCap> all = java.util.List.of(FundingCap.none(),
        FundingCap.symmetric(0.01), FundingCap.symmetric(0.02), FundingCap.of(-0.01, 0.02),
        FundingCap.of(-0.02, 0.01), FundingCap.of(0, 0.01));
    assertEquals(all.size(), all.stream().mapToInt(Object::hashCode).distinct().count());
  }

  @Test
  void parse_rejectsAnUnknownForm_sayingTheForms() {
    assertEquals("cap must look like 'none', '±0.3%' or '[-0.1%, 0.2%]', was 'tight'",
        assertThrows(IllegalArgumentException.class, () -> FundingCap.parse("tight"))
            .getMessage());
  }
}
