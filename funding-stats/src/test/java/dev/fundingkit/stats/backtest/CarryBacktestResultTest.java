package dev.fundingkit.stats.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.carry.CarrySide;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CarryBacktestResultTest {

  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  private static final Duration H8 = Duration.ofHours(8);

  private static BacktestTrade trade(int from, int to, double net) {
    return new BacktestTrade(T0.plus(H8.multipliedBy(from)), T0.plus(H8.multipliedBy(to)),
        false, to - from, 0, net, 0, 0, null, false);
  }

  @Test
  void summaryFigures_fromTradesAndEquity() {
    long[] t = {0, 1, 2, 3, 4};
    for (int i = 0; i < t.length; i++) {
      t[i] = T0.plus(H8.multipliedBy(i)).toEpochMilli();
    }
    // equity 0, 3, 1, 2, −1: peaks 3 then falls to −1, drawdown 4
    CarryBacktestResult r = new CarryBacktestResult(BacktestStatus.COMPLETE, CarrySide.REVERSE,
        true, T0.minus(H8), T0, T0, T0.plus(H8.multipliedBy(4)),
        List.of(trade(0, 1, 3), trade(2, 3, -4)), t, new double[] {0, 3, 1, 2, -1}, null, 1,
        false);
    assertEquals(-1.0, r.net(), 0);                                   // 3 − 4
    assertEquals(4.0, r.maxDrawdown(), 0);
    assertEquals(0.5, r.hitRate().orElseThrow(), 0);
    assertEquals(0.5, r.timeInMarket().orElseThrow(), 0);             // 16 h of 32 h
    assertEquals(-1.0 * 365 * 24 / 32, r.netAnnualized().orElseThrow(), 1e-12);
    assertTrue(r.basisPnl().isEmpty());
    assertTrue(r.levels().isEmpty());
    assertEquals(t[4], r.equityEpochMillis()[4]);
    new NullPointerTester().testAllPublicInstanceMethods(r);
  }
}
