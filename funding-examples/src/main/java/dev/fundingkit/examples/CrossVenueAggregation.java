package dev.fundingkit.examples;

import dev.fundingkit.core.aggregate.AggregatedFunding;
import dev.fundingkit.core.aggregate.AggregationRule;
import dev.fundingkit.core.aggregate.VenueContribution;
import dev.fundingkit.core.aggregate.VenueExclusion;
import dev.fundingkit.core.aggregate.VenueReading;
import dev.fundingkit.core.aggregate.Weighting;
import dev.fundingkit.core.rate.AnnualizationBasis;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What is "the" funding rate of BTC across venues right now? Aggregated funding is the
 * open-interest-weighted mean of the venues' rates, but only after every rate is brought to one
 * interval: averaging Hyperliquid's hourly rate with Binance's 8-hourly one as they are is the
 * most common bug in the field. A venue whose feed went quiet must not vote either. This example
 * aggregates four venues on 8 h, 4 h and 1 h intervals, with one stale reading and one expected
 * venue missing, and compares open-interest weighting, equal weighting and the naive mean.
 */
public final class CrossVenueAggregation {

  private CrossVenueAggregation() {}

  /**
   * Prints each venue's part, the exclusions, and the aggregates.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Instant now = Instant.parse("2025-11-03T12:00:00Z");
    Duration h8 = Duration.ofHours(8);
    // tag::aggregate[]
    List<VenueReading> readings = List.of(                    // open interest in USD bn
        VenueReading.of("binance-usdm", FundingRate.ofPercent(-0.03, h8), now)
            .withOpenInterest(8.0),
        VenueReading.of("bybit", FundingRate.ofPercent(-0.02, h8), now).withOpenInterest(4.0),
        VenueReading.of("okx", FundingRate.ofPercent(-0.015, Duration.ofHours(4)), now)
            .withOpenInterest(3.0),
        VenueReading.of("hyperliquid", FundingRate.ofPercent(-0.00125, Duration.ofHours(1)),
            now.minusSeconds(600)).withOpenInterest(2.0),
        VenueReading.of("deribit", FundingRate.ofPercent(-0.2, h8),    // feed stuck for 3 h
            now.minus(Duration.ofHours(3))).withOpenInterest(1.0));
    Set<String> expected = Set.of("binance-usdm", "bybit", "okx", "hyperliquid", "deribit",
        "kraken");

    AggregationRule byOpenInterest = AggregationRule.of(Weighting.OPEN_INTEREST); // 8 h, max 1 h
    AggregatedFunding weighted = byOpenInterest.aggregate(now, readings, expected);
    AggregatedFunding equal =
        byOpenInterest.withWeighting(Weighting.EQUAL).aggregate(now, readings, expected);
    // end::aggregate[]

    System.out.println("venue          as read          per 8h     OI weight");
    for (VenueContribution c : weighted.contributions()) {
      System.out.printf(Locale.ROOT, "%-14s %-16s %8.4f%%  %6.1f%%%n",
          c.venue(), c.rate(), c.normalised().percent(), c.weight() * 100);
    }
    for (VenueExclusion x : weighted.exclusions()) {
      System.out.printf(Locale.ROOT, "%-14s excluded: %s (%s)%n",
          x.venue(), x.reason(), x.detail());
    }
    System.out.printf(Locale.ROOT, "OI-weighted    %.4f%%/8h  (%.1f%% a year simple)%n",
        weighted.rate().percent(), weighted.rate().annualize(AnnualizationBasis.SIMPLE) * 100);
    System.out.printf(Locale.ROOT, "Equal-weighted %.4f%%/8h  (%.1f%% a year simple)%n",
        equal.rate().percent(), equal.rate().annualize(AnnualizationBasis.SIMPLE) * 100);
    double naive = 0;
    for (VenueContribution c : weighted.contributions()) {
      naive += c.rate().percent() / weighted.contributions().size();
    }
    System.out.printf(Locale.ROOT,
        "Naive mean     %.4f%% over mixed intervals (wrong: 1h and 4h rates read as 8h)%n", naive);
  }
}
