package dev.fundingkit.stats.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfirmationResultTest {

  static LayerVerdict verdict(ConfirmationLayer layer, LayerStatus status) {
    return new LayerVerdict(layer, status, List.of(), List.of(), List.of());
  }

  @Test
  void groupsLayersByStatus_andIsActionableOnlyWhenReadyAndAllConfirm() {
    List<LayerVerdict> all = List.of(verdict(ConfirmationLayer.PRICE, LayerStatus.CONFIRMS),
        verdict(ConfirmationLayer.LEVERAGE, LayerStatus.CONFIRMS),
        verdict(ConfirmationLayer.LIQUIDITY, LayerStatus.CONFIRMS));
    assertTrue(new ConfirmationResult(all, List.of()).actionable());
    assertFalse(new ConfirmationResult(all, List.of("PRICE has no cancel condition"))
        .actionable());
    ConfirmationResult mixed = new ConfirmationResult(List.of(
        verdict(ConfirmationLayer.PRICE, LayerStatus.NO_DATA),
        verdict(ConfirmationLayer.LEVERAGE, LayerStatus.CANCELS),
        verdict(ConfirmationLayer.LIQUIDITY, LayerStatus.UNDECIDED)), List.of());
    assertEquals(Set.of(ConfirmationLayer.PRICE), mixed.lackingData());
    assertEquals(Set.of(ConfirmationLayer.LEVERAGE), mixed.cancelling());
    assertTrue(mixed.confirming().isEmpty());
    assertTrue(mixed.ready());
  }

  @Test
  void equalsAndNulls() {
    List<LayerVerdict> one = List.of(verdict(ConfirmationLayer.PRICE, LayerStatus.CONFIRMS));
    new EqualsTester()
        .addEqualityGroup(new ConfirmationResult(one, List.of()),
            new ConfirmationResult(one, List.of()))
        .addEqualityGroup(new ConfirmationResult(one, List.of("x")))
        .testEquals();
    new NullPointerTester()
        .setDefault(List.class, List.of())
        .testAllPublicConstructors(ConfirmationResult.class);
  }
}
