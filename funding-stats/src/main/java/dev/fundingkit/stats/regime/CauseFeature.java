package dev.fundingkit.stats.regime;

/**
 * The features of a negative-funding episode that the cause signatures are written over, in the
 * order signatures and facts list them.
 */
public enum CauseFeature {
  /** The episode's rate level, a fraction per 8 hours ({@code -0.0002} is −0.02%/8h). */
  RATE,
  /** The change of open interest over the episode, a fraction ({@code 0.1} is +10%). */
  OPEN_INTEREST,
  /** The change of the price over the episode, a fraction ({@code -0.08} is −8%). */
  PRICE,
  /** How long the episode lasted, in days. */
  DURATION
}
