package dev.fundingkit.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OnePremiumManyVenuesTest {

  @Test
  void binanceFourHourSymbolsPaidDoubleBeforeTheDivisionRule() throws Exception {
    String out = ExampleOutput.of(OnePremiumManyVenues::main);
    assertTrue(out.contains(
        "Binance USDⓈ-M   2025-06-01  -0.03000%/8h    -0.0300%    -32.85%"), out);
    assertTrue(out.contains(
        "Binance USDⓈ-M   2025-06-01  -0.03000%/4h    -0.0600%    -65.70%"), out);
    assertTrue(out.contains(
        "Binance USDⓈ-M   2025-11-01  -0.01500%/4h    -0.0300%    -32.85%"), out);
  }

  @Test
  void everyVenueIsNormalisedToEightHoursAndTheUnpublishedOneRefuses() throws Exception {
    String out = ExampleOutput.of(OnePremiumManyVenues::main);
    assertTrue(out.contains(
        "Bybit            2025-11-01  -0.03000%/4h    -0.0600%    -65.70%"), out);
    assertTrue(out.contains(
        "Hyperliquid      2025-11-01  -0.00375%/1h    -0.0300%    -32.85%"), out);
    assertTrue(out.contains(
        "dYdX v4          2025-11-01  -0.01000%/1h    -0.0800%    -87.60%"), out);
    assertTrue(out.contains(
        "Kraken Futures   2025-11-01  -0.00333%/1h    -0.0267%    -29.20%"), out);
    assertTrue(out.contains(
        "Deribit          2025-11-01  -0.05500%/8h    -0.0550%    -60.23%"), out);
    assertTrue(out.contains("HTX              2025-11-01  refused: formula not published"), out);
  }
}
