/**
 * A funding rate with its settlement interval, who pays whom, payments and annualisation.
 *
 * <p>{@link dev.fundingkit.core.rate.FundingRate} is the central value: a fraction of position
 * value per interval. Positive: longs pay shorts. Negative: shorts pay longs.
 */
package dev.fundingkit.core.rate;
