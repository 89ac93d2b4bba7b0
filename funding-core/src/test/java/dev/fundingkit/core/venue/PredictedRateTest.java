package dev.fundingkit.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.premium.PremiumSeries;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PredictedRateTest {

  private static final long SEED = 20261122L;
  private static final Duration H8 = Duration.ofHours(8);
  private static final Instant DAY = Instant.parse("2025-03-03T00:00:00Z");
  private static final Instant T = DAY.plus(Duration.ofHours(16));

  /** Minute samples from 00:01 to 16:00 whose premium is the minute index × 1e-6. */
  private static PremiumSeries ramp() {
    int n = 16 * 60;
    long[] times = new long[n];
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      times[i] = DAY.plus(Duration.ofMinutes(i + 1)).toEpochMilli();
      values[i] = (i + 1) * 1e-6;
    }
    return PremiumSeries.of(DAY, T.plusSeconds(1), times, values);
  }

  @Test
  void anchoredVenue_averagesFromTheIntervalStart_withItsOwnWeights() {
    Instant asOf = DAY.plus(Duration.ofHours(10));
    PredictedRate p = PredictedRate.of(FundingConventions.BYBIT, SymbolTerms.of(H8), ramp(), T,
        asOf);
    assertEquals(120, p.samples());
    assertEquals(DAY.plus(Duration.ofHours(8)), p.windowStart());
    // Minutes 481..600 with weights 1..120.
    // Worked by hand, not with the averaging under test: premium (480 + w) × 1e-6 with weight
    // w = 1..120 averages to (480 + Σw²/Σw) × 1e-6 = (480 + 241/3) × 1e-6.
    double expected = (480 + 241.0 / 3) * 1e-6;
    assertEquals(expected, p.breakdown().averagePremium(), 1e-15);
    // Bybit F = P + clamp(I − P, ±0.05 %) with I = 0.01 %: I − P = −0.046 % is inside the band,
    // so F = I exactly (up to rounding).
    assertEquals(1e-4, p.breakdown().rate().value(), 1e-15);
    assertEquals(FundingConventions.BYBIT.versionAt(T).rate(
        p.breakdown().averagePremium(), SymbolTerms.of(H8)), p.breakdown());
    assertEquals(T, p.paidAt());
  }

  @Test
  void rollingVenue_averagesTheLastNHours() {
    Instant asOf = DAY.plus(Duration.ofHours(10));
    PredictedRate p = PredictedRate.of(FundingConventions.BINANCE_USDM, SymbolTerms.of(H8),
        ramp(), T, asOf);
    assertEquals(480, p.samples());
    assertEquals(DAY.plus(Duration.ofHours(2)), p.windowStart());
    assertEquals(asOf, p.asOf());
  }

  @Test
  void atTheSettlement_anchoredAndRollingAgree() {
    PredictedRate anchored = PredictedRate.of(FundingConventions.BYBIT, SymbolTerms.of(H8),
        ramp(), T, T);
    PredictedRate rolling = PredictedRate.of(FundingConventions.BINANCE_USDM,
        SymbolTerms.of(H8), ramp(), T, T);
    assertEquals(anchored.breakdown().averagePremium(), rolling.breakdown().averagePremium(),
        0);
  }

  @Test
  void oneIntervalAheadVenue_isPaidAtTheNextSettlement() {
    Instant bitmexT = DAY.plus(Duration.ofHours(12));
    PredictedRate p = PredictedRate.of(FundingConventions.BITMEX, SymbolTerms.of(H8), ramp(),
        bitmexT, bitmexT);
    assertEquals(480, p.samples()); // prints 04:01…12:00
    assertEquals(DAY.plus(Duration.ofHours(20)), p.paidAt());
  }

  @Test
  void instantaneousVenue_usesTheLatestSample() {
    Instant t = Instant.parse("2025-03-03T08:00:00Z");
    PredictedRate p = PredictedRate.of(FundingConventions.DERIBIT, SymbolTerms.of(H8), ramp(), t,
        t.minusSeconds(30));
    assertEquals(1, p.samples());
    assertEquals(479e-6, p.breakdown().averagePremium(), 1e-18);
  }

  @Test
  void badInput_isRejectedWithTheReason() {
    assertThrows(IllegalArgumentException.class, () -> PredictedRate.of(
        FundingConventions.BYBIT, SymbolTerms.of(H8), ramp(), T, T.minus(H8)));
    assertThrows(IllegalArgumentException.class, () -> PredictedRate.of(
        FundingConventions.BYBIT, SymbolTerms.of(H8), ramp(), T, T.plusSeconds(1)));
    IllegalStateException empty = assertThrows(IllegalStateException.class,
        () -> PredictedRate.of(FundingConventions.BYBIT, SymbolTerms.of(H8), ramp(),
            T.plus(H8), T.plusSeconds(30)));
    assertEquals("no premium sample in (" + T + ", " + T.plusSeconds(30)
        + "] for bybit anchored window", empty.getMessage());
    assertThrows(UnknownFundingRuleException.class, () -> PredictedRate.of(
        FundingConventions.HTX, SymbolTerms.of(H8), ramp(), T, T));
    // OKX formula B publishes no averaging weights.
    assertThrows(UnknownFundingRuleException.class, () -> PredictedRate.of(
        FundingConventions.OKX, SymbolTerms.of(H8), ramp(),
        Instant.parse("2025-05-01T00:00:00Z"), Instant.parse("2025-05-01T00:00:00Z")));
    new NullPointerTester()
        .setDefault(FundingConvention.class, FundingConventions.BYBIT)
        .setDefault(SymbolTerms.class, SymbolTerms.of(H8))
        .setDefault(PremiumSeries.class, ramp())
        .setDefault(Instant.class, T)
        .testAllPublicStaticMethods(PredictedRate.class);
  }

  @Test
  void law_anchoredEstimateOfAConstantPremiumIsTheSettledRate() {
    qt().withFixedSeed(SEED).forAll(integers().between(1, 480)).check(minutes -> {
      int n = 16 * 60;
      long[] times = new long[n];
      double[] values = new double[n];
      for (int i = 0; i < n; i++) {
        times[i] = DAY.plus(Duration.ofMinutes(i + 1)).toEpochMilli();
        values[i] = 0.002;
      }
      PremiumSeries flat = PremiumSeries.of(DAY, T.plusSeconds(1), times, values);
      PredictedRate p = PredictedRate.of(FundingConventions.BYBIT, SymbolTerms.of(H8), flat, T,
          T.minus(H8).plus(Duration.ofMinutes(minutes)));
      // Independent of the formula under test: F = P + clamp(I − P, ±0.05 %) with P = 0.2 % and
      // I = 0.01 % clamps I − P = −0.19 % to −0.05 %, so F = 0.15 %.
      return p.samples() == minutes
          && Math.abs(p.breakdown().rate().value() - 0.0015) < 1e-15
          && Math.abs(p.breakdown().averagePremium() - 0.002) < 1e-15;
    });
  }
}
