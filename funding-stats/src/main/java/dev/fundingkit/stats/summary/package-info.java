/**
 * Summary statistics of a funding series in the trader's terms: time-weighted mean and sd,
 * extremes, the share of <em>time</em> above and below thresholds, the longest run below a
 * threshold, and the share of prints pinned at the interest rate. Every rate is first
 * normalised to a common basis interval (8 h by default), so series that mix 8-hourly and
 * hourly prints summarise correctly.
 */
package dev.fundingkit.stats.summary;
