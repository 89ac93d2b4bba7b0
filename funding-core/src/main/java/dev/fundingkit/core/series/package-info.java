/**
 * The funding series: settlements with their intervals, where each interval came from
 * ({@link dev.fundingkit.core.series.IntervalSource}), the kind of rate
 * ({@link dev.fundingkit.core.series.RateKind}) and the holes in the data
 * ({@link dev.fundingkit.core.series.FundingGap}). Every layer of FundingKit takes and returns
 * a {@link dev.fundingkit.core.series.FundingSeries}; no layer infers an interval on its own.
 */
package dev.fundingkit.core.series;
