/**
 * The funding formula as named, composable parts: interest component, premium band (clamp or
 * dead-band damper), interval scaling, cap/floor (fixed or derived from margin rates), the
 * order of capping and scaling, and the published precision.
 *
 * <p>{@link dev.fundingkit.core.formula.FundingFormula} composes them and returns a
 * {@link dev.fundingkit.core.formula.FundingBreakdown} showing every intermediate figure, or
 * computes many rates into a {@code double[]} without allocating per element. The common
 * template is {@code F = cap(scale(P + clamp(I − P, ±0.05%)))}; which parts a venue uses, and
 * from when, is data in {@code dev.fundingkit.core.venue}.
 */
package dev.fundingkit.core.formula;
