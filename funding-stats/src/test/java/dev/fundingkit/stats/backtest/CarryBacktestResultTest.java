package dev.fundingkit.stats.backtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
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

  private static CarryBacktestResult withNets(double... nets) {
    List<BacktestTrade> trades = new java.util.ArrayList<>();
    for (int i = 0; i < nets.length; i++) {
      trades.add(trade(2 * i, 2 * i + 1, nets[i]));
    }
    long[] t = {T0.toEpochMilli(), T0.plus(H8).toEpochMilli()};
    return new CarryBacktestResult(BacktestStatus.COMPLETE, CarrySide.FORWARD, false, T0, T0,
        T0, T0.plus(H8), trades, t, new double[] {0, 1}, null, 1, false);
  }

  @Test
  void hitRate_countsOnlyStrictlyPositiveNets() {
    // 1 and 2 win, 0 does not: 2 of 3.
    assertEquals(2.0 / 3, withNets(1, 2, 0).hitRate().orElseThrow(), 0);
    assertEquals(0.0, withNets(0).hitRate().orElseThrow(), 0);
    assertEquals(CarrySide.FORWARD, withNets(1).side());
  }

  @Test
  void serialization_readsEveryFigureBack() {
    CarryBacktestResult r = withNets(1, -0.5);
    CarryBacktestResult back = SerializableTester.reserialize(r);
    assertEquals(r.status(), back.status());
    assertEquals(r.side(), back.side());
    assertEquals(r.trades(), back.trades());
    assertEquals(0.5, back.net(), 0);
    assertArrayEquals(r.equity(), back.equity());
    assertArrayEquals(r.equityEpochMillis(), back.equityEpochMillis());
    assertEquals(r.testFrom(), back.testFrom());
    assertEquals(r.testTo(), back.testTo());
  }
}
