package dev.fundingkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastCommandTest {

  @TempDir Path dir;

  private Path simulated(int n) throws IOException {
    SplittableRandom random = new SplittableRandom(7);
    StringBuilder csv = new StringBuilder("time,rate\n");
    double x = 0.0001;
    Instant t = Instant.parse("2024-01-01T00:00:00Z");
    for (int i = 0; i < n; i++) {
      csv.append(t.plusSeconds(8 * 3600L * i)).append(',').append(x).append('\n');
      double g = Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
          * Math.cos(2 * Math.PI * random.nextDouble());
      x = 0.0001 + 0.8 * (x - 0.0001) + 0.0001 * g;
    }
    Path file = dir.resolve("sim.csv");
    Files.writeString(file, csv);
    return file;
  }

  @Test
  void json_hasTheContractKeys_andABandAroundTheMean() throws IOException {
    JsonNode json = CliRun.of("forecast", simulated(1500).toString(), "--horizon", "7d",
        "--borrow", "0.08", "--json").json();
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("from", "horizon", "latest", "expected", "sd", "band95", "model",
        "probabilityReverseCarryProfitable"), keys.subList(0, 8));
    assertEquals("168h", json.get("horizon").textValue());
    assertEquals("OU", json.get("model").textValue());
    double expected = json.get("expected").doubleValue();
    // μ ≈ 0.01%/8h over 21 settlements: a long pays about 0.21%
    assertTrue(expected < -0.001 && expected > -0.004, "expected " + expected);
    JsonNode band = json.get("band95");
    assertTrue(band.get(0).doubleValue() < expected && expected < band.get(1).doubleValue());
    double p = json.get("probabilityReverseCarryProfitable").doubleValue();
    assertTrue(p >= 0 && p < 0.05, "p " + p);
    // 1499 × 8 h = 11 992 h = 499 d 16 h after 2024-01-01 (a leap year): 2025-05-14T16:00Z
    assertEquals("2025-05-14T16:00:00Z", json.get("from").textValue());
  }

  @Test
  void humanOutput_help_andBadInput() throws IOException {
    CliRun human = CliRun.of("forecast", simulated(300).toString(), "--horizon", "24h");
    assertEquals(0, human.exit());
    assertTrue(human.out().startsWith("Funding forecast for sim.csv over 24h"), human.out());
    CliRun help = CliRun.of("forecast", "--help");
    assertEquals(0, help.exit());
    assertTrue(help.out().contains("--horizon 7d"), help.out());
    assertTrue(CliRun.of("forecast", simulated(300).toString()).badInput()
        .contains("--horizon"));
    assertTrue(CliRun.of("forecast", simulated(300).toString(), "--horizon", "-1d")
        .badInput().contains("--horizon"));
  }
}
