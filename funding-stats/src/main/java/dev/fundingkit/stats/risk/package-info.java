/**
 * Risks of a funding carry: the basis between perpetual and spot (rolling basis volatility,
 * the adverse basis move over a holding period and the days of funding it takes to recover
 * it) and the chance of touching a liquidation price under geometric Brownian motion.
 */
package dev.fundingkit.stats.risk;
