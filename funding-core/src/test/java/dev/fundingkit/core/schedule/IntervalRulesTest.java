package dev.fundingkit.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IntervalRulesTest {

  private static List<IntervalRule> all() {
    return Stream.of(IntervalRules.BINANCE_USDM, IntervalRules.BYBIT, IntervalRules.GATE,
            IntervalRules.OKX)
        .flatMap(List::stream).toList();
  }

  @Test
  void of_findsEveryConstantByName() {
    assertEquals(9, all().size());
    for (IntervalRule rule : all()) {
      assertSame(rule, IntervalRule.of(rule.name()));
      assertSame(rule, IntervalRules.of(rule.name()));
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IntervalRule.of("KUCOIN_CAP_TO_1H"));
    assertTrue(e.getMessage().endsWith(", was 'KUCOIN_CAP_TO_1H'"), e.getMessage());
  }

  @Test
  void effectiveDates_asPublished() {
    assertEquals(Instant.parse("2025-05-02T08:00:00Z"),
        IntervalRules.BINANCE_USDM_CAP_TO_1H.effectiveFrom());
    assertEquals(Instant.parse("2025-09-01T00:00:00Z"),
        IntervalRules.BINANCE_USDM_REVERT_TO_4H_V1.effectiveFrom());
    assertEquals(IntervalRules.BINANCE_USDM_REVERT_TO_4H_V2.effectiveFrom(),
        IntervalRules.BINANCE_USDM_REVERT_TO_4H_V1.effectiveUntil());
    assertEquals(Instant.parse("2026-01-02T12:00:00Z"),
        IntervalRules.BINANCE_USDM_REVERT_TO_4H_V2.effectiveFrom());
    assertEquals(Instant.parse("2025-10-30T08:00:00Z"),
        IntervalRules.BYBIT_CAP_TO_1H.effectiveFrom());
    IntervalRule v1 = IntervalRules.BINANCE_USDM_REVERT_TO_4H_V1;
    assertTrue(v1.isInForceAt(Instant.parse("2025-09-01T00:00:00Z")));
    assertFalse(v1.isInForceAt(Instant.parse("2026-01-02T12:00:00Z")));
    assertFalse(v1.isInForceAt(Instant.parse("2025-08-31T23:00:00Z")));
    assertTrue(IntervalRules.GATE_LIMIT_TO_1H.isInForceAt(Instant.EPOCH));
  }

  @Test
  void exemptions() {
    assertFalse(IntervalRules.BINANCE_USDM_CAP_TO_1H.appliesTo("XAUUSDT", true));
    assertTrue(IntervalRules.BINANCE_USDM_CAP_TO_1H.appliesTo("BTCUSDT", false));
    assertFalse(IntervalRules.BYBIT_CAP_TO_1H.appliesTo("ETHWUSDT", false));
    assertTrue(IntervalRules.BYBIT_CAP_TO_1H.appliesTo("INJUSDT", false));
    assertTrue(IntervalRules.BINANCE_USDM_TREEUSDT_REVERT_PILOT.appliesTo("TREEUSDT", false));
    assertFalse(IntervalRules.BINANCE_USDM_TREEUSDT_REVERT_PILOT.appliesTo("ZKPUSDT", false));
    assertTrue(IntervalRules.GATE_REVERT_TO_4H.appliesTo("XAU_USDT", true));
  }

  @Test
  void evaluate_rejectsAnEmptyHistory_andIgnoresOtherSchedules() {
    for (IntervalRule rule : all()) {
      assertThrows(IllegalArgumentException.class,
          () -> rule.evaluate(SettlementSchedule.HOURLY, List.of()));
    }
    SettledRate capped = SettledRate.of(Instant.parse("2026-03-02T00:00:00Z"), 0.02, 0.02);
    assertTrue(IntervalRules.BINANCE_USDM_CAP_TO_1H
        .evaluate(SettlementSchedule.HOURLY, List.of(capped)).isEmpty());
    SettledRate quiet = SettledRate.of(Instant.parse("2026-03-02T00:00:00Z"), 0, 0.02);
    assertTrue(IntervalRules.GATE_REVERT_TO_4H.evaluate(SettlementSchedule.EIGHT_HOURLY,
        java.util.Collections.nCopies(20, quiet)).isEmpty());
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester npt = new NullPointerTester()
        .setDefault(SettlementSchedule.class, SettlementSchedule.HOURLY)
        .setDefault(List.class,
            List.of(SettledRate.of(Instant.parse("2026-03-02T00:00:00Z"), 0, 0.02)))
        .setDefault(String.class, "BTCUSDT");
    npt.testAllPublicStaticMethods(IntervalRules.class);
    for (IntervalRule rule : all()) {
      npt.testAllPublicInstanceMethods(rule);
    }
  }

  @Test
  void okx_capTouchGoesStraightTo1hBefore2026_04_14_thenOneStepAtATime() {
    SettlementSchedule h8 = SettlementSchedule.EIGHT_HOURLY;
    SettledRate earlyCap = SettledRate.of(Instant.parse("2026-04-13T16:00:00Z"), 0.0075, 0.0075);
    assertEquals(SettlementSchedule.HOURLY,
        IntervalRules.OKX_CAP_TO_1H.evaluate(h8, List.of(earlyCap)).orElseThrow().to());
    assertFalse(IntervalRules.OKX_CAP_TO_1H.isInForceAt(Instant.parse("2026-04-14T00:00:00Z")));
    SettledRate cap = SettledRate.of(Instant.parse("2026-04-14T08:00:00Z"), 0.0075, 0.0075);
    IntervalRule step = IntervalRules.OKX_CAP_STEP_FASTER;
    assertTrue(step.isInForceAt(cap.instant()));
    // 8 h → 4 h → 2 h → 1 h, then nothing faster.
    assertEquals(SettlementSchedule.FOUR_HOURLY, step.evaluate(h8, List.of(cap)).orElseThrow().to());
    assertEquals(java.time.Duration.ofHours(2), step.evaluate(SettlementSchedule.FOUR_HOURLY,
        List.of(cap)).orElseThrow().to().interval());
    assertTrue(step.evaluate(SettlementSchedule.HOURLY, List.of(cap)).isEmpty());
    SettledRate calm = SettledRate.of(Instant.parse("2026-04-14T08:00:00Z"), 0.0001, 0.0075);
    assertTrue(step.evaluate(h8, List.of(calm)).isEmpty());
  }

  @Test
  void announced_bitmexXbtusd8hTo2h_changesAfterTheLastSettlementBeforeTheInstant() {
    SettlementSchedule h8at04 = SettlementSchedule.EIGHT_HOURLY_AT_04;
    SettlementSchedule h2 = SettlementSchedule.of(java.time.Duration.ofHours(2));
    IntervalRule rule = IntervalRules.announced("XBTUSD", Instant.parse("2026-03-01T12:00:00Z"),
        h8at04, h2, "BitMEX announcement (user-supplied)");
    assertTrue(rule.appliesTo("XBTUSD", false));
    assertFalse(rule.appliesTo("ETHUSD", false));
    // 04:00 settles on 8 h; its next 8-hourly settlement 12:00 is the announced instant.
    ScheduleChange c = rule.evaluate(h8at04,
        List.of(SettledRate.of(Instant.parse("2026-03-01T04:00:00Z"), 0.0001, 0.00375)))
        .orElseThrow();
    assertEquals(h2, c.to());
    assertTrue(rule.evaluate(h8at04, List.of(SettledRate.of(
        Instant.parse("2026-02-28T20:00:00Z"), 0.0001, 0.00375))).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> IntervalRules.announced("XBTUSD",
        Instant.EPOCH, h2, h2, "x"));
  }

  // ---------------------------------------------------------------- mutation-testing additions

  @Test
  void okxStep_appliesToEverySymbol_andSaysWhichLimitWasTouched() {
    IntervalRule step = IntervalRules.OKX_CAP_STEP_FASTER;
    assertTrue(step.appliesTo("BTC-USDT-SWAP", true));
    SettlementSchedule h8 = SettlementSchedule.EIGHT_HOURLY;
    Instant t = Instant.parse("2026-04-14T08:00:00Z");
    assertEquals("settled 0.75% at the cap 0.75%; one step faster", step.evaluate(h8,
        List.of(SettledRate.of(t, 0.0075, 0.0075))).orElseThrow().reason());
    assertEquals("settled -0.75% at the floor -0.75%; one step faster", step.evaluate(h8,
        List.of(SettledRate.of(t, -0.0075, 0.0075))).orElseThrow().reason());
  }
}
