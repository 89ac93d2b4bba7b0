package dev.fundingkit.examples.report;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.stats.signal.SignalBands;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * How a report is computed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param perHour whether rates are divided by their interval in hours before fitting, for
 *     series whose interval changes
 * @param annualBorrow the spot borrow rate of the reverse carry, a fraction a year, finite and
 *     {@code >= 0}
 * @param halfLifeWindow the span of each rolling half-life fit, positive
 * @param halfLifeStep how far successive rolling fits move, positive
 * @param feePerFill the backtest's trading fee on each fill of each leg, a fraction of
 *     notional, finite and {@code >= 0} (four fills a round trip)
 * @param bands the signal bands: enter beyond {@code entrySds}, exit inside {@code exitSds}
 * @param training the backtest's training span, positive; {@code Duration.ZERO} for the
 *     default, a third of the series and at most 365 days
 */
public record ReportSettings(boolean perHour, double annualBorrow, Duration halfLifeWindow,
    Duration halfLifeStep, double feePerFill, SignalBands bands, Duration training) {

  /** The default training span's cap. */
  public static final Duration MAX_DEFAULT_TRAINING = Duration.ofDays(365);

  /**
   * Per interval, 8% borrow (domain brief §5), 90-day windows every 30 days, 0.05% a fill
   * (a taker fee), bands 2 / 0.5 sd, default training span.
   */
  public static final ReportSettings DEFAULT = new ReportSettings(false, 0.08,
      Duration.ofDays(90), Duration.ofDays(30), 0.0005, SignalBands.DEFAULT, Duration.ZERO);

  /**
   * Validates the settings.
   *
   * @param perHour whether rates are normalised per hour before fitting
   * @param annualBorrow the borrow rate a year, finite and {@code >= 0}
   * @param halfLifeWindow the rolling window, positive
   * @param halfLifeStep the rolling step, positive
   * @param feePerFill the fee per fill, finite and {@code >= 0}
   * @param bands the signal bands
   * @param training the training span, positive, or zero for the default
   * @throws NullPointerException if a duration or the bands are null
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public ReportSettings {
    annualBorrow = ArgChecks.nonNegative("annualBorrow", annualBorrow) + 0.0;
    ArgChecks.positive("halfLifeWindow", halfLifeWindow);
    ArgChecks.positive("halfLifeStep", halfLifeStep);
    feePerFill = ArgChecks.nonNegative("feePerFill", feePerFill) + 0.0;
    Objects.requireNonNull(bands, "bands");
    Objects.requireNonNull(training, "training");
    if (training.isNegative()) {
      throw new IllegalArgumentException("training must be >= 0, was " + training);
    }
  }

  /**
   * A copy with per-hour normalisation on or off.
   *
   * @param value true to fit per-hour rates
   * @return the copy
   */
  public ReportSettings withPerHour(boolean value) {
    return new ReportSettings(value, annualBorrow, halfLifeWindow, halfLifeStep, feePerFill,
        bands, training);
  }

  /**
   * A copy with another borrow rate.
   *
   * @param value a fraction a year, finite and {@code >= 0}
   * @return the copy
   * @throws IllegalArgumentException if the value is negative or not finite
   */
  public ReportSettings withAnnualBorrow(double value) {
    return new ReportSettings(perHour, value, halfLifeWindow, halfLifeStep, feePerFill, bands,
        training);
  }

  /**
   * A copy with another fee per fill.
   *
   * @param value a fraction of notional, finite and {@code >= 0}
   * @return the copy
   * @throws IllegalArgumentException if the value is negative or not finite
   */
  public ReportSettings withFeePerFill(double value) {
    return new ReportSettings(perHour, annualBorrow, halfLifeWindow, halfLifeStep, value, bands,
        training);
  }

  /**
   * A copy with other signal bands.
   *
   * @param value the bands
   * @return the copy
   * @throws NullPointerException if the value is null
   */
  public ReportSettings withBands(SignalBands value) {
    return new ReportSettings(perHour, annualBorrow, halfLifeWindow, halfLifeStep, feePerFill,
        value, training);
  }

  /**
   * A copy with another training span.
   *
   * @param value the span, positive, or zero for the default
   * @return the copy
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is negative
   */
  public ReportSettings withTraining(Duration value) {
    return new ReportSettings(perHour, annualBorrow, halfLifeWindow, halfLifeStep, feePerFill,
        bands, value);
  }

  /**
   * The training span a series of this span gets: the one set, else a third of the series
   * in whole hours, at most {@link #MAX_DEFAULT_TRAINING}.
   *
   * @param seriesSpan the time from the first to the last settlement
   * @return the training span, positive when the series span is
   * @throws NullPointerException if {@code seriesSpan} is null
   */
  public Duration trainingFor(Duration seriesSpan) {
    Objects.requireNonNull(seriesSpan, "seriesSpan");
    if (!training.isZero()) {
      return training;
    }
    Duration third = seriesSpan.dividedBy(3);
    if (third.compareTo(MAX_DEFAULT_TRAINING) > 0) {
      return MAX_DEFAULT_TRAINING;
    }
    Duration hours = third.truncatedTo(ChronoUnit.HOURS);
    return !hours.isZero() ? hours : third.isZero() ? Duration.ofMillis(1) : third;
  }

  /**
   * The training span set explicitly.
   *
   * @return the span, or empty for the default rule
   */
  public Optional<Duration> explicitTraining() {
    return training.isZero() ? Optional.empty() : Optional.of(training);
  }
}
