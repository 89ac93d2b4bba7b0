package dev.fundingkit.examples;

import static dev.fundingkit.examples.ExampleOutput.assertPrints;

import org.junit.jupiter.api.Test;

class FitHalfLifeTest {

  @Test
  void biasCorrectionMovesTheHalfLifeTowardsTheTruthAndTheWalkIsNotTrusted() throws Exception {
    assertPrints(ExampleOutput.of(FitHalfLife::main),
        "True       θ 0.0289/h  half-life 24.0 h  (270 settlements, 8h)",
        "MLE        θ 0.0332/h  half-life 20.9 h",
        "Corrected  θ 0.0311/h  half-life 22.3 h  95% CI [14.9, 32.6] h",
        "Verdict    MEAN_REVERTING",
        "CI covers the true 24 h",
        "Random walk: point half-life 215 h, verdict UNIT_ROOT_NOT_REJECTED");
  }

  @Test
  void anotherSeedStillJudgesTheSimulatedSeriesMeanReverting() throws Exception {
    assertPrints(ExampleOutput.of(FitHalfLife::main, "3"),
        "Corrected  θ 0.0317/h  half-life 21.8 h",
        "Verdict    MEAN_REVERTING");
  }
}
