package dev.fundingkit.core.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Revert from a fast schedule ({@code from}, hourly) to a slower one ({@code target}) after
 * {@code cycles} consecutive settlements on it with {@code |F| <= threshold} (or {@code <} when
 * {@code strict}). The change takes effect after the last of those settlements.
 */
record QuietRevertRule(
    String name, Instant effectiveFrom, Instant effectiveUntil, SettlementSchedule from,
    SettlementSchedule target, double threshold, boolean strict, int cycles,
    boolean exemptTradFi, Set<String> onlySymbols) implements IntervalRule {

  QuietRevertRule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(effectiveUntil, "effectiveUntil");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(target, "target");
    onlySymbols = Set.copyOf(onlySymbols);
  }

  @Override
  public boolean appliesTo(String symbol, boolean tradFi) {
    Objects.requireNonNull(symbol, "symbol");
    return !(exemptTradFi && tradFi) && (onlySymbols.isEmpty() || onlySymbols.contains(symbol));
  }

  @Override
  public Optional<ScheduleChange> evaluate(
      SettlementSchedule current, List<SettledRate> sinceLastChange) {
    SettledRate last = last(current, sinceLastChange);
    if (!current.interval().equals(from.interval())) {
      return Optional.empty();
    }
    int quiet = 0;
    for (int i = sinceLastChange.size() - 1; i >= 0 && quiet < cycles; i--) {
      double abs = Math.abs(sinceLastChange.get(i).rate());
      if (strict ? abs >= threshold : abs > threshold) {
        break;
      }
      quiet++;
    }
    if (quiet < cycles) {
      return Optional.empty();
    }
    String reason = cycles + " consecutive settlements on " + current + " with |F| "
        + (strict ? "< " : "<= ") + CapTouchRule.percent(threshold);
    return Optional.of(new ScheduleChange(last.instant(), current, target, name, reason));
  }

  static SettledRate last(SettlementSchedule current, List<SettledRate> sinceLastChange) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(sinceLastChange, "sinceLastChange");
    if (sinceLastChange.isEmpty()) {
      throw new IllegalArgumentException("sinceLastChange must not be empty, was []");
    }
    return sinceLastChange.get(sinceLastChange.size() - 1);
  }
}
