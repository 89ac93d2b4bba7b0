package dev.fundingkit.core.venue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/**
 * The hourly funding tick of dYdX v4 in the chain's own integer units (parts per million,
 * quote quantums), so that a rate or an index move can be reproduced to the unit.
 *
 * <p>Source: {@code dydxprotocol/v4-chain} {@code protocol/x/perpetuals/keeper/perpetual.go}
 * ({@code processStoredPremiums}, {@code processPremiumVotesIntoSamples},
 * {@code MaybeProcessNewFundingTickEpoch}), {@code protocol/lib/math.go} ({@code Median},
 * {@code AvgInt32}), {@code protocol/lib/quantums.go} ({@code BaseToQuoteQuantums}) and
 * {@code protocol/x/perpetuals/funding/funding.go} ({@code GetFundingIndexDelta}), as of
 * commit 84d4664b (2026-03-04). The steps:
 *
 * <ol>
 *   <li>Each minute ({@code funding-sample} epoch, 60 s) the non-zero per-block premium votes
 *       are padded with zeros to {@code max(blocks in the minute, 15)} and their median taken
 *       (an even count averages the middle two, rounded away from zero): {@link
 *       #minuteSamplePpm(int[], int)}.
 *   <li>Each hour ({@code funding-tick} epoch, 3600 s) the non-zero minute samples are padded
 *       with zeros to {@code max(minutes in the hour, 60)} and averaged, truncated toward
 *       zero (tail removal 0 %): {@link #hourlyPremiumPpm(int[], int)}.
 *   <li>The 8-hour rate is that premium plus the market's {@code default_funding_ppm} (0 for
 *       cross markets, 100 ppm = 1 bp per 8 h for isolated ones), clamped to
 *       {@code ±600 % × (IMF − MMF)}: {@link #rate8hPpm(int, int, int, int)}.
 *   <li>The funding index moves by {@code rate × seconds × price → quote quantums / 28,800},
 *       truncated toward zero at the price conversion and at the division: {@link
 *       #indexDelta(long, long, long, int, int)}. A position settles {@code −Δindex × size}.
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class DydxFundingTick {

  /** Votes a minute sample needs at least (zeros fill the rest): {@code MinNumVotesPerSample}. */
  public static final int MIN_VOTES_PER_SAMPLE = 15;

  /** Samples an hourly tick needs at least: ⌈3600 s / 60 s⌉. */
  public static final int MIN_SAMPLES_PER_TICK = 60;

  /** The funding-rate clamp factor: 600 % of (IMF − MMF), in ppm. */
  public static final long FUNDING_RATE_CLAMP_FACTOR_PPM = 6_000_000L;

  /** The premium-vote clamp factor: 6,000 % of (IMF − MMF), in ppm. */
  public static final long PREMIUM_VOTE_CLAMP_FACTOR_PPM = 60_000_000L;

  /** The quote currency's atomic resolution (USDC quantums are 10⁻⁶). */
  public static final int QUOTE_ATOMIC_RESOLUTION = -6;

  /** The realisation period of the rate, in seconds (the rate is quoted per 8 h). */
  public static final long REALIZATION_SECONDS = 8 * 3600L;

  private static final long PPM = 1_000_000L;

  private DydxFundingTick() {}

  /**
   * One minute's premium sample: the median of the non-zero votes padded with zeros.
   *
   * @param nonZeroVotesPpm the non-zero per-block premium votes of the minute, in ppm (may be
   *     empty); not modified
   * @param blocks the number of blocks in the minute, at least the number of votes
   * @return the sample in ppm
   * @throws NullPointerException if {@code nonZeroVotesPpm} is null
   * @throws IllegalArgumentException if {@code blocks} is less than the number of votes
   */
  public static int minuteSamplePpm(int[] nonZeroVotesPpm, int blocks) {
    Objects.requireNonNull(nonZeroVotesPpm, "nonZeroVotesPpm");
    int n = padTo(nonZeroVotesPpm.length, blocks, MIN_VOTES_PER_SAMPLE, "blocks");
    long[] padded = new long[n];
    for (int i = 0; i < nonZeroVotesPpm.length; i++) {
      padded[i] = nonZeroVotesPpm[i];
    }
    Arrays.sort(padded);
    int mid = n / 2;
    if (n % 2 == 1) {
      return (int) padded[mid];
    }
    long sum = padded[mid - 1] + padded[mid];
    // Half of an odd sum rounds away from zero, as lib.Median does.
    long half = sum / 2 + sum % 2;
    return (int) half;
  }

  /**
   * One hour's premium: the mean of the non-zero minute samples padded with zeros, truncated
   * toward zero.
   *
   * @param nonZeroSamplesPpm the non-zero minute samples of the hour, in ppm (may be empty)
   * @param minutes the number of sample epochs in the hour, at least the number of samples
   * @return the hourly premium in ppm
   * @throws NullPointerException if {@code nonZeroSamplesPpm} is null
   * @throws IllegalArgumentException if {@code minutes} is less than the number of samples
   */
  public static int hourlyPremiumPpm(int[] nonZeroSamplesPpm, int minutes) {
    Objects.requireNonNull(nonZeroSamplesPpm, "nonZeroSamplesPpm");
    int n = padTo(nonZeroSamplesPpm.length, minutes, MIN_SAMPLES_PER_TICK, "minutes");
    long sum = 0;
    for (int sample : nonZeroSamplesPpm) {
      sum += sample;
    }
    return (int) (sum / n);
  }

  /**
   * The 8-hour rate of a tick: premium plus default funding, clamped to
   * {@code ±600 % × (IMF − MMF)}.
   *
   * @param premiumPpm the hourly premium in ppm
   * @param defaultFundingPpm the market's default funding (interest) per 8 h in ppm
   * @param initialMarginPpm the liquidity tier's initial margin fraction in ppm, 0..1,000,000
   * @param maintenanceMarginPpm the maintenance margin fraction in ppm, 0..initial
   * @return the clamped 8-hour rate in ppm
   * @throws IllegalArgumentException if the margins are out of range
   */
  public static int rate8hPpm(
      int premiumPpm, int defaultFundingPpm, int initialMarginPpm, int maintenanceMarginPpm) {
    long bound = maxAbsRate8hPpm(initialMarginPpm, maintenanceMarginPpm);
    long raw = (long) premiumPpm + defaultFundingPpm;
    return (int) Math.max(-bound, Math.min(bound, raw));
  }

  /**
   * The largest absolute 8-hour rate: {@code 600 % × (IMF − MMF)}, truncated to a ppm.
   *
   * @param initialMarginPpm the initial margin fraction in ppm, 0..1,000,000
   * @param maintenanceMarginPpm the maintenance margin fraction in ppm, 0..initial
   * @return the bound in ppm (IMF 5 %, MMF 3 % give 120,000 = 12 %)
   * @throws IllegalArgumentException if the margins are out of range
   */
  public static long maxAbsRate8hPpm(int initialMarginPpm, int maintenanceMarginPpm) {
    if (initialMarginPpm < 0 || initialMarginPpm > PPM) {
      throw new IllegalArgumentException(
          "initialMarginPpm must be in [0, 1000000], was " + initialMarginPpm);
    }
    if (maintenanceMarginPpm < 0 || maintenanceMarginPpm > initialMarginPpm) {
      throw new IllegalArgumentException(
          "maintenanceMarginPpm must be in [0, initialMarginPpm], was " + maintenanceMarginPpm);
    }
    return FUNDING_RATE_CLAMP_FACTOR_PPM * (initialMarginPpm - maintenanceMarginPpm) / PPM;
  }

  /**
   * The funding-index move of one tick, in quote quantums per base quantum (× 10⁶):
   * {@code trunc(trunc(rate × seconds × price × 10^(exponent + atomicResolution + 6)) / 28,800)}.
   *
   * @param rate8hPpm the 8-hour rate in ppm
   * @param seconds the seconds since the last tick, zero or more (3,600 for an hourly tick)
   * @param price the oracle price's integer value, positive
   * @param priceExponent the oracle price's decimal exponent
   * @param atomicResolution the perpetual's atomic resolution (base quantum = 10^this coin)
   * @return the index move, truncated toward zero
   * @throws IllegalArgumentException if {@code seconds} is negative or {@code price} not
   *     positive
   */
  public static BigInteger indexDelta(
      long rate8hPpm, long seconds, long price, int priceExponent, int atomicResolution) {
    if (seconds < 0) {
      throw new IllegalArgumentException("seconds must be >= 0, was " + seconds);
    }
    if (price <= 0) {
      throw new IllegalArgumentException("price must be > 0, was " + price);
    }
    BigInteger base = BigInteger.valueOf(seconds).multiply(BigInteger.valueOf(rate8hPpm));
    BigInteger quote = base.multiply(BigInteger.valueOf(price));
    int exponent = priceExponent + atomicResolution - QUOTE_ATOMIC_RESOLUTION;
    // PIT: equivalent mutants (ConditionalsBoundaryMutator, both branches): at exponent 0
    // multiplying or dividing by 10^0 leaves the quote unchanged.
    if (exponent > 0) {
      quote = quote.multiply(BigInteger.TEN.pow(exponent));
    } else if (exponent < 0) {
      // BigInteger.divide truncates toward zero, as Go's big.Int.Quo does.
      quote = quote.divide(BigInteger.TEN.pow(-exponent));
    }
    return quote.divide(BigInteger.valueOf(REALIZATION_SECONDS));
  }

  private static int padTo(int have, int slots, int minimum, String name) {
    if (slots < have) {
      throw new IllegalArgumentException(
          name + " must be >= the number of non-zero values (" + have + "), was " + slots);
    }
    return Math.max(slots, minimum);
  }
}
