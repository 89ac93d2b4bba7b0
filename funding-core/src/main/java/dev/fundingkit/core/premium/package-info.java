/**
 * Premium index: how far the perpetual trades from its index, sampled over an interval and
 * averaged the way a venue averages it.
 *
 * <p>{@link dev.fundingkit.core.premium.PremiumIndex} computes one premium from prices or from
 * impact prices; {@link dev.fundingkit.core.premium.PremiumSample} and
 * {@link dev.fundingkit.core.premium.PremiumSeries} hold validated samples over a half-open
 * window {@code [start, end)}; {@link dev.fundingkit.core.premium.AveragingScheme} averages
 * them (simple mean, linear weights, per-minute median then mean), with bulk forms over
 * primitive arrays that allocate nothing per element.
 */
package dev.fundingkit.core.premium;
