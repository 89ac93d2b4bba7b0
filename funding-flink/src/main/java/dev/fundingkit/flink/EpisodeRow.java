package dev.fundingkit.flink;

import dev.fundingkit.stats.regime.RegimeKind;
import java.io.Serializable;
import java.util.Objects;

/**
 * One regime episode the library's {@code RegimeDetector} finds in a rolling window of a
 * (venue, symbol) key, flattened from {@code RegimeEpisode}. Rates are per 8 hours.
 *
 * @param venue the venue id
 * @param symbol the symbol
 * @param windowEndMillis the exclusive end of the window it was found in
 * @param kind the regime
 * @param startMillis the episode's first instant
 * @param endMillis the first instant after it
 * @param minimumRate the lowest rate, per 8 h
 * @param meanRate the time-weighted mean rate, per 8 h
 */
public record EpisodeRow(String venue, String symbol, long windowEndMillis, RegimeKind kind,
    long startMillis, long endMillis, double minimumRate, double meanRate)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Validates the components.
   *
   * @param venue the venue id, not blank
   * @param symbol the symbol, not blank
   * @param windowEndMillis the window end
   * @param kind the regime
   * @param startMillis the start
   * @param endMillis the end, after the start
   * @param minimumRate the minimum
   * @param meanRate the mean
   * @throws NullPointerException if a label or the kind is null
   * @throws IllegalArgumentException if a label is blank or the end is not after the start
   */
  public EpisodeRow {
    Keys.label("venue", venue);
    Keys.label("symbol", symbol);
    Objects.requireNonNull(kind, "kind");
    if (endMillis <= startMillis) {
      throw new IllegalArgumentException(
          "endMillis must be > startMillis " + startMillis + ", was " + endMillis);
    }
  }
}
