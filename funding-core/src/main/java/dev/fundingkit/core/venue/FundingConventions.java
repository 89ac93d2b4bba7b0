package dev.fundingkit.core.venue;

import dev.fundingkit.core.formula.Provenance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The venues' funding conventions and the open registry. Each constant's rule versions are
 * data, read from the resource {@code builtin.rules} in the rules text format of
 * {@link FundingRulesFile} exactly as a user's rules file is; this class names and indexes them,
 * and {@link #register(FundingConvention)} adds a user's own venue or rule versions, found by
 * {@link FundingConvention#of(String)} like a built-in.
 *
 * <p>Thread-safe: registration replaces the index atomically.
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
   * <p><b>Parameters.</b> {@code I} = 0.01% per 8 h (0.03% a day, prorated before
   * 2025-09-18; the dead zone is {@code P ∈ [I − 0.05%, I + 0.05%]}, where {@code F = I}).
   * BNBUSDT, BNBUSDC and ETHBTC have 0% in both versions
   * ({@link FundingRuleVersion#symbolInterest()}, applied by
   * {@link FundingRuleVersion#termsFor(String, java.time.Duration)}); other 0% symbols (XAUUSDT
   * and XAGUSDT from 2026-01-23, equity perps) are given with {@link SymbolTerms#withInterest}.
   * Positions opened up to 15 s after a settlement may still pay (FAQ; one copy says 1 min). Default interval 8 h (00/08/16 UTC); 4 h and 1 h per
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
   *   <li>#2, interest for 4 h and 1 h symbols before 2025-09-18: <b>prorated</b>, 0.03% a
   *       day × N/24 (0.005% per 4 h, 0.00125% per 1 h), resolved by the data: in
   *       {@code zushen-crossvenue/funding_binance.csv.gz} every 4-hour symbol's most common
   *       published rate before the change is 0.00005 and none is 0.0001 (test
   *       {@code BinanceCalmRateConformanceTest}). A calm 4-hour symbol so pays 0.005% both
   *       before and after the change; outside the dead zone the rates differ by 8/N.
   *   <li>#3, averaging for 1 h symbols: <b>linear weights, n = 720</b>, as the primary text
   *       states for every interval; the equal-weight claim of one secondary note is
   *       unverified.
   * </ul>
   * The premium cadence of the 2019 FAQ was 1 s; the date it became 5 s is not known, so all
   * versions state 5 s.
   */
  public static final FundingConvention BINANCE_USDM = BuiltInRules.get("binance-usdm");

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
   * ({@link FundingRuleVersion#window()}). Published as 10-decimal strings rounded
   * {@link java.math.RoundingMode#HALF_UP}.
   *
   * <p><b>Effective dates.</b> One version, in force from 2024-01-01 00:00 UTC: the first hour
   * of the verified data; earlier hours are refused rather than assumed.
   *
   * <p><b>Verified.</b> Recomputing the 24,384 published hourly BTC and ETH rates of
   * 2024-01-01..2025-12-28 from the venue's own {@code premium} field reproduces 100% within
   * 1e-10 and 97.2% (23,708) exactly at 10 decimals, the published figure being computed in
   * decimal from the published premium (binary rounding gave 97.0%). Every miss is an hour whose
   * exact decimal result
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
  public static final FundingConvention HYPERLIQUID = BuiltInRules.get("hyperliquid");

  /**
   * Binance COIN-M (coin-margined, inverse) perpetuals ({@code binance-coinm}).
   *
   * <p><b>Formula.</b> The USDⓈ-M formula family of {@link #BINANCE_USDM}: {@code P} averaged
   * with linear weights over 5-s samples, {@code F = P + clamp(I − P, ±0.05%)}, from
   * 2025-09-18 08:01 UTC divided by {@code 8/N}; then capped at {@code ±0.75 × MMR} when margin
   * rates are given. The impact margin notional is {@code 200 USD / IMR} at the
   * maximum-leverage tier ({@link ImpactNotionalRule#BINANCE_COINM}).
   *
   * <p><b>Parameters.</b> {@code I} = 0.01% per 8 h; default interval 8 h; published as 8
   * decimals (assumed: same API family) rounded {@code HALF_UP} (assumed). Contracts are
   * inverse: value in coin = contracts × multiplier (100 USD for BTC, 10 USD for most alts) /
   * mark price ({@link ContractType#INVERSE}).
   *
   * <p><b>Effective dates.</b> From 2023-01-01 00:00 UTC (the first COIN-M settlement in the
   * shared data; the launch date of COIN-M perpetuals is not in the sources); ÷(8/N) from
   * 2025-09-18 08:01 UTC.
   *
   * <p><b>Sources.</b> Binance FAQ 360033525031 (IMN = 200 USD / IMR for COIN-M), FAQ
   * a4470430 (contract multipliers), announcement of 2025-09-16 effective 2025-09-18 08:01 UTC;
   * venues.md §4.
   *
   * <p><b>Ambiguities.</b> The announcement's title covers "Futures Contracts" and its mark
   * price change names COIN-M explicitly, but its funding formula text does not say whether
   * COIN-M is included: applying ÷(8/N) to COIN-M is <b>unconfirmed</b>; it only matters for
   * COIN-M symbols on intervals other than 8 h. §18 #2 and #3 are resolved as for
   * {@link #BINANCE_USDM}.
   */
  public static final FundingConvention BINANCE_COINM = BuiltInRules.get("binance-coinm");

  /**
   * Binance USDⓈ-M pre-market perpetuals ({@code binance-usdm-pre-market}): a fixed
   * {@code 0.005%} per 4-hour interval while the contract trades before its spot listing.
   *
   * <p><b>Formula.</b> {@code F = 0.005%} per 4 h whatever the premium (there is no premium
   * index during pre-market); no cap. After conversion to a standard perpetual the contract
   * follows {@link #BINANCE_USDM} with a ±2% cap.
   *
   * <p><b>Effective dates.</b> From 2025-10-10 07:15 UTC, the earliest pre-market launch instant
   * found with a date (MONUSDT); earlier pre-market launches (0GUSDT) are not dated in the
   * sources.
   *
   * <p><b>Sources.</b> Binance pre-market launch announcements (0GUSDT, CCUSDT, MONUSDT,
   * 2025); venues.md §3.4.
   */
  public static final FundingConvention BINANCE_USDM_PRE_MARKET = BuiltInRules.get("binance-usdm-pre-market");

  /**
   * Bybit linear (USDT/USDC) and inverse perpetuals ({@code bybit}).
   *
   * <p><b>Formula.</b> {@code F = clamp(P + clamp(I − P, ±0.05%), lower, upper)} with
   * {@code P = Σ i·P_i / Σ i} over the interval's minute premiums {@code i = 1..60N}
   * (anchored at the interval start, latest minutes heaviest),
   * {@code P_i = [max(0, impactBid − index) − max(0, index − impactAsk)] / index}.
   *
   * <p><b>Parameters.</b> {@code I = 0.03% / (24/N)}, prorated by the interval: 0.01% per 8 h,
   * 0.005% per 4 h, 0.0025% per 2 h, 0.00125% per 1 h; 0 for USDCUSDT and ETHBTCUSDT (pass
   * {@link SymbolTerms#withInterest}(0)). The ±0.05% band is <b>not</b> scaled and there is
   * <b>no ÷(8/N)</b>. Cap {@code upper = min(0.75 × (IMR − MMR), MMR)} of the lowest risk tier,
   * {@code lower = −upper} (BTCUSDT IMR 1%, MMR 0.5%: ±0.375%), via
   * {@link SymbolTerms#withMargin}; symbol-level overrides (±2.5% for DATAUSDT) via
   * {@link SymbolTerms#withCap}. Default interval 8 h (00/08/16 UTC); 4, 2 and 1 h per symbol.
   * Published precision is not documented: rates are unrounded. Payment = position value at
   * mark × F; linear value = qty × mark, inverse = qty (USD) / mark.
   *
   * <p><b>Effective dates.</b> One version from 2022-07-05 00:00 UTC, when Bybit completed its
   * move to settling with the current interval's rate; the earlier mark-based,
   * previous-interval rule is not modelled. The automatic switch to 1 h at the cap (from
   * 2025-10-30 08:00 UTC) changes the schedule, not the formula.
   *
   * <p><b>Sources.</b> Bybit Help Center <i>Introduction to Funding Rate</i>
   * (https://www.bybit.com/en/help-center/article/Introduction-to-Funding-Rate) and
   * <i>Funding Fee Calculation</i>; API v5 docs (instruments-info, tickers, history-fund-rate),
   * read 2026; venues.md §5.
   *
   * <p><b>Ambiguities resolved</b> (§18 #7): the current index-based premium text is used (the
   * older mark-based and "fair buy price" variants describe earlier versions); the cap
   * coefficient is 0.75 (the stated ranges 0.5–1 and 0.75–1 are handled by explicit caps).
   */
  public static final FundingConvention BYBIT = BuiltInRules.get("bybit");

  /**
   * OKX perpetual swaps ({@code okx}), in three formula versions.
   *
   * <p><b>A (2019-07-18 … 2025-04-24 00:01 UTC).</b> {@code F = clamp(MA(P_mid − I), floor, cap)}
   * with {@code I = 0}, {@code P_mid = ((bestBid + bestAsk)/2 − index)/index} every minute and
   * MA the simple mean; no clamp band. Window anchored at the period start until
   * 2024-03-05 08:00 UTC, then rolling over the last N hours (at 16:10 the window is
   * 08:11–16:10; see {@link FundingRuleVersion#window()}). Legacy caps per currency: BTC ±0.375%; ADA,
   * AVAX, BCH, DOT, EOS, ETC, ETH, FIL, LINK, LTC, TRX, XRP and BTC(USDC) ±0.75%; DOGE(USD)
   * ±3%; others ±1.5% ({@link SymbolTerms#withCap}).
   *
   * <p><b>B (from 2025-04-24 00:01 UTC).</b> {@code F = clamp(P + clamp(I − P, ±0.05%), floor,
   * cap)}, {@code I = 0.03% / (24/N)} (BTCUSDT 8 h: 0.01%; USDCUSDT 0), {@code P} the impact
   * premium {@code [max(0, impactBid − index) − max(0, index − impactAsk)] / index} averaged by
   * a "weighted moving average" whose weights OKX does not give: computing from samples is
   * refused, computing from an average premium works.
   *
   * <p><b>C (from 2026-07-01 00:00 UTC).</b> {@code F = clamp([P + clamp(I − P, ±0.05%)] / (8/N),
   * floor, cap)} with {@code I = 0.01%} fixed; 8-hour contracts are unchanged.
   *
   * <p><b>Chosen instants.</b> B migrated in three batches (2025-04-10, 04-17 and 04-24, each
   * 00:01 UTC) and C "during June 2026, all perpetuals simultaneously" without an instant. Each
   * version starts at the first instant the announcement guarantees it for <em>every</em>
   * instrument: 2025-04-24 00:01 UTC for B and 2026-07-01 00:00 UTC for C. Instruments of the
   * first two batches switched to B one or two weeks earlier, and C may have started any time in
   * June 2026 (for 8-hour contracts B and C give the same rate). Before 2024 the rate was paid one
   * period after its window (cross-cycle); contracts moved to current-cycle collection one by
   * one from 2024-01-04, so {@link FundingRuleVersion#intervalsAhead()} is unknown from then.
   *
   * <p><b>Parameters.</b> Default interval 8 h (00/08/16 UTC); 1, 2 and 4 h per contract.
   * Precision not documented (OKX publishes many digits): unrounded. Payment = position value at
   * mark × F; linear value = contracts × contract value × mark, inverse = contracts × contract
   * value / mark.
   *
   * <p><b>Sources.</b> OKX help 360053909272 (legacy mechanism and cap table); notice <i>OKX to
   * optimize funding rate calculation</i> (2024); notice <i>OKX to change the funding rate
   * formula for perpetual futures</i> (2025); <i>Important update: revision of the funding rate
   * formula for OKX perpetual</i> (2026-05-29); venues.md §6.
   *
   * <p><b>Ambiguities</b> (§18 #1, #8): the B/C instants as above; B's averaging weights
   * unknown; the impact value (200 × max leverage) is secondary
   * ({@link ImpactNotionalRule#OKX}).
   */
  public static final FundingConvention OKX = BuiltInRules.get("okx");

  /**
   * BitMEX perpetuals ({@code bitmex}).
   *
   * <p><b>Formula.</b> {@code F = P + clamp(I − P, ±0.05%)}, then
   * {@code |F| ≤ 0.75 × (IM − MM)} ({@link SymbolTerms#withMargin}; IM 1%, MM 0.5%: ±0.375%) and
   * {@code |F − F_previous| ≤ 0.75 × MM} ({@link RateChangeLimit#bitmex}). {@code P} =
   * {@code .XXXPI8H}, the arithmetic mean of the 480 minute prints of {@code .XXXPI} in the
   * window (prints 12:01…20:00 for the 20:00 value).
   *
   * <p><b>Parameters.</b> {@code I = (interest quote index − interest base index) / 3} from the
   * daily lending-rate indices ({@code .USDBON8H}, {@code .XBTBON8H}): pass it with
   * {@link SymbolTerms#withInterest} (XBTUSD with 1.00%/day and 0.25%/day: 0.25%); many contracts
   * use a fixed 0.01%, the default here. Interval 8 h at <b>04:00, 12:00, 20:00 UTC</b>. The rate
   * is fixed <b>one interval ahead</b>: the window ending at T sets the payment at T + 8 h
   * ({@link FundingRuleVersion#intervalsAhead()} = 1). Published with 6 decimals (observed;
   * rounding {@code HALF_UP} assumed). Payment = position value at mark × F, irrespective of
   * leverage; inverse XBTUSD value in XBT = contracts × 1 USD / price.
   *
   * <p><b>Effective dates.</b> One version from 2016-05-13 (launch of the XBTUSD perpetual); no
   * dated source shows a change of the formula since.
   *
   * <p><b>Sources.</b> BitMEX <i>Perpetual Contracts Guide</i>
   * (https://www.bitmex.com/app/perpetualContractsGuide) and its examples page; <i>Fair Price
   * Marking</i>; support article 24430352016157 (2025); venues.md §7.
   *
   * <p><b>Ambiguities</b> (§18 #9): the support article's clamp arithmetic (0.00185 for a true
   * 0.00194) does not change its output and is not reproduced.
   */
  public static final FundingConvention BITMEX = BuiltInRules.get("bitmex");

  /**
   * Deribit perpetuals ({@code deribit}): continuous funding quoted as an 8-hour rate.
   *
   * <p><b>Formula.</b> {@code PR = (mark − index) / index} at each instant;
   * {@code F8h = clamp(max(δ, PR) + min(−δ, PR), floor, cap)}: zero inside ±δ, {@code PR ∓ δ}
   * outside. No interest. Funding accrues every millisecond: a position pays
   * {@code F8h × size × held / 8 h} ({@link FundingRuleVersion#cashFlow}), credited to realised
   * PnL and moved to cash at the 08:00 UTC daily settlement. There is no premium averaging: pass
   * the premium of the instant, or integrate over the holding period.
   *
   * <p><b>Parameters.</b> Damper δ = 0.05% until 2024-01-01, 0.025% from then (a secondary note
   * gives 0.1% for PAXG, OPENAI and ANTHROPIC; those contracts are not covered). Caps
   * per asset with {@link SymbolTerms#withCap}: BTC ±0.5%, ETH ±1%, USDC/USDT linear ±5%,
   * pre-IPO ±2%. Precision not documented: unrounded.
   *
   * <p><b>Effective dates.</b> From 2020-01-01 (the 2020 Deribit Insights article is the earliest
   * dated text). <b>The damper switch date is not published</b> (§18 #12): 2024-01-01 00:00 UTC
   * is chosen, between the 2020 article (0.05%) and the current support page (0.025%); for
   * instants in between, the two versions differ by at most 0.025% per 8 h and only when
   * {@code |PR| > 0.025%}.
   *
   * <p><b>Sources.</b> Deribit support <i>Funding Specifications</i>
   * (https://support.deribit.com/hc/en-us/articles/31424939178397), deribit.com/pages/docs/
   * perpetual, Deribit Insights <i>Perpetual swap funding</i> (2020); venues.md §8.
   */
  public static final FundingConvention DERIBIT = BuiltInRules.get("deribit");

  /**
   * dYdX v4 perpetuals ({@code dydx}): hourly funding from an 8-hour rate in integer ppm.
   *
   * <p><b>Formula.</b> Per-block premium votes ({@code [max(0, impactBid − index) − max(0, index
   * − impactAsk)] / index}, impact notional 500 USDC / IMF) → per-minute median (zero-padded to
   * at least 15 votes) → hourly mean (zero-padded to 60 minutes, truncated toward zero) →
   * {@code F8h = clamp(P + default_funding_ppm, ±600% × (IMF − MMF))} → paid hourly as
   * {@code F8h × 3600 / 28800 = F8h / 8}, the index move truncated toward zero. The exact
   * integer path is {@link DydxFundingTick}; this convention gives the same figures in
   * fractions, unrounded.
   *
   * <p><b>Parameters.</b> Interest ({@code default_funding_ppm}) 0 for cross markets (the
   * default here) and 100 ppm = 1 bp per 8 h = 0.125 bp per hour for isolated markets (pass
   * {@link SymbolTerms#withInterest}(0.0001)). Cap on the 8-hour rate from
   * {@link SymbolTerms#withMargin} (IMF 5%, MMF 3%: 12%). Payment valued at the
   * <b>oracle</b> price.
   *
   * <p><b>Effective dates.</b> One version from 2023-10-26 (v4 mainnet trading); the cited code
   * is commit 84d4664b of 2026-03-04.
   *
   * <p><b>Sources.</b> dydxprotocol/v4-chain {@code x/perpetuals/keeper/perpetual.go},
   * {@code x/perpetuals/funding/funding.go}, {@code lib/math.go}, {@code x/perpetuals/types};
   * docs <i>Funding</i> (docs.dydx.xyz/concepts/trading/funding); venues.md §9.
   *
   * <p><b>Ambiguities</b> (§18 #13): live {@code default_funding_ppm} and liquidity tiers are
   * governance state, so they are symbol terms, not constants; the indexer's rate units are not
   * relied on.
   */
  public static final FundingConvention DYDX = BuiltInRules.get("dydx");

  /**
   * Kraken Futures perpetuals ({@code kraken}): hourly.
   *
   * <p><b>Formula.</b> {@code F1h = clamp(P / 24, ±0.25%)} ("24-hour rate realisation length"),
   * {@code P} the hour's average premium; no interest and "no dampening". The rate for the next
   * hour is computed over the current hour ({@link FundingRuleVersion#intervalsAhead()} = 1).
   * The relative rate above is paid on the position value at the index price; Kraken's
   * "absolute" rate is the relative rate / index, in coin per 1-USD contract per hour
   * ({@link ContractType#INVERSE}).
   *
   * <p><b>Parameters.</b> Cap ±0.25% per hour (inverse contract specs); interval 1 h; the
   * average is read as an arithmetic mean, the sampling cadence is not published; precision not
   * documented (API floats): unrounded.
   *
   * <p><b>Effective dates.</b> From 2022-06-28 00:00 UTC, the date of the API documentation's
   * sample rows (the earliest dated evidence); those rows are 4 h apart, so the historical
   * cadence before then is unclear.
   *
   * <p><b>Sources.</b> Kraken support 360022835911 (inverse specifications and examples 1-3),
   * 4844359082772 (linear multi-collateral), Crypto Facilities 360008643453, API
   * <i>historical-funding-rates</i>; venues.md §11.
   *
   * <p><b>Ambiguities</b> (§18 #11): example 1 of the inverse specification divides by 8
   * (0.1428% → 0.01785%) while calling it a 24-hour realisation; example 2 divides by 24. The
   * stated rule, /24, is used; the /8 figure is treated as an error in the example.
   */
  public static final FundingConvention KRAKEN = BuiltInRules.get("kraken");

  /**
   * Bitget perpetuals ({@code bitget}).
   *
   * <p><b>Formula.</b> {@code P = Σ i·P_i / Σ i} over the interval's minute premiums
   * {@code i = 1..60N}.
   * <ul>
   *   <li>Before 2025-09-22 08:01 UTC: {@code F = clamp(P + clamp(I_N − P, ±0.05%), min, max)}
   *       with {@code I_N} = 0.03%/day prorated (8 h 0.01%, 1 h 0.00125%).
   *   <li>From 2025-09-22 08:01 UTC (16:01 UTC+8): {@code F = clamp([P + clamp(I − P, ±0.05%)] /
   *       (8/N), min, max)} with {@code I} = 0.01% fixed (TONUSDT 4 h: ÷2, bounds ±0.66%).
   * </ul>
   *
   * <p><b>Parameters.</b> Caps per symbol ({@code minFundingRate}/{@code maxFundingRate} of
   * {@code GET /api/v2/mix/market/current-fund-rate}) via {@link SymbolTerms#withCap}; the
   * third-party "0.75 × MMR" is not a venue statement, so margin-derived caps are refused. Stock
   * perps: interest 0, cap 0.1% then 0.5% from 2026-06-23 08:00 UTC. Default interval 8 h;
   * precision not documented: unrounded. Payment = position value at mark × F.
   *
   * <p><b>Effective dates.</b> From 2020-01-01 (legacy help-centre text of about 2020 has the
   * same outer formula); the change at 2025-09-22 08:01 UTC.
   *
   * <p><b>Sources.</b> Bitget support 12560603824512; formula-change notice 12560603838070;
   * stock-perp notice 12560603887187; venues.md §12.
   */
  public static final FundingConvention BITGET = BuiltInRules.get("bitget");

  /**
   * Gate perpetuals ({@code gate}).
   *
   * <p><b>Formula.</b>
   * <ul>
   *   <li>Before 2026-05-27 08:00 UTC: {@code F = clamp(P + clamp(I_N − P, ±0.05%), ±fmax)},
   *       {@code I_N} = 0.03%/day prorated (0.01% per 8 h, 0.00125% per 1 h), no interval
   *       divisor, {@code P} the arithmetic mean of the cycle's minute premiums.
   *   <li>From 2026-05-27 08:00 UTC (the upgrade): {@code F = clamp([P + clamp(0.01% − P,
   *       ±0.05%)] / (8/N), ±fmax)}, {@code P = Σ i·P_i / Σ i} (P1 the cycle's first minute).
   * </ul>
   * The cut-over: Gate's news gives 2026-05-27 16:00 UTC+8 = 08:00 UTC, another copy 2026-05-26
   * 16:00 UTC; no shared data covers either and for 8-hour contracts they give the same rate, so
   * the venue's own news is followed. Published with at most 6 decimals (the shared 2020–2023
   * data never has more; rounding mode assumed {@code HALF_UP}).
   *
   * <p><b>Caps.</b> {@code fmax} = the contract's {@code funding_rate_limit} via
   * {@link SymbolTerms#withCap}, or {@link FundingRuleVersion#termsFor} for BTC_USDT and
   * ETH_USDT: ±0.375% in 2020–2023 (the extreme of the shared data), ±0.30% from 2025-08-15
   * (API announcement 46587; the change date is {@link Provenance#ASSUMED}). The SDK formula
   * {@code (1/maxLeverage − MMR) × funding_cap_ratio} reproduces only 151 of 983 contracts, so
   * margin-derived caps are refused. Payment: USDT-margined value = mark × size × multiplier,
   * coin-margined = size × multiplier / mark.
   *
   * <p><b>Sources.</b> Gate help <i>Funding rate and funding fee</i>
   * (https://www.gate.com/help/futures/futures-logic/27569/funding-rate-and-funding-fee), API
   * announcement 46587 ({@code funding_rate_limit}, 2025-08-15), news of the 2026-05-27 upgrade;
   * venues.md §13 and §18 #14.
   */
  public static final FundingConvention GATE = BuiltInRules.get("gate");

  /**
   * HTX (Huobi) perpetual swaps ({@code htx}).
   *
   * <p><b>Formula</b> (announcement 85017279125896 quotes it before and after its 2025-11-18
   * change; help centre 900001326466 "How the Funding Rate Is Calculated"):
   * <ul>
   *   <li>Until 2025-11-18 06:00 UTC: {@code F = clamp[P + clamp(I − P, ±premium deviation),
   *       floor, cap]}, {@code I} the "comprehensive interest rate", 0.01% per 8 h from the data
   *       (51% of the shared BTC/ETH settlements are exactly 0.0001).
   *   <li>From then: {@code F = clamp{[P + clamp(0.01% − P, ±premium deviation)] / (8/N), floor,
   *       cap}}.
   * </ul>
   * The premium-deviation limits are not published as numbers; ±0.05% is assumed, so every
   * version is {@link Provenance#ASSUMED} and the command line warns.
   *
   * <p><b>Timing.</b> Intervals 8 h (00/08/16 UTC), 4 h or 1 h per pair. Until the 2024-01-08
   * 08:00 UTC settlement the rate for a period was computed from the previous period and fixed
   * at its start ({@link FundingRuleVersion#intervalsAhead()} = 1); from then the 08:00 rate uses
   * the average premium of 00:00–08:00 the same day (0). Payment USDT-M = net position × face
   * value × settlement price × F, coin-M = net position × face value / settlement price × F,
   * "settled at the index price" ({@link PaymentPrice#INDEX}). Averaging weights and rounding are
   * not published: pass the average premium; rates unrounded.
   *
   * <p><b>Sources.</b> HTX support 900001326466 (USDT-M), Huobi 900000106903 (coin-M),
   * 44958157384677 (2024 method change), 85017279125896 (2025 formula change).
   */
  public static final FundingConvention HTX = BuiltInRules.get("htx");

  /**
   * Coinbase International Exchange and Coinbase Derivatives perpetual-style futures
   * ({@code coinbase}): computing a rate throws {@link UnknownFundingRuleException}.
   *
   * <p><b>Known.</b> INTX: the rate reflects mark vs index and is paid at the end of each
   * interval to open positions. Coinbase Derivatives (US) nano BTC/ETH perpetual-style futures
   * (from 2025-07-21): funding accrues hourly and settles twice a day in cash adjustment
   * windows; default interval here 1 h.
   *
   * <p><b>Published, not computed.</b> INTX: {@code F = 0.75 × TWAP((mark − index) / index / 24,
   * 1 h, 1 s) + 0.25 × F_previous} (help "How is the funding rate determined?"). The smoothing
   * with the previous rate is an input the (premium, interest) formula model does not take, so
   * the convention refuses rather than drop it. Caps, rounding, the payment price and the
   * Coinbase Derivatives formula are not published (venues.md §15, §18 #16).
   *
   * <p><b>Sources.</b> help.coinbase.com/en/international-exchange/funding; news copies of the
   * Coinbase Derivatives launch; docs.cdp.coinbase.com (Deribit-style funding history API).
   */
  public static final FundingConvention COINBASE = BuiltInRules.get("coinbase");

  /**
   * KuCoin Futures perpetuals ({@code kucoin}).
   *
   * <p><b>2021 to 2023</b> ({@link Provenance#INFERRED_FROM_DATA}): {@code F = clamp(P +
   * clamp(I − P, ±0.05%), ±0.75 × (IM − MM))} with {@code I} = 0.01% per 8 h, settled at
   * 04:00, 12:00 and 20:00 UTC, 6 decimals, valued at mark. Checked on
   * {@code supervik-multivenue}: the calm value 0.0001 is the most common BTC and ETH rate and
   * every settlement is on the 04/12/20 grid.
   *
   * <p><b>From 2024-01-01</b> ({@link Provenance#ASSUMED} start): the moving-average formula of
   * KuCoin's upgrades plan, whose interest is not published consistently, so computing a rate
   * throws {@link UnknownFundingRuleException}.
   */
  public static final FundingConvention KUCOIN = BuiltInRules.get("kucoin");

  /**
   * MEXC perpetuals ({@code mexc}): settlement every 8 h at 00/08/16 UTC (from the data); the
   * formula is not published, so computing a rate throws {@link UnknownFundingRuleException}.
   */
  public static final FundingConvention MEXC = BuiltInRules.get("mexc");

  /**
   * Hyperliquid builder-deployed (HIP-3) perpetuals of the {@code xyz} deployer
   * ({@code hyperliquid-xyz}): Hyperliquid's hourly formula on a mid-based premium
   * {@code 0.5 × (impactBid + impactAsk) / oracle − 1}, with deployer-set interest and
   * multiplier. The calm rate halves on 2025-12-19 23:00 UTC (multiplier 0.5), both versions
   * {@link Provenance#INFERRED_FROM_DATA} from the shared xyz rates.
   */
  public static final FundingConvention HYPERLIQUID_XYZ = BuiltInRules.get("hyperliquid-xyz");

  /**
   * Aster perpetuals ({@code aster}): {@code F = [P + clamp(0.01% − P, ±0.05%)] / (8/N)} with
   * BNBUSDT at 0% interest, from the venue's documentation; {@link Provenance#ASSUMED} because
   * the documentation gives no effective date (an earlier page gave "premium + 0.03%/day").
   * Positions opened up to 15 s after a settlement may still pay.
   */
  public static final FundingConvention ASTER = BuiltInRules.get("aster");

  /**
   * Lighter perpetuals ({@code lighter}): hourly settlement, per-minute impact premium averaged
   * over the hour, fixed per-market interest. The documentation found stops before the formula
   * that combines them, so computing a rate throws {@link UnknownFundingRuleException}.
   */
  public static final FundingConvention LIGHTER = BuiltInRules.get("lighter");

  private static final List<FundingConvention> BUILT_INS = List.of(BINANCE_USDM,
      BINANCE_USDM_PRE_MARKET, BINANCE_COINM, BYBIT, OKX, BITMEX, DERIBIT, DYDX, HYPERLIQUID,
      KRAKEN, BITGET, GATE, HTX, COINBASE, KUCOIN, MEXC, HYPERLIQUID_XYZ, ASTER, LIGHTER);

  /** Built-ins first, then registered conventions in registration order; copy on write. */
  private static volatile Map<String, FundingConvention> byId = index(BUILT_INS);

  private FundingConventions() {}

  /**
   * Every convention: the built-ins in the order listed here, then those added with
   * {@link #register(FundingConvention)}.
   *
   * @return an unmodifiable list of the conventions
   */
  public static List<FundingConvention> all() {
    return List.copyOf(byId.values());
  }

  /**
   * Adds a convention (a venue of the user's own, or a venue's rule versions the library does
   * not ship) so that {@link FundingConvention#of(String)}, {@link #all()} and the command
   * line find it like a built-in. Registering an id again replaces the earlier registration;
   * a built-in id can be replaced too (to add a rule change before a FundingKit release).
   *
   * @param convention the convention, such as one from
   *     {@link FundingConvention#define(String, String, List)}
   * @return the convention it replaced, or {@code null}
   * @throws NullPointerException if {@code convention} is null
   */
  public static synchronized FundingConvention register(FundingConvention convention) {
    java.util.Objects.requireNonNull(convention, "convention");
    Map<String, FundingConvention> copy = new LinkedHashMap<>(byId);
    FundingConvention previous = copy.put(convention.id(), convention);
    byId = java.util.Collections.unmodifiableMap(copy);
    return previous;
  }

  static FundingConvention byId(String id) {
    FundingConvention convention = byId.get(id.trim().toLowerCase(Locale.ROOT));
    if (convention == null) {
      throw new IllegalArgumentException(
          "venue must be one of " + byId.keySet() + ", was '" + id + "'");
    }
    return convention;
  }

  private static Map<String, FundingConvention> index(List<FundingConvention> conventions) {
    Map<String, FundingConvention> map = new LinkedHashMap<>();
    for (FundingConvention convention : conventions) {
      if (map.put(convention.id(), convention) != null) {
        throw new IllegalStateException("duplicate venue id " + convention.id());
      }
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
