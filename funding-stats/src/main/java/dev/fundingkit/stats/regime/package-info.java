/**
 * Regimes of negative funding measured in time (persistent negative, extreme spikes, negative
 * funding while spot rises), the likely cause of a negative episode with the evidence for it,
 * and the confirmation layers (price, leverage, liquidity) to check before acting.
 */
package dev.fundingkit.stats.regime;
