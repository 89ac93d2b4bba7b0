package dev.fundingkit.core.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The venues' dynamic interval rules, as data. Each constant gives the rule, its parameters,
 * the instants between which it judges settlements and the document it comes from
 * ({@code venues.md} §3.1, §5.1, §13, §17 and §18 of the FundingKit specs, which quote them).
 * The lists {@link #BINANCE_USDM}, {@link #BYBIT} and {@link #GATE} are what to give an
 * {@link IntervalSimulator} for each venue.
 *
 * <p>Stateless and thread-safe; the constants are immutable.
 */
public final class IntervalRules {

  private static final Set<String> NONE = Set.of();

  /**
   * Binance USDⓈ-M: when the <em>settled</em> rate equals the cap or the floor, the contract
   * settles hourly from the next whole hour (BTCUSDT settles −0.3% at 08:00 → hourly from
   * 09:00; a −0.3% touch at 07:45 that settles at −0.25% changes nothing). In force for
   * settlements from 2025-05-02 08:00 UTC. TradFi and equity perpetuals (XAUUSDT, XAGUSDT,
   * TSLAUSDT, MSTRUSDT, AMZNUSDT, …) are exempt.
   *
   * <p>Sources: Binance announcement of 2025-05 on funding settlement frequency (mirror
   * bbapi.viigoo.eu.org, post 3243c81a…); TradFi exemption: announcements 2026-01-30 and
   * 2026-02-05; venues.md §3.1 and example 12.
   */
  public static final IntervalRule BINANCE_USDM_CAP_TO_1H = new CapTouchRule(
      "BINANCE_USDM_CAP_TO_1H", Instant.parse("2025-05-02T08:00:00Z"), Instant.MAX,
      SettlementSchedule.HOURLY, true, NONE);

  /**
   * Binance USDⓈ-M, TREEUSDT only, announced before the general revert rule: if every hourly
   * rate from 2025-08-30 03:00 to 2025-08-31 14:00 UTC (36 settlements) has
   * {@code |F| <= 0.002%}, settle every four hours (00/04/08/12/16/20 UTC) from 2025-08-31
   * 16:00. Modelled as the v1 revert rule judging TREEUSDT's settlements in
   * {@code [2025-08-31 14:00, 2025-09-01 00:00)}: the 36th quiet settlement is 14:00, the 37th
   * hourly cycle (14:00–15:00, which would have settled at 15:00) is the first one on the
   * four-hour grid, and the first four-hourly settlement is 16:00.
   *
   * <p>Source: Binance announcement 2025-08-31 "Important Updates on Funding Rate Settlement
   * Frequency of USDⓈ-M Perpetual Contracts" (mirror bbapi.viigoo.eu.org post
   * 29070672639714); venues.md example 14.
   */
  public static final IntervalRule BINANCE_USDM_TREEUSDT_REVERT_PILOT = new QuietRevertRule(
      "BINANCE_USDM_TREEUSDT_REVERT_PILOT", Instant.parse("2025-08-31T14:00:00Z"),
      Instant.parse("2025-09-01T00:00:00Z"), SettlementSchedule.HOURLY,
      SettlementSchedule.FOUR_HOURLY, 0.00002, false, 36, true, Set.of("TREEUSDT"));

  /**
   * Binance USDⓈ-M revert, version 1: an hourly contract whose rate has
   * {@code |F| <= 0.002%} for 36 consecutive hourly settlements settles every four hours
   * (00/04/…/20 UTC) from the 37th cycle, i.e. after the 36th settlement. Reverts to 4h, not
   * 8h. Judges settlements from 2025-09-01 00:00 UTC until version 2 (2026-01-02 12:00 UTC);
   * the 36 settlements may start before the rule does.
   *
   * <p>Source: Binance announcement 2025-08-31 (see the TREEUSDT pilot); venues.md §3.1.
   */
  public static final IntervalRule BINANCE_USDM_REVERT_TO_4H_V1 = new QuietRevertRule(
      "BINANCE_USDM_REVERT_TO_4H_V1", Instant.parse("2025-09-01T00:00:00Z"),
      Instant.parse("2026-01-02T12:00:00Z"), SettlementSchedule.HOURLY,
      SettlementSchedule.FOUR_HOURLY, 0.00002, false, 36, true, NONE);

  /**
   * Binance USDⓈ-M revert, version 2: {@code |F| <= 0.025%} for 16 consecutive hourly
   * settlements → four-hourly from the 17th cycle. Judges settlements from 2026-01-02 12:00 UTC
   * (20:00 UTC+8). Example: ZKPUSDT, quiet from 2026-01-01 21:00 to 2026-01-02 12:00 UTC (16
   * settlements; the window ends on the rule's first instant), four-hourly from 16:00 UTC
   * (00:00 UTC+8 on 2026-01-03).
   *
   * <p>Source: Binance announcement 2026-01-02 "Important Update on the Funding Rate
   * Settlement Frequency for U-based Perpetual Contracts"; venues.md §3.1, example 13 and
   * §18 item 15 (the announcement's window arithmetic).
   */
  public static final IntervalRule BINANCE_USDM_REVERT_TO_4H_V2 = new QuietRevertRule(
      "BINANCE_USDM_REVERT_TO_4H_V2", Instant.parse("2026-01-02T12:00:00Z"), Instant.MAX,
      SettlementSchedule.HOURLY, SettlementSchedule.FOUR_HOURLY, 0.00025, false, 16, true,
      NONE);

  /**
   * Bybit (linear and inverse): when a rate settles at the preset cap or floor, the contract
   * settles hourly from the next whole hour (the switch completes about 4 minutes after the
   * settlement). In force from 2025-10-30 08:00 UTC (full rollout by 2025-11-03 06:00).
   * Initially exempt, and kept exempt here since no end date was published: BTCUSDT, BTCUSDC,
   * BTCUSD, ETHUSDT, ETHUSDC, ETHUSD, ETHBTCUSDT, ETHWUSDT.
   *
   * <p>Bybit says the interval "may later revert to 2/4/8 h depending on market conditions"
   * but publishes no rule, so there is no Bybit revert constant: a simulation never reverts a
   * Bybit contract (INJUSDT went back to 8h on 2026-02-27 in the shared data; only inference
   * sees that).
   *
   * <p>Source: Bybit help centre and press release on funding interval adjustment (2025-10);
   * venues.md §5.1 and example 20.
   */
  public static final IntervalRule BYBIT_CAP_TO_1H = new CapTouchRule(
      "BYBIT_CAP_TO_1H", Instant.parse("2025-10-30T08:00:00Z"), Instant.MAX,
      SettlementSchedule.HOURLY, false,
      Set.of("BTCUSDT", "BTCUSDC", "BTCUSD", "ETHUSDT", "ETHUSDC", "ETHUSD", "ETHBTCUSDT",
          "ETHWUSDT"));

  /**
   * Gate: a contract whose settled rate reaches its {@code funding_rate_limit} settles hourly
   * from the next whole hour. No effective date was found in the sources, so it judges every
   * settlement ({@link Instant#MIN} to {@link Instant#MAX}).
   *
   * <p>Source: Gate funding-rate help page and a venue note quoting it (secondary);
   * venues.md §13.
   */
  public static final IntervalRule GATE_LIMIT_TO_1H = new CapTouchRule(
      "GATE_LIMIT_TO_1H", Instant.MIN, Instant.MAX, SettlementSchedule.HOURLY, false, NONE);

  /**
   * Gate: an hourly contract returns to four-hourly after 16 consecutive settlements with
   * {@code |F| < 0.025%} (strictly below), from the 17th cycle. No effective date found; judges
   * every settlement.
   *
   * <p>Source: as {@link #GATE_LIMIT_TO_1H}; venues.md §13.
   */
  public static final IntervalRule GATE_REVERT_TO_4H = new QuietRevertRule(
      "GATE_REVERT_TO_4H", Instant.MIN, Instant.MAX, SettlementSchedule.HOURLY,
      SettlementSchedule.FOUR_HOURLY, 0.00025, true, 16, false, NONE);

  /**
   * OKX, before 2026-04-14: a contract whose rate settles at its cap or floor moves straight
   * to hourly settlement from the next whole hour. Start date not published; judges every
   * settlement before 2026-04-14 00:00 UTC.
   *
   * <p>Source: OKX automatic settlement-frequency adjustment notices, as summarised in
   * FundingKit issue 10 #4 (the stepwise revision of 2026-04-14 replaced it).
   */
  public static final IntervalRule OKX_CAP_TO_1H = new CapTouchRule(
      "OKX_CAP_TO_1H", Instant.MIN, Instant.parse("2026-04-14T00:00:00Z"),
      SettlementSchedule.HOURLY, false, NONE);

  /**
   * OKX, from 2026-04-14: a settlement at the cap or floor moves the contract one level
   * faster, 8 h → 4 h → 2 h → 1 h. OKX also steps back "when the premium normalises" but
   * publishes no threshold, so no revert is simulated (as for Bybit).
   *
   * <p>Source: OKX notice on stepwise automatic settlement frequency (effective 2026-04-14),
   * FundingKit issue 10 #4.
   */
  public static final IntervalRule OKX_CAP_STEP_FASTER = new StepwiseCapRule(
      "OKX_CAP_STEP_FASTER", Instant.parse("2026-04-14T00:00:00Z"), Instant.MAX,
      List.of(Duration.ofHours(8), Duration.ofHours(4), Duration.ofHours(2),
          Duration.ofHours(1)));

  /** OKX: straight to 1 h until 2026-04-14, one step at a time from then. */
  public static final List<IntervalRule> OKX = List.of(OKX_CAP_TO_1H, OKX_CAP_STEP_FASTER);

  /**
   * A schedule change a venue announced for one symbol (BitMEX may shorten XBTUSD from 8 h to
   * 2 h with 8 h notice): from the first settlement of {@code to} at or after
   * {@code effectiveFrom}, the symbol settles on {@code to} instead of {@code from}. The
   * library never guesses such changes; feed them from the announcement.
   *
   * @param symbol the venue's symbol, such as {@code XBTUSD}
   * @param effectiveFrom the announced instant of the new schedule
   * @param from the schedule before
   * @param to the schedule after, different from {@code from}
   * @param source the announcement (address and date), not blank
   * @return the rule, named {@code ANNOUNCED_<symbol>_<effectiveFrom>}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code to} equals {@code from} or {@code source} is
   *     blank
   */
  public static IntervalRule announced(String symbol, Instant effectiveFrom,
      SettlementSchedule from, SettlementSchedule to, String source) {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(source, "source");
    if (from.equals(to)) {
      throw new IllegalArgumentException("to must differ from from, was " + to);
    }
    if (source.isBlank()) {
      throw new IllegalArgumentException("source must not be blank");
    }
    return new AnnouncedChangeRule("ANNOUNCED_" + symbol + "_" + effectiveFrom, symbol,
        effectiveFrom, Instant.MAX, from, to, source);
  }

  /** Binance USDⓈ-M: cap switch, the TREEUSDT pilot and both revert versions. */
  public static final List<IntervalRule> BINANCE_USDM = List.of(BINANCE_USDM_CAP_TO_1H,
      BINANCE_USDM_TREEUSDT_REVERT_PILOT, BINANCE_USDM_REVERT_TO_4H_V1,
      BINANCE_USDM_REVERT_TO_4H_V2);

  /** Bybit: the cap switch only (no published revert rule). */
  public static final List<IntervalRule> BYBIT = List.of(BYBIT_CAP_TO_1H);

  /** Gate: limit switch and revert. */
  public static final List<IntervalRule> GATE = List.of(GATE_LIMIT_TO_1H, GATE_REVERT_TO_4H);

  private static final Map<String, IntervalRule> BY_NAME =
      Stream.of(BINANCE_USDM, BYBIT, GATE, OKX).flatMap(List::stream)
          .collect(Collectors.toUnmodifiableMap(IntervalRule::name, Function.identity()));

  private IntervalRules() {}

  /**
   * The rule constant with a name.
   *
   * @param name the rule name, e.g. {@code BYBIT_CAP_TO_1H}
   * @return the rule
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if no rule has that name
   */
  public static IntervalRule of(String name) {
    Objects.requireNonNull(name, "name");
    IntervalRule rule = BY_NAME.get(name);
    if (rule == null) {
      throw new IllegalArgumentException(
          "name must be one of " + new java.util.TreeSet<>(BY_NAME.keySet()) + ", was '" + name
              + "'");
    }
    return rule;
  }
}
