package dev.fundingkit.stats.ou;

/**
 * A warning attached to a fit whose verdict may stand but whose numbers need care.
 */
public enum OuCaveat {
  /**
   * The fitted span covers fewer than 30 half-lives. Measured by Monte Carlo (issue 11): at
   * 10 half-lives the fits that pass as {@link OuVerdict#MEAN_REVERTING} are biased +150% in
   * θ and their 95% interval covers only 39% of the time (a selection effect of the verdict).
   */
  SHORT_SPAN
}
