package dev.fundingkit.stats.regime;

import java.util.List;
import java.util.Objects;

/**
 * What would confirm and what would cancel the idea on one layer. The layer confirms when
 * <em>every</em> confirm condition holds and no cancel condition can fire; it cancels as soon as
 * <em>any</em> cancel condition holds (one red flag is enough).
 *
 * <p>Immutable and thread-safe.
 *
 * @param layer the layer
 * @param confirmWhen conditions that together confirm (copied)
 * @param cancelWhen conditions any one of which cancels (copied)
 */
public record LayerPlan(
    ConfirmationLayer layer, List<Condition> confirmWhen, List<Condition> cancelWhen) implements java.io.Serializable {

  /**
   * Validates the plan.
   *
   * @param layer the layer
   * @param confirmWhen conditions that together confirm
   * @param cancelWhen conditions any one of which cancels
   * @throws NullPointerException if an argument or condition is null
   */
  public LayerPlan {
    Objects.requireNonNull(layer, "layer");
    confirmWhen = List.copyOf(Objects.requireNonNull(confirmWhen, "confirmWhen"));
    cancelWhen = List.copyOf(Objects.requireNonNull(cancelWhen, "cancelWhen"));
  }

  /**
   * A layer plan.
   *
   * @param layer the layer
   * @param confirmWhen conditions that together confirm
   * @param cancelWhen conditions any one of which cancels
   * @return the plan
   * @throws NullPointerException if an argument or condition is null
   */
  public static LayerPlan of(
      ConfirmationLayer layer, List<Condition> confirmWhen, List<Condition> cancelWhen) {
    return new LayerPlan(layer, confirmWhen, cancelWhen);
  }

  /**
   * Whether the layer has both a confirming and a cancelling condition.
   *
   * @return true when neither list is empty
   */
  public boolean isReady() {
    return !confirmWhen.isEmpty() && !cancelWhen.isEmpty();
  }
}
