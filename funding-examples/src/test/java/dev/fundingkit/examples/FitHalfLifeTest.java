package dev.fundingkit.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FitHalfLifeTest {

  @Test
  void biasCorrectionMovesTheHalfLifeTowardsTheTruthAndTheWalkIsNotTrusted() throws Exception {
    String out = ExampleOutput.of(FitHalfLife::main);
    assertTrue(out.contains("True       θ 0.0289/h  half-life 24.0 h  (270 settlements, 8h)"), out);
    assertTrue(out.contains("MLE        θ 0.0332/h  half-life 20.9 h"), out);
    assertTrue(out.contains("Corrected  θ 0.0311/h  half-life 22.3 h  95% CI [14.9, 32.6] h"), out);
    assertTrue(out.contains("Verdict    MEAN_REVERTING"), out);
    assertTrue(out.contains("CI covers the true 24 h"), out);
    assertTrue(out.contains("Random walk: point half-life 215 h, verdict UNIT_ROOT_NOT_REJECTED"),
        out);
  }

  @Test
  void anotherSeedStillJudgesTheSimulatedSeriesMeanReverting() throws Exception {
    String out = ExampleOutput.of(FitHalfLife::main, "3");
    assertTrue(out.contains("Verdict    MEAN_REVERTING"), out);
    assertTrue(out.contains("Corrected  θ 0.0317/h  half-life 21.8 h"), out);
  }
}
