package dev.fundingkit.examples;

import static dev.fundingkit.examples.ExampleOutput.assertPrints;

import org.junit.jupiter.api.Test;

class OnePremiumManyVenuesTest {

  @Test
  void binanceFourHourSymbolsPaidDoubleBeforeTheDivisionRule() throws Exception {
    assertPrints(ExampleOutput.of(OnePremiumManyVenues::main),
        "Binance USDⓈ-M   2025-06-01  -0.03000%/8h    -0.0300%    -32.85%",
        "Binance USDⓈ-M   2025-06-01  -0.03000%/4h    -0.0600%    -65.70%",
        "Binance USDⓈ-M   2025-11-01  -0.01500%/4h    -0.0300%    -32.85%");
  }

  @Test
  void everyVenueIsNormalisedToEightHoursAndTheUnpublishedOneRefuses() throws Exception {
    assertPrints(ExampleOutput.of(OnePremiumManyVenues::main),
        "Bybit            2025-11-01  -0.03000%/4h    -0.0600%    -65.70%",
        "Hyperliquid      2025-11-01  -0.00375%/1h    -0.0300%    -32.85%",
        "dYdX v4          2025-11-01  -0.01000%/1h    -0.0800%    -87.60%",
        "Kraken Futures   2025-11-01  -0.00333%/1h    -0.0267%    -29.20%",
        "Deribit          2025-11-01  -0.05500%/8h    -0.0550%    -60.23%",
        "MEXC             2025-11-01  refused: formula not published");
  }
}
