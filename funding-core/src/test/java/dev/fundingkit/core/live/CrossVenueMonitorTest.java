package dev.fundingkit.core.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.aggregate.AggregatedFunding;
import dev.fundingkit.core.aggregate.AggregationRule;
import dev.fundingkit.core.aggregate.ExclusionReason;
import dev.fundingkit.core.aggregate.VenueExclusion;
import dev.fundingkit.core.aggregate.Weighting;
import dev.fundingkit.core.venue.FundingConventions;
import dev.fundingkit.core.venue.SymbolTerms;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossVenueMonitorTest {

  private static final Duration H8 = Duration.ofHours(8);
  private static final Instant AT = Instant.parse("2025-10-01T15:00:00Z");

  static FundingMonitor binance() {
    FundingMonitor m = FundingMonitor.of(FundingConventions.BINANCE_USDM, SymbolTerms.of(H8));
    // P = 0.0002 in the dead zone: F = I = 0.0001 per 8 h.
    m.add(AT.minusSeconds(5), 0.0002);
    m.addOpenInterest(AT.minusSeconds(5).toEpochMilli(), 3e9);
    return m;
  }

  static FundingMonitor hyperliquid() {
    FundingMonitor m = FundingMonitor.of(FundingConventions.HYPERLIQUID,
        SymbolTerms.of(Duration.ofHours(1)));
    // F8h = 0.0001, F1h = 0.0000125; rescaled to 8 h: 0.0001.
    m.add(AT.minusSeconds(10), 0.0002);
    m.addOpenInterest(AT.minusSeconds(10).toEpochMilli(), 1e9);
    return m;
  }

  static FundingMonitor staleBybit() {
    FundingMonitor m = FundingMonitor.of(FundingConventions.BYBIT, SymbolTerms.of(H8));
    m.add(AT.minus(Duration.ofHours(2)), 0.0002);
    m.addOpenInterest(AT.minus(Duration.ofHours(2)).toEpochMilli(), 2e9);
    return m;
  }

  @Test
  void freshVenues_aggregateOnOneInterval_andStaleOrSilentOnesAreListed() {
    FundingMonitor silent = FundingMonitor.of(FundingConventions.BITGET, SymbolTerms.of(H8));
    CrossVenueMonitor view = CrossVenueMonitor.of(AggregationRule.of(Weighting.OPEN_INTEREST),
        List.of(binance(), hyperliquid(), staleBybit(), silent));
    CrossVenueSnapshot s = view.snapshotAt(AT);
    AggregatedFunding a = s.aggregate().orElseThrow();
    assertEquals(0.0001, a.rate().value(), 1e-18);
    assertEquals(H8, a.rate().interval());
    assertEquals(2, a.contributions().size());
    // Weights by open interest: 3e9 / 4e9 and 1e9 / 4e9.
    assertEquals(0.75, a.contributions().get(0).weight(), 1e-15);
    assertEquals(0.25, a.contributions().get(1).weight(), 1e-15);
    assertEquals(List.of("bybit"), s.staleVenues());
    assertEquals(List.of("bitget", "bybit"),
        s.exclusions().stream().map(VenueExclusion::venue).toList());
    assertEquals(ExclusionReason.MISSING, s.exclusions().get(0).reason());
    assertEquals(4, s.venues().size());
    assertEquals(AT, s.at());
  }

  @Test
  void whenNoVenueContributes_theResultListsEveryExclusion_andHasNoAggregate() {
    FundingMonitor silent = FundingMonitor.of(FundingConventions.BITGET, SymbolTerms.of(H8));
    CrossVenueSnapshot s = CrossVenueMonitor.of(AggregationRule.of(Weighting.OPEN_INTEREST),
        List.of(staleBybit(), silent)).snapshotAt(AT);
    assertTrue(s.aggregate().isEmpty());
    assertEquals(List.of(
        new VenueExclusion("bitget", ExclusionReason.MISSING, "no reading"),
        new VenueExclusion("bybit", ExclusionReason.STALE, "age PT2H > max PT1H")),
        s.exclusions());
    CrossVenueSnapshot early = CrossVenueMonitor.of(AggregationRule.of(Weighting.EQUAL),
        List.of(binance())).snapshotAt(AT.minusSeconds(60));
    assertEquals(ExclusionReason.FUTURE, early.exclusions().get(0).reason());
    CrossVenueSnapshot byVolume = CrossVenueMonitor.of(AggregationRule.of(Weighting.VOLUME),
        List.of(binance())).snapshotAt(AT);
    assertEquals(ExclusionReason.ZERO_WEIGHT, byVolume.exclusions().get(0).reason());
  }

  @Test
  void twoMonitorsForOneVenue_areRejected() {
    assertThrows(IllegalArgumentException.class, () -> CrossVenueMonitor.of(
        AggregationRule.of(Weighting.EQUAL), List.of(binance(), binance())));
  }

  @Test
  void accessors_andToString() {
    AggregationRule rule = AggregationRule.of(Weighting.EQUAL);
    CrossVenueMonitor view = CrossVenueMonitor.of(rule, List.of(binance(), hyperliquid()));
    assertEquals(rule, view.rule());
    assertEquals(2, view.monitors().size());
    assertTrue(view.toString().startsWith("CrossVenueMonitor[binance-usdm, hyperliquid; "),
        view.toString());
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(AggregationRule.class, AggregationRule.of(Weighting.EQUAL));
    tester.testAllPublicStaticMethods(CrossVenueMonitor.class);
    tester.testAllPublicInstanceMethods(CrossVenueMonitor.of(AggregationRule.of(Weighting.EQUAL),
        List.of(binance())));
  }

  @Test
  void aReadingExactlyMaxAgeOld_stillContributes() {
    // The Binance sample is 5 s old at AT; a max age of 5 s keeps it (stale means older).
    CrossVenueMonitor view = CrossVenueMonitor.of(AggregationRule.of(Weighting.OPEN_INTEREST)
        .withMaxAge(Duration.ofSeconds(5)), List.of(binance()));
    assertEquals(0.0001, view.snapshotAt(AT).aggregate().orElseThrow().rate().value(), 1e-18);
  }
}
