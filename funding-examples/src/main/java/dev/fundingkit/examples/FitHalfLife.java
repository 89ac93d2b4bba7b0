package dev.fundingkit.examples;

import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
import dev.fundingkit.stats.ou.ConfidenceInterval;
import dev.fundingkit.stats.ou.OuFit;
import dev.fundingkit.stats.ou.OuFitter;
import dev.fundingkit.stats.ou.OuParameters;
import dev.fundingkit.stats.ou.OuSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Random;

/**
 * How fast does funding revert, and how sure can we be? A reverse farm is sized on the
 * half-life of funding's excursions, so a half-life estimate without its error is a trap: the
 * raw maximum-likelihood θ is biased upward on short samples (half-lives come out too short),
 * and a random walk can look mean-reverting. This example simulates 90 days of 8-hourly BTC-like
 * funding (mean +0.01%/8h, stationary sd 0.03%/8h, true half-life 24 h) and fits it, showing the
 * raw MLE beside the Tang–Chen bias-corrected θ, the half-life with its 95% interval and the
 * verdict, which also requires the Dickey–Fuller test to reject a unit root; a random walk of
 * the same length shows why.
 */
public final class FitHalfLife {

  private FitHalfLife() {}

  /**
   * Prints the true parameters, the fitted ones and the verdict.
   *
   * @param args optional: the random seed (default 12)
   */
  public static void main(String[] args) {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : 12L;
    double theta = Math.log(2) / 24;                      // per hour: half-life 24 h
    double sigma = 0.0003 * Math.sqrt(2 * theta);        // stationary sd 0.03%/8h
    Instant[] times = new Instant[270];                   // 90 days of 8-hourly settlements
    for (int i = 0; i < times.length; i++) {
      times[i] = Instant.parse("2025-01-01T00:00:00Z").plus(Duration.ofHours(8L * i));
    }
    // Values are 8-hour rates; θ and σ are per hour, the fitter's default time unit.
    OuParameters truth = OuParameters.perHour(theta, FundingRate.of(0.0001, Duration.ofHours(8)), sigma);

    long[] millis = new long[times.length];
    for (int i = 0; i < millis.length; i++) {
      millis[i] = times[i].toEpochMilli();
    }

    // tag::fit-half-life[]
    double[] rates = OuSimulator.seeded(truth, seed).path(times);
    FundingSeries series = FundingSeries.of(millis, rates, Duration.ofHours(8),
        IntervalSource.DECLARED);                         // every rate per 8 h, as published
    OuFit fit = OuFitter.defaults().fit(series);          // Tang–Chen, profile-likelihood CI
    double thetaMle = fit.thetaMle().orElseThrow();       // raw MLE, per hour
    double thetaCorrected = fit.theta().orElseThrow();    // bias-corrected
    double halfLife = fit.halfLifeHours().orElseThrow();
    ConfidenceInterval ci = fit.halfLifeHoursCi().orElseThrow();
    // end::fit-half-life[]

    System.out.printf(Locale.ROOT, "True       θ %.4f/h  half-life %.1f h  (%d settlements, 8h)%n",
        theta, truth.halfLife().toMinutes() / 60.0, fit.n());
    System.out.printf(Locale.ROOT, "MLE        θ %.4f/h  half-life %.1f h%n",
        thetaMle, fit.halfLifeHoursMle().orElseThrow());
    System.out.printf(Locale.ROOT,
        "Corrected  θ %.4f/h  half-life %.1f h  95%% CI [%.1f, %.1f] h%n",
        thetaCorrected, halfLife, ci.lower(), ci.upper());
    System.out.printf(Locale.ROOT, "Mean       %.4f%%/8h  stationary sd %.4f%%/8h%n",
        fit.mu().orElseThrow().value() * 100, fit.stationarySd().orElseThrow().value() * 100);
    System.out.printf(Locale.ROOT, "Verdict    %s (Dickey–Fuller τ %.2f); CI %s the true 24 h%n",
        fit.verdict(), fit.adfTau().orElseThrow(), ci.contains(24.0) ? "covers" : "misses");

    // A random walk has no half-life, yet its point estimate usually looks like one.
    double[] walk = new double[times.length];
    Random random = new Random(seed);
    for (int i = 1; i < walk.length; i++) {
      walk[i] = walk[i - 1] + 0.0001 * random.nextGaussian();
    }
    OuFit walkFit = OuFitter.defaults().fit(series.withValues(walk));
    System.out.printf(Locale.ROOT, "Random walk: point half-life %s, verdict %s%n",
        walkFit.halfLifeHours().isPresent()
            ? String.format(Locale.ROOT, "%.0f h", walkFit.halfLifeHours().getAsDouble())
            : "none",
        walkFit.verdict());
  }
}
