package dev.fundingkit.examples;

import static dev.fundingkit.examples.ExampleOutput.assertPrints;

import org.junit.jupiter.api.Test;

class LiveMonitorTest {

  @Test
  void printsThePredictedRateAndThePaymentWorkedByHand() throws Exception {
    // Premium −0.001 for every sample, so any weighting averages to −0.001. Binance:
    // P + clamp(0.0001 − P, ±0.0005) = −0.001 + 0.0005 = −0.0005 = −0.05%/8h.
    // 4 h of 5-s samples = 2,880 samples, half of the 8 h window. The long receives
    // 0.5 × 60,000 × 0.0005 = 15.00 USDT at the 08:00 settlement.
    assertPrints(ExampleOutput.of(LiveMonitor::main),
        "Predicted rate        -0.05%/8h  (2880 samples, 50% of the window)",
        "Next settlement       2025-10-01T08:00:00Z",
        "Long 0.5 BTC          receives 15.00 USDT at mark 60000");
  }
}
