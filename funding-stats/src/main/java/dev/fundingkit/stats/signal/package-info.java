/**
 * Trading signals from an Ornstein–Uhlenbeck view of funding: z-score bands and entry/exit
 * levels for a reverse (negative-funding) or forward (positive-funding) farm, the action a
 * value calls for, entry and exit events along a series, and expected first-passage times
 * between z-levels.
 *
 * <p>The default bands follow the FundingKit domain brief §7 and {@code ou.md} §9: a reverse
 * farm enters when {@code F < μ − 2 sd} and exits when {@code F > μ − 0.5 sd}, with
 * {@code sd = σ/√(2θ)} the stationary standard deviation. The forward farm mirrors them.
 */
package dev.fundingkit.stats.signal;
