package dev.fundingkit.core.schedule;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What an {@link IntervalSimulator} run found: the schedule changes the rules ordered, in
 * order, and the resulting piecewise schedule (the initial schedule, then one segment per
 * change, each effective after the settlement that triggered it). Immutable and thread-safe.
 *
 * @param changes the changes, oldest first; unmodifiable
 * @param schedule the initial schedule with every change applied
 */
public record IntervalSimulation(List<ScheduleChange> changes, PiecewiseSchedule schedule) implements Serializable {

  /**
   * Validates and copies the result.
   *
   * @param changes the changes, oldest first
   * @param schedule the schedule with the changes applied
   * @throws NullPointerException if an argument or a change is null
   * @throws IllegalArgumentException if the schedule does not have one segment more than
   *     there are changes
   */
  public IntervalSimulation {
    changes = List.copyOf(changes);
    Objects.requireNonNull(schedule, "schedule");
    if (schedule.segments().size() != changes.size() + 1) {
      throw new IllegalArgumentException("schedule must have " + (changes.size() + 1)
          + " segments, was " + schedule);
    }
  }
}
