package dev.fundingkit.stats.signal;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.series.FundingSeries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs a farm's signal along a series: the farm starts flat, enters on the first print beyond
 * the entry level, holds through the hysteresis band, and exits on the first print past the
 * exit level ({@link SignalAction}). Each print is judged as it arrives; levels are fixed for
 * the whole series (refit and rerun for rolling levels).
 *
 * <p>Stateless and thread-safe.
 */
public final class SignalSeries {

  private SignalSeries() {}

  /**
   * The entry and exit events along a series, in time order; empty for an empty series or
   * one that never enters.
   *
   * @param times the print instants, strictly increasing
   * @param values the values at those instants, per {@code levels.rateInterval()}, finite, same
   *     length as {@code times}
   * @param levels the farm's levels
   * @return the events, an unmodifiable list
   * @throws NullPointerException if an argument or a time is null
   * @throws IllegalArgumentException if the lengths differ, the times are not strictly
   *     increasing or a value is not finite, naming the parameter, index and value
   */
  public static List<SignalEvent> events(Instant[] times, double[] values, SignalLevels levels) {
    ArgChecks.strictlyIncreasing("times", times);
    requireSameLength(times.length, values);
    Objects.requireNonNull(levels, "levels");
    List<SignalEvent> events = new ArrayList<>();
    boolean holding = false;
    for (int i = 0; i < values.length; i++) {
      SignalAction action = levels.action(finiteAt(values, i), holding);
      if (action == SignalAction.ENTER || action == SignalAction.EXIT) {
        SignalEvent.Kind kind =
            action == SignalAction.ENTER ? SignalEvent.Kind.ENTER : SignalEvent.Kind.EXIT;
        events.add(new SignalEvent(times[i], FundingRate.of(values[i], levels.rateInterval()),
            levels.zScore(values[i]), kind));
      }
      holding = action.holdingAfter();
    }
    return List.copyOf(events);
  }

  /**
   * The entry and exit events along a funding series, its rates first expressed per
   * {@code levels.rateInterval()} (the interval the levels carry, so a per-hour series and
   * per-8h levels cannot be compared unconverted).
   *
   * @param series the series
   * @param levels the farm's levels
   * @return the events, an unmodifiable list
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a rescaled rate overflows
   */
  public static List<SignalEvent> events(FundingSeries series, SignalLevels levels) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(levels, "levels");
    return events(series.toInstants(), series.valuesPer(levels.rateInterval()), levels);
  }

  /**
   * Bulk form: whether the farm holds the position after each print, written into
   * {@code holdingOut}. Allocates nothing.
   *
   * @param values the values in time order, finite
   * @param levels the farm's levels
   * @param holdingOut receives, per print, whether the position is open after it; same length
   * @return the number of events (entries plus exits)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the lengths differ or a value is not finite, naming the
   *     parameter, index and value
   */
  public static int positions(double[] values, SignalLevels levels, boolean[] holdingOut) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(levels, "levels");
    Objects.requireNonNull(holdingOut, "holdingOut");
    if (holdingOut.length != values.length) {
      throw new IllegalArgumentException("holdingOut must have the length of values ("
          + values.length + "), was " + holdingOut.length);
    }
    int events = 0;
    boolean holding = false;
    for (int i = 0; i < values.length; i++) {
      boolean next = levels.action(finiteAt(values, i), holding).holdingAfter();
      if (next != holding) {
        events++;
      }
      holding = next;
      holdingOut[i] = holding;
    }
    return events;
  }

  private static void requireSameLength(int timeCount, double[] values) {
    Objects.requireNonNull(values, "values");
    if (values.length != timeCount) {
      throw new IllegalArgumentException(
          "values must have the length of times (" + timeCount + "), was " + values.length);
    }
  }

  private static double finiteAt(double[] values, int i) {
    if (!Double.isFinite(values[i])) {
      throw new IllegalArgumentException("values[" + i + "] must be finite, was " + values[i]);
    }
    return values[i];
  }
}
