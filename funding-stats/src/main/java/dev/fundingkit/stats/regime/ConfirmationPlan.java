package dev.fundingkit.stats.regime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A trade idea's confirmation plan over the three layers of the domain brief §9 (price,
 * leverage, liquidity), each with its confirm and cancel conditions as data. "A plan without
 * both a confirming and a cancelling condition is not ready for leverage": the plan is ready
 * only when every layer has at least one of each.
 *
 * <p>Immutable and thread-safe.
 *
 * @param price the price layer's plan (its layer must be {@code PRICE})
 * @param leverage the leverage layer's plan (its layer must be {@code LEVERAGE})
 * @param liquidity the liquidity layer's plan (its layer must be {@code LIQUIDITY})
 */
public record ConfirmationPlan(LayerPlan price, LayerPlan leverage, LayerPlan liquidity) implements java.io.Serializable {

  /**
   * Validates the plan.
   *
   * @param price the price layer's plan
   * @param leverage the leverage layer's plan
   * @param liquidity the liquidity layer's plan
   * @throws NullPointerException if a layer plan is null
   * @throws IllegalArgumentException if a plan sits in the wrong layer
   */
  public ConfirmationPlan {
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(leverage, "leverage");
    Objects.requireNonNull(liquidity, "liquidity");
    requireLayer("price", price, ConfirmationLayer.PRICE);
    requireLayer("leverage", leverage, ConfirmationLayer.LEVERAGE);
    requireLayer("liquidity", liquidity, ConfirmationLayer.LIQUIDITY);
  }

  /**
   * A plan.
   *
   * @param price the price layer's plan
   * @param leverage the leverage layer's plan
   * @param liquidity the liquidity layer's plan
   * @return the plan
   * @throws NullPointerException if a layer plan is null
   * @throws IllegalArgumentException if a plan sits in the wrong layer
   */
  public static ConfirmationPlan of(LayerPlan price, LayerPlan leverage, LayerPlan liquidity) {
    return new ConfirmationPlan(price, leverage, liquidity);
  }

  /**
   * The three layer plans in {@link ConfirmationLayer} order.
   *
   * @return price, leverage, liquidity
   */
  public List<LayerPlan> layers() {
    return List.of(price, leverage, liquidity);
  }

  /**
   * Why the plan is not ready: one line per layer lacking a confirm or a cancel condition.
   *
   * @return the reasons, empty when ready
   */
  public List<String> notReadyReasons() {
    List<String> reasons = new ArrayList<>();
    for (LayerPlan plan : layers()) {
      if (plan.confirmWhen().isEmpty()) {
        reasons.add(plan.layer() + " has no confirm condition");
      }
      if (plan.cancelWhen().isEmpty()) {
        reasons.add(plan.layer() + " has no cancel condition");
      }
    }
    return List.copyOf(reasons);
  }

  /**
   * Whether every layer has both a confirm and a cancel condition.
   *
   * @return true when {@link #notReadyReasons()} is empty
   */
  public boolean isReady() {
    return notReadyReasons().isEmpty();
  }

  /**
   * Each layer's verdict on a set of readings (see {@link LayerStatus}).
   *
   * @param readings market readings by input name; values must be finite
   * @return the verdicts and readiness
   * @throws NullPointerException if {@code readings} is null
   * @throws IllegalArgumentException if a reading a condition uses is NaN or infinite
   */
  public ConfirmationResult evaluate(Map<String, Double> readings) {
    Objects.requireNonNull(readings, "readings");
    List<LayerVerdict> verdicts = new ArrayList<>();
    for (LayerPlan plan : layers()) {
      verdicts.add(verdict(plan, readings));
    }
    return new ConfirmationResult(verdicts, notReadyReasons());
  }

  private static LayerVerdict verdict(LayerPlan plan, Map<String, Double> readings) {
    List<Condition> confirmed = new ArrayList<>();
    List<Condition> cancelled = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    sort(plan.confirmWhen(), readings, confirmed, missing);
    sort(plan.cancelWhen(), readings, cancelled, missing);
    boolean allConfirm =
        !plan.confirmWhen().isEmpty() && confirmed.size() == plan.confirmWhen().size();
    LayerStatus status;
    if (!cancelled.isEmpty()) {
      status = LayerStatus.CANCELS;
    } else if (!missing.isEmpty()) {
      status = LayerStatus.NO_DATA;
    } else if (allConfirm) {
      status = LayerStatus.CONFIRMS;
    } else {
      status = LayerStatus.UNDECIDED;
    }
    return new LayerVerdict(plan.layer(), status, confirmed, cancelled, missing);
  }

  /** Adds the conditions that hold to {@code held}, and missing inputs once each. */
  private static void sort(List<Condition> conditions, Map<String, Double> readings,
      List<Condition> held, List<String> missing) {
    for (Condition c : conditions) {
      Optional<Boolean> holds = c.evaluate(readings);
      if (holds.isEmpty()) {
        if (!missing.contains(c.input())) {
          missing.add(c.input());
        }
      } else if (holds.get()) {
        held.add(c);
      }
    }
  }

  private static void requireLayer(String name, LayerPlan plan, ConfirmationLayer layer) {
    if (plan.layer() != layer) {
      throw new IllegalArgumentException(
          name + " must be a " + layer + " layer plan, was " + plan.layer());
    }
  }
}
