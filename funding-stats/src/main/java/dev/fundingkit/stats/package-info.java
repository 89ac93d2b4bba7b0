/**
 * FundingKit statistics: Ornstein–Uhlenbeck estimation for funding series ({@code ou}),
 * signals and first-passage times ({@code signal}), regimes, causes and confirmation layers of
 * negative funding ({@code regime}), basis and liquidation risk ({@code risk}) and series
 * summaries ({@code summary}).
 *
 * <p>Depends on FundingKit core, Apache Commons Math and Commons RNG only.
 */
package dev.fundingkit.stats;
