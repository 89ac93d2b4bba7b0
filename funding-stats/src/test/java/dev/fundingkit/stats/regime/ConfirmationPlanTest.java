package dev.fundingkit.stats.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfirmationPlanTest {

  /** A contrarian long on deeply negative funding, written as data. */
  static ConfirmationPlan contrarianLong() {
    return ConfirmationPlan.of(
        LayerPlan.of(ConfirmationLayer.PRICE,
            List.of(Condition.parse("priceChange24h > -0.02"), Condition.parse("volumeRatio >= 1")),
            List.of(Condition.parse("priceChange24h < -0.08"))),
        LayerPlan.of(ConfirmationLayer.LEVERAGE,
            List.of(Condition.parse("openInterestChange24h <= -0.05")),
            List.of(Condition.parse("openInterestChange24h > 0.05"))),
        LayerPlan.of(ConfirmationLayer.LIQUIDITY,
            List.of(Condition.parse("depth2PctUsd >= 5e7")),
            List.of(Condition.parse("spreadBps > 5"), Condition.parse("stablecoinNetFlow < 0"))));
  }

  static final Map<String, Double> CALM = Map.of("priceChange24h", 0.01, "volumeRatio", 1.3,
      "openInterestChange24h", -0.08, "depth2PctUsd", 8e7, "spreadBps", 1.0,
      "stablecoinNetFlow", 2e6);

  @Test
  void allLayersConfirm_onAReadyPlan_isActionable() {
    ConfirmationResult r = contrarianLong().evaluate(CALM);
    assertTrue(r.ready());
    assertEquals(Set.of(ConfirmationLayer.values()), r.confirming());
    assertTrue(r.cancelling().isEmpty());
    assertTrue(r.lackingData().isEmpty());
    assertTrue(r.actionable());
    assertEquals(List.of(Condition.parse("priceChange24h > -0.02"),
        Condition.parse("volumeRatio >= 1")), r.verdicts().get(0).confirmedBy());
  }

  @Test
  void anyCancelCondition_cancelsItsLayer_evenIfItAlsoConfirms() {
    Map<String, Double> readings = new java.util.HashMap<>(CALM);
    readings.put("spreadBps", 12.0);
    ConfirmationResult r = contrarianLong().evaluate(readings);
    assertEquals(Set.of(ConfirmationLayer.LIQUIDITY), r.cancelling());
    assertEquals(Set.of(ConfirmationLayer.PRICE, ConfirmationLayer.LEVERAGE), r.confirming());
    LayerVerdict liquidity = r.verdicts().get(2);
    assertEquals(LayerStatus.CANCELS, liquidity.status());
    assertEquals(List.of(Condition.parse("spreadBps > 5")), liquidity.cancelledBy());
    assertEquals(List.of(Condition.parse("depth2PctUsd >= 5e7")), liquidity.confirmedBy());
    assertFalse(r.actionable());
  }

  @Test
  void missingReadings_areNoData_unlessACancelAlreadyFired() {
    Map<String, Double> readings = new java.util.HashMap<>(CALM);
    readings.remove("openInterestChange24h");
    readings.remove("stablecoinNetFlow");
    readings.put("priceChange24h", -0.1);
    ConfirmationResult r = contrarianLong().evaluate(readings);
    assertEquals(Set.of(ConfirmationLayer.LEVERAGE, ConfirmationLayer.LIQUIDITY),
        r.lackingData());
    assertEquals(Set.of(ConfirmationLayer.PRICE), r.cancelling());
    assertEquals(List.of("openInterestChange24h"), r.verdicts().get(1).missingInputs());
    assertEquals(List.of("stablecoinNetFlow"), r.verdicts().get(2).missingInputs());
  }

  @Test
  void readingsPresent_butConfirmNotMet_isUndecided() {
    Map<String, Double> readings = new java.util.HashMap<>(CALM);
    readings.put("volumeRatio", 0.7);
    LayerVerdict price = contrarianLong().evaluate(readings).verdicts().get(0);
    assertEquals(LayerStatus.UNDECIDED, price.status());
    assertEquals(List.of(Condition.parse("priceChange24h > -0.02")), price.confirmedBy());
  }

  @Test
  void aLayerWithoutACancelCondition_isNotReady_evenWhenEverythingConfirms() {
    ConfirmationPlan full = contrarianLong();
    ConfirmationPlan noCancel = ConfirmationPlan.of(full.price(), LayerPlan.of(
        ConfirmationLayer.LEVERAGE, full.leverage().confirmWhen(), List.of()), full.liquidity());
    assertFalse(noCancel.isReady());
    assertEquals(List.of("LEVERAGE has no cancel condition"), noCancel.notReadyReasons());
    ConfirmationResult r = noCancel.evaluate(CALM);
    assertFalse(r.ready());
    assertEquals(Set.of(ConfirmationLayer.values()), r.confirming());
    assertFalse(r.actionable());
    ConfirmationPlan empty = ConfirmationPlan.of(
        LayerPlan.of(ConfirmationLayer.PRICE, List.of(), List.of()), full.leverage(),
        full.liquidity());
    assertEquals(List.of("PRICE has no confirm condition", "PRICE has no cancel condition"),
        empty.notReadyReasons());
    assertEquals(LayerStatus.UNDECIDED, empty.evaluate(CALM).verdicts().get(0).status());
    assertTrue(full.isReady());
  }

  @Test
  void badInput() {
    LayerPlan price = contrarianLong().price();
    IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
        () -> ConfirmationPlan.of(price, price, price));
    assertEquals("leverage must be a LEVERAGE layer plan, was PRICE", wrong.getMessage());
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> contrarianLong().evaluate(Map.of("spreadBps", Double.NaN)));
    assertEquals("readings[spreadBps] must be finite, was NaN", nan.getMessage());
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(contrarianLong(), contrarianLong())
        .addEqualityGroup(ConfirmationPlan.of(
            LayerPlan.of(ConfirmationLayer.PRICE, List.of(), List.of()),
            contrarianLong().leverage(), contrarianLong().liquidity()))
        .testEquals();
    ConfirmationPlan plan = contrarianLong();
    new NullPointerTester()
        .setDefault(LayerPlan.class, plan.price())
        .testAllPublicStaticMethods(ConfirmationPlan.class);
    new NullPointerTester().testAllPublicInstanceMethods(plan);
  }

  @Test
  void everyLayerIsChecked() {
    LayerPlan leverage = contrarianLong().leverage();
    assertEquals("price must be a PRICE layer plan, was LEVERAGE", assertThrows(
        IllegalArgumentException.class, () -> ConfirmationPlan.of(leverage, leverage,
            contrarianLong().liquidity())).getMessage());
    assertEquals("liquidity must be a LIQUIDITY layer plan, was LEVERAGE", assertThrows(
        IllegalArgumentException.class, () -> ConfirmationPlan.of(contrarianLong().price(),
            leverage, leverage)).getMessage());
  }
}
