package dev.fundingkit.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fundingkit.core.formula.FundingCap;
import dev.fundingkit.core.formula.InterestComponent;
import dev.fundingkit.core.formula.MarginCapRule;
import dev.fundingkit.core.formula.MarginRates;
import dev.fundingkit.core.premium.PremiumIndex;
import dev.fundingkit.core.premium.PremiumSeries;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.rate.PositionSide;
import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The worked examples of {@code /work/shared/spec/venues.md} §17 that have inputs and an
 * output, for every venue but the Binance examples 3, 7, 8, 9 and 16 (in
 * {@link WorkedExamplesTest}) and the interval-switch examples 12, 13, 14 and 20 (schedule
 * rules). Not here, with the reason: 45 (the API sample gives no index price, so it has no
 * output to check), 51-53 (Bitnomial, GMX, Drift are not covered venues). Each name carries
 * the example's number and source as §17 gives them.
 */
class VenueWorkedExamplesTest {

  private static final Duration M1 = Duration.ofMinutes(1);
  private static final Duration H1 = Duration.ofHours(1);
  private static final Duration H2 = Duration.ofHours(2);
  private static final Duration H4 = Duration.ofHours(4);
  private static final Duration H8 = Duration.ofHours(8);
  private static final Instant Y2025 = Instant.parse("2025-06-01T00:00:00Z");
  private static final Instant Y2026 = Instant.parse("2026-08-01T00:00:00Z");

  static Stream<Arguments> examples() {
    return Stream.of(
        example("#4 Binance BTCUSDT 125x, IMR 0.8% → IMN 25,000 USDT (FAQ [P-mirror])",
            25_000, () -> ImpactNotionalRule.BINANCE_USDM.notionalFor(0.008), 1e-9),
        example("#5 Binance BNBUSDT 20x, IMR 5% → IMN 4,000 USDT (FAQ [S/spam copies])",
            4_000, () -> ImpactNotionalRule.BINANCE_USDM.notionalFor(0.05), 1e-9),
        example("#6 Binance 2019 FAQ, 200 USDT margin at default 20x → 4,000 USDT"
            + " ([P-mirror 23179848571])", 4_000,
            () -> ImpactNotionalRule.BINANCE_USDM.notionalFor(1.0 / 20), 1e-9),
        example("#10 Binance OMGUSDT multiplier 1 × MMR 2.4% → floor −2.4% (announcement copy"
            + " [S])", -0.024, () -> FundingConventions.BINANCE_USDM.rate(Y2025, -0.5,
                SymbolTerms.of(H8).withCap(MarginCapRule.maintenance(1)
                    .capFor(MarginRates.of(0.04, 0.024)))).rate().value(), 0),
        example("#11 Binance BTC/ETH cap ±0.00300 = 0.75 × MMR 0.4% (API 2026-09-26 [S])",
            0.003, () -> binanceCap(0.008, 0.004), 0),
        example("#11 Binance BNB/SOL/ADA/XRP cap ±0.00375 = 0.75 × MMR 0.5% (API [S])",
            0.00375, () -> binanceCap(0.01, 0.005), 0),
        example("#11 Binance DOGE cap ±0.004875 = 0.75 × MMR 0.65% (API [S])",
            0.004875, () -> binanceCap(0.013, 0.0065), 0),
        example("#11 Binance others ±0.02 as an explicit cap (API [S])", 0.02,
            () -> FundingConventions.BINANCE_USDM.rate(Y2026, 0.5,
                SymbolTerms.of(H8).withCap(FundingCap.symmetric(0.02))).rate().value(), 0),
        example("#15 Binance pre-market fixed 0.005% per 4 h, whatever the premium"
            + " (announcement 0GUSDT [P])", 0.00005,
            () -> FundingConventions.BINANCE_USDM_PRE_MARKET.rate(Y2026, 0.004,
                SymbolTerms.of(H4)).rate().value(), 0),
        example("#17 Bybit quote index 0.06%, base 0.03%, 3 a day → I = 0.01% (old help page"
            + " [P])", 0.0001, () -> InterestComponent.differential(0.0006, 0.0003)
                .rateFor(H8), 1e-18),
        example("#18 Bybit I 8 h 0.01% (help centre [P via S]; [C])", 0.0001,
            () -> bybitCalm(H8), 1e-18),
        example("#18 Bybit I 4 h 0.005% (help centre [P via S]; [C])", 0.00005,
            () -> bybitCalm(H4), 1e-18),
        example("#18 Bybit I 2 h 0.0025% (help centre [P via S]; [C])", 0.000025,
            () -> bybitCalm(H2), 1e-18),
        example("#18 Bybit I 1 h 0.00125% (help centre [P via S]; [C])", 0.0000125,
            () -> bybitCalm(H1), 1e-18),
        example("#19 Bybit IMR 1%, MMR 0.5% → cap min(0.375%, 0.5%) = 0.375% (help+API [P via"
            + " S]; [C])", 0.00375, () -> FundingConventions.BYBIT.versionAt(Y2025)
                .capFor(SymbolTerms.of(H8).withMargin(MarginRates.of(0.01, 0.005))).cap(), 0),
        example("#25 OKX BTCUSDT 8 h formula B → I = 0.03%/3 = 0.01% (notice 2025 [P])", 0.0001,
            () -> FundingConventions.OKX.versionAt(Y2025).interest().rateFor(H8), 1e-18),
        example("#26 OKX rolling window at 16:10 → 08:11–16:10: 480 minute samples (notice"
            + " 2024 [P])", 480, () -> okxWindowSamples("2024-06-03T16:10:00Z"), 0),
        example("#26 OKX rolling window at 17:00 → 09:01–17:00 (notice 2024 [P])", 480,
            () -> okxWindowSamples("2024-06-03T17:00:00Z"), 0),
        example("#26 OKX rolling window at 23:59 → 16:00–23:59 (notice 2024 [P])", 480,
            () -> okxWindowSamples("2024-06-03T23:59:00Z"), 0),
        example("#26 OKX rolling window at 01:00 → 17:01–01:00 (notice 2024 [P])", 480,
            () -> okxWindowSamples("2024-06-04T01:00:00Z"), 0),
        example("#28 BitMEX XBTUSD quote 1.00%/day, base 0.25%/day → I = 0.25% (examples"
            + " page [P])", 0.0025, () -> InterestComponent.differential(0.01, 0.0025)
                .rateFor(H8), 1e-18),
        example("#28 BitMEX 15,000 XBTUSD contracts at 750 USD are worth 20 XBT (examples page"
            + " [P])", 20, () -> ContractType.INVERSE.positionValue(15_000, 1, 750), 1e-12),
        example("#28 BitMEX the long pays 0.05 XBT at I = 0.25% (examples page [P])", -0.05,
            VenueWorkedExamplesTest::bitmexLongFunding, 1e-15),
        example("#28 BitMEX PnL to 800 USD 1.25 XBT, net of funding 1.2 XBT (examples page"
            + " [P])", 1.2, () -> ContractType.INVERSE.positionValue(15_000, 1, 750)
                - ContractType.INVERSE.positionValue(15_000, 1, 800) + bitmexLongFunding(),
            1e-12),
        example("#29 BitMEX IM 1%, MM 0.5% → max |F| = 0.375% (guide [P copy])", 0.00375,
            () -> FundingConventions.BITMEX.versionAt(Y2025)
                .capFor(SymbolTerms.of(H8).withMargin(MarginRates.of(0.01, 0.005))).cap(), 0),
        example("#31 Deribit-style δ 0.05%, mark 100.1, index 100 → F 0.05% (MCDEX docs [S])",
            0.0005, () -> deribitWide().rate().value(), 1e-15),
        example("#31 Deribit-style one minute on 1 ETH → 0.000001041667 ETH (MCDEX docs [S];"
            + " [C])", 0.0005 / 480, () -> FundingConventions.DERIBIT.versionAt(Instant.parse("2021-01-01T00:00:00Z"))
                .cashFlow(deribitWide().rate(), PositionSide.SHORT, 1.0, M1), 1e-18),
        example("#32 dYdX IMF 5%, MMF 3% → 8-h cap 600% × 2% = 12% (docs [P])", 0.12,
            () -> FundingConventions.DYDX.versionAt(Y2025)
                .capFor(SymbolTerms.of(H1).withMargin(MarginRates.of(0.05, 0.03))).cap(), 1e-15),
        example("#32 dYdX capped 8-h rate 12% is paid 1.5% per hour (docs [P]; [C])", 0.015,
            () -> FundingConventions.DYDX.rate(Y2025, 0.5, SymbolTerms.of(H1)
                .withMargin(MarginRates.of(0.05, 0.03))).rate().value(), 1e-15),
        example("#33 dYdX IMF 10% → impact notional 5,000 USDC (docs [P])", 5_000,
            () -> ImpactNotionalRule.DYDX.notionalFor(0.10), 1e-9),
        example("#34 dYdX fork IM 6%, MM 3% → 8-h cap 18% ([S])", 0.18,
            () -> FundingConventions.DYDX.versionAt(Y2025)
                .capFor(SymbolTerms.of(H1).withMargin(MarginRates.of(0.06, 0.03))).cap(), 1e-15),
        example("#35 dYdX rate 1,001,999 ppm, 8 h, price 1,000, res −12 → Δ 1,001"
            + " (funding_test.go [P])", 1_001,
            () -> DydxFundingTick.indexDelta(1_001_999, 28_800, 1_000, 0, -12).doubleValue(), 0),
        example("#36 dYdX −1,001,999 ppm, 4 h, price 1,000 exp 2, res −4 → −5,009,995,000,000"
            + " (funding_test.go [P])", -5_009_995_000_000.0,
            () -> DydxFundingTick.indexDelta(-1_001_999, 14_400, 1_000, 2, -4).doubleValue(), 0),
        example("#37 dYdX −1,001,999 ppm, 1 h, price 1,000 exp −6, res 0 → −125,249,875"
            + " (funding_test.go [P])", -125_249_875,
            () -> DydxFundingTick.indexDelta(-1_001_999, 3_600, 1_000, -6, 0).doubleValue(), 0),
        example("#38 dYdX isolated interest 100 ppm per 8 h = 0.125 bp per hour (docs +"
            + " genesis [P])", 0.0000125, () -> FundingConventions.DYDX.rate(Y2025, 0,
                SymbolTerms.of(H1).withInterest(0.0001)).rate().value(), 1e-18),
        example("#40 Hyperliquid calm market P = −0.04% → 0.0000125 per hour ([P]/[C])",
            0.0000125, () -> hyperliquid(-0.0004), 1e-18),
        example("#40 Hyperliquid calm market P = +0.06% → 0.0000125 per hour ([P]/[C])",
            0.0000125, () -> hyperliquid(0.0006), 1e-18),
        example("#41 Hyperliquid impact bid 10,100, oracle 10,000 → 0.95% per 8 h, 0.11875%"
            + " per hour (docs [P]; /8 [S])", 0.0011875,
            () -> hyperliquid(PremiumIndex.fromImpactPrices(10_100, 10_110, 10_000)), 1e-15),
        example("#41 Hyperliquid 10 BTC long at oracle 10,000 pays 118.75 USD per hour ([C])",
            -118.75, () -> FundingRate.of(hyperliquid(0.01), H1).cashFlow(PositionSide.LONG,
                ContractType.LINEAR.positionValue(10, 1, 10_000)), 1e-9),
        example("#42 Kraken index 7,000, perp 7,010 → premium 0.1428%, /24 → 0.00595% per hour"
            + " (inverse spec example 1 [P]; its /8 figure 0.01785% is inconsistent [C])",
            10.0 / 7_000 / 24, () -> FundingConventions.KRAKEN.rate(Y2025,
                PremiumIndex.fromPrices(7_010, 7_000), SymbolTerms.of(H1)).rate().value(),
            1e-15),
        example("#44 Kraken relative 0.05%/h at index 7,000 → absolute 0.000007142% per"
            + " contract-hour (example 3 [P])", 0.0005 / 7_000,
            () -> FundingRate.of(0.0005, H1).cashFlow(PositionSide.SHORT,
                ContractType.INVERSE.positionValue(1, 1, 7_000)), 1e-20),
        example("#46 Gate BTC_USDT API limit 0.003 binds ([P/S])", 0.003,
            () -> FundingConventions.GATE.rate(Y2025, 0.02,
                SymbolTerms.of(H8).withCap(FundingCap.symmetric(0.003))).rate().value(), 0),
        example("#47 Bitget TONUSDT 4 h, P = 0.3% → [P + clamp(I − P, ±0.05%)] / 2 = 0.125%"
            + " (notice [P])", 0.00125, () -> bitgetTon(0.003), 1e-18),
        example("#47 Bitget TONUSDT 4 h, P = 2% → capped at 0.66% (notice [P])", 0.0066,
            () -> bitgetTon(0.02), 0),
        example("#49 Bitget legacy I 8 h 0.01% (notice [P])", 0.0001,
            () -> bitgetLegacyCalm(H8), 1e-18),
        example("#49 Bitget legacy I 1 h 0.00125% (notice [P])", 0.0000125,
            () -> bitgetLegacyCalm(H1), 1e-18),
        example("#54 Binance ADAUSDT 75x, IMR 1.3%, MMR 0.65% → 0.75 × 0.65% = 0.4875%"
            + " ([S]; [C])", 0.004875, () -> binanceCap(0.013, 0.0065), 0));
  }

  private static Arguments example(
      String name, double expected, DoubleSupplier actual, double tolerance) {
    return Arguments.of(name, expected, actual, tolerance);
  }

  private static double binanceCap(double imr, double mmr) {
    return FundingConventions.BINANCE_USDM.versionAt(Y2026)
        .capFor(SymbolTerms.of(H8).withMargin(MarginRates.of(imr, mmr))).cap();
  }

  private static double bybitCalm(Duration interval) {
    return FundingConventions.BYBIT.rate(Y2025, 0, SymbolTerms.of(interval)).rate().value();
  }

  private static double bitgetLegacyCalm(Duration interval) {
    return FundingConventions.BITGET.rate(Y2025, 0, SymbolTerms.of(interval)).rate().value();
  }

  private static double bitgetTon(double premium) {
    return FundingConventions.BITGET.rate(Y2026, premium,
        SymbolTerms.of(H4).withCap(FundingCap.symmetric(0.0066))).rate().value();
  }

  private static double hyperliquid(double premium) {
    return FundingConventions.HYPERLIQUID.rate(Y2025, premium, SymbolTerms.of(H1))
        .rate().value();
  }

  private static dev.fundingkit.core.formula.FundingBreakdown deribitWide() {
    return FundingConventions.DERIBIT.rate(Instant.parse("2021-01-01T00:00:00Z"),
        PremiumIndex.fromPrices(100.1, 100), SymbolTerms.of(H8));
  }

  /** The long's funding at I = 0.25% (the premium sits in the dead zone). */
  private static double bitmexLongFunding() {
    FundingRate rate = FundingConventions.BITMEX.rate(Y2025, 0.0025,
        SymbolTerms.of(H8).withInterest(0.0025)).rate();
    return FundingConventions.BITMEX.versionAt(Y2025).cashFlow(rate,
        PositionSide.LONG, ContractType.INVERSE.positionValue(15_000, 1, 750), H8);
  }

  /** Samples a predicted OKX rate averages at an instant, from a minute series of a day. */
  private static double okxWindowSamples(String asOf) {
    Instant at = Instant.parse(asOf);
    Instant dayStart = Instant.parse("2024-06-03T00:00:00Z");
    int minutes = 26 * 60;
    long[] times = new long[minutes];
    double[] premiums = new double[minutes];
    for (int i = 0; i < minutes; i++) {
      times[i] = dayStart.plus(Duration.ofMinutes(i + 1)).toEpochMilli();
    }
    Instant end = dayStart.plus(Duration.ofMinutes(minutes + 1));
    PremiumSeries series = PremiumSeries.of(dayStart, end, times, premiums);
    Instant intervalEnd = Instant.ofEpochSecond(
        Math.floorDiv(at.getEpochSecond() - 1, 8 * 3600L) * 8 * 3600 + 8 * 3600);
    PredictedRate p = PredictedRate.of(FundingConventions.OKX, SymbolTerms.of(H8), series,
        intervalEnd, at);
    assertEquals(at.minus(H8), p.windowStart(), asOf);
    return p.samples();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void venuesMdWorkedExample(
      String name, double expected, DoubleSupplier actual, double tolerance) {
    assertEquals(expected, actual.getAsDouble(), tolerance, name);
  }
}
