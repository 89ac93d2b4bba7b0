package dev.fundingkit.core.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A schedule change the venue announced for one symbol: after the last settlement before
 * {@code effectiveFrom} on {@code from}, the symbol settles on {@code to}. Fed by the user
 * from the venue's announcement, never guessed.
 */
record AnnouncedChangeRule(String name, String symbol, Instant effectiveFrom,
    Instant effectiveUntil, SettlementSchedule from, SettlementSchedule to, String source)
    implements IntervalRule {

  AnnouncedChangeRule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(effectiveUntil, "effectiveUntil");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(source, "source");
  }

  @Override
  public boolean appliesTo(String s, boolean tradFi) {
    Objects.requireNonNull(s, "symbol");
    return symbol.equals(s);
  }

  @Override
  public Optional<ScheduleChange> evaluate(
      SettlementSchedule current, List<SettledRate> sinceLastChange) {
    SettledRate last = QuietRevertRule.last(current, sinceLastChange);
    if (!current.equals(from) || from.nextAfter(last.instant()).isBefore(effectiveFrom)) {
      return Optional.empty();
    }
    return Optional.of(new ScheduleChange(last.instant(), current, to, name,
        "announced: " + symbol + " settles on " + to + " from " + effectiveFrom + " (" + source
            + ")"));
  }
}
