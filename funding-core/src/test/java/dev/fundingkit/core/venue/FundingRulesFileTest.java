package dev.fundingkit.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.formula.Provenance;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FundingRulesFileTest {

  private static final String TEXT = String.join("\n",
      "fundingkit-rules 1",
      "[venue userdex]",
      "name = User DEX",
      "[version userdex 2025-01-01T00:00:00Z]",
      "formula = F = P + clamp(I − P, ±0.05%), I = 0.03%/day prorated",
      "provenance = INFERRED_FROM_DATA",
      "source = fitted to the user's own settlement export",
      "defaultInterval = 8h",
      "interest = prorated 0.01%/8h",
      "band = clamp +-0.05%",
      "scaling = no scaling",
      "cap = ±0.3%",
      "precision = 8dp HALF_UP",
      "window = ANCHORED",
      "intervalsAhead = 0",
      "paymentPrice = MARK",
      "settlementAnchor = 04:00",
      "averaging = simple-mean",
      "sampleCadence = 1m",
      "symbolInterest.ZEROUSDT = 0",
      "");

  @Test
  void userVenue_computesARate_throughTheRegistryLikeABuiltIn() throws IOException {
    List<FundingConvention> read = FundingRulesFile.read(new StringReader(TEXT), "user.rules");
    assertEquals(1, read.size());
    FundingConventions.register(read.get(0));
    FundingConvention venue = FundingConvention.of("userdex");
    assertSame(read.get(0), venue);
    assertTrue(FundingConventions.all().contains(venue));
    FundingRuleVersion v = venue.versionAt(Instant.parse("2025-06-01T00:00:00Z"));
    assertEquals(Provenance.INFERRED_FROM_DATA, v.provenance());
    assertEquals(LocalTime.of(4, 0), v.settlementAnchor());
    // 4 h, P = 0: prorated I = 0.0001 × 4/8 = 0.00005, inside the dead zone.
    assertEquals("0.00005000", v.rate(0, SymbolTerms.of(Duration.ofHours(4))).published());
    // P = 0.01: 0.01 − 0.0005 = 0.0095, capped at 0.003.
    assertEquals(0.003, venue.rate(Instant.parse("2025-06-01T00:00:00Z"), 0.01,
        v.defaultTerms()).rate().value(), 0);
    assertEquals(Provenance.INFERRED_FROM_DATA, venue.rate(Instant.parse(
        "2025-06-01T00:00:00Z"), 0.01, v.defaultTerms()).provenance());
    assertEquals("0.00000000", v.rate(0, v.termsFor("ZEROUSDT", Duration.ofHours(8)))
        .published());
  }

  @Test
  void userVenue_givesPredictedRatesAndSchedules_likeABuiltIn() throws IOException {
    FundingConvention venue = FundingRulesFile.read(new StringReader(TEXT), "user.rules").get(0);
    Instant end = Instant.parse("2025-06-01T12:00:00Z");
    // Anchor 04:00, 8 h: 04:00, 12:00, 20:00 UTC.
    assertTrue(venue.versionAt(end).scheduleFor(Duration.ofHours(8)).isSettlement(end));
    dev.fundingkit.core.premium.PremiumSeries premiums = dev.fundingkit.core.premium
        .PremiumSeries.of(end.minus(Duration.ofHours(8)), end, List.of(
            dev.fundingkit.core.premium.PremiumSample.of(end.minusSeconds(3600), 0.002),
            dev.fundingkit.core.premium.PremiumSample.of(end.minusSeconds(60), 0.004)));
    // Mean premium 0.3%: 0.003 − 0.0005 = 0.0025 (under the 0.3% cap).
    PredictedRate predicted = PredictedRate.of(venue, SymbolTerms.of(Duration.ofHours(8)),
        premiums, end, end);
    assertEquals(0.0025, predicted.breakdown().rate().value(), 1e-15);
    assertEquals(end, predicted.paidAt());
  }

  @Test
  void addsVersionsToARegisteredVenue() throws IOException {
    String text = "fundingkit-rules 1\n[version hyperliquid 2027-01-01T00:00:00Z]\n"
        + "formula = F1h = P / 8\nprovenance = ASSUMED\nsource = a what-if\n"
        + "defaultInterval = 1h\ninterest = none\nband = none\nscaling = /8\n";
    FundingConvention merged = FundingRulesFile.read(new StringReader(text), "x").get(0);
    assertEquals(FundingConventions.HYPERLIQUID.versions().size() + 1,
        merged.versions().size());
    // 0.0008 / 8 = 0.0001.
    assertEquals(0.0001, merged.rate(Instant.parse("2027-02-01T00:00:00Z"), 0.0008,
        SymbolTerms.of(Duration.ofHours(1))).rate().value(), 1e-18);
  }

  @Test
  void builtIns_areShippedInTheFormat_andWriteReadsBackEqual() throws IOException {
    StringBuilder text = new StringBuilder();
    List<FundingConvention> builtIns = FundingConventions.all().subList(0, 19);
    FundingRulesFile.write(builtIns, text);
    assertTrue(text.toString().startsWith("fundingkit-rules 1\n\n[venue binance-usdm]\n"));
    List<FundingConvention> back = FundingRulesFile.read(new StringReader(text.toString()),
        "written", false);
    assertEquals(builtIns.size(), back.size());
    for (int i = 0; i < back.size(); i++) {
      assertEquals(builtIns.get(i).id(), back.get(i).id());
      assertEquals(builtIns.get(i).name(), back.get(i).name());
      assertEquals(builtIns.get(i).versions(), back.get(i).versions(), back.get(i).id());
    }
    try (java.io.InputStream in = FundingRulesFile.class.getResourceAsStream("builtin.rules")) {
      String shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(shipped.startsWith(FundingRulesFile.HEADER + "\n"));
      assertTrue(shipped.contains("[version hyperliquid 2024-01-01T00:00:00Z]"));
    }
  }

  @Test
  void laterVersions_inheritThePreviousOne_andUnknownClearsAPart() throws IOException {
    String text = TEXT + "[version userdex 2026-01-01T00:00:00Z]\n"
        + "formula = as before, window unknown\nwindow = unknown\nscaling = ÷(8h/N)\n";
    FundingConvention c = FundingRulesFile.read(new StringReader(text), "d.rules").get(0);
    FundingRuleVersion later = c.versionAt(Instant.parse("2026-06-01T00:00:00Z"));
    assertEquals(Provenance.INFERRED_FROM_DATA, later.provenance());
    assertEquals(PaymentPrice.MARK, later.paymentPrice());
    assertThrows(UnknownFundingRuleException.class, later::window);
    // 4 h, P = 0.01: (0.01 − 0.0005) × 4/8 = 0.00475, capped at 0.003.
    assertEquals(0.003, later.rate(0.01, SymbolTerms.of(Duration.ofHours(4))).rate().value(), 0);
  }

  @Test
  void errors_nameTheSourceLineAndProblem() {
    IllegalArgumentException header = assertThrows(IllegalArgumentException.class,
        () -> FundingRulesFile.read(new StringReader("rules\n"), "a.rules"));
    assertEquals("a.rules:1: first line must be 'fundingkit-rules 1', was 'rules'",
        header.getMessage());
    IllegalArgumentException key = assertThrows(IllegalArgumentException.class,
        () -> FundingRulesFile.read(new StringReader(TEXT.replace("band = clamp +-0.05%",
            "band = wobble")), "b.rules"));
    assertEquals("b.rules:10: [version userdex 2025-01-01T00:00:00Z] band: band must look like"
        + " 'clamp ±0.05%', 'damper ±0.025%' or 'no band', was 'wobble'", key.getMessage());
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> FundingRulesFile.read(new StringReader(TEXT.replace("provenance = "
            + "INFERRED_FROM_DATA\n", "")), "c.rules"));
    assertTrue(missing.getMessage().contains("missing key 'provenance'"), missing.getMessage());
    new NullPointerTester().setDefault(String.class, "x")
        .testAllPublicStaticMethods(FundingRulesFile.class);
  }
}
