package dev.fundingkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.stats.signal.SignalEvent;
import dev.fundingkit.stats.signal.SignalEvent.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReverseCarryBacktestTest {

  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final Duration H8 = Duration.ofHours(8);

  private static Instant at(int i) {
    return T0.plus(H8.multipliedBy(i));
  }

  private static Instant[] times(int n) {
    Instant[] t = new Instant[n];
    for (int i = 0; i < n; i++) {
      t[i] = at(i);
    }
    return t;
  }

  private static FundingRate[] rates(double... values) {
    FundingRate[] out = new FundingRate[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = FundingRate.of(values[i], H8);
    }
    return out;
  }

  private static SignalEvent event(int i, Kind kind) {
    return new SignalEvent(at(i), -0.001, -2.5, kind);
  }

  @Test
  void collectsTheSettlementsAfterEntryUpToAndIncludingExit_andPaysBorrow() {
    // Enter on print 1, exit on print 3: the ledger pays prints 2 and 3 (entry, exit].
    FundingRate[] r = rates(-0.004, -0.003, -0.002, -0.001, -0.005);
    ReverseCarryBacktest bt = ReverseCarryBacktest.run(times(5), r,
        List.of(event(1, Kind.ENTER), event(3, Kind.EXIT)), 0.0876);
    double borrow = 0.0876 * 16 / (365 * 24);
    assertEquals(1, bt.trades().size());
    BacktestTrade t = bt.trades().get(0);
    assertEquals(at(1), t.entry());
    assertEquals(at(3), t.exit());
    assertFalse(t.open());
    assertEquals(2, t.settlements());
    assertEquals(0.003, t.funding(), 1e-15);
    assertEquals(borrow, t.borrow(), 1e-15);
    assertEquals(0.003 - borrow, bt.net(), 1e-15);
    assertArrayEquals(new double[] {0, 0, 0.002, 0.003, 0.003}, bt.cumulativeFunding(), 1e-15);
    assertArrayEquals(new double[] {0, 0, borrow / 2, borrow, borrow}, bt.cumulativeBorrow(),
        1e-15);
    assertEquals(0.5, bt.timeInMarket(), 1e-12);
    assertEquals((0.003 - borrow) * 365 * 3 / 4, bt.annualisedNet(), 1e-12);
  }

  @Test
  void paysWhenFundingTurnsPositiveWhileHolding() {
    FundingRate[] r = rates(-0.004, 0.001, 0.002, -0.001);
    ReverseCarryBacktest bt = ReverseCarryBacktest.run(times(4), r,
        List.of(event(0, Kind.ENTER), event(2, Kind.EXIT)), 0);
    assertEquals(-0.003, bt.trades().get(0).funding(), 1e-15);
    assertEquals(-0.003, bt.net(), 1e-15);
  }

  @Test
  void aTrailingEntryIsHeldOpenToTheLastSettlement() {
    ReverseCarryBacktest bt = ReverseCarryBacktest.run(times(4), rates(-1e-3, -1e-3, -1e-3,
        -1e-3), List.of(event(1, Kind.ENTER)), 0.1);
    BacktestTrade t = bt.trades().get(0);
    assertTrue(t.open());
    assertEquals(at(3), t.exit());
    assertEquals(2, t.settlements());
    assertEquals(0.002, t.funding(), 1e-15);
  }

  @Test
  void anEntryOnTheLastPrintHoldsNothing() {
    ReverseCarryBacktest bt = ReverseCarryBacktest.run(times(3), rates(-1e-3, -1e-3, -1e-3),
        List.of(event(2, Kind.ENTER)), 0.1);
    assertTrue(bt.trades().isEmpty());
    assertEquals(0, bt.net());
  }

  @Test
  void noEvents_flatEquity() {
    ReverseCarryBacktest bt = ReverseCarryBacktest.run(times(3), rates(-1e-3, 1e-3, 0), List.of(),
        0.08);
    assertArrayEquals(new double[3], bt.equity());
    assertEquals(0, bt.timeInMarket());
  }

  @Test
  void rejectsBadInput() {
    Instant[] t = times(3);
    FundingRate[] r = rates(-1e-3, -1e-3, -1e-3);
    assertThrows(IllegalArgumentException.class, () -> ReverseCarryBacktest.run(t, r,
        List.of(event(1, Kind.EXIT)), 0.08));
    assertThrows(IllegalArgumentException.class, () -> ReverseCarryBacktest.run(t, r,
        List.of(), -0.01));
    assertThrows(IllegalArgumentException.class, () -> ReverseCarryBacktest.run(times(2), r,
        List.of(), 0.08));
    assertThrows(NullPointerException.class, () -> ReverseCarryBacktest.run(t, null,
        List.of(), 0.08));
  }
}
