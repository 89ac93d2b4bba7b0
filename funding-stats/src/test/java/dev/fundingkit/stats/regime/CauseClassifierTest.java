package dev.fundingkit.stats.regime;

import dev.fundingkit.core.rate.FundingRate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CauseClassifierTest {

  private static final long SEED = 20261122L;
  private static final CauseClassifier CLASSIFIER = CauseClassifier.defaults();

  @Test
  void hedgingDemand_moderateRate_oiRising_priceDriftingDown_days() {
    CauseAssessment a = CLASSIFIER.classify(
        EpisodeFacts.builder().rate(FundingRate.of(-0.0002, java.time.Duration.ofHours(8))).openInterestChange(0.10).priceChange(-0.01).duration(Duration.ofDays(3)).build());
    assertEquals(NegativeFundingCause.HEDGING_DEMAND, a.cause());
    assertEquals("HEDGING_DEMAND matches 4 of 4 features; next SPOT_PREMIUM 3 of 4",
        a.reason());
    assertEquals(List.of(CauseFeature.PRICE),
        a.scoreOf(NegativeFundingCause.SPOT_PREMIUM).orElseThrow().mismatched());
    assertTrue(a.isClassified());
  }

  @Test
  void panicSelling_extremeRate_oiFalling_sharpDrop_hours() {
    CauseAssessment a = CLASSIFIER.classify(
        EpisodeFacts.builder().rate(FundingRate.of(-0.0015, java.time.Duration.ofHours(8))).openInterestChange(-0.20).priceChange(-0.12).duration(Duration.ofHours(10)).build());
    assertEquals(NegativeFundingCause.PANIC_SELLING, a.cause());
    assertEquals(1.0, a.scores().get(0).score(), 0);
    assertEquals(NegativeFundingCause.PANIC_SELLING, a.scores().get(0).cause());
  }

  @Test
  void spotPremium_moderateRate_spotRising_weeks() {
    CauseAssessment a = CLASSIFIER.classify(
        EpisodeFacts.builder().rate(FundingRate.of(-0.0002, java.time.Duration.ofHours(8))).openInterestChange(0.02).priceChange(0.08).duration(Duration.ofDays(20)).build());
    assertEquals(NegativeFundingCause.SPOT_PREMIUM, a.cause());
    assertEquals(3, a.scoreOf(NegativeFundingCause.STRUCTURAL_SHORT).orElseThrow().matches());
  }

  @Test
  void structuralShort_lowRate_oiStable_bearish_weeksToMonths() {
    CauseAssessment a = CLASSIFIER.classify(
        EpisodeFacts.builder().rate(FundingRate.of(-0.0001, java.time.Duration.ofHours(8))).openInterestChange(0.01).priceChange(-0.15).duration(Duration.ofDays(40)).build());
    assertEquals(NegativeFundingCause.STRUCTURAL_SHORT, a.cause());
  }

  @Test
  void conflictingSignatures_areUnclassified_withTheEvidence() {
    // extreme rate and falling OI say panic, rising spot says spot premium: 3 of 4 each
    CauseAssessment a = CLASSIFIER.classify(
        EpisodeFacts.builder().rate(FundingRate.of(-0.0008, java.time.Duration.ofHours(8))).openInterestChange(-0.20).priceChange(0.05).duration(Duration.ofDays(1)).build());
    assertEquals(NegativeFundingCause.UNCLASSIFIED, a.cause());
    assertFalse(a.isClassified());
    assertEquals("signatures conflict: [PANIC_SELLING, SPOT_PREMIUM] each match 3 of 4 features",
        a.reason());
    CauseScore panic = a.scoreOf(NegativeFundingCause.PANIC_SELLING).orElseThrow();
    assertEquals(List.of(CauseFeature.RATE, CauseFeature.OPEN_INTEREST, CauseFeature.DURATION),
        panic.matched());
    assertEquals(List.of(CauseFeature.PRICE), panic.mismatched());
    assertEquals(0.75, panic.score(), 0);
  }

  @Test
  void noSignatureFits_isUnclassified() {
    CauseAssessment a = CLASSIFIER.classify(
        EpisodeFacts.builder().rate(FundingRate.of(-0.0004, java.time.Duration.ofHours(8))).openInterestChange(0.20).priceChange(-0.03).duration(Duration.ofDays(10)).build());
    assertEquals(NegativeFundingCause.UNCLASSIFIED, a.cause());
    assertEquals("no signature fits: best [HEDGING_DEMAND, SPOT_PREMIUM, STRUCTURAL_SHORT]"
        + " match 2 of 4 features, 3 needed", a.reason());
    assertEquals(4, a.scores().size());
  }

  @Test
  void detectedEpisode_feedsTheClassifier() {
    Instant start = Instant.parse("2024-03-01T00:00:00Z");
    RegimeEpisode episode = RegimeEpisode.ofPer8h(RegimeKind.PERSISTENT_NEGATIVE, start,
        start.plus(Duration.ofDays(4)), -0.0003, -0.00015);
    CauseAssessment a = CLASSIFIER.classify(EpisodeFacts.builder(episode).openInterestChange(0.12).priceChange(-0.02).build());
    assertEquals(NegativeFundingCause.HEDGING_DEMAND, a.cause());
  }

  @Test
  void law_aNamedCause_matchesAtLeastMinMatches_andStrictlyMoreThanAnyOther() {
    qt().withFixedSeed(SEED).withExamples(3000)
        .forAll(doubles().between(-0.004, 0.0), doubles().between(-0.5, 0.5),
            doubles().between(-0.5, 0.5), integers().between(1, 24 * 90))
        .check((rate, oi, price, hours) -> {
          CauseAssessment a =
              CLASSIFIER.classify(EpisodeFacts.builder().rate(FundingRate.of(rate, java.time.Duration.ofHours(8))).openInterestChange(oi).priceChange(price).duration(Duration.ofHours(hours)).build());
          List<CauseScore> s = a.scores();
          boolean sorted = s.get(0).matches() >= s.get(1).matches();
          if (!a.isClassified()) {
            return sorted && (s.get(0).matches() < 3 || s.get(0).matches() == s.get(1).matches());
          }
          return sorted && s.get(0).cause() == a.cause() && s.get(0).matches() >= 3
              && s.get(1).matches() < s.get(0).matches();
        });
  }

  @Test
  void customSignatures_andMinMatches() {
    CauseClassifier strict = CauseClassifier.of(CauseSignatures.ALL, 4);
    assertEquals(NegativeFundingCause.UNCLASSIFIED, strict.classify(
        EpisodeFacts.builder().rate(FundingRate.of(-0.0002, java.time.Duration.ofHours(8))).openInterestChange(0.02).priceChange(-0.01).duration(Duration.ofDays(3)).build()).cause());
    assertEquals(4, strict.minMatches());
    assertEquals(CauseSignatures.ALL, strict.signatures());
    CauseClassifier one = CauseClassifier.of(List.of(CauseSignatures.PANIC_SELLING), 3);
    assertEquals("PANIC_SELLING matches 4 of 4 features", one.classify(
        EpisodeFacts.builder().rate(FundingRate.of(-0.001, java.time.Duration.ofHours(8))).openInterestChange(-0.1).priceChange(-0.1).duration(Duration.ofHours(5)).build()).reason());
  }

  @Test
  void badInput() {
    IllegalArgumentException min = assertThrows(IllegalArgumentException.class,
        () -> CauseClassifier.of(CauseSignatures.ALL, 5));
    assertEquals("minMatches must be in [1, 4], was 5", min.getMessage());
    IllegalArgumentException repeat = assertThrows(IllegalArgumentException.class,
        () -> CauseClassifier.of(List.of(CauseSignatures.SPOT_PREMIUM,
            CauseSignatures.SPOT_PREMIUM), 3));
    assertEquals("signatures must have one per cause, but SPOT_PREMIUM repeats",
        repeat.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CauseClassifier.of(List.of(), 3));
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester()
        .setDefault(int.class, 3)
        .setDefault(List.class, CauseSignatures.ALL)
        .testAllPublicStaticMethods(CauseClassifier.class);
    new NullPointerTester().testAllPublicInstanceMethods(CLASSIFIER);
  }

  @Test
  void minMatchesOfOne_isAllowed_zeroIsNot() {
    assertEquals(1, CauseClassifier.of(CauseSignatures.ALL, 1).minMatches());
    assertEquals("minMatches must be in [1, 4], was 0", assertThrows(
        IllegalArgumentException.class, () -> CauseClassifier.of(CauseSignatures.ALL, 0))
        .getMessage());
  }

  @Test
  void withTwoSignatures_theReasonNamesTheRunnerUp() {
    CauseClassifier two = CauseClassifier.of(List.of(CauseSignatures.PANIC_SELLING,
        CauseSignatures.SPOT_PREMIUM), 3);
    String reason = two.classify(EpisodeFacts.builder().rate(FundingRate.of(-0.001,
        Duration.ofHours(8))).openInterestChange(-0.1).priceChange(-0.1)
        .duration(Duration.ofHours(5)).build()).reason();
    assertTrue(reason.startsWith("PANIC_SELLING matches 4 of 4 features; next SPOT_PREMIUM "),
        reason);
  }

  @Test
  void defaultsAndText() {
    assertEquals(CauseSignatures.ALL, CauseClassifier.defaults().signatures());
    assertEquals(3, CauseClassifier.defaults().minMatches());
    assertEquals("CauseClassifier[4 signatures, minMatches=3]",
        CauseClassifier.defaults().toString());
  }
}
