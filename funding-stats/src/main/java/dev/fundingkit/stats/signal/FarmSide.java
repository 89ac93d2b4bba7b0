package dev.fundingkit.stats.signal;

/**
 * Which side of the mean a funding farm trades, and so which tail of the funding distribution
 * its signal watches.
 */
public enum FarmSide {
  /**
   * Reverse cash-and-carry: long the perpetual, short spot; collects funding when it is
   * negative. Enters when funding is unusually <em>low</em> ({@code z < −entrySds}).
   */
  REVERSE,
  /**
   * Forward cash-and-carry: short the perpetual, long spot; collects funding when it is
   * positive. Enters when funding is unusually <em>high</em> ({@code z > +entrySds}).
   */
  FORWARD;

  /**
   * The sign that turns a distance in standard deviations into a signed z-score on this side.
   *
   * @return {@code −1} for {@link #REVERSE}, {@code +1} for {@link #FORWARD}
   */
  public int sign() {
    return this == REVERSE ? -1 : 1;
  }
}
