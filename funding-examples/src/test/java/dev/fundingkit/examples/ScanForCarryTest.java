package dev.fundingkit.examples;

import static dev.fundingkit.examples.ExampleOutput.assertPrints;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScanForCarryTest {

  @Test
  void ranksByNetYieldWithTheBriefsFigures() throws Exception {
    String out = ExampleOutput.of(ScanForCarry::main);
    assertPrints(out,
        "BTC    REVERSE  -0.03%/8h       32.85%    8.0%   24.85%  pays       ALERT",
        "SOL    REVERSE  -0.00375%/1h    32.85%   12.0%   20.85%  loses      ALERT",
        "ETH    REVERSE  -0.005%/8h       5.48%    8.0%   -2.53%  loses      -");
    List<String> order = Arrays.stream(out.split("\n")).skip(1)
        .map(line -> line.substring(0, line.indexOf(' '))).collect(Collectors.toList());
    assertEquals(List.of("DOGE", "BTC", "SOL", "XRP", "ETH"), order);
  }
}
