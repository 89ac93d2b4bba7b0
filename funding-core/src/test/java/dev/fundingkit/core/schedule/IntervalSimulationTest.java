package dev.fundingkit.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalSimulationTest {

  private static final Instant T = Instant.parse("2025-05-06T08:00:00Z");

  @Test
  void scheduleMustHaveOneSegmentPerChangePlusOne() {
    ScheduleChange c = new ScheduleChange(T, SettlementSchedule.EIGHT_HOURLY,
        SettlementSchedule.HOURLY, "R", "cap");
    PiecewiseSchedule p = PiecewiseSchedule.of(SettlementSchedule.EIGHT_HOURLY)
        .withChange(T, SettlementSchedule.HOURLY);
    assertEquals(List.of(c), new IntervalSimulation(List.of(c), p).changes());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new IntervalSimulation(List.of(), p));
    assertEquals("schedule must have 1 segments, was 8h@00:00, then 1h@00:00 after "
        + "2025-05-06T08:00:00Z", e.getMessage());
  }

  @Test
  void changesAreCopied() {
    List<ScheduleChange> changes = new ArrayList<>();
    IntervalSimulation sim =
        new IntervalSimulation(changes, PiecewiseSchedule.of(SettlementSchedule.HOURLY));
    changes.add(new ScheduleChange(T, SettlementSchedule.EIGHT_HOURLY,
        SettlementSchedule.HOURLY, "R", "cap"));
    assertEquals(0, sim.changes().size());
    assertThrows(NullPointerException.class, () -> new IntervalSimulation(null,
        PiecewiseSchedule.of(SettlementSchedule.HOURLY)));
    assertThrows(NullPointerException.class, () -> new IntervalSimulation(List.of(), null));
  }
}
