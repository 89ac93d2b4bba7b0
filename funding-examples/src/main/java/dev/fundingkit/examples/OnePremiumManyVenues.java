package dev.fundingkit.examples;

import dev.fundingkit.core.formula.FundingBreakdown;
import dev.fundingkit.core.rate.AnnualizationBasis;
import dev.fundingkit.core.rate.FundingIntervals;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.venue.FundingConvention;
import dev.fundingkit.core.venue.FundingConventions;
import dev.fundingkit.core.venue.SymbolTerms;
import dev.fundingkit.core.venue.UnknownFundingRuleException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Does the same market dislocation cost the same everywhere? No: one average premium of −0.08%
 * becomes very different funding depending on the venue's formula, the symbol's interval and
 * the date. Binance charged a 4-hour symbol the full 8-hour formula every 4 hours until
 * 2025-09-18 and has divided by 8/N since; Bybit prorates the interest but not the band;
 * Hyperliquid and dYdX pay an eighth of an 8-hour rate every hour; Kraken divides by 24.
 * Comparing rates, or carrying a strategy from one venue to another, is only sound once each
 * rate is normalised to a common interval, as the {@code per 8h} and {@code a year} columns
 * do. Venues whose formula is not published refuse rather than guess.
 */
public final class OnePremiumManyVenues {

  private OnePremiumManyVenues() {}

  /** One venue, symbol interval and date to price the premium at. */
  private record Case(FundingConvention venue, int hours, String date) {}

  /**
   * Prints the rate each venue would charge for the same premium.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    double premium = -0.0008;   // the interval's average premium: perp 0.08% below the index
    List<Case> cases = List.of(
        new Case(FundingConventions.BINANCE_USDM, 8, "2025-06-01"),
        new Case(FundingConventions.BINANCE_USDM, 4, "2025-06-01"),  // before the ÷(8/N) rule
        new Case(FundingConventions.BINANCE_USDM, 4, "2025-11-01"),  // after it
        new Case(FundingConventions.BYBIT, 4, "2025-11-01"),
        new Case(FundingConventions.OKX, 8, "2025-11-01"),
        new Case(FundingConventions.BITGET, 1, "2025-11-01"),
        new Case(FundingConventions.HYPERLIQUID, 1, "2025-11-01"),
        new Case(FundingConventions.DYDX, 1, "2025-11-01"),
        new Case(FundingConventions.KRAKEN, 1, "2025-11-01"),
        new Case(FundingConventions.DERIBIT, 8, "2025-11-01"),
        new Case(FundingConventions.MEXC, 8, "2025-11-01"));

    System.out.printf("%-16s %-10s  %-14s %9s  %9s%n", "venue", "date", "rate", "per 8h", "a year");
    for (Case c : cases) {
      Instant at = Instant.parse(c.date() + "T00:00:00Z");
      String label = String.format(Locale.ROOT, "%-16s %s  ", c.venue().name(), c.date());
      try {
        // tag::one-premium[]
        FundingBreakdown b =
            c.venue().rate(at, premium, SymbolTerms.of(Duration.ofHours(c.hours())));
        FundingRate per8h = b.rate().rescaleTo(Duration.ofHours(8));  // comparable across venues
        double perYear = b.rate().annualize(AnnualizationBasis.SIMPLE);
        // end::one-premium[]
        System.out.printf(Locale.ROOT, "%s%8.5f%%/%-4s %8.4f%%  %8.2f%%%n", label,
            b.rate().percent(), FundingIntervals.format(b.rate().interval()), per8h.percent(),
            perYear * 100);
      } catch (UnknownFundingRuleException e) {
        System.out.println(label + "refused: formula not published");
      }
    }
  }
}
