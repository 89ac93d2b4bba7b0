package dev.fundingkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BacktestTradeTest {

  private static final Instant A = Instant.parse("2024-01-01T00:00:00Z");
  private static final Instant B = A.plus(Duration.ofHours(16));

  @Test
  void holdingAndNet() {
    BacktestTrade t = new BacktestTrade(A, B, false, 2, 0.003, 0.0001);
    assertEquals(Duration.ofHours(16), t.holding());
    assertEquals(0.0029, t.net(), 1e-18);
  }

  @Test
  void validates() {
    assertThrows(IllegalArgumentException.class, () -> new BacktestTrade(B, A, false, 2, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new BacktestTrade(A, B, false, -1, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new BacktestTrade(A, B, false, 1,
        Double.NaN, 0));
    assertThrows(IllegalArgumentException.class, () -> new BacktestTrade(A, B, false, 1, 0,
        -1e-9));
    assertThrows(NullPointerException.class, () -> new BacktestTrade(null, B, false, 1, 0, 0));
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(new BacktestTrade(A, B, false, 2, 0.003, 0),
            new BacktestTrade(A, B, false, 2, 0.003, -0.0))
        .addEqualityGroup(new BacktestTrade(A, B, true, 2, 0.003, 0))
        .testEquals();
  }
}
