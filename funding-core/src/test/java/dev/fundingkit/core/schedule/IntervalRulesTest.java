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
    return Stream.of(IntervalRules.BINANCE_USDM, IntervalRules.BYBIT, IntervalRules.GATE)
        .flatMap(List::stream).toList();
  }

  @Test
  void of_findsEveryConstantByName() {
    assertEquals(7, all().size());
    for (IntervalRule rule : all()) {
      assertSame(rule, IntervalRule.of(rule.name()));
      assertSame(rule, IntervalRules.of(rule.name()));
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IntervalRule.of("OKX_CAP_TO_1H"));
    assertTrue(e.getMessage().endsWith(", was 'OKX_CAP_TO_1H'"), e.getMessage());
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
}
