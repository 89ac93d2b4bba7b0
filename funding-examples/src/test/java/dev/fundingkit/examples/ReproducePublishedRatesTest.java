package dev.fundingkit.examples;

import static dev.fundingkit.examples.ExampleOutput.assertPrints;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fundingkit.core.testing.SharedData;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReproducePublishedRatesTest {

  private static final String FILE =
      "hyperliquid-yuchengzhang/hyperliquid_btc_eth_funding_premium_1h.csv.gz";

  @Test
  void embeddedRowsReproduceExceptTheRoundingTie() throws Exception {
    assertPrints(ExampleOutput.of(ReproducePublishedRates::main, "no-such-folder"),
        "Source: embedded rows",
        "2025-10-10T22:00:00Z ETH   -0.0035846753  -0.0003855844  -0.0003855844  exact",
        "2024-01-02T20:00:00Z BTC    0.0005494864      0.0000125   0.0000125000  exact",
        "0.000017114   0.0000171141  1e-10 off (rounding tie)",
        "6 hours: 6 within 1e-10, 5 (83.3%) exact at 10 decimals");
  }

  @Test
  void everySharedDataHourReproducesWithin1e10AndTheSamplesMatchTheEmbeddedOnes()
      throws Exception {
    SharedData.require(FILE);
    String out = ExampleOutput.of(ReproducePublishedRates::main, SharedData.root().toString());
    assertPrints(out, "(24384 hours)",
        "24384 hours: 24384 within 1e-10, 23708 (97.2%) exact at 10 decimals");
    String embedded = ExampleOutput.of(ReproducePublishedRates::main, "no-such-folder");
    assertEquals(sampleLines(embedded), sampleLines(out));
  }

  private static String sampleLines(String out) {
    return Arrays.stream(out.split("\n")).filter(line -> line.startsWith("20"))
        .collect(Collectors.joining("\n"));
  }
}
