package dev.fundingkit.examples;

import static dev.fundingkit.examples.ExampleOutput.assertPrints;

import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void printsTheDomainBriefsWorkedFigures() throws Exception {
    assertPrints(ExampleOutput.of(QuickStart::main),
        "Premium index         -0.357%",
        "Binance USDⓈ-M rate   -0.307%/8h  (published -0.00307143)",
        "-336% simple (× 1095)",
        "SHORTS_PAY_LONGS: the SHORT side pays",
        "long receives 30.71 USDT, short pays 30.71 USDT");
  }
}
