package dev.fundingkit.core.schedule;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Switch to a faster schedule (hourly) when a rate settles at its cap or floor. Does nothing
 * when already on that schedule.
 */
record CapTouchRule(
    String name, Instant effectiveFrom, Instant effectiveUntil, SettlementSchedule target,
    boolean exemptTradFi, Set<String> exemptSymbols) implements IntervalRule {

  CapTouchRule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(effectiveUntil, "effectiveUntil");
    Objects.requireNonNull(target, "target");
    exemptSymbols = Set.copyOf(exemptSymbols);
  }

  @Override
  public boolean appliesTo(String symbol, boolean tradFi) {
    Objects.requireNonNull(symbol, "symbol");
    return !(exemptTradFi && tradFi) && !exemptSymbols.contains(symbol);
  }

  @Override
  public Optional<ScheduleChange> evaluate(
      SettlementSchedule current, List<SettledRate> sinceLastChange) {
    SettledRate last = QuietRevertRule.last(current, sinceLastChange);
    if (current.interval().equals(target.interval()) || !last.atLimit()) {
      return Optional.empty();
    }
    boolean cap = last.rate() >= last.cap();
    String reason = "settled " + percent(last.rate()) + " at the " + (cap ? "cap " : "floor ")
        + percent(cap ? last.cap() : last.floor());
    return Optional.of(new ScheduleChange(last.instant(), current, target, name, reason));
  }

  static String percent(double fraction) {
    return new BigDecimal(Double.toString(fraction)).movePointRight(2).stripTrailingZeros()
        .toPlainString() + "%";
  }
}
