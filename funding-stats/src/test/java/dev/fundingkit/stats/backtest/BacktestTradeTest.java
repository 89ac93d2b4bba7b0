package dev.fundingkit.stats.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.SerializableTester;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BacktestTradeTest {

  private static final Instant IN = Instant.parse("2025-01-01T00:00:00Z");
  private static final Instant OUT = IN.plus(Duration.ofHours(36));

  @Test
  void netIsFundingLessBorrowAndFeesPlusBasis() {
    BacktestTrade t = new BacktestTrade(IN, OUT, false, 4, 0, 3.0, 0.5, 1.0, -0.25, false);
    assertEquals(1.25, t.net(), 1e-15);               // 3 − 0.5 − 1 − 0.25
    assertEquals(36.0, t.heldHours(), 0);
    BacktestTrade unjudged = new BacktestTrade(IN, OUT, false, 4, 0, 3.0, 0.5, 1.0, null, false);
    assertEquals(1.5, unjudged.net(), 1e-15);         // basis not judged adds nothing
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(new BacktestTrade(IN, OUT, false, 4, 0, 3, 0.5, 1, null, false),
            new BacktestTrade(IN, OUT, false, 4, 0, 3, 0.5, 1, null, false))
        .addEqualityGroup(new BacktestTrade(IN, OUT, true, 4, 0, 3, 0.5, 1, null, false))
        .addEqualityGroup(new BacktestTrade(IN, OUT, false, 4, 0, 3, 0.5, 1, 0.0, false))
        .addEqualityGroup(new BacktestTrade(IN, OUT, false, 4, 1, 3, 0.5, 1, null, true))
        .testEquals();
  }

  @Test
  void negativeZeroFigures_areStoredAsPlusZero() {
    // assertEquals(double, double) without a delta tells 0.0 from -0.0.
    BacktestTrade t = new BacktestTrade(IN, OUT, false, 4, 0, -0.0, -0.0, -0.0, -0.0, false);
    assertEquals(0.0, t.funding());
    assertEquals(0.0, t.borrow());
    assertEquals(0.0, t.fees());
    assertEquals(0.0, t.basisPnl().orElseThrow());
    assertEquals(new BacktestTrade(IN, OUT, false, 4, 0, 0.0, 0.0, 0.0, 0.0, false), t);
  }

  @Test
  void openAndGap_showInTheAccessorsAndTheText() {
    BacktestTrade open = new BacktestTrade(IN, OUT, true, 4, 1, 3, 0.5, 1, null, true);
    assertTrue(open.open());
    assertTrue(open.spansGap());
    assertEquals("BacktestTrade[2025-01-01T00:00:00Z → 2025-01-02T12:00:00Z (open), "
        + "4 settlements, funding 3.0, borrow 0.5, fees 1.0, basis not judged, net 1.5, "
        + "spans a gap]", open.toString());
    BacktestTrade closed = new BacktestTrade(IN, OUT, false, 4, 0, 3, 0.5, 1, 0.25, false);
    assertFalse(closed.open());
    assertEquals("BacktestTrade[2025-01-01T00:00:00Z → 2025-01-02T12:00:00Z, "
        + "4 settlements, funding 3.0, borrow 0.5, fees 1.0, basis 0.25, net 1.75]",
        closed.toString());
    assertNotEquals(open.hashCode(), closed.hashCode());
  }

  @Test
  void serialization_roundTripsEqual() {
    SerializableTester.reserializeAndAssert(
        new BacktestTrade(IN, OUT, true, 4, 1, 3, 0.5, 1, -0.25, true));
  }
}
