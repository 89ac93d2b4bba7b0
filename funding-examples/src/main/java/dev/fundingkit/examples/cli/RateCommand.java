package dev.fundingkit.examples.cli;

import dev.fundingkit.core.FundingOverflowException;
import dev.fundingkit.core.formula.FundingBreakdown;
import dev.fundingkit.core.formula.FundingCap;
import dev.fundingkit.core.formula.MarginRates;
import dev.fundingkit.core.premium.PremiumIndex;
import dev.fundingkit.core.rate.FundingIntervals;
import dev.fundingkit.core.venue.FundingConvention;
import dev.fundingkit.core.venue.FundingRuleVersion;
import dev.fundingkit.core.venue.SymbolTerms;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code fundingkit rate}: what a venue would charge for an interval's average premium. */
@Command(
    name = "rate",
    header = "What a venue would charge for a premium.",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description =
        "Computes a settlement's funding rate with the venue's rule in force at --at: interest,"
            + " clamp band, interval scaling, cap and published rounding. The premium is the"
            + " interval's average premium index as the venue defines it, or (perp - index) /"
            + " index from --perp and --index.",
    footer = {
      "",
      "Venue ids: binance-usdm, binance-usdm-pre-market, binance-coinm, bybit, okx, bitmex,"
          + " deribit, dydx, hyperliquid, hyperliquid-xyz, kraken, bitget, gate, htx, coinbase,"
          + " kucoin, mexc, aster, lighter, and any loaded"
          + " with --rules ('fundingkit venues' lists them with their rule versions). A rule"
          + " version that is not PUBLISHED computes with a warning on standard error.",
      "",
      "Examples:",
      "  fundingkit rate --venue binance-usdm --at 2025-01-01T00:00:00Z --premium -0.00357 --json",
      "  fundingkit rate --venue binance-usdm --at 2025-10-01T00:00:00Z --interval 4h"
          + " --perp 2790 --index 2800 --imr 0.008 --mmr 0.004"
    })
final class RateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin VenueArgs venueArgs;

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      converter = ArgTypes.Time.class,
      description = "Settlement instant, ISO-8601 UTC; selects the rule in force (default: the"
          + " latest rule).")
  Instant at;

  @ArgGroup(exclusive = true, multiplicity = "1")
  PremiumInput premium;

  @Option(
      names = "--interest",
      paramLabel = "FRACTION",
      converter = ArgTypes.Fraction.class,
      description = "Interest override I per the venue's default interval (0 for 0%%"
          + " symbols; default: the venue's), prorated to --interval where the venue prorates"
          + " its interest.")
  Double interest;

  @ArgGroup(exclusive = true)
  CapInput cap;

  @Mixin JsonOption output;

  /** The premium directly, or from two prices. */
  static final class PremiumInput {
    @Option(
        names = "--premium",
        required = true,
        paramLabel = "FRACTION",
        converter = ArgTypes.Fraction.class,
        description = "The interval's average premium index, a fraction (-0.00357).")
    Double premium;

    @ArgGroup(exclusive = false)
    Prices prices;
  }

  /** Perpetual and index prices. */
  static final class Prices {
    @Option(
        names = "--perp",
        required = true,
        paramLabel = "PRICE",
        converter = ArgTypes.Positive.class,
        description = "Perpetual price (with --index).")
    double perp;

    @Option(
        names = "--index",
        required = true,
        paramLabel = "PRICE",
        converter = ArgTypes.Positive.class,
        description = "Index (spot) price (with --perp).")
    double index;
  }

  /** An explicit symmetric cap, or margin rates the venue derives its cap from. */
  static final class CapInput {
    @Option(
        names = "--cap",
        required = true,
        paramLabel = "FRACTION",
        converter = ArgTypes.Positive.class,
        description = "Symmetric cap and floor on the rate (0.003 is +/-0.3%%).")
    Double cap;

    @ArgGroup(exclusive = false)
    Margins margins;
  }

  /** Initial and maintenance margin rates at the cap rule's tier. */
  static final class Margins {
    @Option(
        names = "--imr",
        required = true,
        paramLabel = "FRACTION",
        converter = ArgTypes.Positive.class,
        description = "Initial margin rate (with --mmr); the venue's rule derives the cap.")
    double initial;

    @Option(
        names = "--mmr",
        required = true,
        paramLabel = "FRACTION",
        converter = ArgTypes.Positive.class,
        description = "Maintenance margin rate (with --imr).")
    double maintenance;
  }

  @Override
  public Integer call() {
    ArgTypes.zoneRemark(spec, "--at");
    FundingConvention venue = venueArgs.venue();
    FundingRuleVersion rule = at == null ? venue.latestVersion() : venue.versionAt(at);
    java.time.Duration interval = venueArgs.intervalUnder(rule);
    if (!rule.settlementIntervals().contains(interval)) {
      // Never relabel: the venue pays no rate on this interval.
      throw new ParameterException(spec.commandLine(), "--interval: " + venue.id()
          + " settles on " + intervals(rule) + " only under the rule in force from "
          + rule.effectiveFrom() + ", was " + FundingIntervals.format(interval)
          + "; compute on a native interval and use 'fundingkit annualize' to compare");
    }
    SymbolTerms terms = SymbolTerms.of(interval);
    if (interest != null) {
      terms = terms.withInterest(interest);
    }
    if (cap != null && cap.cap != null) {
      terms = terms.withCap(FundingCap.symmetric(cap.cap));
    } else if (cap != null) {
      terms = terms.withMargin(margins(cap.margins));
    }
    FundingBreakdown b;
    try {
      double averagePremium = premium.premium != null
          ? premium.premium
          : PremiumIndex.fromPrices(premium.prices.perp, premium.prices.index);
      b = rule.rate(averagePremium, terms);
      b.annualized(); // an annual figure that overflows is refused here, not printed as null
    } catch (FundingOverflowException e) {
      // Name the options the user gave, never the library's parameters.
      throw new ParameterException(spec.commandLine(), premium.premium != null
          ? "Invalid value for option '--premium': " + premium.premium
              + " gives a rate that overflows a double"
          : "Invalid values for options '--perp' and '--index': " + premium.prices.perp
              + " and " + premium.prices.index + " give a premium (perp - index) / index that"
              + " overflows a double");
    }
    if (b.provenance().needsWarning()) {
      Output.note(spec, "warning: " + venue.id() + " rule in force from "
          + rule.effectiveFrom() + " is " + b.provenance() + ", not published by the venue: "
          + rule.source());
    }
    String shortInterval = FundingIntervals.format(terms.interval());

    Output out = new Output();
    out.json().put("venue", venue.id());
    if (at == null) {
      out.json().putNull("at");
    } else {
      out.json().put("at", at.toString());
    }
    out.json().put("interval", shortInterval);
    Output.put(out.json(), "rate", b.rate().value());
    out.json().put("published", b.published());
    Output.put(out.json(), "premium", b.averagePremium());
    Output.put(out.json(), "interest", b.interest());
    Output.put(out.json(), "clampTerm", b.clampTerm());
    out.json().put("capped", b.capped());
    Output.put(out.json(), "annualized", b.annualized());
    out.json().put("ruleEffectiveFrom", rule.effectiveFrom().toString());
    out.json().put("formula", rule.formulaText());
    out.json().put("provenance", b.provenance().name());
    out.json().put("cap", rule.capFor(terms).toString());
    Output.put(out.json(), "raw", b.raw());
    Output.put(out.json(), "scaled", b.scaled());

    out.title(venue.id() + (at == null ? " (latest rule)" : " at " + at) + ": "
            + Output.percent(b.rate().value()) + "/" + shortInterval + ", published "
            + b.published())
        .row("rule", "in force from " + rule.effectiveFrom() + ": " + rule.formulaText())
        .row("provenance", b.provenance() + ": " + rule.source())
        .row("premium P", Output.number(b.averagePremium()))
        .row("interest I", Output.number(b.interest()))
        .row("clamp term", Output.number(b.clampTerm()))
        .row("raw P + clamp", Output.number(b.raw()))
        .row("scaled to " + shortInterval, Output.number(b.scaled()))
        .row("cap", rule.capFor(terms) + (b.capped() ? " (binding)" : " (not binding)"))
        .row("rate", Output.number(b.rate().value()) + " per " + shortInterval + " ("
            + Output.percent(b.rate().value()) + ")")
        .row("annualized", Output.percent(b.annualized()) + " a year (simple)");
    out.print(spec, output.json);
    return 0;
  }

  private static String intervals(FundingRuleVersion rule) {
    StringBuilder text = new StringBuilder();
    for (java.time.Duration d : rule.settlementIntervals()) {
      text.append(text.length() == 0 ? "" : ", ").append(FundingIntervals.format(d));
    }
    return text.toString();
  }

  private MarginRates margins(Margins m) {
    try {
      return MarginRates.of(m.initial, m.maintenance);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--imr/--mmr: " + e.getMessage());
    }
  }
}
