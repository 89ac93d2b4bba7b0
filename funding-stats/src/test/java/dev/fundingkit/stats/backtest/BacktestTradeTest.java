package dev.fundingkit.stats.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.testing.EqualsTester;
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
}
