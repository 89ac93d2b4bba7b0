package dev.fundingkit.examples.cli;

import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --rate FRACTION --interval DURATION}: a funding rate with its interval (a mixin). */
final class RateArgs {

  @Option(
      names = "--rate",
      required = true,
      paramLabel = "FRACTION",
      converter = ArgTypes.Fraction.class,
      description = "Funding rate per interval as a fraction (0.0001 = 0.01%% = 1 bp).")
  double rate;

  @Option(
      names = "--interval",
      required = true,
      paramLabel = "DURATION",
      converter = ArgTypes.Interval.class,
      description = "Funding interval: 8h, 4h, 1h, 30m or ISO-8601 (PT8H).")
  Duration interval;

  /** The rate the two options give. */
  FundingRate fundingRate() {
    return FundingRate.of(rate, interval);
  }

  /**
   * The one line for a rate and interval whose yearly figure overflows a double: it names the
   * options, not the library's parameters.
   */
  String overflow(String what) {
    return "Invalid value for option '--rate': " + rate + " per " + dev.fundingkit.core.rate
        .FundingIntervals.format(interval) + " (--interval) gives a " + what
        + " yearly figure that overflows a double";
  }
}
