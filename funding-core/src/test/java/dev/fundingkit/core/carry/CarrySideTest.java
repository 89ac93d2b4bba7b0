package dev.fundingkit.core.carry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.rate.PositionSide;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CarrySideTest {

  private static final FundingRate NEG = FundingRate.of(-0.0003, Duration.ofHours(8));

  @Test
  void reverseIsLongPerp_andReceivesNegativeFunding() {
    assertEquals(PositionSide.LONG, CarrySide.REVERSE.perpSide());
    assertEquals(PositionSide.SHORT, CarrySide.FORWARD.perpSide());
    assertEquals(0.0003, CarrySide.REVERSE.receivedPerSettlement(NEG), 0);
    assertEquals(-0.0003, CarrySide.FORWARD.receivedPerSettlement(NEG), 0);
    assertEquals(0, Double.compare(0.0,
        CarrySide.REVERSE.receivedPerSettlement(NEG.withValue(0))));
  }

  @Test
  void forRate_picksTheCollectingSide() {
    assertEquals(CarrySide.REVERSE, CarrySide.forRate(NEG));
    assertEquals(CarrySide.FORWARD, CarrySide.forRate(NEG.negated()));
    assertEquals(CarrySide.FORWARD, CarrySide.forRate(NEG.withValue(0)));
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester().testAllPublicStaticMethods(CarrySide.class);
    new NullPointerTester().testAllPublicInstanceMethods(CarrySide.REVERSE);
  }
}
