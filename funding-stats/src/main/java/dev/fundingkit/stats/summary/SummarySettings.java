package dev.fundingkit.stats.summary;

import dev.fundingkit.core.ArgChecks;
import java.time.Duration;

/**
 * Thresholds for a {@link SeriesSummary}, all expressed as rates per {@code basis}. Each print
 * is normalised to the basis by its own interval before it is compared ({@code rate ×
 * basis / interval}), so an hourly print of {@code 0.00125%} counts as {@code 0.01%} per 8 h.
 *
 * <p>{@link #DEFAULT}: basis 8 h, above {@code +0.05%}, below {@code −0.02%} (the reverse-farm
 * scanner threshold, domain brief §5), interest rate {@code 0.01%} (the usual {@code I}, brief
 * §2) and a pinned tolerance of {@code 5e-9} (half of Binance's last published digit,
 * {@code 1e-8}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param basis the interval all rates are normalised to, positive
 * @param above the upper threshold per basis, finite; time strictly above it is counted
 * @param below the lower threshold per basis, finite and {@code ≤ above}; time strictly below
 *     it is counted, and runs below it are measured
 * @param interestRate the interest rate per basis at which formula-pinned prints sit, finite
 * @param pinnedTolerance how far per basis a print may be from {@code interestRate} and still
 *     count as pinned, finite and {@code ≥ 0}
 */
public record SummarySettings(
    Duration basis, double above, double below, double interestRate, double pinnedTolerance) implements java.io.Serializable {

  /** Per 8 h: above +0.05%, below −0.02%, interest 0.01%, pinned within 5e-9. */
  public static final SummarySettings DEFAULT =
      new SummarySettings(Duration.ofHours(8), 0.0005, -0.0002, 0.0001, 5e-9);

  /**
   * Validates the settings.
   *
   * @param basis the interval all rates are normalised to, positive
   * @param above the upper threshold per basis, finite
   * @param below the lower threshold per basis, finite and {@code ≤ above}
   * @param interestRate the interest rate per basis, finite
   * @param pinnedTolerance the pinned tolerance per basis, finite and {@code ≥ 0}
   * @throws NullPointerException if {@code basis} is null
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public SummarySettings {
    ArgChecks.positive("basis", basis);
    above = ArgChecks.finite("above", above);
    below = ArgChecks.finite("below", below);
    if (below > above) {
      throw new IllegalArgumentException(
          "below must be <= above (" + above + "), was " + below);
    }
    interestRate = ArgChecks.finite("interestRate", interestRate);
    pinnedTolerance = ArgChecks.nonNegative("pinnedTolerance", pinnedTolerance);
  }

  /**
   * A copy with other thresholds, in the same basis.
   *
   * @param newAbove the upper threshold per basis, finite
   * @param newBelow the lower threshold per basis, finite and {@code ≤ newAbove}
   * @return the new settings
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public SummarySettings withThresholds(double newAbove, double newBelow) {
    return new SummarySettings(basis, newAbove, newBelow, interestRate, pinnedTolerance);
  }

  /**
   * A copy with another interest rate and tolerance, in the same basis.
   *
   * @param newInterestRate the interest rate per basis, finite
   * @param newTolerance the pinned tolerance per basis, finite and {@code ≥ 0}
   * @return the new settings
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public SummarySettings withInterestRate(double newInterestRate, double newTolerance) {
    return new SummarySettings(basis, above, below, newInterestRate, newTolerance);
  }

  /**
   * A copy in another basis, every rate rescaled linearly so the thresholds mean the same.
   *
   * @param newBasis the new basis, positive
   * @return the equivalent settings
   * @throws NullPointerException if {@code newBasis} is null
   * @throws IllegalArgumentException if {@code newBasis} is not positive
   */
  public SummarySettings inBasis(Duration newBasis) {
    ArgChecks.positive("newBasis", newBasis);
    double k = (double) newBasis.toNanos() / basis.toNanos();
    return new SummarySettings(
        newBasis, above * k, below * k, interestRate * k, pinnedTolerance * k);
  }
}
