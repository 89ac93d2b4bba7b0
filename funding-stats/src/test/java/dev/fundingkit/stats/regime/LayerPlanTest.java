package dev.fundingkit.stats.regime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayerPlanTest {

  private static final Condition C = Condition.parse("oi < 0");

  @Test
  void ready_needsBothAConfirmAndACancelCondition() {
    assertTrue(LayerPlan.of(ConfirmationLayer.LEVERAGE, List.of(C), List.of(C)).isReady());
    assertFalse(LayerPlan.of(ConfirmationLayer.LEVERAGE, List.of(C), List.of()).isReady());
    assertFalse(LayerPlan.of(ConfirmationLayer.LEVERAGE, List.of(), List.of(C)).isReady());
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(LayerPlan.of(ConfirmationLayer.PRICE, List.of(C), List.of()),
            LayerPlan.of(ConfirmationLayer.PRICE, List.of(C), List.of()))
        .addEqualityGroup(LayerPlan.of(ConfirmationLayer.PRICE, List.of(), List.of(C)))
        .testEquals();
    new NullPointerTester()
        .setDefault(List.class, List.of(C))
        .testAllPublicStaticMethods(LayerPlan.class);
  }
}
