/**
 * FundingKit core: the pure domain of perpetual-futures funding rates.
 *
 * <p>Sub-packages, one per concept: {@code rate} (a funding rate with its interval, sides,
 * payments, annualisation), {@code premium} (premium index, samples, averaging),
 * {@code formula} (interest, clamp, damper, scaling, caps, rounding), {@code venue} (venue
 * conventions as data, effective-dated), {@code schedule} (settlement schedules, interval
 * inference), {@code series} (the funding series every layer takes), {@code ledger}, {@code carry}, {@code aggregate} and {@code risk}.
 *
 * <p>Sign convention, stated once: a <b>positive</b> rate means longs pay shorts; a
 * <b>negative</b> rate means shorts pay longs. Rates are fractions of position value per
 * settlement interval (0.0001 = 0.01% = 1 bp), and a rate never travels without its interval.
 *
 * <p><b>Failure model, stated once for every FundingKit module.</b>
 * <ul>
 *   <li><i>Programmer error</i> (a null, a NaN, a negative price, unsorted instants, a window
 *       whose end precedes its start): {@link java.lang.NullPointerException} or
 *       {@link java.lang.IllegalArgumentException}, whose message names the parameter (and the
 *       index, for arrays) and the value, in the form {@code "<name> must be <rule>, was
 *       <value>"} ({@link dev.fundingkit.core.ArgChecks}). A finite input whose result would
 *       overflow is such an error too.
 *   <li><i>The data cannot support an answer</i> (too few points for a fit, a flat series, a
 *       half-life the span cannot resolve, no venue contributing to an aggregate): never an
 *       exception used for control flow, but a result that carries a status saying so (an
 *       {@code OuFit} with {@code INSUFFICIENT_DATA}, an aggregate with its exclusions).
 *   <li><i>A venue rule that is not published</i> for the instant asked:
 *       {@code UnknownFundingRuleException}, naming the venue, the instant and what is missing.
 *   <li>{@link java.lang.IllegalStateException} is kept for calling an object in the wrong
 *       state (a builder used after it was closed, a monitor fed out of order).
 * </ul>
 *
 * <p>Time is {@code java.time}; windows are half-open and their parameters say so
 * ({@code startInclusive}, {@code endExclusive}); the library never reads the clock.
 *
 * <p>This module depends on nothing but the JDK. Every type is immutable and thread-safe
 * unless its documentation says otherwise.
 */
package dev.fundingkit.core;
