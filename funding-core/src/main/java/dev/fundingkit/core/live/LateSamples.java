package dev.fundingkit.core.live;

/**
 * What a {@link FundingMonitor} does with a sample that is not after the latest one it has
 * (late, out of order or a duplicate time). Neither policy ever folds such a sample into the
 * running figures.
 */
public enum LateSamples {

  /**
   * Throw {@link IllegalArgumentException} naming the sample's time and the latest time (the
   * default: a feed that goes backwards is a bug to see).
   */
  REJECT,

  /**
   * Drop the sample and count it ({@link FundingMonitor#droppedSamples()}): for feeds that
   * deliver a few stragglers by design, such as merged websocket and REST streams.
   */
  DROP
}
