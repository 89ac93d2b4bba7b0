package dev.fundingkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VenuesCommandTest {

  static final String RULES = String.join("\n",
      "fundingkit-rules 1",
      "# a venue of the user's own",
      "[venue testdex]",
      "name = Test DEX",
      "",
      "[version testdex 2025-01-01T00:00:00Z]",
      "formula = F1h = [P + clamp(0.01% - P, ±0.05%)] / 8",
      "provenance = ASSUMED",
      "source = a test venue with Hyperliquid's formula",
      "defaultInterval = 1h",
      "interest = fixed 0.01%/8h",
      "band = clamp ±0.05%",
      "scaling = ÷8",
      "precision = 10dp HALF_UP",
      "paymentPrice = ORACLE",
      "");

  static Path rulesFile(Path dir) throws IOException {
    Path file = dir.resolve("testdex.rules");
    Files.writeString(file, RULES);
    return file;
  }

  @Test
  void json_listsEveryIdWithVersionsEffectiveInstantsAndProvenance() {
    JsonNode venues = CliRun.of("venues", "--json").json().get("venues");
    List<String> ids = new ArrayList<>();
    venues.forEach(v -> ids.add(v.get("id").textValue()));
    assertTrue(ids.containsAll(List.of("binance-usdm", "binance-usdm-pre-market",
        "binance-coinm", "bybit", "okx", "bitmex", "deribit", "dydx", "hyperliquid", "kraken",
        "bitget", "gate", "htx", "coinbase")), ids.toString());
    for (JsonNode v : venues) {
      assertTrue(v.get("name").isTextual());
      for (JsonNode version : v.get("versions")) {
        assertTrue(version.get("effectiveFrom").textValue().endsWith("Z"));
        assertTrue(version.get("formula").isTextual());
        assertTrue(List.of("PUBLISHED", "INFERRED_FROM_DATA", "ASSUMED")
            .contains(version.get("provenance").textValue()));
        assertTrue(version.get("source").isTextual());
      }
    }
    JsonNode deribit = venues.findParents("id").stream()
        .filter(v -> v.get("id").textValue().equals("deribit")).findFirst().orElseThrow();
    assertEquals("ASSUMED", deribit.get("versions").get(1).get("provenance").textValue());
  }

  @Test
  void rulesFile_addsAVenueThatRateComputesWithAWarning(@TempDir Path dir) throws IOException {
    Path file = rulesFile(dir);
    JsonNode venues = CliRun.of("venues", "--rules", file.toString(), "--json").json()
        .get("venues");
    assertTrue(venues.toString().contains("\"id\":\"testdex\""), venues.toString());
    // (0.00127415 - 0.0005) / 8 = 0.00009676875 → 0.0000967688 at 10 dp HALF_UP.
    CliRun run = CliRun.of("rate", "--venue", "testdex", "--rules", file.toString(),
        "--premium", "0.00127415", "--json");
    JsonNode json = run.json();
    assertEquals("0.0000967688", json.get("published").textValue());
    assertEquals("ASSUMED", json.get("provenance").textValue());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains("warning: testdex rule in force from 2025-01-01T00:00:00Z is"
        + " ASSUMED"), run.err());
  }

  @Test
  void help_andBadRulesFile(@TempDir Path dir) throws IOException {
    CliRun help = CliRun.of("venues", "--help");
    assertEquals(0, help.exit());
    assertTrue(help.out().contains("Usage: fundingkit venues"));
    Path bad = dir.resolve("bad.rules");
    Files.writeString(bad, "fundingkit-rules 1\n[version nowhere 2025-01-01T00:00:00Z]\n"
        + "formula = x\n");
    String line = CliRun.of("venues", "--rules", bad.toString()).badInput();
    assertTrue(line.contains("bad.rules"), line);
  }
}
