package dev.fundingkit.core.live;

import dev.fundingkit.core.formula.FundingBreakdown;
import dev.fundingkit.core.formula.FundingCap;
import dev.fundingkit.core.formula.FundingFormula;
import dev.fundingkit.core.formula.InterestComponent;
import dev.fundingkit.core.premium.AveragingScheme;
import dev.fundingkit.core.schedule.IntervalRule;
import dev.fundingkit.core.schedule.ScheduleChange;
import dev.fundingkit.core.schedule.SettledRate;
import dev.fundingkit.core.schedule.SettlementSchedule;
import dev.fundingkit.core.venue.Accrual;
import dev.fundingkit.core.venue.FundingConvention;
import dev.fundingkit.core.venue.FundingRuleVersion;
import dev.fundingkit.core.venue.PaymentPrice;
import dev.fundingkit.core.venue.PremiumWindow;
import dev.fundingkit.core.venue.SymbolTerms;
import dev.fundingkit.core.venue.UnknownFundingRuleException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every lookup the live package makes in the venue, formula and schedule packages, in one
 * place: which rule version ({@link FundingConvention#versionAt(Instant)}) is in force for an
 * interval, the formula for the symbol's terms, the settlement grid, the snapshot tolerance and
 * the dynamic interval rules of the version. The monitor sees only the plain facts of
 * {@link Interval}, so a change to how venues are looked up touches this class alone.
 *
 * <p>Looking up an interval's facts costs one {@link Instant} and one list scan; the facts are
 * reused while the version stays the same, so a rollover inside one version builds nothing
 * else. Immutable apart from that one-entry cache; confined to its monitor's thread.
 */
final class VenueFacts {

  private static final long MINUTE_MILLIS = 60_000L;

  /** Which samples the running rate averages (a copy of {@link PremiumWindow}). */
  enum Window { ANCHORED, ROLLING, INSTANTANEOUS }

  /** How an interval's samples are averaged. */
  enum Scheme { SIMPLE, LINEAR, MEDIAN_PER_MINUTE }

  /** The payment price kinds, as indices into the monitor's price slots. */
  static final int MARK = 0;
  static final int INDEX = 1;
  static final int ORACLE = 2;

  /** The facts of the intervals ending under one rule version. */
  static final class Interval {
    final Window window;
    final Scheme scheme;
    final int minVotesPerMinute;
    final int minMinutes;
    /** Zero when the venue has not published its cadence. */
    final long cadenceMillis;
    final boolean continuous;
    final double cap;
    final double floor;
    final List<IntervalRule> intervalRules;
    private final FundingFormula formula;
    /** The formula with its interest for the symbol's interval fixed: same rate, no decimals. */
    private final FundingFormula rateFormula;
    private final Duration interval;
    private final FundingRuleVersion rule;

    private Interval(FundingRuleVersion rule, SymbolTerms terms) {
      this.rule = rule;
      PremiumWindow w = rule.window();
      this.window = w == PremiumWindow.ROLLING ? Window.ROLLING
          : w == PremiumWindow.ANCHORED ? Window.ANCHORED : Window.INSTANTANEOUS;
      this.formula = rule.formulaFor(terms);
      this.interval = terms.interval();
      // A prorated interest is computed in decimal on every call; fixing its value for the one
      // interval the monitor uses gives the same double without that cost.
      this.rateFormula = formula.withInterest(InterestComponent.fixed(
          formula.interest().rateFor(interval), interval));
      AveragingScheme averaging = window == Window.INSTANTANEOUS ? null : rule.averaging();
      int votes = 0;
      int minutes = 0;
      Scheme s = Scheme.SIMPLE;
      if (averaging == AveragingScheme.LINEAR_WEIGHTS) {
        s = Scheme.LINEAR;
      } else if (averaging != null && averaging != AveragingScheme.SIMPLE_MEAN) {
        // median-per-minute-then-mean(VOTES,MINUTES): the one other scheme the library has.
        String name = averaging.name();
        String args = name.substring(name.indexOf('(') + 1, name.length() - 1);
        votes = Integer.parseInt(args.substring(0, args.indexOf(',')));
        minutes = Integer.parseInt(args.substring(args.indexOf(',') + 1));
        s = Scheme.MEDIAN_PER_MINUTE;
      }
      if (s == Scheme.MEDIAN_PER_MINUTE && window == Window.ROLLING) {
        throw new IllegalArgumentException(rule.venueId() + ": a rolling window averaged per"
            + " minute by median is not supported; no venue on record does this");
      }
      this.scheme = s;
      this.minVotesPerMinute = votes;
      this.minMinutes = minutes;
      long cadence = 0;
      try {
        cadence = rule.sampleCadence().toMillis();
      } catch (UnknownFundingRuleException unpublished) {
        cadence = 0;
      }
      this.cadenceMillis = cadence;
      boolean cont;
      try {
        cont = rule.accrual() == Accrual.CONTINUOUS;
      } catch (UnknownFundingRuleException unpublished) {
        cont = false;
      }
      this.continuous = cont;
      FundingCap c = formula.cap();
      this.cap = Double.isFinite(c.cap()) ? c.cap() : Double.MAX_VALUE;
      this.floor = Double.isFinite(c.floor()) ? c.floor() : -Double.MAX_VALUE;
      this.intervalRules = rule.intervalRules();
    }

    /** The final rate for an average premium; allocates nothing. */
    double rate(double averagePremium, Duration interval) {
      return (interval.equals(this.interval) ? rateFormula : formula)
          .rate(averagePremium, interval);
    }

    /** Every figure of the rate for an average premium. */
    FundingBreakdown breakdown(double averagePremium, Duration interval) {
      return formula.apply(averagePremium, interval);
    }

    /**
     * How many intervals after its window the rate is paid.
     *
     * @throws UnknownFundingRuleException if the venue has not published it
     */
    int intervalsAhead() {
      return rule.intervalsAhead();
    }

    /**
     * The slot of the price positions are valued at.
     *
     * @throws UnknownFundingRuleException if the venue has not published it
     */
    int paymentPrice() {
      PaymentPrice p = rule.paymentPrice();
      return p == PaymentPrice.MARK ? MARK : p == PaymentPrice.INDEX ? INDEX : ORACLE;
    }

    /** The price kind, for reports. */
    PaymentPrice paymentPriceKind() {
      return rule.paymentPrice();
    }
  }

  private final FundingConvention convention;
  private final SymbolTerms terms;
  private final String symbol;
  private final boolean tradFi;
  private final SettlementSchedule schedule;
  private final long toleranceMillis;
  private Interval cached;

  private VenueFacts(FundingConvention convention, SymbolTerms terms, String symbol,
      boolean tradFi, SettlementSchedule schedule, long toleranceMillis) {
    this.convention = convention;
    this.terms = terms;
    this.symbol = symbol;
    this.tradFi = tradFi;
    this.schedule = schedule;
    this.toleranceMillis = toleranceMillis;
  }

  /**
   * The facts of a venue and symbol; the settlement grid is the symbol's interval anchored as
   * the version in force at {@code at} says.
   *
   * @throws IllegalArgumentException if the interval does not divide a day
   * @throws UnknownFundingRuleException if no version is on record at {@code at}, or its
   *     settlement times of day are unknown
   */
  static VenueFacts of(FundingConvention convention, SymbolTerms terms, String symbol,
      boolean tradFi, Instant at) {
    FundingRuleVersion version = convention.versionAt(at);
    SettlementSchedule grid = version.scheduleFor(terms.interval());
    long tolerance;
    try {
      tolerance = version.snapshotTolerance().toMillis();
    } catch (UnknownFundingRuleException unpublished) {
      tolerance = 0;
    }
    return new VenueFacts(convention, terms, symbol, tradFi, grid, tolerance);
  }

  /**
   * Checks that an interval makes a settlement grid.
   *
   * @throws IllegalArgumentException if it does not divide a day into whole seconds
   */
  static void checkInterval(Duration interval) {
    SettlementSchedule.of(interval);
  }

  /** The venue's stated snapshot tolerance, zero when it states none. */
  long snapshotToleranceMillis() {
    return toleranceMillis;
  }

  /** The first settlement at or after an instant: the end of the interval holding it. */
  long intervalEndHolding(long epochMillis) {
    return schedule.nextAfterMillis(epochMillis - 1);
  }

  /**
   * The facts of the interval ending at {@code endMillis}: the rule version in force at the
   * interval's end, as the batch computation reads it.
   *
   * @throws UnknownFundingRuleException if the formula, averaging or window is unknown
   */
  Interval intervalEndingAt(long endMillis) {
    FundingRuleVersion version = convention.versionAt(Instant.ofEpochMilli(endMillis));
    Interval c = cached;
    if (c != null && c.rule == version) {
      return c;
    }
    c = new Interval(version, terms);
    cached = c;
    return c;
  }

  /** The calendar minute of an instant, as the median-per-minute scheme buckets samples. */
  static long minuteOf(long epochMillis) {
    return Math.floorDiv(epochMillis, MINUTE_MILLIS);
  }

  /**
   * What the venue's dynamic interval rules in force at the settlement {@code endMillis} would
   * order if it settled at {@code rate}, given the settlements the monitor saw before it on the
   * same grid (oldest first). The first rule that orders a change wins, as in
   * {@code IntervalSimulator}.
   */
  Optional<ScheduleChange> switchAfter(long endMillis, double rate, Interval facts,
      long[] pastTimes, double[] pastRates, double[] pastCaps, double[] pastFloors, int count) {
    if (facts.intervalRules.isEmpty()) {
      return Optional.empty();
    }
    Instant end = Instant.ofEpochMilli(endMillis);
    List<SettledRate> settled = new ArrayList<>(count + 1);
    for (int i = 0; i < count; i++) {
      settled.add(new SettledRate(Instant.ofEpochMilli(pastTimes[i]), pastRates[i],
          pastCaps[i], pastFloors[i]));
    }
    settled.add(new SettledRate(end, rate, facts.cap, facts.floor));
    for (IntervalRule rule : facts.intervalRules) {
      if (rule.isInForceAt(end) && rule.appliesTo(symbol, tradFi)) {
        Optional<ScheduleChange> change = rule.evaluate(schedule, settled);
        if (change.isPresent()) {
          return change;
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the version has dynamic interval rules (and so needs the settled history). */
  static boolean hasIntervalRules(Interval facts) {
    return !facts.intervalRules.isEmpty();
  }

  /** The longest history of settled rates any interval rule of any venue looks back over. */
  static int historyNeeded() {
    return 64;
  }
}
