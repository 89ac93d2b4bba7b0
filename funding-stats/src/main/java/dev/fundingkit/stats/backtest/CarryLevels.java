package dev.fundingkit.stats.backtest;

import dev.fundingkit.core.rate.FundingRate;
import java.util.Objects;

/**
 * The entry and exit levels of a carry signal, as rates with their interval. A reverse carry
 * enters below {@code entry} and exits above {@code exit}; a forward carry enters above
 * {@code entry} and exits below {@code exit}. Immutable and thread-safe.
 *
 * @param entry the entry level
 * @param exit the exit level, per the same interval as {@code entry}
 */
public record CarryLevels(FundingRate entry, FundingRate exit) implements java.io.Serializable {

  /**
   * Validates the levels.
   *
   * @param entry the entry level
   * @param exit the exit level
   * @throws NullPointerException if a level is null
   * @throws IllegalArgumentException if the two are per different intervals
   */
  public CarryLevels {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(exit, "exit");
    if (!entry.interval().equals(exit.interval())) {
      throw new IllegalArgumentException("exit must be per the entry's interval "
          + entry.interval() + ", was " + exit);
    }
  }

  /**
   * The levels.
   *
   * @param entry the entry level
   * @param exit the exit level, per the same interval
   * @return the levels
   * @throws NullPointerException if a level is null
   * @throws IllegalArgumentException if the two are per different intervals
   */
  public static CarryLevels of(FundingRate entry, FundingRate exit) {
    return new CarryLevels(entry, exit);
  }
}
