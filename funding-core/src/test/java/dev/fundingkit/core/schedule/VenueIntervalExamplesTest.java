package dev.fundingkit.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * venues.md §17 examples 12, 13, 14 and 20, replayed through {@link IntervalSimulator}. Each
 * row's name carries the example number and its source document.
 */
class VenueIntervalExamplesTest {

  private static Instant at(String iso) {
    return Instant.parse(iso);
  }

  /** Hourly settlements in [from, to], rate {@code quiet} from {@code quietFrom}, else loud. */
  private static List<SettledRate> hourly(String from, String to, String quietFrom,
      double loud, double quiet, double limit) {
    List<SettledRate> out = new ArrayList<>();
    for (Instant t = at(from); !t.isAfter(at(to)); t = t.plus(Duration.ofHours(1))) {
      out.add(SettledRate.of(t, t.isBefore(at(quietFrom)) ? loud : quiet, limit));
    }
    return out;
  }

  /** Expected change: effective after, new schedule, first settlement, rule; or none. */
  record Expected(String after, SettlementSchedule to, String first, IntervalRule rule) {}

  static Stream<Arguments> examples() {
    return Stream.of(
        // 12: BTCUSDT (cap ±0.3%) settles −0.3% at 08:00 → hourly from 09:00
        Arguments.of("example12_binanceCapTouch_settledFloorAt0800_hourlyFrom0900_"
                + "announcement2025_05", IntervalRules.BINANCE_USDM, "BTCUSDT",
            SettlementSchedule.EIGHT_HOURLY,
            List.of(SettledRate.of(at("2025-05-06T00:00:00Z"), -0.0001, 0.003),
                SettledRate.of(at("2025-05-06T08:00:00Z"), -0.003, 0.003)),
            List.of(new Expected("2025-05-06T08:00:00Z", SettlementSchedule.HOURLY,
                "2025-05-06T09:00:00Z", IntervalRules.BINANCE_USDM_CAP_TO_1H))),
        // 12: −0.3% touched at 07:45 but −0.25% settled at 08:00 → no change (only settled
        // values are inputs; the 07:45 touch never reaches the simulator)
        Arguments.of("example12_binanceIntraPeriodTouch_settled025_noChange_announcement2025_05",
            IntervalRules.BINANCE_USDM, "BTCUSDT", SettlementSchedule.EIGHT_HOURLY,
            List.of(SettledRate.of(at("2025-05-06T00:00:00Z"), -0.0001, 0.003),
                SettledRate.of(at("2025-05-06T08:00:00Z"), -0.0025, 0.003)),
            List.of()),
        // 13: ZKPUSDT quiet (|F| ≤ 0.025%) for the 16 hours 2026-01-01 21:00 .. 2026-01-02
        // 12:00 UTC (05:00 .. 20:00 UTC+8) → 4h, first 4h settlement 16:00 UTC (00:00 UTC+8)
        Arguments.of("example13_binanceRevertV2_zkpusdt16QuietHours_first4hAt1600Utc_"
                + "announcement2026_01_02", IntervalRules.BINANCE_USDM, "ZKPUSDT",
            SettlementSchedule.HOURLY,
            hourly("2026-01-01T12:00:00Z", "2026-01-02T15:00:00Z", "2026-01-01T21:00:00Z",
                0.0005, 0.0001, 0.02),
            List.of(new Expected("2026-01-02T12:00:00Z", SettlementSchedule.FOUR_HOURLY,
                "2026-01-02T16:00:00Z", IntervalRules.BINANCE_USDM_REVERT_TO_4H_V2))),
        // 14: TREEUSDT |F| ≤ 0.002% every hour 2025-08-30 03:00 .. 2025-08-31 14:00 (36
        // settlements: 21 on the 30th, 15 on the 31st) → the 37th cycle (14:00–15:00, "switch at
        // 15:00") is on the 4h grid, whose first settlement is 16:00
        Arguments.of("example14_binanceRevertV1_treeusdt36QuietHours_switchAt15_first4hAt16_"
                + "announcement2025_08_31", IntervalRules.BINANCE_USDM, "TREEUSDT",
            SettlementSchedule.HOURLY,
            hourly("2025-08-29T20:00:00Z", "2025-08-31T14:00:00Z", "2025-08-30T03:00:00Z",
                0.0003, 0.00001, 0.02),
            List.of(new Expected("2025-08-31T14:00:00Z", SettlementSchedule.FOUR_HOURLY,
                "2025-08-31T16:00:00Z", IntervalRules.BINANCE_USDM_TREEUSDT_REVERT_PILOT))),
        // 14, any other symbol: the general v1 rule only judges settlements from 2025-09-01
        Arguments.of("example14_binanceRevertV1_otherSymbolBeforeRuleStart_noChange_"
                + "announcement2025_08_31", IntervalRules.BINANCE_USDM, "OTHERUSDT",
            SettlementSchedule.HOURLY,
            hourly("2025-08-29T20:00:00Z", "2025-08-31T23:00:00Z", "2025-08-30T03:00:00Z",
                0.0003, 0.00001, 0.02),
            List.of()),
        // 20: Bybit 4h contract, limit ±2%, settles +2% at 08:00 UTC+8 (00:00 UTC) → hourly,
        // next settlement 09:00 UTC+8 (01:00 UTC)
        Arguments.of("example20_bybitCapSwitch_settled2PercentAt0800Utc8_hourlyFrom0900_"
                + "pressRelease2025_10", IntervalRules.BYBIT, "INJUSDT",
            SettlementSchedule.FOUR_HOURLY,
            List.of(SettledRate.of(at("2025-11-09T20:00:00Z"), 0.001, 0.02),
                SettledRate.of(at("2025-11-10T00:00:00Z"), 0.02, 0.02)),
            List.of(new Expected("2025-11-10T00:00:00Z", SettlementSchedule.HOURLY,
                "2025-11-10T01:00:00Z", IntervalRules.BYBIT_CAP_TO_1H))),
        // 20: settles +1% under the ±2% limit → unchanged
        Arguments.of("example20_bybitSettled1Percent_unchanged_pressRelease2025_10",
            IntervalRules.BYBIT, "INJUSDT", SettlementSchedule.FOUR_HOURLY,
            List.of(SettledRate.of(at("2025-11-09T20:00:00Z"), 0.001, 0.02),
                SettledRate.of(at("2025-11-10T00:00:00Z"), 0.01, 0.02)),
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void venueExample(String name, List<IntervalRule> rules, String symbol,
      SettlementSchedule initial, List<SettledRate> settled, List<Expected> expected) {
    IntervalSimulation sim =
        IntervalSimulator.of(rules).withSymbol(symbol).simulate(initial, settled);
    assertEquals(expected.size(), sim.changes().size(), () -> name + ": " + sim.changes());
    for (int i = 0; i < expected.size(); i++) {
      Expected e = expected.get(i);
      ScheduleChange c = sim.changes().get(i);
      assertEquals(at(e.after()), c.effectiveAfter(), name);
      assertEquals(e.to(), c.to(), name);
      assertEquals(at(e.first()), c.firstSettlement(), name);
      assertEquals(e.rule().name(), c.rule(), name);
      assertEquals(at(e.first()), sim.schedule().nextAfter(at(e.after())), name);
    }
  }

  @Test
  void example14_treeusdtTimeline_matchesTheAnnouncement_announcement2025_08_31() {
    List<SettledRate> rates = hourly("2025-08-29T20:00:00Z", "2025-08-31T14:00:00Z",
        "2025-08-30T03:00:00Z", 0.0003, 0.00001, 0.02);
    long quiet = rates.stream().filter(r -> Math.abs(r.rate()) <= 0.00002).count();
    assertEquals(36, quiet); // 03:00 Aug 30 .. 14:00 Aug 31 inclusive: 21 + 15
    IntervalSimulation sim = IntervalSimulator.of(IntervalRules.BINANCE_USDM)
        .withSymbol("TREEUSDT").simulate(SettlementSchedule.HOURLY, rates);
    PiecewiseSchedule s = sim.schedule();
    // the announcement's timeline: 13:00, 14:00 hourly; 16:00, 20:00, 00:00 four-hourly
    assertEquals(List.of(at("2025-08-31T13:00:00Z"), at("2025-08-31T14:00:00Z"),
            at("2025-08-31T16:00:00Z"), at("2025-08-31T20:00:00Z"), at("2025-09-01T00:00:00Z")),
        s.settlementsBetween(at("2025-08-31T12:00:00Z"), at("2025-09-01T00:00:00Z")));
    assertFalse(s.isSettlement(at("2025-08-31T15:00:00Z")));
    assertEquals("36 consecutive settlements on 1h@00:00 with |F| <= 0.002%",
        sim.changes().get(0).reason());
  }
}
