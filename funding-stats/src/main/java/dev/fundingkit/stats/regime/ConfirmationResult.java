package dev.fundingkit.stats.regime;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The verdict of every confirmation layer on a set of readings, and whether the plan behind it
 * was ready (every layer with both a confirm and a cancel condition).
 *
 * <p>Immutable and thread-safe.
 *
 * @param verdicts one verdict per layer, in {@link ConfirmationLayer} order (copied)
 * @param notReadyReasons why the plan is not ready, empty when it is (copied)
 */
public record ConfirmationResult(List<LayerVerdict> verdicts, List<String> notReadyReasons) implements java.io.Serializable {

  /**
   * Validates the result.
   *
   * @param verdicts one verdict per layer
   * @param notReadyReasons why the plan is not ready, empty when it is
   * @throws NullPointerException if an argument or element is null
   */
  public ConfirmationResult {
    verdicts = List.copyOf(Objects.requireNonNull(verdicts, "verdicts"));
    notReadyReasons = List.copyOf(Objects.requireNonNull(notReadyReasons, "notReadyReasons"));
  }

  /**
   * Whether the plan was ready for leverage.
   *
   * @return true when no layer lacks a confirm or a cancel condition
   */
  public boolean ready() {
    return notReadyReasons.isEmpty();
  }

  /**
   * The layers that confirm.
   *
   * @return in layer order, the layers with status {@link LayerStatus#CONFIRMS}
   */
  public Set<ConfirmationLayer> confirming() {
    return layersWith(LayerStatus.CONFIRMS);
  }

  /**
   * The layers that cancel.
   *
   * @return in layer order, the layers with status {@link LayerStatus#CANCELS}
   */
  public Set<ConfirmationLayer> cancelling() {
    return layersWith(LayerStatus.CANCELS);
  }

  /**
   * The layers that lack data.
   *
   * @return in layer order, the layers with status {@link LayerStatus#NO_DATA}
   */
  public Set<ConfirmationLayer> lackingData() {
    return layersWith(LayerStatus.NO_DATA);
  }

  /**
   * Whether the idea may be acted on: the plan is ready and every layer confirms.
   *
   * @return true only for a ready plan confirmed on all three layers
   */
  public boolean actionable() {
    return ready() && confirming().size() == ConfirmationLayer.values().length;
  }

  private Set<ConfirmationLayer> layersWith(LayerStatus status) {
    Set<ConfirmationLayer> layers = EnumSet.noneOf(ConfirmationLayer.class);
    for (LayerVerdict v : verdicts) {
      if (v.status() == status) {
        layers.add(v.layer());
      }
    }
    return Collections.unmodifiableSet(layers);
  }
}
