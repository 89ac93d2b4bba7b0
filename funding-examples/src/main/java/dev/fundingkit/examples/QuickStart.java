package dev.fundingkit.examples;

import dev.fundingkit.core.formula.FundingBreakdown;
import dev.fundingkit.core.premium.PremiumIndex;
import dev.fundingkit.core.rate.AnnualizationBasis;
import dev.fundingkit.core.rate.FundingPayment;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.rate.PositionSide;
import dev.fundingkit.core.venue.FundingConventions;
import dev.fundingkit.core.venue.SymbolTerms;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Quick start: a perpetual trades at 2,790 against a spot index of 2,800. What funding does
 * Binance USDⓈ-M charge, what is that a year, who pays whom, and how much on a position? These
 * four steps (premium, venue formula, annualisation, payment) underlie every funding question,
 * and the figures are the domain brief's worked example: a −0.357% premium becomes −0.307% per
 * 8 hours, about −336% a year simple, paid by shorts to longs.
 */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Prints the premium, the Binance rate, its annualisation and the payment on 10,000 USDT.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // tag::quickstart[]
    double premium = PremiumIndex.fromPrices(2_790, 2_800);             // (perp − spot) / spot
    FundingBreakdown binance = FundingConventions.BINANCE_USDM.rate(
        Instant.parse("2025-10-01T08:00:00Z"), premium, SymbolTerms.of(Duration.ofHours(8)));
    FundingRate rate = binance.rate();                                   // −0.307%/8h
    double simple = rate.annualize(AnnualizationBasis.SIMPLE);          // × 3 × 365
    double compound = rate.annualize(AnnualizationBasis.COMPOUND);
    FundingPayment longLeg = FundingPayment.of(rate, PositionSide.LONG, 10_000);
    // end::quickstart[]

    System.out.printf(Locale.ROOT, "Premium index         %.3f%%  (perp 2,790, spot 2,800)%n",
        premium * 100);
    System.out.printf(Locale.ROOT, "Binance USDⓈ-M rate   %.3f%%/8h  (published %s)%n",
        rate.percent(), binance.published());
    System.out.printf(Locale.ROOT,
        "Annualised            %.0f%% simple (× %.0f), %.1f%% compounded%n",
        simple * 100, rate.periodsPerYear(), compound * 100);
    System.out.printf(Locale.ROOT, "Direction             %s: the %s side pays%n",
        rate.direction(), rate.direction().payer().orElseThrow());
    System.out.printf(Locale.ROOT,
        "On 10,000 USDT        long %s %.2f USDT, short %s %.2f USDT per settlement%n",
        longLeg.pays() ? "pays" : "receives", Math.abs(longLeg.cashFlow()),
        longLeg.counterparty().pays() ? "pays" : "receives",
        Math.abs(longLeg.counterparty().cashFlow()));
  }
}
