package dev.fundingkit.examples;

import static dev.fundingkit.examples.ExampleOutput.assertPrints;

import org.junit.jupiter.api.Test;

class CrossVenueAggregationTest {

  @Test
  void normalisesBeforeWeightingAndLeavesOutTheStaleAndMissingVenues() throws Exception {
    assertPrints(ExampleOutput.of(CrossVenueAggregation::main),
        "hyperliquid    -0.00125%/1h      -0.0100%    11.8%",
        "binance-usdm   -0.03%/8h         -0.0300%    47.1%",
        "deribit        excluded: STALE (age PT3H > max PT1H)",
        "kraken         excluded: MISSING",
        "OI-weighted    -0.0253%/8h  (-27.7% a year simple)",
        "Equal-weighted -0.0225%/8h  (-24.6% a year simple)",
        "Naive mean     -0.0166%");
  }
}
