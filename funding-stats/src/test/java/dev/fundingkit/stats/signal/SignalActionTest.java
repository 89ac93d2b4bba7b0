package dev.fundingkit.stats.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class SignalActionTest {

  @Test
  void table_flatAndHolding() {
    assertEquals(SignalAction.ENTER, SignalAction.of(BandZone.BEYOND_ENTRY, false));
    assertEquals(SignalAction.WAIT, SignalAction.of(BandZone.BETWEEN, false));
    assertEquals(SignalAction.WAIT, SignalAction.of(BandZone.BEYOND_EXIT, false));
    assertEquals(SignalAction.HOLD, SignalAction.of(BandZone.BEYOND_ENTRY, true));
    assertEquals(SignalAction.HOLD, SignalAction.of(BandZone.BETWEEN, true));
    assertEquals(SignalAction.EXIT, SignalAction.of(BandZone.BEYOND_EXIT, true));
  }

  @Test
  void holdingAfter_isTrueOnlyForEnterAndHold() {
    assertTrue(SignalAction.ENTER.holdingAfter());
    assertTrue(SignalAction.HOLD.holdingAfter());
    assertFalse(SignalAction.EXIT.holdingAfter());
    assertFalse(SignalAction.WAIT.holdingAfter());
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester().testAllPublicStaticMethods(SignalAction.class);
  }
}
