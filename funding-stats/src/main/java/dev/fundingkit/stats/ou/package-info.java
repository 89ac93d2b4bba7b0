/**
 * Ornstein–Uhlenbeck model of a funding series, {@code dF = θ(μ − F)dt + σ dW}: parameters,
 * exact-discretisation estimators, bias correction, confidence intervals, verdicts, simulation
 * and streaming accumulators.
 */
package dev.fundingkit.stats.ou;
