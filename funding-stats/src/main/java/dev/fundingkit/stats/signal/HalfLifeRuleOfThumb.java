package dev.fundingkit.stats.signal;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.stats.ou.OuParameters;
import java.time.Duration;
import java.util.Objects;

/**
 * The quoted <em>rule of thumb</em> for how long a funding excursion lasts (domain brief §7):
 *
 * <pre>  duration ≈ half_life × ln(|current − mean| / target)</pre>
 *
 * <p>It is kept because traders quote it; prefer {@link FirstPassage}, which is the expected
 * first-passage time of the fitted OU. What the rule gets wrong:
 * <ul>
 *   <li>It is the noise-free decay of the <em>expected</em> deviation,
 *       {@code (F₀ − μ)e^(−θt)}, and even that with a missing factor: the deterministic decay
 *       from {@code d} to {@code target} takes {@code ln(d/target)/θ = half_life × ln(d/target)
 *       / ln 2}, so the rule is 31% shorter than its own model.</li>
 *   <li>It ignores the noise. A position exits on the first <em>touch</em> of the exit level,
 *       which noise brings forward: from z = −2 to −0.5 the OU answer is {@code 0.9018/θ}, the
 *       deterministic decay {@code 1.386/θ}, and the rule {@code 0.961/θ} (its two errors
 *       nearly cancel for these bands only).</li>
 *   <li>It diverges as the target approaches the mean ({@code ln(d/0) = ∞}), while the OU
 *       reaches its mean from −2 sd in {@code 1.425/θ} on average.</li>
 *   <li>It cannot answer passages against the drift (waiting for an entry): {@code 0 → −2 sd}
 *       takes {@code 10.43/θ} on average, but the rule has {@code ln(0/target) = −∞}.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class HalfLifeRuleOfThumb {

  private HalfLifeRuleOfThumb() {}

  /**
   * The rule of thumb in time units: {@code half_life × ln(|current − μ| / targetDistance)},
   * or zero when the current value is already within {@code targetDistance} of μ.
   *
   * @param parameters the process: μ and the half-life {@code ln 2/θ}
   * @param current the current value, finite
   * @param targetDistance the distance from μ at which the excursion counts as over, in the
   *     units of the series; finite and {@code > 0}
   * @return the rule-of-thumb duration in time units, {@code ≥ 0}
   * @throws NullPointerException if {@code parameters} is null
   * @throws IllegalArgumentException naming a bad {@code current} or {@code targetDistance}
   */
  public static double units(OuParameters parameters, double current, double targetDistance) {
    Objects.requireNonNull(parameters, "parameters");
    ArgChecks.finite("current", current);
    ArgChecks.positive("targetDistance", targetDistance);
    double distance = Math.abs(current - parameters.mu().value());
    // PIT: equivalent mutant (ConditionalsBoundary): at distance == target, ln(1) = 0 gives
    // 0.0 too.
    if (distance <= targetDistance) {
      return 0.0;
    }
    return ArgChecks.noOverflow(parameters.halfLifeUnits() * Math.log(distance / targetDistance),
        "current", current);
  }

  /**
   * The rule of thumb as a duration, to the nanosecond; see {@link #units}.
   *
   * @param parameters the process: μ and the half-life {@code ln 2/θ}
   * @param current the current value, finite
   * @param targetDistance the distance from μ at which the excursion counts as over; {@code > 0}
   * @return the rule-of-thumb duration, {@link Duration#ZERO} if already within the target
   * @throws NullPointerException if {@code parameters} is null
   * @throws IllegalArgumentException naming a bad {@code current} or {@code targetDistance}, or
   *     if the result does not fit a {@link Duration}
   */
  public static Duration duration(
      OuParameters parameters, double current, double targetDistance) {
    return parameters.toDuration(units(parameters, current, targetDistance));
  }
}
