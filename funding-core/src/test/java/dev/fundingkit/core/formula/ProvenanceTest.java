package dev.fundingkit.core.formula;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProvenanceTest {

  @Test
  void onlyPublishedRulesGoWithoutAWarning() {
    assertFalse(Provenance.PUBLISHED.needsWarning());
    assertTrue(Provenance.INFERRED_FROM_DATA.needsWarning());
    assertTrue(Provenance.ASSUMED.needsWarning());
  }
}
