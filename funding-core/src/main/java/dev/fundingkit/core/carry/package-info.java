/**
 * Carry economics: the reverse cash-and-carry (long perp, short borrowed spot; collects
 * negative funding) and the forward one (short perp, long spot; collects positive funding),
 * hedge variants with their cost lines, fees, borrow stress and a scanner across assets.
 *
 * <p>Every yield here is a fraction per 365-day year; every per-settlement figure is a
 * {@link dev.fundingkit.core.rate.FundingRate}, which always carries its interval.
 */
package dev.fundingkit.core.carry;
