package dev.fundingkit.core.schedule;

import java.io.Serializable;
import dev.fundingkit.core.ArgChecks;
import java.time.Instant;
import java.util.Objects;

/**
 * A funding rate as settled, with the cap and floor in force at that settlement: the input of
 * {@link IntervalSimulator}. Only settled values matter to the venues' interval rules; a value
 * the running rate touched between settlements never appears here.
 *
 * <p>Rates, caps and floors are fractions per the interval in force (0.003 = 0.3%). {@code -0.0}
 * is stored as {@code 0.0}. Immutable and thread-safe.
 *
 * @param instant the settlement instant
 * @param rate the settled rate, finite
 * @param cap the largest rate allowed at this settlement, finite
 * @param floor the smallest rate allowed at this settlement, finite, below {@code cap}
 */
public record SettledRate(Instant instant, double rate, double cap, double floor) implements Serializable {

  /**
   * Validates and normalises the settled rate.
   *
   * @param instant the settlement instant
   * @param rate the settled rate, finite
   * @param cap the largest rate allowed, finite
   * @param floor the smallest rate allowed, finite, below {@code cap}
   * @throws NullPointerException if {@code instant} is null
   * @throws IllegalArgumentException if a number is not finite or {@code floor >= cap}
   */
  public SettledRate {
    Objects.requireNonNull(instant, "instant");
    rate = ArgChecks.finite("rate", rate);
    cap = ArgChecks.finite("cap", cap);
    floor = ArgChecks.finite("floor", floor);
    if (floor >= cap) {
      throw new IllegalArgumentException("floor must be below cap (" + cap + "), was " + floor);
    }
  }

  /**
   * A settled rate under a symmetric limit {@code ±limit} (the usual case: Binance, Bybit and
   * Gate publish one number).
   *
   * @param instant the settlement instant
   * @param rate the settled rate, finite
   * @param limit the cap; the floor is its negative; positive
   * @return the settled rate
   * @throws NullPointerException if {@code instant} is null
   * @throws IllegalArgumentException if {@code rate} is not finite or {@code limit} is not
   *     positive
   */
  public static SettledRate of(Instant instant, double rate, double limit) {
    ArgChecks.positive("limit", limit);
    return new SettledRate(instant, rate, limit, -limit);
  }

  /**
   * Whether the settled rate reached the cap or the floor (equal to it, or beyond it).
   *
   * @return {@code rate >= cap || rate <= floor}
   */
  public boolean atLimit() {
    return rate >= cap || rate <= floor;
  }
}
