package dev.fundingkit.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void printsTheDomainBriefsWorkedFigures() throws Exception {
    String out = ExampleOutput.of(QuickStart::main);
    assertTrue(out.contains("-0.357%"), out);
    assertTrue(out.contains("-0.307%/8h"), out);
    assertTrue(out.contains("published -0.00307143"), out);
    assertTrue(out.contains("-336% simple (× 1095)"), out);
    assertTrue(out.contains("SHORTS_PAY_LONGS: the SHORT side pays"), out);
    assertTrue(out.contains("long receives 30.71 USDT, short pays 30.71 USDT"), out);
  }
}
