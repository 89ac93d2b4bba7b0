/**
 * Expected funding over a horizon under a fitted model: the distribution of funding a long
 * accrues from the latest settlement (closed form for the integrated Ornstein–Uhlenbeck
 * process and for the sum of two), its 95% band, and the probability that a reverse carry
 * beats its borrow cost.
 */
package dev.fundingkit.stats.forecast;
