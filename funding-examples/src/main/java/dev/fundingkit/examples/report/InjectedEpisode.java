package dev.fundingkit.examples.report;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.stats.regime.RegimeKind;
import java.time.Instant;
import java.util.Objects;

/**
 * A negative-funding episode written into the {@link DemoData} on purpose, so that the report
 * always has one example of each regime the detector knows. Documents where it was put, how
 * deep it is and what spot did meanwhile.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the regime the episode is designed to show
 * @param start the first settlement of the episode
 * @param end the instant after the last settlement written ({@code start} plus settlements × 8 h)
 * @param fundingLevel the designed funding rate per 8 h in the episode (before noise), finite
 * @param spotChange the designed relative spot move over the episode, finite and {@code > -1}
 * @param story the market story the episode stands for, as the domain brief tells it
 */
public record InjectedEpisode(
    RegimeKind kind,
    Instant start,
    Instant end,
    double fundingLevel,
    double spotChange,
    String story) {

  /**
   * Validates the episode.
   *
   * @param kind the regime the episode is designed to show
   * @param start the first settlement of the episode
   * @param end the instant after the last settlement written, after {@code start}
   * @param fundingLevel the designed funding rate per 8 h, finite
   * @param spotChange the designed relative spot move, finite and {@code > -1}
   * @param story the market story, not blank
   * @throws NullPointerException if an object argument is null
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public InjectedEpisode {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(story, "story");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end must be after start " + start + ", was " + end);
    }
    fundingLevel = ArgChecks.finite("fundingLevel", fundingLevel) + 0.0;
    spotChange = ArgChecks.finite("spotChange", spotChange) + 0.0;
    if (!(spotChange > -1)) {
      throw new IllegalArgumentException("spotChange must be > -1, was " + spotChange);
    }
    if (story.isBlank()) {
      throw new IllegalArgumentException("story must not be blank, was '" + story + "'");
    }
  }

  /**
   * Whether an instant falls in the episode's half-open window {@code [start, end)}.
   *
   * @param instant the instant
   * @return {@code start <= instant < end}
   * @throws NullPointerException if {@code instant} is null
   */
  public boolean contains(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return !instant.isBefore(start) && instant.isBefore(end);
  }
}
