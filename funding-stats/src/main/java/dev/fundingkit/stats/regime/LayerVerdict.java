package dev.fundingkit.stats.regime;

import java.util.List;
import java.util.Objects;

/**
 * One layer's verdict with the conditions behind it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param layer the layer
 * @param status where it stands
 * @param confirmedBy the confirm conditions that held (copied)
 * @param cancelledBy the cancel conditions that held (copied)
 * @param missingInputs the names of readings its conditions needed but did not get (copied)
 */
public record LayerVerdict(ConfirmationLayer layer, LayerStatus status,
    List<Condition> confirmedBy, List<Condition> cancelledBy, List<String> missingInputs) implements java.io.Serializable {

  /**
   * Validates the verdict.
   *
   * @param layer the layer
   * @param status where it stands
   * @param confirmedBy the confirm conditions that held
   * @param cancelledBy the cancel conditions that held
   * @param missingInputs the names of missing readings
   * @throws NullPointerException if an argument or element is null
   */
  public LayerVerdict {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(status, "status");
    confirmedBy = List.copyOf(Objects.requireNonNull(confirmedBy, "confirmedBy"));
    cancelledBy = List.copyOf(Objects.requireNonNull(cancelledBy, "cancelledBy"));
    missingInputs = List.copyOf(Objects.requireNonNull(missingInputs, "missingInputs"));
  }
}
