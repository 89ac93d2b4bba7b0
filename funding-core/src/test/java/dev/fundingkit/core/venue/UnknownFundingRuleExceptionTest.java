package dev.fundingkit.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class UnknownFundingRuleExceptionTest {

  @Test
  void messageIsVenueThenWhatIsMissing() {
    UnknownFundingRuleException e =
        new UnknownFundingRuleException("coinbase", "funding formula not published");
    assertEquals("coinbase: funding formula not published", e.getMessage());
    assertEquals("coinbase", e.venueId());
    assertEquals("funding formula not published", e.missing());
    // Not an IllegalStateException, which means "too little data" in this library.
    assertEquals(RuntimeException.class, e.getClass().getSuperclass());
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester().testAllPublicConstructors(UnknownFundingRuleException.class);
    assertThrows(NullPointerException.class, () -> new UnknownFundingRuleException(null, "x"));
  }
}
