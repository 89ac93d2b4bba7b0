package dev.fundingkit.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fundingkit.core.formula.MarginRates;
import dev.fundingkit.core.premium.AveragingScheme;
import dev.fundingkit.core.rate.AnnualizationBasis;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.DoubleSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Binance worked examples of {@code /work/shared/spec/venues.md} §17, each computed through
 * the public API. Test names carry the example number and the source given there.
 */
class WorkedExamplesTest {

  private static final FundingConvention BINANCE = FundingConventions.BINANCE_USDM;
  private static final Instant BEFORE_CHANGE = Instant.parse("2025-01-01T00:00:00Z");
  private static final Instant AFTER_CHANGE = Instant.parse("2025-10-01T00:00:00Z");
  private static final Duration H4 = Duration.ofHours(4);
  private static final Duration H8 = Duration.ofHours(8);

  static Stream<Arguments> examples() {
    return Stream.of(
        example("§17 #3 dead zone, lower edge P = −0.04% → F = 0.01% (Binance FAQ [P-mirror/S])",
            0.0001, () -> rate(BEFORE_CHANGE, -0.0004 + 1e-15, H8), 0),
        example("§17 #3 dead zone, P = 0 → F = 0.01% (Binance FAQ [P-mirror/S])",
            0.0001, () -> rate(BEFORE_CHANGE, 0, H8), 0),
        example("§17 #3 dead zone, upper edge P = 0.06% → F = 0.01% (Binance FAQ [P-mirror/S])",
            0.0001, () -> rate(BEFORE_CHANGE, 0.0006 - 1e-15, H8), 0),
        example("§17 #3 outside the dead zone, P = 0.07% → F = 0.02% (Binance FAQ [P-mirror/S])",
            0.0002, () -> rate(BEFORE_CHANGE, 0.0007, H8), 1e-18),
        example("§17 #7 PUMPUSDT 4 h, F = [P + clamp(I − P, ±0.05%)] / 2, P = 0.3%"
            + " (announcement 2025-09-16 [P])", 0.00125, () -> rate(AFTER_CHANGE, 0.003, H4),
            1e-18),
        example("§17 #7 PUMPUSDT 4 h in the dead zone: 0.01% / 2 (announcement 2025-09-16 [P])",
            0.00005, () -> rate(AFTER_CHANGE, 0.0002, H4), 0),
        example("§17 #8 5-s sampling over 8 h: 5,760 points (Binance FAQ [S]; [C])",
            5760, () -> BINANCE.versionAt(AFTER_CHANGE).samplesPer(H8), 0),
        example("§17 #8 Σi = 16,591,680 for 5,760 points (Binance FAQ [S]; [C])",
            16_591_680, WorkedExamplesTest::weightTotalOf5760Points, 1e-6),
        example("§17 #9 BTCUSDT cap ±0.3% = 0.75 × 0.4% MMR (Binance FAQ [S]; API [S])",
            0.003, () -> BINANCE.versionAt(AFTER_CHANGE)
                .capFor(SymbolTerms.of(H8).withMargin(MarginRates.of(0.008, 0.004))).cap(), 0),
        example("§17 #9 BTCUSDT floor binds at −0.3% (Binance FAQ [S]; API [S])",
            -0.003, () -> BINANCE.rate(AFTER_CHANGE, -0.05,
                SymbolTerms.of(H8).withMargin(MarginRates.of(0.008, 0.004))).rate().value(), 0),
        example("§17 #16 interest carry 0.01% × 3 × 365 = 10.95%/yr ([S]/[C])",
            0.1095, () -> BINANCE.rate(AFTER_CHANGE, 0, SymbolTerms.of(H8)).rate()
                .annualize(AnnualizationBasis.SIMPLE), 1e-15),
        example("§17 #16 interest carry is the same on a 4 h symbol after 2025-09-18 ([C])",
            0.1095, () -> BINANCE.rate(AFTER_CHANGE, 0, SymbolTerms.of(H4)).annualized(),
            1e-15));
  }

  private static Arguments example(
      String name, double expected, DoubleSupplier actual, double tolerance) {
    return Arguments.of(name, expected, actual, tolerance);
  }

  private static double rate(Instant at, double premium, Duration interval) {
    return BINANCE.rate(at, premium, SymbolTerms.of(interval)).rate().value();
  }

  /** Recovers Σi from the linear-weight average of a unit spike in the last sample. */
  private static double weightTotalOf5760Points() {
    int n = (int) BINANCE.versionAt(AFTER_CHANGE).samplesPer(H8);
    double[] spike = new double[n];
    Arrays.fill(spike, 0);
    spike[n - 1] = 1;
    return n / AveragingScheme.LINEAR_WEIGHTS.average(spike);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void venuesMdWorkedExample(
      String name, double expected, DoubleSupplier actual, double tolerance) {
    assertEquals(expected, actual.getAsDouble(), tolerance, name);
  }
}
