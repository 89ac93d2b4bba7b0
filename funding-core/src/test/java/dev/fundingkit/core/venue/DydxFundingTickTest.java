package dev.fundingkit.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class DydxFundingTickTest {

  private static final long SEED = 20261122L;

  // venues.md §17 examples 35-37 = v4-chain funding_test.go TestGetFundingIndexDelta.
  @Test
  void example35_fundingTestGo_positiveRateTruncatesTowardZero() {
    assertEquals(BigInteger.valueOf(1_001),
        DydxFundingTick.indexDelta(1_001_999, 8 * 3600, 1_000, 0, -12));
    assertEquals(BigInteger.valueOf(-1_001),
        DydxFundingTick.indexDelta(-1_001_999, 8 * 3600, 1_000, 0, -12));
  }

  @Test
  void example36_fundingTestGo_fourHoursPriceExponent2() {
    assertEquals(BigInteger.valueOf(-5_009_995_000_000L),
        DydxFundingTick.indexDelta(-1_001_999, 4 * 3600, 1_000, 2, -4));
  }

  @Test
  void example37_fundingTestGo_oneHourPriceExponentMinus6() {
    assertEquals(BigInteger.valueOf(-125_249_875L),
        DydxFundingTick.indexDelta(-1_001_999, 3600, 1_000, -6, 0));
  }

  @Test
  void example32_docs_capIsSixHundredPercentOfImfMinusMmf() {
    assertEquals(120_000, DydxFundingTick.maxAbsRate8hPpm(50_000, 30_000));
    assertEquals(120_000, DydxFundingTick.rate8hPpm(900_000, 0, 50_000, 30_000));
    assertEquals(-120_000, DydxFundingTick.rate8hPpm(-900_000, 0, 50_000, 30_000));
  }

  @Test
  void example34_klyraDocs_capEighteenPercentForImSixMmThree() {
    assertEquals(180_000, DydxFundingTick.maxAbsRate8hPpm(60_000, 30_000));
  }

  @Test
  void example38_docs_isolatedDefaultInterestIs100PpmPer8h() {
    assertEquals(100, DydxFundingTick.rate8hPpm(0, 100, 100_000, 50_000));
    // 100 ppm per 8 h = 12.5 ppm per hour: an hourly tick at a price of 10 (exponent 0, a base
    // quantum of 10^-6 coin) moves the index by 12.5 ppm × 10 = 125 quote quantums.
    assertEquals(BigInteger.valueOf(125), DydxFundingTick.indexDelta(
        DydxFundingTick.rate8hPpm(0, 100, 100_000, 50_000), 3600, 10, 0, -6));
  }

  @Test
  void minuteSample_padsWithZerosToFifteenVotesAndRoundsEvenMedianAwayFromZero() {
    // 3 votes, 20 blocks: 17 zeros dominate, median 0.
    assertEquals(0, DydxFundingTick.minuteSamplePpm(new int[] {5, 7, 9}, 20));
    // 10 votes in 10 blocks pad to 15 → median is the 8th of 15 sorted.
    int[] ten = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertEquals(3, DydxFundingTick.minuteSamplePpm(ten, 10));
    // 16 votes, no padding: median of 8 and 9 is 8.5 → 9 (away from zero).
    int[] sixteen = new int[16];
    for (int i = 0; i < 16; i++) {
      sixteen[i] = i + 1;
    }
    assertEquals(9, DydxFundingTick.minuteSamplePpm(sixteen, 16));
    for (int i = 0; i < 16; i++) {
      sixteen[i] = -(i + 1);
    }
    assertEquals(-9, DydxFundingTick.minuteSamplePpm(sixteen, 16));
  }

  @Test
  void hourlyPremium_missingMinutesCountAsZeroAndMeanTruncatesTowardZero() {
    assertEquals(1, DydxFundingTick.hourlyPremiumPpm(new int[] {119}, 60));
    assertEquals(-1, DydxFundingTick.hourlyPremiumPpm(new int[] {-119}, 60));
    assertEquals(0, DydxFundingTick.hourlyPremiumPpm(new int[] {59}, 10));
    assertEquals(2, DydxFundingTick.hourlyPremiumPpm(new int[] {61, 61}, 61));
  }

  @Test
  void badInput_namesParameterAndValue() {
    assertEquals("blocks must be >= the number of non-zero values (3), was 2",
        assertThrows(IllegalArgumentException.class,
            () -> DydxFundingTick.minuteSamplePpm(new int[] {1, 2, 3}, 2)).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> DydxFundingTick.hourlyPremiumPpm(new int[] {1, 2}, 1));
    assertThrows(IllegalArgumentException.class,
        () -> DydxFundingTick.maxAbsRate8hPpm(10, 20));
    assertThrows(IllegalArgumentException.class,
        () -> DydxFundingTick.maxAbsRate8hPpm(2_000_000, 0));
    assertEquals("price must be > 0, was 0", assertThrows(IllegalArgumentException.class,
        () -> DydxFundingTick.indexDelta(1, 1, 0, 0, 0)).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> DydxFundingTick.indexDelta(1, -1, 1, 0, 0));
    assertThrows(NullPointerException.class, () -> DydxFundingTick.minuteSamplePpm(null, 1));
    assertThrows(NullPointerException.class, () -> DydxFundingTick.hourlyPremiumPpm(null, 1));
  }

  @Test
  void law_indexDeltaIsOddInTheRate() {
    qt().withFixedSeed(SEED).forAll(integers().between(-50_000_000, 50_000_000),
            integers().between(0, 28_800), integers().between(-8, 4))
        .check((rate, seconds, exp) -> DydxFundingTick.indexDelta(rate, seconds, 12_345, exp, -9)
            .equals(DydxFundingTick.indexDelta(-rate, seconds, 12_345, exp, -9).negate()));
  }

  @Test
  void law_indexDeltaNeverExceedsTheExactValueInMagnitude() {
    qt().withFixedSeed(SEED).forAll(integers().between(-50_000_000, 50_000_000),
            integers().between(1, 28_800))
        .check((rate, seconds) -> {
          double exact = (double) rate * seconds * 1_000 / 28_800.0;
          double got = DydxFundingTick.indexDelta(rate, seconds, 1_000, 0, -6).doubleValue();
          return Math.abs(got) <= Math.abs(exact) + 1e-6 && Math.abs(exact - got) < 1.0 + 1e-6;
        });
  }

  @Test
  void law_clampedRateStaysWithinBound() {
    qt().withFixedSeed(SEED).forAll(integers().between(-5_000_000, 5_000_000),
            integers().between(0, 200), integers().between(1, 500_000))
        .check((premium, interest, imf) -> Math.abs(
                DydxFundingTick.rate8hPpm(premium, interest, imf, imf / 2))
            <= DydxFundingTick.maxAbsRate8hPpm(imf, imf / 2));
  }

  @Test
  void minuteSample_ofAnOddCount_isTheMiddleVote_notTheMeanOfTwo() {
    // 15 votes, no padding: sorted 1..7, 100, 101..107; the 8th is 100. The mean of the 7th
    // and 8th (53.5 → 54) would be the even-count rule.
    int[] votes = {1, 2, 3, 4, 5, 6, 7, 100, 101, 102, 103, 104, 105, 106, 107};
    assertEquals(100, DydxFundingTick.minuteSamplePpm(votes, 15));
  }

  @Test
  void marginBounds_areInclusive() {
    // 600 % × (IMF − MMF) at the ends of the ranges: IMF 0 and 100 %, MMF 0 and MMF = IMF.
    assertEquals(0, DydxFundingTick.maxAbsRate8hPpm(0, 0));
    assertEquals(6_000_000, DydxFundingTick.maxAbsRate8hPpm(1_000_000, 0));
    assertEquals(300_000, DydxFundingTick.maxAbsRate8hPpm(50_000, 0));
    assertEquals(0, DydxFundingTick.maxAbsRate8hPpm(50_000, 50_000));
    assertEquals("initialMarginPpm must be in [0, 1000000], was -1", assertThrows(
        IllegalArgumentException.class, () -> DydxFundingTick.maxAbsRate8hPpm(-1, 0))
        .getMessage());
    assertEquals("maintenanceMarginPpm must be in [0, initialMarginPpm], was -1", assertThrows(
        IllegalArgumentException.class, () -> DydxFundingTick.maxAbsRate8hPpm(10, -1))
        .getMessage());
  }

  @Test
  void indexDelta_ofNoTime_isZero_andOfThePriceOne_isTaken() {
    assertEquals(BigInteger.ZERO, DydxFundingTick.indexDelta(1_000, 0, 1_000, 0, 0));
    // 28,800 s × 1 ppm × price 1 × 10^(0 + 0 + 6) / 28,800 = 10^6.
    assertEquals(BigInteger.valueOf(1_000_000), DydxFundingTick.indexDelta(1, 28_800, 1, 0, 0));
  }
}
