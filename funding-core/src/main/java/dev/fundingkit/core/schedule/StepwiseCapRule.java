package dev.fundingkit.core.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a rate settles at its cap or floor, step to the next faster interval of a ladder
 * (8 h → 4 h → 2 h → 1 h), one level per touch, on the same anchor. Does nothing on the
 * fastest level or on an interval that is not on the ladder.
 */
record StepwiseCapRule(String name, Instant effectiveFrom, Instant effectiveUntil,
    List<Duration> ladder) implements IntervalRule {

  StepwiseCapRule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(effectiveUntil, "effectiveUntil");
    ladder = List.copyOf(ladder);
  }

  @Override
  public boolean appliesTo(String symbol, boolean tradFi) {
    Objects.requireNonNull(symbol, "symbol");
    return true;
  }

  @Override
  public Optional<ScheduleChange> evaluate(
      SettlementSchedule current, List<SettledRate> sinceLastChange) {
    SettledRate last = QuietRevertRule.last(current, sinceLastChange);
    int level = ladder.indexOf(current.interval());
    if (level < 0 || level == ladder.size() - 1 || !last.atLimit()) {
      return Optional.empty();
    }
    boolean cap = last.rate() >= last.cap();
    SettlementSchedule next = SettlementSchedule.of(ladder.get(level + 1), current.anchor());
    String reason = "settled " + CapTouchRule.percent(last.rate()) + " at the "
        + (cap ? "cap " : "floor ") + CapTouchRule.percent(cap ? last.cap() : last.floor())
        + "; one step faster";
    return Optional.of(new ScheduleChange(last.instant(), current, next, name, reason));
  }
}
