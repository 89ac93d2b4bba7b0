package dev.fundingkit.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScheduleChangeTest {

  private static final Instant T = Instant.parse("2025-08-31T14:00:00Z");

  @Test
  void firstSettlement_isTheNewGridsNextPoint() {
    ScheduleChange revert = new ScheduleChange(T, SettlementSchedule.HOURLY,
        SettlementSchedule.FOUR_HOURLY, "R", "quiet");
    assertEquals(Instant.parse("2025-08-31T16:00:00Z"), revert.firstSettlement());
    ScheduleChange toHourly = new ScheduleChange(Instant.parse("2025-05-06T08:00:00Z"),
        SettlementSchedule.EIGHT_HOURLY, SettlementSchedule.HOURLY, "R", "cap");
    assertEquals(Instant.parse("2025-05-06T09:00:00Z"), toHourly.firstSettlement());
  }

  @Test
  void validation() {
    assertEquals("to must differ from from (1h@00:00), was 1h@00:00", assertThrows(
        IllegalArgumentException.class, () -> new ScheduleChange(T, SettlementSchedule.HOURLY,
            SettlementSchedule.HOURLY, "R", "x")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new ScheduleChange(T,
        SettlementSchedule.HOURLY, SettlementSchedule.FOUR_HOURLY, " ", "x"));
    assertThrows(IllegalArgumentException.class, () -> new ScheduleChange(T,
        SettlementSchedule.HOURLY, SettlementSchedule.FOUR_HOURLY, "R", ""));
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(
            new ScheduleChange(T, SettlementSchedule.HOURLY, SettlementSchedule.FOUR_HOURLY,
                "R", "x"),
            new ScheduleChange(T, SettlementSchedule.parse("1h"),
                SettlementSchedule.parse("4h@00:00"), "R", "x"))
        .addEqualityGroup(new ScheduleChange(T, SettlementSchedule.HOURLY,
            SettlementSchedule.EIGHT_HOURLY, "R", "x"))
        .testEquals();
    new NullPointerTester().setDefault(Instant.class, T)
        .setDefault(String.class, "R")
        .setDefault(SettlementSchedule.class, SettlementSchedule.HOURLY)
        .testConstructor(ScheduleChange.class.getConstructors()[0]);
  }
}
