package dev.fundingkit.stats.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.testing.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RegimeDetectorTest {

  private static final long SEED = 20261122L;
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final Duration H1 = Duration.ofHours(1);
  private static final Duration H8 = Duration.ofHours(8);
  private static final double BP = 0.0001;

  static Instant[] every(Duration step, int n) {
    Instant[] times = new Instant[n];
    for (int i = 0; i < n; i++) {
      times[i] = T0.plus(step.multipliedBy(i));
    }
    return times;
  }

  static Instant at(Duration step, int i) {
    return T0.plus(step.multipliedBy(i));
  }

  /** 8-hourly rates in basis points per 8 h. */
  static double[] bp(double... values) {
    double[] out = values.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] *= BP;
    }
    return out;
  }

  static double[] repeat(double value, int n) {
    double[] out = new double[n];
    java.util.Arrays.fill(out, value);
    return out;
  }

  static double[] concat(double[]... parts) {
    int n = 0;
    for (double[] p : parts) {
      n += p.length;
    }
    double[] out = new double[n];
    int k = 0;
    for (double[] p : parts) {
      System.arraycopy(p, 0, out, k, p.length);
      k += p.length;
    }
    return out;
  }

  @Test
  void persistentNegative_isAtLeastFortyEightHours_measuredInTime() {
    // 10 positive, 7 negative (56 h), 5 positive, 5 negative (40 h), 5 positive
    double[] rates = concat(repeat(BP, 10), repeat(-BP, 7), repeat(BP, 5), repeat(-2 * BP, 5),
        repeat(BP, 5));
    List<RegimeEpisode> episodes =
        RegimeDetector.defaults().detect(every(H8, rates.length), rates, H8);
    assertEquals(List.of(RegimeEpisode.ofPer8h(RegimeKind.PERSISTENT_NEGATIVE, at(H8, 10),
        at(H8, 17), -BP, -BP)), episodes);
    assertEquals(Duration.ofHours(56), episodes.get(0).duration());
  }

  @Test
  void hourlyVenue_givesTheSameEpisode_perEightHours() {
    // −0.00125%/1h is −0.01%/8h; 56 hourly negatives = 56 h
    double[] hourly = concat(repeat(BP / 8, 80), repeat(-BP / 8, 56), repeat(BP / 8, 40));
    List<RegimeEpisode> episodes =
        RegimeDetector.defaults().detect(every(H1, hourly.length), hourly, H1);
    assertEquals(1, episodes.size());
    RegimeEpisode e = episodes.get(0);
    assertEquals(RegimeKind.PERSISTENT_NEGATIVE, e.kind());
    assertEquals(at(H1, 80), e.start());
    assertEquals(Duration.ofHours(56), e.duration());
    assertEquals(-BP, e.minimum().value(), 1e-18);
    assertEquals(-BP, e.mean().value(), 1e-18);
  }

  @Test
  void extremeSpike_isShorterThanTwelveHours_andBelowTheExtremeLevel() {
    // one −0.2% settlement (8 h) is a spike; two in a row (16 h) are not
    double[] rates = concat(repeat(BP, 20), bp(-20), repeat(BP, 20), bp(-20, -20),
        repeat(BP, 20));
    RegimeDetector detector = RegimeDetector.defaults();
    List<RegimeEpisode> episodes = detector.detect(every(H8, rates.length), rates, H8);
    assertEquals(List.of(RegimeEpisode.ofPer8h(RegimeKind.EXTREME_SPIKE, at(H8, 20), at(H8, 21),
        -20 * BP, -20 * BP)), episodes);
  }

  @Test
  void extremeLevel_isTheLooserOfKSigmaAndTheAbsoluteLevel() {
    // 99 readings at +1bp and one at −20bp: μ = 0.79bp, sd = 2.1bp; μ − 3sd = −5.51bp,
    // looser than −5bp
    double[] rates = concat(repeat(BP, 99), bp(-20));
    FundingRate[] typed = typed(rates, H8);
    Instant[] times = every(H8, rates.length);
    double mean = (99 - 20) / 100.0 * BP;
    double ss = 99 * Math.pow(BP - mean, 2) + Math.pow(-20 * BP - mean, 2);
    double sigmaLevel = mean - 3 * Math.sqrt(ss / 99);
    assertEquals(-5 * BP, RegimeDetector.defaults().extremeLevel(times, typed).value(), 1e-18);
    RegimeDetector sigmaOnly =
        RegimeDetector.of(RegimeThresholds.defaults().withSpikeLevel(FundingRate.of(-1, java.time.Duration.ofHours(8))));
    assertEquals(sigmaLevel, sigmaOnly.extremeLevel(times, typed).value(), 1e-15);
    RegimeDetector tight = RegimeDetector.of(RegimeThresholds.defaults().withSpikeSigmas(1));
    assertEquals(mean - Math.sqrt(ss / 99), tight.extremeLevel(times, typed).value(), 1e-15);
  }

  @Test
  void negativeWhileSpotRises_needsTheSpotSeries() {
    double[] rates = concat(repeat(BP, 10), repeat(-BP, 4), repeat(BP, 10));
    Instant[] times = every(H8, rates.length);
    Instant[] spotTimes = every(H1, 8 * rates.length);
    double[] spot = new double[spotTimes.length];
    for (int i = 0; i < spot.length; i++) {
      // flat, then +1% per 8 h during the negative run (hours 80..112), then flat
      double hours = Math.min(Math.max(i - 80, 0), 32);
      spot[i] = 100 * (1 + 0.01 * hours / 8);
    }
    List<RegimeEpisode> episodes =
        RegimeDetector.defaults().detect(times, typed(rates, H8), spotTimes, spot);
    assertEquals(List.of(RegimeEpisode.ofPer8h(RegimeKind.NEGATIVE_WHILE_SPOT_RISES, at(H8, 10),
        at(H8, 14), -BP, -BP)), episodes);
    // falling spot: no such episode
    double[] falling = new double[spot.length];
    for (int i = 0; i < spot.length; i++) {
      falling[i] = 200 - spot[i];
    }
    assertEquals(List.of(),
        RegimeDetector.defaults().detect(times, typed(rates, H8), spotTimes, falling));
    // spot series that stops before the episode ends: not judged
    Instant[] shortTimes = java.util.Arrays.copyOf(spotTimes, 100);
    double[] shortSpot = java.util.Arrays.copyOf(spot, 100);
    assertEquals(List.of(),
        RegimeDetector.defaults().detect(times, typed(rates, H8), shortTimes, shortSpot));
  }

  @Test
  void meanRate_isTimeWeighted_andGapsBreakEpisodes() {
    // 8-hourly rates at 0h, 4h (so the first holds only 4 h), 12h; then a gap of a day
    Instant[] times = {T0, at(H1, 4), at(H1, 12), at(H1, 44), at(H1, 52)};
    double[] rates = bp(-1, -4, -1, -1, -1);
    RegimeDetector detector = RegimeDetector.of(
        RegimeThresholds.defaults().withPersistentMinimum(Duration.ofHours(16)));
    List<RegimeEpisode> episodes = detector.detect(times, rates, H8);
    assertEquals(2, episodes.size());
    RegimeEpisode first = episodes.get(0);
    assertEquals(T0, first.start());
    assertEquals(at(H1, 20), first.end());
    assertEquals(-4 * BP, first.minimum().value(), 1e-18);
    assertEquals((-1 * 4 - 4 * 8 - 1 * 8) / 20.0 * BP, first.mean().value(), 1e-18);
    assertEquals(RegimeEpisode.ofPer8h(RegimeKind.PERSISTENT_NEGATIVE, at(H1, 44), at(H1, 60),
        -BP, -BP), episodes.get(1));
  }

  /** Regime durations add up to the time spent below the negative level. */
  @Test
  void law_negativeRunDurations_addUpToTimeBelowTheLevel() {
    RegimeDetector everyRun = RegimeDetector.of(RegimeThresholds.defaults()
        .withPersistentMinimum(Duration.ofNanos(1)).withNegativeLevel(FundingRate.of(-0.5 * BP, java.time.Duration.ofHours(8))));
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(integers().between(2, 300), longs().between(1, 100_000), integers().between(0, 3))
        .check((n, seed, mix) -> {
          Random random = new Random(seed);
          Instant[] times = new Instant[n];
          FundingRate[] rates = new FundingRate[n];
          Instant t = T0;
          for (int i = 0; i < n; i++) {
            times[i] = t;
            Duration interval = random.nextInt(4) == 0 ? H1 : H8;
            rates[i] = FundingRate.of(BP * (random.nextGaussian() - 0.3 * mix), interval);
            // next settlement: on time, early, or after a gap
            long minutes = interval.toMinutes() + (random.nextInt(5) - 2) * 90L;
            t = t.plus(Duration.ofMinutes(Math.max(1, minutes)));
          }
          Duration below = Duration.ZERO;
          for (int i = 0; i < n; i++) {
            if (rates[i].rescaleTo(H8).value() < -0.5 * BP) {
              Instant full = times[i].plus(rates[i].interval());
              Instant end = i + 1 < n && times[i + 1].isBefore(full) ? times[i + 1] : full;
              below = below.plus(Duration.between(times[i], end));
            }
          }
          Duration total = Duration.ZERO;
          Instant previousEnd = Instant.MIN;
          for (RegimeEpisode e : everyRun.detect(times, rates)) {
            if (e.kind() != RegimeKind.PERSISTENT_NEGATIVE) {
              continue;
            }
            if (e.start().isBefore(previousEnd) || e.mean().value() >= -0.5 * BP) {
              return false; // overlapping or not below the level
            }
            previousEnd = e.end();
            total = total.plus(e.duration());
          }
          return total.equals(below);
        });
  }

  @Test
  void law_spikes_areShortAndBelowTheExtremeLevel() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(integers().between(2, 300), longs().between(1, 100_000))
        .check((n, seed) -> {
          Random random = new Random(seed);
          double[] rates = new double[n];
          for (int i = 0; i < n; i++) {
            rates[i] = BP * (random.nextInt(10) == 0 ? -30 * random.nextDouble() : 1);
          }
          Instant[] times = every(H8, n);
          RegimeDetector detector = RegimeDetector.defaults();
          double level = detector.extremeLevel(times, typed(rates, H8)).value();
          for (RegimeEpisode e : detector.detect(times, rates, H8)) {
            if (e.kind() == RegimeKind.EXTREME_SPIKE
                && (e.duration().compareTo(Duration.ofHours(12)) >= 0
                    || !(e.mean().value() < level) || e.minimum().value() > e.mean().value())) {
              return false;
            }
          }
          return true;
        });
  }

  /**
   * Binance BTCUSDT 8-hourly funding 2020-01-01 .. 2026-08-21 (7,273 settlements, the stitched
   * file of SOURCES.md §7), default thresholds. Measured on 2026-11-22: extreme level −0.0500%/8h
   * (μ − 3sd is further out), 36 persistent-negative episodes totalling 2,552 h (4.4% of the
   * 58,184 h; longest 192 h) and 7 extreme spikes.
   */
  @Test
  void realData_binanceBtc_regimesMatchTheMeasuredCounts() throws IOException {
    List<Instant> timeList = new ArrayList<>();
    List<Double> rateList = new ArrayList<>();
    try (BufferedReader reader = SharedData.open(
        SharedData.require("binance_btc_eth_funding_8h_2020_2026_stitched.csv.gz"))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] cells = line.split(",", -1);
        if (cells[0].equals("BTCUSDT")) {
          timeList.add(Instant.parse(cells[2]));
          rateList.add(Double.parseDouble(cells[3]));
        }
      }
    }
    Instant[] times = timeList.toArray(Instant[]::new);
    double[] rates = rateList.stream().mapToDouble(Double::doubleValue).toArray();
    assertEquals(7273, times.length);
    RegimeDetector detector = RegimeDetector.defaults();
    double level = detector.extremeLevel(times, typed(rates, H8)).value();
    List<RegimeEpisode> episodes = detector.detect(times, rates, H8);
    long persistent = episodes.stream()
        .filter(e -> e.kind() == RegimeKind.PERSISTENT_NEGATIVE).count();
    long spikes = episodes.stream().filter(e -> e.kind() == RegimeKind.EXTREME_SPIKE).count();
    long persistentHours = episodes.stream()
        .filter(e -> e.kind() == RegimeKind.PERSISTENT_NEGATIVE)
        .mapToLong(e -> e.duration().toHours()).sum();
    long longest = episodes.stream()
        .filter(e -> e.kind() == RegimeKind.PERSISTENT_NEGATIVE)
        .mapToLong(e -> e.duration().toHours()).max().orElse(0);
    String measured = "level " + level + " persistent " + persistent + " (" + persistentHours
        + " h, longest " + longest + " h) spikes " + spikes;
    assertEquals(-0.0005, level, 1e-12, measured);
    // The counts measured on this file (2026-11-22), exactly: the old bands (5..100 episodes,
    // 1..200 spikes) would have let most detector regressions through.
    assertEquals(36, persistent, measured);
    assertEquals(2552, persistentHours, measured);
    assertEquals(192, longest, measured);
    assertEquals(7, spikes, measured);
    for (RegimeEpisode e : episodes) {
      assertTrue(e.mean().value() < 0, e.toString());
    }
  }

  @Test
  void badInput() {
    RegimeDetector detector = RegimeDetector.defaults();
    IllegalStateException tooFew = assertThrows(IllegalStateException.class,
        () -> detector.detect(every(H8, 1), new double[] {-BP}, H8));
    assertEquals("need at least 2 funding observations, got 1", tooFew.getMessage());
    IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
        () -> detector.detect(every(H8, 3), new double[2], H8));
    assertEquals("rates must have length 3, was 2", length.getMessage());
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> detector.detect(every(H8, 2), new double[] {0, Double.NaN}, H8));
    assertEquals("rates[1] must be finite, was NaN", nan.getMessage());
    IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
        () -> detector.detect(new Instant[] {T0, T0}, new double[2], H8));
    assertTrue(order.getMessage().startsWith("times must be strictly increasing"));
    IllegalArgumentException spot = assertThrows(IllegalArgumentException.class,
        () -> detector.detect(every(H8, 2), typed(new double[2], H8), every(H1, 2),
            new double[] {1, -1}));
    assertEquals("spotPrices[1] must be > 0, was -1.0", spot.getMessage());
    NullPointerException nullRate = assertThrows(NullPointerException.class,
        () -> detector.detect(every(H8, 2), new FundingRate[] {FundingRate.of(0, H8), null}));
    assertEquals("rates[1]", nullRate.getMessage());
  }

  @Test
  void thresholdsExactlyOnTheBoundary() {
    // exactly 48 h below (6 × 8 h) is persistent (>= 48 h); exactly 0 is not below 0 (strict)
    double[] six = concat(repeat(BP, 10), repeat(-BP, 6), repeat(BP, 10));
    List<RegimeEpisode> e = RegimeDetector.defaults().detect(every(H8, six.length), six, H8);
    assertEquals(1, e.size());
    assertEquals(Duration.ofHours(48), e.get(0).duration());
    double[] zero = concat(repeat(BP, 10), repeat(0.0, 8), repeat(BP, 10));
    assertEquals(List.of(), RegimeDetector.defaults().detect(every(H8, zero.length), zero, H8));
    // a spike lasting exactly the 12 h maximum (12 hourly prints) is not a spike (< 12 h);
    // 11 hourly prints (11 h) are
    RegimeDetector spikes = RegimeDetector.of(RegimeThresholds.defaults()
        .withPersistentMinimum(Duration.ofDays(365)));
    double[] twelve = concat(repeat(BP / 8, 100), repeat(-0.01, 12), repeat(BP / 8, 100));
    assertEquals(List.of(), spikes.detect(every(H1, twelve.length), twelve, H1));
    double[] eleven = concat(repeat(BP / 8, 100), repeat(-0.01, 11), repeat(BP / 8, 100));
    List<RegimeEpisode> spike = spikes.detect(every(H1, eleven.length), eleven, H1);
    assertEquals(1, spike.size());
    assertEquals(RegimeKind.EXTREME_SPIKE, spike.get(0).kind());
  }

  @Test
  void series_givesTheSameEpisodesAsArrays_andEpisodeRatesCarryTheirInterval() {
    double[] rates = concat(repeat(BP, 10), repeat(-BP, 7), repeat(BP, 5));
    Instant[] times = every(H8, rates.length);
    long[] ms = new long[times.length];
    for (int i = 0; i < ms.length; i++) {
      ms[i] = times[i].toEpochMilli();
    }
    dev.fundingkit.core.series.FundingSeries series =
        dev.fundingkit.core.series.FundingSeries.inferred(ms, rates);
    List<RegimeEpisode> fromSeries = RegimeDetector.defaults().detect(series);
    assertEquals(RegimeDetector.defaults().detect(times, rates, H8), fromSeries);
    assertEquals(FundingRate.of(-BP, H8), fromSeries.get(0).mean());
    assertEquals(FundingRate.of(-BP, H8), fromSeries.get(0).minimum());
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester()
        .setDefault(Duration.class, H8)
        .testAllPublicStaticMethods(RegimeDetector.class);
    new NullPointerTester()
        .setDefault(dev.fundingkit.core.series.FundingSeries.class,
            dev.fundingkit.core.series.FundingSeries.of(new long[] {0, 1}, new double[2], H8,
                dev.fundingkit.core.series.IntervalSource.DECLARED))
        .setDefault(Duration.class, H8)
        .setDefault(Instant[].class, every(H8, 2))
        .setDefault(double[].class, new double[2])
        .setDefault(FundingRate[].class, typed(new double[2], H8))
        .testAllPublicInstanceMethods(RegimeDetector.defaults());
  }

  static FundingRate[] typed(double[] rates, Duration interval) {
    FundingRate[] out = new FundingRate[rates.length];
    for (int i = 0; i < rates.length; i++) {
      out[i] = FundingRate.of(rates[i], interval);
    }
    return out;
  }

  @Test
  void episodes_areOrderedByStart_evenWhenASpikeComesBeforeAPersistentRun() {
    // A lone −20bp print at t20 (a spike, 8 h: not persistent), then 56 h at −1bp from t41.
    // The extreme level is −5bp (μ − 3sd ≈ −8bp is looser), so −1bp is no spike.
    double[] rates = concat(repeat(BP, 20), bp(-20), repeat(BP, 20), repeat(-BP, 7),
        repeat(BP, 5));
    Instant[] times = every(H8, rates.length);
    List<RegimeEpisode> expected = List.of(
        RegimeEpisode.ofPer8h(RegimeKind.EXTREME_SPIKE, at(H8, 20), at(H8, 21), -20 * BP,
            -20 * BP),
        RegimeEpisode.ofPer8h(RegimeKind.PERSISTENT_NEGATIVE, at(H8, 41), at(H8, 48), -BP,
            -BP));
    assertEquals(expected, RegimeDetector.defaults().detect(times, typed(rates, H8)));
    // With a flat spot series there is no spot-rise episode, and the order is the same.
    assertEquals(expected, RegimeDetector.defaults().detect(times, typed(rates, H8),
        new Instant[] {T0, at(H8, rates.length)}, new double[] {1, 1}));
  }

  @Test
  void aRateExactlyAtTheExtremeLevel_isNoSpike() {
    // With k = 100 the σ level is far below the −0.05% floor, so the level is the floor, and
    // a print of exactly −0.05% is not strictly below it.
    double[] rates = concat(repeat(BP, 20), new double[] {-0.0005}, repeat(BP, 20));
    RegimeDetector spikes = RegimeDetector.of(RegimeThresholds.defaults().withSpikeSigmas(100)
        .withSpikeLevel(FundingRate.of(-0.0005, H8)));
    assertEquals(-0.0005, spikes.extremeLevel(every(H8, rates.length), typed(rates, H8))
        .value(), 0);
    assertEquals(List.of(), spikes.detect(every(H8, rates.length), rates, H8));
  }

  /** Negative (−1bp) for t3, t4, t5: 24 h, exactly the shortest spot-rise episode. */
  private static final double[] DAY_NEGATIVE = concat(repeat(BP, 3), repeat(-BP, 3),
      repeat(BP, 3));

  /** A spot rise of at least 25%: 4 → 5 is exactly that. */
  private static final RegimeDetector RISE_25 =
      RegimeDetector.of(RegimeThresholds.defaults().withSpotRiseMinimum(0.25));

  @Test
  void spotRise_exactlyAtTheMinimumRiseAndDuration_counts() {
    // Spot prints exactly at the episode's start (index 0 of the spot series) and end.
    RegimeEpisode rise = RegimeEpisode.ofPer8h(RegimeKind.NEGATIVE_WHILE_SPOT_RISES,
        at(H8, 3), at(H8, 6), -BP, -BP);
    assertEquals(List.of(rise), RISE_25.detect(every(H8, 9), typed(DAY_NEGATIVE, H8),
        new Instant[] {at(H8, 3), at(H8, 6)}, new double[] {4, 5}));
    // Between the prints: the last print at or before the start (20 h, index 0) and the
    // last at or before the end (47 h, index 1), not the one after it.
    assertEquals(List.of(rise), RISE_25.detect(every(H8, 9), typed(DAY_NEGATIVE, H8),
        new Instant[] {at(H1, 20), at(H1, 47), at(H1, 50)}, new double[] {4, 5, 100}));
    // A rate exactly at the negative level (0) is not negative.
    double[] zero = concat(repeat(BP, 3), repeat(0.0, 3), repeat(BP, 3));
    assertEquals(List.of(), RISE_25.detect(every(H8, 9), typed(zero, H8),
        new Instant[] {at(H8, 3), at(H8, 6)}, new double[] {4, 5}));
  }

  @Test
  void aSpotPriceOfZero_isRejected() {
    assertEquals("spotPrices[0] must be > 0, was 0.0", assertThrows(
        IllegalArgumentException.class, () -> RegimeDetector.defaults().detect(every(H8, 9),
            typed(DAY_NEGATIVE, H8), new Instant[] {T0}, new double[] {0})).getMessage());
  }

  @Test
  void thresholdsAndText() {
    RegimeThresholds t = RegimeThresholds.defaults().withSpikeSigmas(2);
    assertEquals(t, RegimeDetector.of(t).thresholds());
    assertEquals("RegimeDetector[" + t + "]", RegimeDetector.of(t).toString());
  }
}
