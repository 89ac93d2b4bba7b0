package dev.fundingkit.stats.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class CarryFeesTest {

  @Test
  void sumsTheFillsOfARoundTrip() {
    CarryFees f = new CarryFees(0.0002, 0.0005, 0.001, 0.001);
    assertEquals(0.0012, f.onEntry(), 1e-18);       // 0.0002 + 0.001
    assertEquals(0.0027, f.roundTrip(), 1e-18);     // + 0.0005 + 0.001
    assertEquals(0.002, CarryFees.perFill(0.0005).roundTrip(), 1e-18);
    assertEquals(0.0, CarryFees.none().roundTrip(), 0);
  }

  @Test
  void badInputAndEquality() {
    assertEquals("spotExit must be >= 0, was -1.0", assertThrows(IllegalArgumentException.class,
        () -> new CarryFees(0, 0, 0, -1)).getMessage());
    new NullPointerTester().testAllPublicStaticMethods(CarryFees.class);
    new EqualsTester()
        .addEqualityGroup(CarryFees.perFill(0.001), new CarryFees(0.001, 0.001, 0.001, 0.001))
        .addEqualityGroup(CarryFees.none(), new CarryFees(-0.0, 0, 0, 0))
        .testEquals();
  }
}
