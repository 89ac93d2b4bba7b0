package dev.fundingkit.examples.cli;

import dev.fundingkit.core.venue.FundingConvention;
import dev.fundingkit.core.venue.FundingRuleVersion;
import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --venue ID [--interval DURATION]}: a venue and the symbol's interval (a mixin). */
final class VenueArgs {

  @Option(
      names = "--venue",
      required = true,
      paramLabel = "ID",
      converter = ArgTypes.Venue.class,
      description = "Venue id, such as binance-usdm or hyperliquid.")
  FundingConvention venue;

  @Option(
      names = "--interval",
      paramLabel = "DURATION",
      converter = ArgTypes.Interval.class,
      description = "The symbol's funding interval (default: the venue's default).")
  Duration interval;

  /** The symbol's interval under a rule: the option, else the rule's default. */
  Duration intervalUnder(FundingRuleVersion rule) {
    return interval == null ? rule.defaultInterval() : interval;
  }
}
