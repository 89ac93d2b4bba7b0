package dev.fundingkit.core.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PositionSideTest {

  @Test
  void opposite_swapsTheSides() {
    assertEquals(PositionSide.SHORT, PositionSide.LONG.opposite());
    assertEquals(PositionSide.LONG, PositionSide.SHORT.opposite());
  }

  @Test
  void cashFlowSign_longPaysAPositiveRate_shortReceivesIt() {
    assertEquals(-1, PositionSide.LONG.cashFlowSign());
    assertEquals(1, PositionSide.SHORT.cashFlowSign());
  }
}
