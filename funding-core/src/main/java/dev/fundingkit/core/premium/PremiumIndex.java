package dev.fundingkit.core.premium;

import dev.fundingkit.core.ArgChecks;

/**
 * The premium index: the perpetual's distance from its index as a fraction of the index.
 * Positive when the perpetual trades rich (longs will tend to pay), negative at a discount.
 *
 * <p>Two forms: from prices, {@code (perp − index) / index}; and from the book, as most venues
 * define it, {@code [max(0, impactBid − index) − max(0, index − impactAsk)] / index}, which is
 * zero while the index lies between the impact prices.
 *
 * <p>Every price must be finite and strictly positive; anything else gets
 * {@link IllegalArgumentException} naming the parameter and the value. Stateless and
 * thread-safe.
 */
public final class PremiumIndex {

  private PremiumIndex() {}

  /**
   * The premium from the perpetual's price and the index: {@code (perp − index) / index}.
   * Perp 2,790 against index 2,800 is {@code −0.00357…}.
   *
   * @param perpPrice the perpetual's price (mark or last), finite and positive
   * @param indexPrice the spot index price, finite and positive
   * @return the premium as a fraction of the index, {@code -0.0} normalised to {@code 0.0}
   * @throws IllegalArgumentException if a price is NaN, infinite, zero or negative
   */
  public static double fromPrices(double perpPrice, double indexPrice) {
    ArgChecks.positive("perpPrice", perpPrice);
    ArgChecks.positive("indexPrice", indexPrice);
    double premium = (perpPrice - indexPrice) / indexPrice;
    // PIT: equivalent mutant (boundaries): at indexPrice 1 the premium cannot overflow.
    return ArgChecks.noOverflow(premium, indexPrice < 1 ? "indexPrice" : "perpPrice",
        indexPrice < 1 ? indexPrice : perpPrice);
  }

  /**
   * The premium from impact prices (the average fill prices of the venue's impact notional on
   * each side): {@code [max(0, impactBid − index) − max(0, index − impactAsk)] / index}.
   *
   * @param impactBid the average price selling the impact notional, finite and positive
   * @param impactAsk the average price buying the impact notional, finite, positive and at
   *     least {@code impactBid} (a real book cannot be crossed at the impact size)
   * @param indexPrice the index price, finite and positive
   * @return the premium as a fraction of the index, {@code -0.0} normalised to {@code 0.0}
   * @throws IllegalArgumentException if a price is NaN, infinite, zero or negative, or
   *     {@code impactBid > impactAsk} (usually swapped arguments)
   */
  public static double fromImpactPrices(double impactBid, double impactAsk, double indexPrice) {
    ArgChecks.positive("impactBid", impactBid);
    ArgChecks.positive("impactAsk", impactAsk);
    ArgChecks.positive("indexPrice", indexPrice);
    if (impactBid > impactAsk) {
      throw new IllegalArgumentException(
          "impactBid must be <= impactAsk " + impactAsk + ", was " + impactBid);
    }
    double rich = Math.max(0.0, impactBid - indexPrice);
    double cheap = Math.max(0.0, indexPrice - impactAsk);
    return ArgChecks.noOverflow((rich - cheap) / indexPrice, "indexPrice", indexPrice);
  }
}
