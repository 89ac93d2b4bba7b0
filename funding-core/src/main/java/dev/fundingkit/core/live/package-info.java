/**
 * Live funding state for trading systems: {@link dev.fundingkit.core.live.FundingMonitor}, a
 * per-(venue, symbol) accumulator fed premium samples in time order, O(1) and allocation-free
 * per sample, whose {@link dev.fundingkit.core.live.FundingSnapshot} gives the predicted rate
 * with the venue's own window, the next settlement, a pending interval switch and a payment
 * preview; and {@link dev.fundingkit.core.live.CrossVenueMonitor}, the monitors of one asset
 * across venues aggregated on one interval.
 *
 * <p>Monitors are mutable and confined to one thread; snapshots are immutable.
 */
package dev.fundingkit.core.live;
