package dev.fundingkit.core.formula;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.AnnualizationBasis;
import dev.fundingkit.core.rate.FundingRate;
import java.util.Objects;

/**
 * Every figure of one funding-rate computation, in formula order:
 * {@code raw = averagePremium + clampTerm}, {@code scaled = raw × scaling factor}, then the cap,
 * giving {@code rate}, published as {@code published}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param averagePremium the interval's average premium {@code P}, a fraction
 * @param interest the interest {@code I} that entered the formula, a fraction
 * @param clampTerm the term added to {@code P} ({@code clamp(I − P, ±band)} for a clamp band)
 * @param raw the rate before scaling and cap, on the formula's reference interval
 * @param scaled {@code raw} scaled to the symbol's interval, before any cap
 * @param capped whether the cap or floor bound (the uncapped value lay strictly outside it)
 * @param rate the final, unrounded rate per the symbol's interval
 * @param published the final rate as the venue publishes it (rounded string)
 */
public record FundingBreakdown(
    double averagePremium,
    double interest,
    double clampTerm,
    double raw,
    double scaled,
    boolean capped,
    FundingRate rate,
    String published) {

  /**
   * Validates the breakdown.
   *
   * @param averagePremium the interval's average premium, finite
   * @param interest the interest, finite
   * @param clampTerm the term added to the premium, finite
   * @param raw the rate before scaling and cap, finite
   * @param scaled the scaled rate before any cap, finite
   * @param capped whether the cap or floor bound
   * @param rate the final rate
   * @param published the published string
   * @throws NullPointerException if {@code rate} or {@code published} is null
   * @throws IllegalArgumentException if a figure is NaN or infinite
   */
  public FundingBreakdown {
    averagePremium = ArgChecks.finite("averagePremium", averagePremium);
    interest = ArgChecks.finite("interest", interest);
    clampTerm = ArgChecks.finite("clampTerm", clampTerm);
    raw = ArgChecks.finite("raw", raw);
    scaled = ArgChecks.finite("scaled", scaled);
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(published, "published");
  }

  /**
   * The final rate's simple annualisation ({@code rate × periods per 365-day year}).
   *
   * @return the fraction per year
   */
  public double annualized() {
    return rate.annualize(AnnualizationBasis.SIMPLE);
  }
}
