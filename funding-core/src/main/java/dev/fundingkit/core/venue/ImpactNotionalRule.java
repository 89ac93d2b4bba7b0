package dev.fundingkit.core.venue;

import dev.fundingkit.core.ArgChecks;
import java.io.Serializable;
import java.util.Objects;

/**
 * How a venue sizes the impact notional its impact bid and ask are measured at: a margin
 * amount divided by the initial-margin rate of the maximum-leverage tier,
 * {@code notional = margin / IMR} (Binance BTCUSDT at 125x: 200 / 0.8% = 25,000 USDT).
 *
 * @param margin the margin amount, positive, in {@code currency}
 * @param currency the currency of the margin and of the notional, such as {@code USDT}
 */
public record ImpactNotionalRule(double margin, String currency) implements Serializable {

  /** Binance USDⓈ-M: 200 USDT / IMR at the maximum-leverage tier (Binance FAQ). */
  public static final ImpactNotionalRule BINANCE_USDM = new ImpactNotionalRule(200, "USDT");

  /** Binance COIN-M: 200 USD / IMR at the maximum-leverage tier (Binance FAQ). */
  public static final ImpactNotionalRule BINANCE_COINM = new ImpactNotionalRule(200, "USD");

  /** dYdX v4: 500 USDC / IMF (docs; 10% IMF gives 5,000 USDC). */
  public static final ImpactNotionalRule DYDX = new ImpactNotionalRule(500, "USDC");

  /**
   * OKX formula B: 200 × max leverage = 200 / IMR (secondary note citing OKX; venues.md
   * §18 #8).
   */
  public static final ImpactNotionalRule OKX = new ImpactNotionalRule(200, "USD");

  /**
   * Validates the rule.
   *
   * @param margin the margin amount, positive
   * @param currency the currency, not blank
   * @throws NullPointerException if {@code currency} is null
   * @throws IllegalArgumentException if {@code margin} is not positive or {@code currency} is
   *     blank
   */
  public ImpactNotionalRule {
    Objects.requireNonNull(currency, "currency");
    ArgChecks.positive("margin", margin);
    if (currency.isBlank()) {
      throw new IllegalArgumentException("currency must not be blank, was '" + currency + "'");
    }
  }

  /**
   * The impact notional for an initial-margin rate.
   *
   * @param initialMarginRate the initial-margin rate of the maximum-leverage tier, in (0, 1]
   *     (1 / max leverage)
   * @return {@code margin / initialMarginRate}, in {@link #currency()}
   * @throws IllegalArgumentException if the rate is not in (0, 1]
   */
  public double notionalFor(double initialMarginRate) {
    ArgChecks.positive("initialMarginRate", initialMarginRate);
    ArgChecks.inRange("initialMarginRate", initialMarginRate, 0, 1);
    return ArgChecks.noOverflow(margin / initialMarginRate, "initialMarginRate",
        initialMarginRate);
  }
}
