package dev.fundingkit.stats.regime;

/**
 * The three layers to check before acting on a funding reading (domain brief §9). A funding
 * reading alone is not a trade.
 */
public enum ConfirmationLayer {
  /** Does the negative rate agree with the market structure (trend, volume)? */
  PRICE,
  /** What do funding and open interest say about crowding (OI, liquidations)? */
  LEVERAGE,
  /** Is there spot or stablecoin support to absorb the move (depth, spread, flows)? */
  LIQUIDITY
}
