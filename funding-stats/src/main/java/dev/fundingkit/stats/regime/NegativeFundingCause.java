package dev.fundingkit.stats.regime;

/**
 * The likely cause of a negative-funding episode (domain brief §8), as read by
 * {@link CauseClassifier} from its signature in {@link CauseSignatures}.
 */
public enum NegativeFundingCause {
  /** Hedgers short the perp against spot holdings: moderate rate, OI rising, 1–7 days. */
  HEDGING_DEMAND,
  /** Panic selling or a liquidation cascade: extreme rate, OI falling, sharp drop, short. */
  PANIC_SELLING,
  /** Spot bid above the perp (ETF or spot buying, basis-trade unwind): spot rising. */
  SPOT_PREMIUM,
  /** Structural short positioning: persistently low rate, stable OI, bearish, weeks. */
  STRUCTURAL_SHORT,
  /** No signature fits well enough, or two fit equally well: the evidence says which. */
  UNCLASSIFIED
}
