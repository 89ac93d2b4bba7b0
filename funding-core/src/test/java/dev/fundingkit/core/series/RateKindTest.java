package dev.fundingkit.core.series;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RateKindTest {

  @Test
  void labelsAreLowerCase() {
    assertEquals("settled", RateKind.SETTLED.label());
    assertEquals("realized", RateKind.REALIZED.label());
    assertEquals("predicted", RateKind.PREDICTED.label());
    assertEquals("special", RateKind.SPECIAL.label());
  }
}
