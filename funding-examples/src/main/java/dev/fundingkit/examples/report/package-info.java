/**
 * The {@code fundingkit report}: a funding series analysed end to end with the library's
 * public API and written as an HTML page with PNG charts.
 *
 * <p>{@link dev.fundingkit.examples.report.FundingReport#analyse} computes the summary, the OU
 * fit with rolling half-lives, signals, regimes, carry economics and an out-of-sample
 * {@link dev.fundingkit.stats.backtest.CarryBacktest}; {@link
 * dev.fundingkit.examples.report.ReportCharts} and {@link
 * dev.fundingkit.examples.report.HtmlReport} write it out. Without market data the report runs
 * on {@link dev.fundingkit.examples.report.DemoData}, a synthetic, deterministic, clearly
 * labelled data set.
 */
package dev.fundingkit.examples.report;
