package dev.fundingkit.core.ledger;

import dev.fundingkit.core.ArgChecks;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The position's signed size from an instant on: positive long, negative short, zero flat.
 * Immutable and thread-safe.
 *
 * @param time when the new size takes effect
 * @param size the signed size after the change, in contracts or base units, finite
 */
public record SizeChange(Instant time, double size) implements Serializable {

  /**
   * Validates the components.
   *
   * @param time when the new size takes effect
   * @param size the signed size after the change, finite
   * @throws NullPointerException if {@code time} is null
   * @throws IllegalArgumentException if {@code size} is NaN or infinite
   */
  public SizeChange {
    Objects.requireNonNull(time, "time");
    size = ArgChecks.finite("size", size);
  }

  /**
   * A size change.
   *
   * @param time when the new size takes effect
   * @param size the signed size after the change, finite
   * @return the change
   * @throws NullPointerException if {@code time} is null
   * @throws IllegalArgumentException if {@code size} is NaN or infinite
   */
  public static SizeChange of(Instant time, double size) {
    return new SizeChange(time, size);
  }
}
