package dev.fundingkit.core.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarketStructureTest {

  @Test
  void signDecidesTheStructure() {
    assertEquals(MarketStructure.CONTANGO, MarketStructure.of(1e-9));
    assertEquals(MarketStructure.BACKWARDATION, MarketStructure.of(-1e-9));
    assertEquals(MarketStructure.FLAT, MarketStructure.of(0.0));
    assertEquals(MarketStructure.FLAT, MarketStructure.of(-0.0));
  }
}
