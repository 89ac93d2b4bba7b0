package dev.fundingkit.core.schedule;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Replays settled rates through a venue's dynamic interval rules and reports the schedule
 * changes they order: when, from what to what, by which rule and why.
 *
 * <p>Each settlement, in order, is judged by the rules in force at its instant that apply to
 * the contract ({@link #withSymbol(String)}, {@link #withTradFi(boolean)}), in list order; the
 * first rule that orders a change wins, the change takes effect after that settlement, and
 * counting for later rules restarts on the new schedule. The simulator trusts the input: it
 * does not check that settlements lie on the schedule (venue timestamps jitter), and only
 * settled values are considered, which is exactly how the venues word their rules.
 *
 * <p>Example: {@code IntervalSimulator.of(IntervalRules.BINANCE_USDM).withSymbol("BTCUSDT")
 * .simulate(SettlementSchedule.EIGHT_HOURLY, rates)}. Immutable and thread-safe.
 */
public final class IntervalSimulator implements Serializable {

  private final List<IntervalRule> rules;
  private final String symbol;
  private final boolean tradFi;

  private IntervalSimulator(List<IntervalRule> rules, String symbol, boolean tradFi) {
    this.rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    this.symbol = Objects.requireNonNull(symbol, "symbol");
    this.tradFi = tradFi;
  }

  /**
   * A simulator for an unnamed, non-TradFi contract.
   *
   * @param rules the rules, in priority order, e.g. {@link IntervalRules#BINANCE_USDM}
   * @return the simulator
   * @throws NullPointerException if {@code rules} or a rule is null
   */
  public static IntervalSimulator of(List<IntervalRule> rules) {
    return new IntervalSimulator(rules, "", false);
  }

  /**
   * A copy for a named contract (rules exempt or single out symbols).
   *
   * @param symbol the venue symbol, e.g. {@code TREEUSDT}
   * @return the simulator
   * @throws NullPointerException if {@code symbol} is null
   */
  public IntervalSimulator withSymbol(String symbol) {
    return new IntervalSimulator(rules, symbol, tradFi);
  }

  /**
   * A copy for a TradFi or equity perpetual, or not (Binance exempts them from its rules).
   *
   * @param tradFi whether the contract is a TradFi perpetual
   * @return the simulator
   */
  public IntervalSimulator withTradFi(boolean tradFi) {
    return new IntervalSimulator(rules, symbol, tradFi);
  }

  /**
   * The rules, in priority order.
   *
   * @return an unmodifiable list
   */
  public List<IntervalRule> rules() {
    return rules;
  }

  /**
   * The contract's symbol.
   *
   * @return the symbol, empty when unnamed
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Whether the contract is a TradFi perpetual.
   *
   * @return the flag
   */
  public boolean tradFi() {
    return tradFi;
  }

  /**
   * Replays settled rates.
   *
   * @param initial the schedule in force before the first settlement
   * @param settled the settled rates, instants strictly increasing
   * @return the changes and the resulting piecewise schedule
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if the instants are not strictly increasing
   */
  public IntervalSimulation simulate(SettlementSchedule initial, List<SettledRate> settled) {
    Objects.requireNonNull(initial, "initial");
    Objects.requireNonNull(settled, "settled");
    List<SettledRate> rates = List.copyOf(settled);
    for (int i = 1; i < rates.size(); i++) {
      Instant prev = rates.get(i - 1).instant();
      if (!rates.get(i).instant().isAfter(prev)) {
        throw new IllegalArgumentException("settled must be in strictly increasing order, but "
            + "settled[" + i + "]=" + rates.get(i).instant() + " is not after settled["
            + (i - 1) + "]=" + prev);
      }
    }
    List<IntervalRule> applicable = new ArrayList<>();
    for (IntervalRule rule : rules) {
      if (rule.appliesTo(symbol, tradFi)) {
        applicable.add(rule);
      }
    }
    SettlementSchedule current = initial;
    PiecewiseSchedule schedule = PiecewiseSchedule.of(initial);
    List<ScheduleChange> changes = new ArrayList<>();
    int regimeStart = 0;
    for (int i = 0; i < rates.size(); i++) {
      Instant at = rates.get(i).instant();
      for (IntervalRule rule : applicable) {
        if (!rule.isInForceAt(at)) {
          continue;
        }
        Optional<ScheduleChange> change =
            rule.evaluate(current, rates.subList(regimeStart, i + 1));
        if (change.isPresent()) {
          ScheduleChange c = change.get();
          changes.add(c);
          schedule = schedule.withChange(c.effectiveAfter(), c.to());
          current = c.to();
          regimeStart = i + 1;
          break;
        }
      }
    }
    return new IntervalSimulation(changes, schedule);
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof IntervalSimulator)) {
      return false;
    }
    IntervalSimulator other = (IntervalSimulator) obj;
    return rules.equals(other.rules) && symbol.equals(other.symbol) && tradFi == other.tradFi;
  }

  @Override
  public int hashCode() {
    return Objects.hash(rules, symbol, tradFi);
  }

  /**
   * The settings in words, e.g. {@code IntervalSimulator[BYBIT_CAP_TO_1H for INJUSDT]}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("IntervalSimulator[");
    for (int i = 0; i < rules.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(rules.get(i).name());
    }
    return sb.append(" for ").append(symbol.isEmpty() ? "any symbol" : symbol)
        .append(tradFi ? " (TradFi)" : "").append(']').toString();
  }

  private Object writeReplace() {
    return new SerializedForm(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("IntervalSimulator is read through its serialization proxy");
  }

  /** The serial form: what the factory needs, re-validated by it on reading. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final List<IntervalRule> rules;
    private final String symbol;
    private final boolean tradFi;

    SerializedForm(IntervalSimulator source) {
      this.rules = source.rules;
      this.symbol = source.symbol;
      this.tradFi = source.tradFi;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        return IntervalSimulator.of(rules).withSymbol(symbol).withTradFi(tradFi);
      } catch (RuntimeException e) {
        InvalidObjectException ex = new InvalidObjectException("invalid IntervalSimulator: " + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }
}
