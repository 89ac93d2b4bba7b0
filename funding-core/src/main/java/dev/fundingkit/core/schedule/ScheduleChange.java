package dev.fundingkit.core.schedule;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A change of settlement schedule ordered by an {@link IntervalRule}: after the settlement at
 * {@code effectiveAfter}, settlements follow {@code to} instead of {@code from}.
 *
 * <p>Example: Binance BTCUSDT settles −0.3% (its floor) at 08:00 →
 * {@code ScheduleChange(08:00, 8h@00:00, 1h@00:00, BINANCE_USDM_CAP_TO_1H, "settled -0.3% at
 * the floor -0.3%")}, and {@link #firstSettlement()} is 09:00. Immutable and thread-safe.
 *
 * @param effectiveAfter the settlement that triggered the change; later settlements follow
 *     {@code to}
 * @param from the schedule before
 * @param to the schedule after
 * @param rule the name of the rule that ordered it
 * @param reason why, in words, with the numbers that triggered it
 */
public record ScheduleChange(
    Instant effectiveAfter, SettlementSchedule from, SettlementSchedule to, String rule,
    String reason) implements Serializable {

  /**
   * Validates the change.
   *
   * @param effectiveAfter the settlement that triggered the change
   * @param from the schedule before
   * @param to the schedule after, different from {@code from}
   * @param rule the rule name, not blank
   * @param reason why, not blank
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code to} equals {@code from} or a text is blank
   */
  public ScheduleChange {
    Objects.requireNonNull(effectiveAfter, "effectiveAfter");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
    if (to.equals(from)) {
      throw new IllegalArgumentException("to must differ from from (" + from + "), was " + to);
    }
    if (rule.isBlank()) {
      throw new IllegalArgumentException("rule must not be blank, was '" + rule + "'");
    }
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank, was '" + reason + "'");
    }
  }

  /**
   * The first settlement on the new schedule: the next point of {@code to} strictly after
   * {@code effectiveAfter} (09:00 after an 08:00 switch to hourly; 16:00 after a 14:00 revert
   * to four-hourly).
   *
   * @return the first settlement after the change
   */
  public Instant firstSettlement() {
    return to.nextAfter(effectiveAfter);
  }
}
