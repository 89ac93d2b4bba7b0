package dev.fundingkit.core.carry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class YieldLineTest {

  @Test
  void validatesAndNormalises() {
    assertEquals("annualYield must be finite, was Infinity", assertThrows(
        IllegalArgumentException.class,
        () -> new YieldLine("x", Double.POSITIVE_INFINITY)).getMessage());
    assertEquals(0, Double.compare(0.0, new YieldLine("x", -0.0).annualYield()));
    new NullPointerTester().testAllPublicConstructors(YieldLine.class);
    new EqualsTester()
        .addEqualityGroup(new YieldLine("a", 0.1), new YieldLine("a", 0.1))
        .addEqualityGroup(new YieldLine("b", 0.1))
        .addEqualityGroup(new YieldLine("a", 0.2))
        .testEquals();
  }
}
