package dev.fundingkit.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CrossVenueAggregationTest {

  @Test
  void normalisesBeforeWeightingAndLeavesOutTheStaleAndMissingVenues() throws Exception {
    String out = ExampleOutput.of(CrossVenueAggregation::main);
    assertTrue(out.contains("hyperliquid    -0.00125%/1h      -0.0100%    11.8%"), out);
    assertTrue(out.contains("binance-usdm   -0.03%/8h         -0.0300%    47.1%"), out);
    assertTrue(out.contains("deribit        excluded: STALE (age PT3H > max PT1H)"), out);
    assertTrue(out.contains("kraken         excluded: MISSING"), out);
    assertTrue(out.contains("OI-weighted    -0.0253%/8h  (-27.7% a year simple)"), out);
    assertTrue(out.contains("Equal-weighted -0.0225%/8h  (-24.6% a year simple)"), out);
    assertTrue(out.contains("Naive mean     -0.0166%"), out);
  }
}
