package dev.fundingkit.core.venue;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One symbol's terms over time: each version (interval, interest override, cap) in force from
 * its effective instant until the next, as venues change them by announcement. Binance XAUUSDT:
 * 0% interest from 2026-01-23 08:00 UTC, cap ±0.05% from the 2026-01-30 16:00 settlement, then
 * 4 h with ±0.50% from the 20:00 settlement.
 *
 * <p>Immutable and thread-safe, with value equality.
 */
public final class SymbolTermsHistory implements Serializable {

  private final String symbol;
  private final TreeMap<Instant, SymbolTerms> versions;

  private SymbolTermsHistory(String symbol, TreeMap<Instant, SymbolTerms> versions) {
    this.symbol = symbol;
    this.versions = versions;
  }

  /**
   * A history with its first version.
   *
   * @param symbol the venue's symbol, such as {@code XAUUSDT}, not blank
   * @param from the first instant the terms are in force
   * @param terms the terms
   * @return the history
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code symbol} is blank
   */
  public static SymbolTermsHistory starting(String symbol, Instant from, SymbolTerms terms) {
    Objects.requireNonNull(symbol, "symbol");
    if (symbol.isBlank()) {
      throw new IllegalArgumentException("symbol must not be blank, was '" + symbol + "'");
    }
    TreeMap<Instant, SymbolTerms> versions = new TreeMap<>();
    versions.put(Objects.requireNonNull(from, "from"), Objects.requireNonNull(terms, "terms"));
    return new SymbolTermsHistory(symbol, versions);
  }

  /**
   * A copy with a later version.
   *
   * @param from the instant the new terms take effect, after every earlier version
   * @param terms the terms
   * @return the new history
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code from} is not after the latest version
   */
  public SymbolTermsHistory then(Instant from, SymbolTerms terms) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(terms, "terms");
    if (!from.isAfter(versions.lastKey())) {
      throw new IllegalArgumentException(
          "from must be after " + versions.lastKey() + ", was " + from);
    }
    TreeMap<Instant, SymbolTerms> copy = new TreeMap<>(versions);
    copy.put(from, terms);
    return new SymbolTermsHistory(symbol, copy);
  }

  /**
   * The symbol.
   *
   * @return the symbol
   */
  public String symbol() {
    return symbol;
  }

  /**
   * The effective instants of the versions, earliest first.
   *
   * @return an unmodifiable list
   */
  public List<Instant> effectiveInstants() {
    return Collections.unmodifiableList(new ArrayList<>(versions.keySet()));
  }

  /**
   * The terms in force at an instant.
   *
   * @param at the instant, such as a settlement time
   * @return the terms of the latest version effective at or before {@code at}
   * @throws NullPointerException if {@code at} is null
   * @throws IllegalArgumentException if {@code at} is before the first version
   */
  public SymbolTerms termsAt(Instant at) {
    Map.Entry<Instant, SymbolTerms> entry = versions.floorEntry(Objects.requireNonNull(at, "at"));
    if (entry == null) {
      throw new IllegalArgumentException("at must be at or after " + versions.firstKey()
          + " (first terms of " + symbol + "), was " + at);
    }
    return entry.getValue();
  }

  /** Same symbol and versions. */
  @Override
  public boolean equals(Object obj) {
    return this == obj || obj instanceof SymbolTermsHistory
        && symbol.equals(((SymbolTermsHistory) obj).symbol)
        && versions.equals(((SymbolTermsHistory) obj).versions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(symbol, versions);
  }

  /** Such as {@code XAUUSDT[2026-01-01T00:00:00Z=SymbolTerms[8h], …]}. */
  @Override
  public String toString() {
    return symbol + versions;
  }

  private Object writeReplace() {
    return new SerializedForm(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("SymbolTermsHistory is read through its serialization proxy");
  }

  /** The serial form: what the factory needs, re-validated by it on reading. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String symbol;
    private final Instant[] from;
    private final SymbolTerms[] terms;

    SerializedForm(SymbolTermsHistory source) {
      this.symbol = source.symbol;
      this.from = source.versions.keySet().toArray(new Instant[0]);
      this.terms = source.versions.values().toArray(new SymbolTerms[0]);
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        SymbolTermsHistory history = SymbolTermsHistory.starting(symbol, from[0], terms[0]);
        for (int k = 1; k < from.length; k++) {
          history = history.then(from[k], terms[k]);
        }
        return history;
      } catch (RuntimeException e) {
        InvalidObjectException ex = new InvalidObjectException("invalid SymbolTermsHistory: " + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }
}
