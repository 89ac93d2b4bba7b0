/**
 * Venue funding conventions as data, versioned by effective instant.
 *
 * <p>{@link dev.fundingkit.core.venue.FundingConvention#of(String)} finds a venue by id
 * ({@code binance-usdm}, …); {@link dev.fundingkit.core.venue.FundingConventions} holds the
 * constants. {@code convention.versionAt(t)} gives the
 * {@link dev.fundingkit.core.venue.FundingRuleVersion} in force at {@code t}: one immutable
 * object with the formula parts, averaging, settlement mechanics (window, intervals ahead,
 * payment price, accrual, snapshot tolerance), schedule anchor, dynamic interval rules and the
 * version's {@link dev.fundingkit.core.formula.Provenance}.
 * {@link dev.fundingkit.core.venue.SymbolTerms} carries one symbol's interval, interest
 * override and cap. What a venue has not published is not guessed: asking for it throws
 * {@link dev.fundingkit.core.venue.UnknownFundingRuleException} saying what is missing.
 *
 * <p>The built-in venues are data in the rules text format of
 * {@link dev.fundingkit.core.venue.FundingRulesFile}, shipped as a resource; a user's own venue
 * or rule change is written the same way and added with
 * {@link dev.fundingkit.core.venue.FundingConventions#register}.
 */
package dev.fundingkit.core.venue;
