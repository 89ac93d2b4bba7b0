package dev.fundingkit.core.venue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The venues' funding conventions. Each constant's rule versions are declared as data in a
 * package-private class per venue; this class only names and indexes them.
 *
 * <p>Stateless and thread-safe.
 */
public final class FundingConventions {

  /**
   * Binance USDⓈ-M perpetuals ({@code binance-usdm}).
   *
   * <p><b>Formula.</b> {@code P} = the interval's premium index averaged with linearly
   * increasing weights {@code (1·P1 + … + n·Pn) / (1 + … + n)} over samples every 5 s
   * (5,760 per 8 h, Σi = 16,591,680; n = 720 × N for an N-hour interval), the premium being
   * {@code [max(0, impactBid − index) − max(0, index − impactAsk)] / index}.
   * <ul>
   *   <li>From 2019-09-13 (launch of USDⓈ-M perpetuals; the earliest rule on record) to
   *       2025-09-18 08:01 UTC: {@code F = P + clamp(I − P, ±0.05%)}.
   *   <li>From 2025-09-18 08:01 UTC: {@code F = [P + clamp(I − P, ±0.05%)] / (8/N)}, N the
   *       symbol's interval in hours (a 4-hour symbol such as PUMPUSDT divides by 2).
   * </ul>
   * Then {@code F} is capped: {@code clamp(F, −0.75 × MMR, +0.75 × MMR)} with the MMR of the
   * maximum-leverage tier when {@link SymbolTerms#withMargin margin rates} are given (BTCUSDT:
   * 0.75 × 0.4% = ±0.3%), an explicit {@link SymbolTerms#withCap cap} otherwise (others ±2%,
   * per-symbol values via {@code GET /fapi/v1/fundingInfo}), and no cap by default.
   *
   * <p><b>Parameters.</b> {@code I} = 0.01% per 8 h (0.03% a day; the dead zone is
   * {@code P ∈ [−0.04%, +0.06%]}, where {@code F = I}); some symbols have 0% (XAUUSDT and
   * XAGUSDT from 2026-01-23, equity perps), given per symbol with
   * {@link SymbolTerms#withInterest}. Default interval 8 h (00/08/16 UTC); 4 h and 1 h per
   * symbol. Published as 8-decimal strings ({@code "0.00010000"}); Binance does not document
   * its rounding, so {@link java.math.RoundingMode#HALF_UP} is an assumption
   * (venues.md §18 #17).
   *
   * <p><b>Sources.</b> Binance FAQ <i>Introduction to Binance Futures Funding Rates</i>,
   * https://www.binance.com/en/support/faq/detail/360033525031 (2019 copy and current);
   * announcement of 2025-09-16, <i>Important Updates on Funding Rate Formula and Mark Price
   * Calculation of Futures Contracts</i>, effective 2025-09-18 08:01 UTC (archive
   * {@code A13Club/BinanceAnnouncement}). Summarised in {@code venues.md} §3.
   *
   * <p><b>Ambiguities resolved</b> (venues.md §18):
   * <ul>
   *   <li>#2, interest for 4 h and 1 h symbols before 2025-09-18: read as <b>0.01% per
   *       interval, not prorated</b>. The FAQ formula has no N in it and names one I for all
   *       symbols; the 2025 announcement keeps I = 0.01% and divides the whole rate by 8/N,
   *       which would double-count if I had already been prorated. Under this reading a 4-hour
   *       symbol in a calm market settles at 0.01% per 4 h before the change and 0.005%
   *       after; no source found confirms or refutes it, and the shared data holds no 4-hour
   *       symbol to check.
   *   <li>#3, averaging for 1 h symbols: <b>linear weights, n = 720</b>, as the primary text
   *       states for every interval; the equal-weight claim of one secondary note is
   *       unverified.
   * </ul>
   * The premium cadence of the 2019 FAQ was 1 s; the date it became 5 s is not known, so all
   * versions state 5 s.
   */
  public static final FundingConvention BINANCE_USDM = BinanceUsdm.CONVENTION;

  /**
   * Hyperliquid perpetuals ({@code hyperliquid}): hourly settlement of one eighth of an
   * 8-hour rate.
   *
   * <p><b>Formula.</b> {@code F8h = P + clamp(0.01% − P, ±0.05%)}, {@code F1h = clamp(F8h / 8,
   * ±4%)}, paid every hour on the hour. {@code P} = the simple mean over the hour of premium
   * samples taken every 5 s, {@code [max(impactBid − oracle, 0) − max(oracle − impactAsk, 0)]
   * / oracle}, impact notional 20,000 USDC for BTC and ETH and 6,000 USDC otherwise. In a calm
   * market ({@code P ∈ [−0.04%, +0.06%]}) the hourly rate is exactly {@code 0.0000125}.
   *
   * <p><b>Parameters.</b> Interest 0.01% per 8 h (0.00125% per hour; 10.95% a year simple,
   * the docs' "≈11.6% APR" is the compounded figure); cap ±4% per hour for every asset;
   * default and only interval 1 h. Payment = size × <b>oracle</b> price × {@code F1h}
   * (see the venue mechanics). Published as 10-decimal strings rounded
   * {@link java.math.RoundingMode#HALF_UP}.
   *
   * <p><b>Effective dates.</b> One version, in force from 2024-01-01 00:00 UTC: the first hour
   * of the verified data; earlier hours are refused rather than assumed.
   *
   * <p><b>Verified.</b> Recomputing the 24,384 published hourly BTC and ETH rates of
   * 2024-01-01..2025-12-28 from the venue's own {@code premium} field reproduces 100% within
   * 1e-10 and 97.0% exactly at 10 decimals. Every miss is an hour whose exact decimal result
   * ends in a 5 at the 11th decimal: the premium is itself published rounded to 10 decimals,
   * so the venue's unrounded internals decide such ties and no rounding mode can recover them;
   * {@code HALF_UP} matches slightly more ties than {@code HALF_EVEN} or {@code HALF_DOWN}.
   *
   * <p><b>Sources.</b> Hyperliquid docs, <i>Funding</i>,
   * https://hyperliquid.gitbook.io/hyperliquid-docs/trading/funding, and the contract
   * specifications table (read 2026); venues.md §10.
   *
   * <p><b>Ambiguities resolved</b> (venues.md §18 #10): the hourly rate is {@code F8h / 8}
   * (the data follow it; the docs' own worked example omits the division); the {@code premium}
   * field is the hour's average (the data reproduce from it); the 4% cap applies after the
   * division, as the docs word it ("capped at 4%/hour"), which the data never exercise.
   */
  public static final FundingConvention HYPERLIQUID = Hyperliquid.CONVENTION;

  private static final Map<String, FundingConvention> BY_ID =
      index(List.of(BINANCE_USDM, HYPERLIQUID));

  private FundingConventions() {}

  /**
   * Every convention, in the order listed here.
   *
   * @return an unmodifiable list of the conventions
   */
  public static List<FundingConvention> all() {
    return List.copyOf(BY_ID.values());
  }

  static FundingConvention byId(String id) {
    FundingConvention convention = BY_ID.get(id.trim().toLowerCase(Locale.ROOT));
    if (convention == null) {
      throw new IllegalArgumentException(
          "venue must be one of " + BY_ID.keySet() + ", was '" + id + "'");
    }
    return convention;
  }

  private static Map<String, FundingConvention> index(List<FundingConvention> conventions) {
    Map<String, FundingConvention> byId = new LinkedHashMap<>();
    for (FundingConvention convention : conventions) {
      if (byId.put(convention.id(), convention) != null) {
        throw new IllegalStateException("duplicate venue id " + convention.id());
      }
    }
    return byId;
  }
}
