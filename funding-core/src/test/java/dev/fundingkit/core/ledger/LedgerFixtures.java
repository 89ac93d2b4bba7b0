package dev.fundingkit.core.ledger;

import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random but seeded settlement runs and positions for the ledger's properties. */
final class LedgerFixtures {

  static final Instant T0 = Instant.parse("2025-10-01T00:00:00Z");

  private LedgerFixtures() {}

  /** 8-hourly settlements that switch to hourly part way, as venues do under stress. */
  static List<Settlement> settlements(SplittableRandom rnd, int n) {
    List<Settlement> out = new ArrayList<>();
    Instant t = T0;
    Duration interval = Duration.ofHours(8);
    int switchAt = rnd.nextInt(n + 1);
    for (int i = 0; i < n; i++) {
      if (i == switchAt) {
        interval = Duration.ofHours(1);
      }
      t = t.plus(interval);
      double rate = rnd.nextDouble(-0.003, 0.003);
      out.add(Settlement.of(t, FundingRate.of(rate, interval), rnd.nextDouble(100, 100_000)));
    }
    return out;
  }

  /**
   * Size changes at random instants inside the run; about a third land exactly on a settlement
   * or exactly on a snapshot {@code settlement + toleranceSec}, the boundaries the rule is about.
   */
  static PositionHistory position(
      SplittableRandom rnd, List<Settlement> settlements, int k, long toleranceSec) {
    Instant last = settlements.get(settlements.size() - 1).time();
    long span = Duration.between(T0, last).toSeconds();
    java.util.TreeSet<Instant> times = new java.util.TreeSet<>();
    for (int i = 0; i < k; i++) {
      int kind = rnd.nextInt(6);
      Instant settled = settlements.get(rnd.nextInt(settlements.size())).time();
      times.add(kind == 0 ? settled
          : kind == 1 ? settled.plusSeconds(toleranceSec)
          : T0.plusSeconds(rnd.nextLong(0, span + 3600)));
    }
    List<SizeChange> changes = new ArrayList<>();
    for (Instant at : times) {
      changes.add(SizeChange.of(at, rnd.nextInt(5) == 0 ? 0 : rnd.nextDouble(-50, 50)));
    }
    return PositionHistory.of(changes);
  }
}
