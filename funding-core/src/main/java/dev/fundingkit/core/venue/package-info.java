/**
 * Venue funding conventions as data, versioned by effective instant.
 *
 * <p>{@link dev.fundingkit.core.venue.FundingConvention#of(String)} finds a venue by id
 * ({@code binance-usdm}, …); {@link dev.fundingkit.core.venue.FundingConventions} holds the
 * constants. A convention's {@link dev.fundingkit.core.venue.FundingRuleVersion} versions say which
 * formula parts, averaging, sampling cadence, default interval and published precision were in
 * force from when; {@link dev.fundingkit.core.venue.SymbolTerms} carries one symbol's interval,
 * interest override and cap. What a venue has not published is not guessed: asking for it
 * throws {@link dev.fundingkit.core.venue.UnknownFundingRuleException} saying what is missing.
 */
package dev.fundingkit.core.venue;
