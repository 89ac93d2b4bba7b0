package dev.fundingkit.core.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LateSamplesTest {

  @Test
  void twoPolicies_rejectFirst() {
    assertEquals(List.of(LateSamples.REJECT, LateSamples.DROP), List.of(LateSamples.values()));
    assertEquals(LateSamples.DROP, LateSamples.valueOf("DROP"));
  }
}
