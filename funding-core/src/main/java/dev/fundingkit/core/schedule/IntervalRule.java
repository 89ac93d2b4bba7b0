package dev.fundingkit.core.schedule;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A venue rule that changes a symbol's settlement interval from its settled rates: Binance's
 * switch to hourly when a rate settles at its cap, and its revert to four-hourly after a quiet
 * stretch; Bybit's and Gate's equivalents. The constants, with their sources and effective
 * dates, are in {@link IntervalRules}; {@link IntervalSimulator} replays a history through
 * them.
 *
 * <p>A rule is data: a name, the instants between which it is in force (decided by the
 * instant of the settlement being judged), whom it applies to, and a decision on one
 * settlement. Implementations must be immutable and thread-safe.
 */
public interface IntervalRule extends Serializable {

  /**
   * The rule constant with a name, as listed in {@link IntervalRules}.
   *
   * @param name the rule name, e.g. {@code BINANCE_USDM_CAP_TO_1H}
   * @return the rule
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if no rule has that name
   */
  static IntervalRule of(String name) {
    return IntervalRules.of(name);
  }

  /**
   * The rule's name, unique among {@link IntervalRules}.
   *
   * @return the name
   */
  String name();

  /**
   * The first settlement instant the rule judges (inclusive); {@link Instant#MIN} when no
   * start date is known.
   *
   * @return the start of the rule
   */
  Instant effectiveFrom();

  /**
   * The settlement instant from which the rule no longer judges (exclusive), e.g. because a
   * later version superseded it; {@link Instant#MAX} while in force.
   *
   * @return the end of the rule
   */
  Instant effectiveUntil();

  /**
   * Whether the rule judges a settlement at an instant.
   *
   * @param settlement the settlement instant
   * @return {@code effectiveFrom <= settlement < effectiveUntil}
   * @throws NullPointerException if {@code settlement} is null
   */
  default boolean isInForceAt(Instant settlement) {
    return !settlement.isBefore(effectiveFrom()) && settlement.isBefore(effectiveUntil());
  }

  /**
   * Whether the rule applies to a contract (venues exempt some symbols or TradFi perpetuals).
   *
   * @param symbol the venue symbol, e.g. {@code BTCUSDT}; empty when unknown
   * @param tradFi whether the contract is a TradFi or equity perpetual
   * @return true if the rule can change this contract's interval
   * @throws NullPointerException if {@code symbol} is null
   */
  boolean appliesTo(String symbol, boolean tradFi);

  /**
   * Judges the latest settlement.
   *
   * @param current the schedule the settlements since the last change followed
   * @param sinceLastChange the settlements on {@code current}, oldest first; the last one is
   *     the settlement being judged; never empty
   * @return the change the rule orders after that settlement, or empty
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code sinceLastChange} is empty
   */
  Optional<ScheduleChange> evaluate(SettlementSchedule current, List<SettledRate> sinceLastChange);
}
