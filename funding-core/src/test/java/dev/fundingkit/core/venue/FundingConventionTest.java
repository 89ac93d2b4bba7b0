package dev.fundingkit.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The convention contract, on a convention declared as data the way every venue is. */
class FundingConventionTest {

  private static final Instant T1 = Instant.parse("2024-01-01T00:00:00Z");
  private static final Instant T2 = Instant.parse("2025-01-01T00:00:00Z");

  private static FundingRuleVersion rule(String venue, Instant from, Duration interval) {
    return FundingRuleVersion.builder(venue, from).formula("f").published("s")
        .defaultInterval(interval).build();
  }

  @Test
  void ruleAt_picksTheLatestVersionInForce() {
    FundingRuleVersion first = rule("v", T1, Duration.ofHours(8));
    FundingRuleVersion second = rule("v", T2, Duration.ofHours(4));
    FundingConvention v = new VenueConvention("v", "Venue", List.of(first, second));
    assertSame(first, v.versionAt(T1));
    assertSame(first, v.versionAt(T2.minusNanos(1)));
    assertSame(second, v.versionAt(T2));
    assertSame(second, v.latestVersion());
    assertEquals(Duration.ofHours(4), v.defaultInterval());
    assertThrows(UnknownFundingRuleException.class, () -> v.versionAt(T1.minusNanos(1)));
  }

  @Test
  void declaredData_isValidated() {
    FundingRuleVersion first = rule("v", T1, Duration.ofHours(8));
    assertThrows(IllegalArgumentException.class,
        () -> new VenueConvention("v", "Venue", List.of()));
    assertEquals("rules must have strictly increasing effective instants, but rules[1] starts"
        + " 2024-01-01T00:00:00Z", assertThrows(IllegalArgumentException.class,
            () -> new VenueConvention("v", "Venue", List.of(first, first))).getMessage());
    assertEquals("rules[0] must belong to w, was v", assertThrows(
        IllegalArgumentException.class,
        () -> new VenueConvention("w", "Venue", List.of(first))).getMessage());
  }
}
