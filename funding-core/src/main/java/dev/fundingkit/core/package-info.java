/**
 * FundingKit core: the pure domain of perpetual-futures funding rates.
 *
 * <p>Sub-packages, one per concept: {@code rate} (a funding rate with its interval, sides,
 * payments, annualisation), {@code premium} (premium index, samples, averaging),
 * {@code formula} (interest, clamp, damper, scaling, caps, rounding), {@code venue} (venue
 * conventions as data, effective-dated), {@code schedule} (settlement schedules, interval
 * inference), {@code ledger}, {@code carry}, {@code aggregate} and {@code risk}.
 *
 * <p>Sign convention, stated once: a <b>positive</b> rate means longs pay shorts; a
 * <b>negative</b> rate means shorts pay longs. Rates are fractions of position value per
 * settlement interval (0.0001 = 0.01% = 1 bp), and a rate never travels without its interval.
 *
 * <p>This module depends on nothing but the JDK. Every type is immutable and thread-safe
 * unless its documentation says otherwise.
 */
package dev.fundingkit.core;
