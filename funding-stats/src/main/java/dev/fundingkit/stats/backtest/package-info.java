/**
 * The carry backtest as library API: reverse and forward cash-and-carry on a
 * {@link dev.fundingkit.core.series.FundingSeries}, funding through the core ledger, fees per
 * leg, time-varying borrow, basis P&amp;L when prices are given, levels fitted out of sample
 * (once or walk-forward) by any {@link dev.fundingkit.stats.backtest.LevelFit}, and an explicit
 * {@link dev.fundingkit.stats.backtest.GapPolicy}.
 *
 * <p>It lives in funding-stats rather than core's {@code carry} package because its natural
 * inputs are fitted signal levels; it depends on no estimator, only on the
 * {@link dev.fundingkit.stats.backtest.LevelFit} interface.
 */
package dev.fundingkit.stats.backtest;
