package dev.fundingkit.core.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AggregationRuleTest {

  private static final long SEED = 20261122L;
  private static final Instant AT = Instant.parse("2025-10-01T08:00:00Z");
  private static final Duration H8 = Duration.ofHours(8);
  private static final Duration H1 = Duration.ofHours(1);
  private static final AggregationRule OI = AggregationRule.of(Weighting.OPEN_INTEREST);

  private static VenueReading reading(String venue, String rate, double oi, double volume) {
    return VenueReading.of(venue, FundingRate.parse(rate), AT.minusSeconds(60)).withOpenInterest(oi).withVolume(volume);
  }

  private static final List<VenueReading> THREE = List.of(
      reading("binance-usdm", "-0.03%/8h", 600, 100),
      reading("hyperliquid", "-0.005%/1h", 300, 300),
      reading("okx", "0.01%/8h", 100, 600));

  @Test
  void openInterestWeighted_normalisesHourlyVenueTo8hFirst() {
    AggregatedFunding a = OI.aggregate(AT, THREE);
    // hyperliquid -0.005%/1h is -0.04%/8h; 0.6 × -0.03% + 0.3 × -0.04% + 0.1 × 0.01%
    assertEquals(-0.00029, a.rate().value(), 1e-15);
    assertEquals(H8, a.rate().interval());
    VenueContribution hl = a.contributions().get(1);
    assertEquals("hyperliquid", hl.venue());
    assertEquals(FundingRate.parse("-0.005%/1h"), hl.rate());
    assertEquals(-0.0004, hl.normalised().value(), 1e-18);
    assertEquals(0.3, hl.weight(), 1e-15);
    assertEquals(List.of(), a.exclusions());
    assertEquals(Weighting.OPEN_INTEREST, a.weighting());
    assertEquals(AT, a.at());
  }

  @Test
  void volumeAndEqualWeighting() {
    AggregatedFunding v = OI.withWeighting(Weighting.VOLUME).aggregate(AT, THREE);
    assertEquals(0.1 * -0.0003 + 0.3 * -0.0004 + 0.6 * 0.0001, v.rate().value(), 1e-15);
    AggregatedFunding e = OI.withWeighting(Weighting.EQUAL).aggregate(AT, THREE);
    assertEquals((-0.0003 - 0.0004 + 0.0001) / 3, e.rate().value(), 1e-15);
  }

  @Test
  void staleFutureZeroWeightAndMissingVenues_areExcludedWithTheReason() {
    List<VenueReading> readings = List.of(
        reading("binance-usdm", "-0.03%/8h", 600, 100),
        VenueReading.of("bybit", FundingRate.parse("0.05%/8h"), AT.minus(Duration.ofHours(2))).withOpenInterest(500).withVolume(1),
        VenueReading.of("okx", FundingRate.parse("0.05%/8h"), AT.plusSeconds(1)).withOpenInterest(500).withVolume(1),
        reading("kraken", "0.05%/1h", 0, 5),
        VenueReading.of("deribit", FundingRate.parse("0.01%/8h"), AT.minus(H1)).withOpenInterest(100).withVolume(1));
    AggregatedFunding a = OI.aggregate(AT, readings, Set.of("binance-usdm", "bitmex"));
    assertEquals(-0.0003 * 600 / 700 + 0.0001 * 100 / 700, a.rate().value(), 1e-15);
    assertEquals(List.of(
        new VenueExclusion("bitmex", ExclusionReason.MISSING, "no reading"),
        new VenueExclusion("bybit", ExclusionReason.STALE, "age PT2H > max PT1H"),
        new VenueExclusion("kraken", ExclusionReason.ZERO_WEIGHT, "zero open interest"),
        new VenueExclusion("okx", ExclusionReason.FUTURE,
            "observed 2025-10-01T08:00:01Z after 2025-10-01T08:00:00Z")),
        a.exclusions());
  }

  @Test
  void noContributingVenue_isIllegalState_listingEveryExclusion() {
    List<VenueReading> stale = List.of(VenueReading.of("bybit", FundingRate.parse("0.05%/8h"),
        AT.minus(Duration.ofHours(2))).withOpenInterest(500).withVolume(1));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> OI.aggregate(AT, stale, Set.of("okx")));
    assertEquals("no venue contributes to the funding aggregate at 2025-10-01T08:00:00Z: "
        + "bybit STALE (age PT2H > max PT1H); okx MISSING (no reading)", e.getMessage());
    assertEquals("no venue contributes to the funding aggregate at 2025-10-01T08:00:00Z: "
        + "no readings", assertThrows(IllegalStateException.class,
            () -> OI.aggregate(AT, List.of())).getMessage());
  }

  @Test
  void badInput_namesParameterAndValue() {
    assertEquals("readings must hold one reading per venue, 'okx' appears twice",
        assertThrows(IllegalArgumentException.class, () -> OI.aggregate(AT, List.of(
            reading("okx", "0.01%/8h", 1, 1), reading("okx", "0.02%/8h", 1, 1)))).getMessage());
    assertEquals("maxAge must be >= 0, was PT-1S", assertThrows(IllegalArgumentException.class,
        () -> OI.withMaxAge(Duration.ofSeconds(-1))).getMessage());
    assertEquals("commonInterval must be positive, was PT0S", assertThrows(
        IllegalArgumentException.class, () -> OI.withCommonInterval(Duration.ZERO))
        .getMessage());
    List<VenueReading> withNull = new ArrayList<>(THREE);
    withNull.add(null);
    assertThrows(NullPointerException.class, () -> OI.aggregate(AT, withNull));
  }

  @Test
  void nullsAndEquality() {
    NullPointerTester npt = new NullPointerTester()
        .setDefault(Instant.class, AT).setDefault(Duration.class, H8);
    npt.testAllPublicStaticMethods(AggregationRule.class);
    npt.testAllPublicInstanceMethods(OI);
    new EqualsTester()
        .addEqualityGroup(OI, AggregationRule.of(Weighting.OPEN_INTEREST)
            .withCommonInterval(H8).withMaxAge(H1))
        .addEqualityGroup(OI.withWeighting(Weighting.EQUAL))
        .addEqualityGroup(OI.withCommonInterval(H1))
        .addEqualityGroup(OI.withMaxAge(H8))
        .testEquals();
    assertEquals("OPEN_INTEREST-weighted, normalised to PT8H, max age PT1H", OI.toString());
  }

  /** Up to 8 fresh venues on mixed intervals with random positive weights. */
  private static List<VenueReading> venues(SplittableRandom rnd, double commonValuePer8h) {
    int n = 1 + rnd.nextInt(8);
    List<VenueReading> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Duration interval = List.of(H1, Duration.ofHours(4), H8).get(rnd.nextInt(3));
      double value = Double.isNaN(commonValuePer8h) ? rnd.nextDouble(-0.003, 0.003)
          : commonValuePer8h;
      out.add(VenueReading.of("v" + i, FundingRate.of(value, interval),
          AT.minusSeconds(rnd.nextInt(3600))).withOpenInterest(rnd.nextDouble(1e-3, 1e9)).withVolume(rnd.nextDouble(1e-3, 1e9)));
    }
    return out;
  }

  @Test
  void law_identicalNormalisedRates_aggregateToThatRate_whateverTheWeights() {
    qt().withFixedSeed(SEED).withExamples(500)
        .forAll(longs().all(), doubles().between(-0.01, 0.01), integers().between(0, 2))
        .check((seed, value, w) -> {
          List<VenueReading> same = new ArrayList<>();
          for (VenueReading r : venues(new SplittableRandom(seed), value)) {
            same.add(VenueReading.of(r.venue(), FundingRate.of(value, H8), r.observedAt()).withOpenInterest(r.openInterest()).withVolume(r.volume()));
          }
          AggregatedFunding a =
              OI.withWeighting(Weighting.values()[w]).aggregate(AT, same);
          return a.rate().equals(FundingRate.of(value, H8));
        });
  }

  @Test
  void law_weightsSumToOne_andAreProportionalToTheRawWeights() {
    qt().withFixedSeed(SEED).withExamples(500)
        .forAll(longs().all(), integers().between(0, 2))
        .check((seed, w) -> {
          Weighting weighting = Weighting.values()[w];
          List<VenueReading> rs = venues(new SplittableRandom(seed), Double.NaN);
          AggregatedFunding a = OI.withWeighting(weighting).aggregate(AT, rs);
          double sum = a.contributions().stream().mapToDouble(VenueContribution::weight).sum();
          double raw0 = weighting.rawWeight(rs.stream()
              .filter(r -> r.venue().equals(a.contributions().get(0).venue()))
              .findFirst().orElseThrow());
          boolean proportional = true;
          for (VenueContribution c : a.contributions()) {
            double raw = weighting.rawWeight(rs.stream()
                .filter(r -> r.venue().equals(c.venue())).findFirst().orElseThrow());
            proportional &= Math.abs(c.weight() / a.contributions().get(0).weight()
                - raw / raw0) <= 1e-9 * (raw / raw0);
          }
          return Math.abs(sum - 1) <= 1e-12 && proportional;
        });
  }

  @Test
  void law_normalisationCommutesWithAggregation() {
    qt().withFixedSeed(SEED).withExamples(500)
        .forAll(longs().all(), integers().between(0, 2), integers().between(1, 24 * 60))
        .check((seed, w, minutes) -> {
          AggregationRule rule = OI.withWeighting(Weighting.values()[w]);
          List<VenueReading> rs = venues(new SplittableRandom(seed), Double.NaN);
          Duration other = Duration.ofMinutes(minutes);
          FundingRate viaDefault = rule.aggregate(AT, rs).rate().rescaleTo(other);
          FundingRate direct = rule.withCommonInterval(other).aggregate(AT, rs).rate();
          return direct.interval().equals(other)
              && Math.abs(direct.value() - viaDefault.value()) <= 1e-15;
        });
  }

  @Test
  void law_aggregate_liesBetweenTheSmallestAndLargestNormalisedRate() {
    qt().withFixedSeed(SEED).withExamples(500)
        .forAll(longs().all(), integers().between(0, 2))
        .check((seed, w) -> {
          AggregatedFunding a = OI.withWeighting(Weighting.values()[w])
              .aggregate(AT, venues(new SplittableRandom(seed), Double.NaN));
          double lo = a.contributions().stream().mapToDouble(c -> c.normalised().value())
              .min().orElseThrow();
          double hi = a.contributions().stream().mapToDouble(c -> c.normalised().value())
              .max().orElseThrow();
          return a.rate().value() >= lo - 1e-18 && a.rate().value() <= hi + 1e-18;
        });
  }

  @Test
  void contributions_areInVenueOrder_whateverTheReadingsOrder() {
    List<VenueReading> reversed = new ArrayList<>(THREE);
    java.util.Collections.reverse(reversed);
    AggregatedFunding a = OI.aggregate(AT, reversed);
    assertEquals(List.of("binance-usdm", "hyperliquid", "okx"),
        a.contributions().stream().map(VenueContribution::venue).toList());
  }

  @Test
  void aNullReading_isNamedInTheMessage() {
    List<VenueReading> withNull = new ArrayList<>(THREE);
    withNull.add(1, null);
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> OI.aggregate(AT, withNull));
    assertEquals("readings element", e.getMessage());
  }

  @Test
  void commonInterval_isTheOneGiven_andDistinctRulesHashDifferently() {
    assertEquals(H8, OI.commonInterval());
    // EqualsTester checks only that equal rules hash alike; a constant hash would pass it.
    org.junit.jupiter.api.Assertions.assertNotEquals(OI.hashCode(),
        OI.withWeighting(Weighting.VOLUME).hashCode());
  }
}
