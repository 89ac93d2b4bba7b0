package dev.fundingkit.stats.signal;

import java.util.Objects;

/**
 * What a farm should do on seeing a value, given whether it already holds the position. The
 * two levels form a hysteresis band, so a value between them never flips the position:
 *
 * <table class="striped">
 * <caption>Action by zone and position</caption>
 * <tr><th>zone</th><th>flat</th><th>holding</th></tr>
 * <tr><td>{@link BandZone#BEYOND_ENTRY}</td><td>{@link #ENTER}</td><td>{@link #HOLD}</td></tr>
 * <tr><td>{@link BandZone#BETWEEN}</td><td>{@link #WAIT}</td><td>{@link #HOLD}</td></tr>
 * <tr><td>{@link BandZone#BEYOND_EXIT}</td><td>{@link #WAIT}</td><td>{@link #EXIT}</td></tr>
 * </table>
 */
public enum SignalAction {
  /** Flat, and the value is beyond the entry level: open the position. */
  ENTER,
  /** Holding, and the value has not passed the exit level: keep the position. */
  HOLD,
  /** Holding, and the value is past the exit level: close the position. */
  EXIT,
  /** Flat, and the value is not beyond the entry level: stay flat. */
  WAIT;

  /**
   * The action for a zone and a position state, as in the table above.
   *
   * @param zone where the value lies
   * @param holding whether the position is open before this value
   * @return the action
   * @throws NullPointerException if {@code zone} is null
   */
  public static SignalAction of(BandZone zone, boolean holding) {
    switch (Objects.requireNonNull(zone, "zone")) {
      case BEYOND_ENTRY:
        return holding ? HOLD : ENTER;
      case BEYOND_EXIT:
        return holding ? EXIT : WAIT;
      default:
        return holding ? HOLD : WAIT;
    }
  }

  /**
   * Whether the position is open after taking this action.
   *
   * @return {@code true} for {@link #ENTER} and {@link #HOLD}
   */
  public boolean holdingAfter() {
    return this == ENTER || this == HOLD;
  }
}
