package dev.fundingkit.examples.report;

import dev.fundingkit.core.ArgChecks;
import java.time.Duration;
import java.time.Instant;

/**
 * The funding interval of each settlement of a history that does not state it, inferred from
 * the spacing: a settlement covers the step back to the previous one, except that a step that
 * is a whole multiple (2× or more) of the previous interval is a gap (missing rows) unless the
 * next step confirms it as the new interval. The first settlement takes the step to the second.
 * This is the rule {@code OuFitter.withPerHour} applies to plain values. Steps are first rounded
 * to the whole hour when within 10 minutes of one, else to the minute: venues stamp settlements
 * with milliseconds of jitter and now and then settle a minute or two late (Hyperliquid).
 *
 * <p>Stateless and thread-safe.
 */
final class SettlementIntervals {

  private SettlementIntervals() {}

  /**
   * The interval of each settlement.
   *
   * @param times strictly increasing, at least 2
   * @return one positive interval per settlement
   */
  static Duration[] infer(Instant[] times) {
    ArgChecks.strictlyIncreasing("times", times);
    if (times.length < 2) {
      throw new IllegalArgumentException("times must hold at least 2 settlements, was "
          + times.length);
    }
    Duration[] out = new Duration[times.length];
    out[0] = step(times[0], times[1]);
    for (int i = 1; i < times.length; i++) {
      Duration step = step(times[i - 1], times[i]);
      Duration previous = out[i - 1];
      boolean multiple = step.compareTo(previous.multipliedBy(2)) >= 0
          && step.toMillis() % previous.toMillis() == 0;
      boolean confirmed = i + 1 < times.length
          && step(times[i], times[i + 1]).equals(step);
      out[i] = multiple && !confirmed ? previous : step;
    }
    return out;
  }

  private static Duration step(Instant from, Instant to) {
    long millis = Duration.between(from, to).toMillis();
    long hours = Math.round(millis / 3_600_000.0);
    if (hours >= 1 && Math.abs(millis - hours * 3_600_000L) <= 600_000L) {
      return Duration.ofHours(hours);
    }
    return Duration.ofMinutes(Math.max(1, Math.round(millis / 60_000.0)));
  }
}
