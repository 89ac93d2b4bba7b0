package dev.fundingkit.core.ledger;

import dev.fundingkit.core.ArgChecks;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A position's signed size through time: a step function, flat before its first change.
 *
 * <p>Change instants are strictly increasing. Immutable and thread-safe.
 */
public final class PositionHistory implements Serializable {

  private final List<SizeChange> changes;

  private PositionHistory(List<SizeChange> changes) {
    Objects.requireNonNull(changes, "changes");
    this.changes = List.copyOf(changes);
    ArgChecks.strictlyIncreasing("changes.time",
        this.changes.stream().map(SizeChange::time).toArray(Instant[]::new));
  }

  /**
   * A history from its changes.
   *
   * @param changes the size changes, strictly increasing in time
   * @return the history
   * @throws NullPointerException if {@code changes} or an element is null
   * @throws IllegalArgumentException if the times are not strictly increasing
   */
  public static PositionHistory of(List<SizeChange> changes) {
    return new PositionHistory(changes);
  }

  /**
   * One holding: {@code size} from {@code entry}, flat again from {@code exit}.
   *
   * @param entry when the position opens
   * @param exit when it closes, after {@code entry}
   * @param size the signed size, finite
   * @return the history
   * @throws NullPointerException if {@code entry} or {@code exit} is null
   * @throws IllegalArgumentException if {@code exit} is not after {@code entry} or
   *     {@code size} is NaN or infinite
   */
  public static PositionHistory held(Instant entry, Instant exit, double size) {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(exit, "exit");
    if (!exit.isAfter(entry)) {
      throw new IllegalArgumentException(
          "exit must be after entry " + entry + ", was " + exit);
    }
    return new PositionHistory(List.of(SizeChange.of(entry, size), SizeChange.of(exit, 0)));
  }

  /**
   * The changes, in time order.
   *
   * @return the changes, unmodifiable
   */
  public List<SizeChange> changes() {
    return changes;
  }

  /**
   * The size in effect just before {@code time}: the last change strictly before it, zero if
   * none. A change at exactly {@code time} is not yet in effect.
   *
   * @param time the instant
   * @return the signed size
   * @throws NullPointerException if {@code time} is null
   */
  public double sizeBefore(Instant time) {
    Objects.requireNonNull(time, "time");
    double size = 0.0;
    for (SizeChange c : changes) {
      if (!c.time().isBefore(time)) {
        break;
      }
      size = c.size();
    }
    return size;
  }

  /**
   * The same history on the other side: every size negated. Its ledger is the counterparty's.
   *
   * @return the mirrored history
   */
  public PositionHistory mirrored() {
    List<SizeChange> out = new ArrayList<>(changes.size());
    for (SizeChange c : changes) {
      out.add(SizeChange.of(c.time(), -c.size()));
    }
    return new PositionHistory(out);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PositionHistory && changes.equals(((PositionHistory) obj).changes);
  }

  @Override
  public int hashCode() {
    return changes.hashCode();
  }

  @Override
  public String toString() {
    return "PositionHistory" + changes;
  }

  private Object writeReplace() {
    return new SerializedForm(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("PositionHistory is read through its serialization proxy");
  }

  /** The serial form: what the factory needs, re-validated by it on reading. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final List<SizeChange> changes;

    SerializedForm(PositionHistory source) {
      this.changes = source.changes;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        return PositionHistory.of(changes);
      } catch (RuntimeException e) {
        InvalidObjectException ex = new InvalidObjectException("invalid PositionHistory: " + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }
}
