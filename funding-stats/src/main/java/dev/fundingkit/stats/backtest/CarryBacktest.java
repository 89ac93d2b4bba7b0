package dev.fundingkit.stats.backtest;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.carry.CarrySide;
import dev.fundingkit.core.ledger.EntryStatus;
import dev.fundingkit.core.ledger.FundingLedger;
import dev.fundingkit.core.ledger.LedgerEntry;
import dev.fundingkit.core.ledger.PaymentTerms;
import dev.fundingkit.core.ledger.PositionHistory;
import dev.fundingkit.core.ledger.SizeChange;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.venue.Accrual;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cash-and-carry backtest on a funding series: reverse carry (long perpetual, short borrowed
 * spot) or forward carry (short perpetual, long spot) of a fixed notional, opened when the
 * rate crosses the entry level and closed when it crosses the exit level.
 *
 * <p><b>Out of sample by default.</b> Levels come from a {@link LevelFit} on a training window
 * (the first {@link #training()} of the series); trading starts after it. With
 * {@link #withRefitEvery(Duration)} the levels are refitted walk-forward on the trailing
 * training window at that cadence. {@link #inSample()} fits on the whole series and trades it
 * all; its result says {@code outOfSample = false}.
 *
 * <p><b>Figures.</b> A signal at a settlement print acts at that instant. Funding goes through
 * {@link FundingLedger} under the given {@link PaymentTerms}, so a trade collects the
 * settlements in {@code (entry, exit]} at each one's own rate and payment price (the perp
 * price when given, else 1: figures are then fractions of notional). Borrow (reverse carry
 * only) accrues by a {@link BorrowSchedule} over the time held; fees are charged per leg on
 * entry and exit; with perp and spot prices the basis P&amp;L marks both legs to market, without
 * them it is not judged (empty, never zero).
 *
 * <p><b>Gaps.</b> Under {@link GapPolicy#CLOSE_BEFORE_GAP} (the default) a gap longer than one
 * interval ({@link FundingSeries#missingBefore(int)}) closes an open trade at the last
 * settlement before it; under {@link GapPolicy#HOLD_THROUGH} the trade is held, marked
 * {@link BacktestTrade#spansGap()}, and counts the settlements it missed.
 *
 * <p>Immutable and thread-safe (given a thread-safe level fit).
 */
public final class CarryBacktest {

  private static final Duration DEFAULT_TRAINING = Duration.ofDays(180);

  private final CarrySide side;
  private final LevelFit levelFit;
  private final Duration training;
  private final Duration refitEvery;
  private final boolean inSample;
  private final CarryFees fees;
  private final BorrowSchedule borrow;
  private final GapPolicy gapPolicy;
  private final PaymentTerms terms;
  private final double notional;

  private CarryBacktest(CarrySide side, LevelFit levelFit, Duration training,
      Duration refitEvery, boolean inSample, CarryFees fees, BorrowSchedule borrow,
      GapPolicy gapPolicy, PaymentTerms terms, double notional) {
    this.side = Objects.requireNonNull(side, "side");
    this.levelFit = Objects.requireNonNull(levelFit, "levelFit");
    this.training = ArgChecks.positive("training", training);
    this.refitEvery = refitEvery == null ? null : ArgChecks.positive("refitEvery", refitEvery);
    this.inSample = inSample;
    this.fees = Objects.requireNonNull(fees, "fees");
    this.borrow = Objects.requireNonNull(borrow, "borrow");
    this.gapPolicy = Objects.requireNonNull(gapPolicy, "gapPolicy");
    this.terms = Objects.requireNonNull(terms, "terms");
    this.notional = ArgChecks.positive("notional", notional);
  }

  /**
   * A backtest of one side: out of sample on a 180-day training window, no fees, no borrow,
   * closing before gaps, default payment terms, notional 1.
   *
   * @param side reverse or forward carry
   * @param levelFit fits the entry and exit levels on a training series
   * @return the backtest
   * @throws NullPointerException if an argument is null
   */
  public static CarryBacktest of(CarrySide side, LevelFit levelFit) {
    return new CarryBacktest(side, levelFit, DEFAULT_TRAINING, null, false, CarryFees.none(),
        BorrowSchedule.constant(0), GapPolicy.CLOSE_BEFORE_GAP, PaymentTerms.defaults(), 1.0);
  }

  /**
   * A copy with another training window: levels are fitted on the series' first
   * {@code newTraining}, and trading starts after it.
   *
   * @param newTraining the training span, positive
   * @return the copy, out of sample
   * @throws NullPointerException if the argument is null
   * @throws IllegalArgumentException if it is not positive
   */
  public CarryBacktest withTraining(Duration newTraining) {
    return new CarryBacktest(side, levelFit, newTraining, refitEvery, false, fees, borrow,
        gapPolicy, terms, notional);
  }

  /**
   * A copy that refits the levels walk-forward every {@code cadence} on the trailing training
   * window.
   *
   * @param cadence how often to refit, positive
   * @return the copy, out of sample
   * @throws NullPointerException if the argument is null
   * @throws IllegalArgumentException if it is not positive
   */
  public CarryBacktest withRefitEvery(Duration cadence) {
    Objects.requireNonNull(cadence, "cadence");
    return new CarryBacktest(side, levelFit, training, cadence, false, fees, borrow, gapPolicy,
        terms, notional);
  }

  /**
   * A copy that fits the levels on the whole series and trades all of it: the levels know the
   * future, and the result says so ({@code outOfSample = false}).
   *
   * @return the in-sample copy
   */
  public CarryBacktest inSample() {
    return new CarryBacktest(side, levelFit, training, null, true, fees, borrow, gapPolicy,
        terms, notional);
  }

  /**
   * A copy with other fees.
   *
   * @param newFees the fees per leg, in and out
   * @return the copy
   * @throws NullPointerException if the argument is null
   */
  public CarryBacktest withFees(CarryFees newFees) {
    return new CarryBacktest(side, levelFit, training, refitEvery, inSample, newFees, borrow,
        gapPolicy, terms, notional);
  }

  /**
   * A copy with another borrow rate for the spot leg of a reverse carry.
   *
   * @param newBorrow the borrow rate through time
   * @return the copy
   * @throws NullPointerException if the argument is null
   */
  public CarryBacktest withBorrow(BorrowSchedule newBorrow) {
    return new CarryBacktest(side, levelFit, training, refitEvery, inSample, fees, newBorrow,
        gapPolicy, terms, notional);
  }

  /**
   * A copy with another gap policy.
   *
   * @param newPolicy the policy
   * @return the copy
   * @throws NullPointerException if the argument is null
   */
  public CarryBacktest withGapPolicy(GapPolicy newPolicy) {
    return new CarryBacktest(side, levelFit, training, refitEvery, inSample, fees, borrow,
        newPolicy, terms, notional);
  }

  /**
   * A copy under another venue's payment terms (see {@link PaymentTerms#of}).
   *
   * @param newTerms the terms
   * @return the copy
   * @throws NullPointerException if the argument is null
   */
  public CarryBacktest withTerms(PaymentTerms newTerms) {
    return new CarryBacktest(side, levelFit, training, refitEvery, inSample, fees, borrow,
        gapPolicy, newTerms, notional);
  }

  /**
   * A copy with another notional per leg.
   *
   * @param newNotional the notional in quote currency, positive
   * @return the copy
   * @throws IllegalArgumentException if it is not positive and finite
   */
  public CarryBacktest withNotional(double newNotional) {
    return new CarryBacktest(side, levelFit, training, refitEvery, inSample, fees, borrow,
        gapPolicy, terms, newNotional);
  }

  /**
   * The side traded.
   *
   * @return reverse or forward
   */
  public CarrySide side() {
    return side;
  }

  /**
   * The training span.
   *
   * @return the span
   */
  public Duration training() {
    return training;
  }

  /**
   * The walk-forward refit cadence.
   *
   * @return the cadence, or empty when the levels are fitted once
   */
  public Optional<Duration> refitEvery() {
    return Optional.ofNullable(refitEvery);
  }

  /**
   * Whether the levels are fitted out of sample.
   *
   * @return false for {@link #inSample()}
   */
  public boolean outOfSample() {
    return !inSample;
  }

  /**
   * The fees.
   *
   * @return the fees
   */
  public CarryFees fees() {
    return fees;
  }

  /**
   * The borrow rate.
   *
   * @return the schedule
   */
  public BorrowSchedule borrow() {
    return borrow;
  }

  /**
   * The gap policy.
   *
   * @return the policy
   */
  public GapPolicy gapPolicy() {
    return gapPolicy;
  }

  /**
   * The payment terms.
   *
   * @return the terms
   */
  public PaymentTerms terms() {
    return terms;
  }

  /**
   * The notional per leg.
   *
   * @return the notional, positive
   */
  public double notional() {
    return notional;
  }

  /**
   * Runs on funding alone: no basis P&amp;L (not judged), funding valued at price 1.
   *
   * @param funding the funding series
   * @return the result
   * @throws NullPointerException if {@code funding} is null
   */
  public CarryBacktestResult run(FundingSeries funding) {
    Objects.requireNonNull(funding, "funding");
    return run(funding, null, null);
  }

  /**
   * Runs with the perpetual's and spot's prices at each settlement (the perpetual price is
   * also the payment price): basis P&amp;L marked to market.
   *
   * @param funding the funding series
   * @param perpPrices the perpetual's price at each point, positive, one per point
   * @param spotPrices the spot price at each point, positive, one per point
   * @return the result
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a length differs or a price is not positive
   */
  public CarryBacktestResult run(FundingSeries funding, double[] perpPrices,
      double[] spotPrices) {
    Objects.requireNonNull(funding, "funding");
    if (perpPrices != null || spotPrices != null) {
      checkPrices("perpPrices", perpPrices, funding.size());
      checkPrices("spotPrices", spotPrices, funding.size());
    }
    return new Run(funding, perpPrices, spotPrices).result();
  }

  private static void checkPrices(String name, double[] prices, int n) {
    Objects.requireNonNull(prices, name);
    if (prices.length != n) {
      throw new IllegalArgumentException(name + " must have length " + n + ", was "
          + prices.length);
    }
    for (int i = 0; i < n; i++) {
      ArgChecks.positive(name + "[" + i + "]", prices[i]);
    }
  }

  @Override
  public String toString() {
    return "CarryBacktest[" + side + (inSample ? ", in sample" : ", trained on " + training
        + (refitEvery == null ? "" : ", refit every " + refitEvery)) + ", " + fees + ", "
        + borrow + ", " + gapPolicy + ", " + terms + ", notional " + notional + "]";
  }

  /** One run's working state. */
  private final class Run {
    private final FundingSeries funding;
    private final double[] perp;
    private final double[] spot;
    private final int n;
    private final int start;
    private final List<int[]> holdings = new ArrayList<>(); // {entry, exit, open 0/1}
    private Optional<CarryLevels> levels = Optional.empty();
    private Optional<CarryLevels> lastLevels = Optional.empty();
    private long nextRefit;
    private int fits;
    private int fitted;

    Run(FundingSeries funding, double[] perp, double[] spot) {
      this.funding = funding;
      this.perp = perp;
      this.spot = spot;
      this.n = funding.size();
      if (n == 0 || inSample) {
        this.start = 0;
      } else {
        long testFrom = funding.epochMilli(0) + training.toMillis();
        this.start = lowerBound(testFrom);
      }
    }

    private int lowerBound(long t) {
      int i = funding.indexAtOrBeforeMillis(t - 1) + 1;
      return Math.max(0, i);
    }

    CarryBacktestResult result() {
      Instant trainFrom = n == 0 ? null : funding.time(0);
      Instant trainTo = n == 0 ? null
          : inSample ? funding.lastTime() : funding.time(0).plus(training);
      if (n < 2 || start >= n - 1) {
        return CarryBacktestResult.empty(!inSample, trainFrom, trainTo, side, perp != null);
      }
      trade();
      return figures(trainFrom, trainTo);
    }

    private void refitIfDue(int i) {
      long t = funding.epochMilli(i);
      if (fits == 0) {
        levels = fit(inSample ? funding : funding.slice(funding.time(0), funding.time(i)));
        nextRefit = refitEvery == null ? Long.MAX_VALUE : t + refitEvery.toMillis();
      } else if (t >= nextRefit) {
        Instant to = funding.time(i);
        levels = fit(funding.slice(to.minus(training), to));
        while (nextRefit <= t) {
          nextRefit += refitEvery.toMillis();
        }
      }
    }

    private Optional<CarryLevels> fit(FundingSeries training) {
      fits++;
      Optional<CarryLevels> out = Objects.requireNonNull(levelFit.fit(training), "levelFit");
      if (out.isPresent()) {
        // PIT: equivalent mutant (Math): fitted is only compared with 0, and -1, -2, … are not 0.
        fitted++;
        lastLevels = out;
      }
      return out;
    }

    private void trade() {
      int entry = -1;
      for (int i = start; i < n; i++) {
        // PIT: equivalent mutant (ConditionalsBoundary on i > start): at i == start entry is -1.
        if (entry >= 0 && i > start && funding.missingBefore(i) > 0
            && gapPolicy == GapPolicy.CLOSE_BEFORE_GAP) {
          if (i - 1 > entry) {
            holdings.add(new int[] {entry, i - 1, 0});
          }
          entry = -1;
        }
        refitIfDue(i);
        if (levels.isEmpty()) {
          continue;
        }
        CarryLevels l = levels.get();
        double v = funding.get(i).rescaleTo(l.entry().interval()).value();
        double enter = l.entry().value();
        double exit = l.exit().value();
        if (entry < 0) {
          if (side == CarrySide.REVERSE ? v < enter : v > enter) {
            entry = i;
          }
        } else if (side == CarrySide.REVERSE ? v > exit : v < exit) {
          holdings.add(new int[] {entry, i, 0});
          entry = -1;
        }
      }
      if (entry >= 0 && entry < n - 1) {
        holdings.add(new int[] {entry, n - 1, 1});
      }
    }

    private double perpPrice(int i) {
      return perp == null ? 1.0 : perp[i];
    }

    private CarryBacktestResult figures(Instant trainFrom, Instant trainTo) {
      double sign = side == CarrySide.REVERSE ? 1.0 : -1.0;
      List<SizeChange> changes = new ArrayList<>();
      for (int[] h : holdings) {
        changes.add(SizeChange.of(funding.time(h[0]), sign * notional / perpPrice(h[0])));
        changes.add(SizeChange.of(funding.time(h[1]), 0.0));
      }
      FundingSeries test = funding.slice(start, n);
      double[] prices = new double[test.size()];
      for (int i = 0; i < prices.length; i++) {
        prices[i] = perpPrice(start + i);
      }
      FundingLedger ledger = FundingLedger.of(test, prices, PositionHistory.of(changes), terms);
      long lag = terms.accrual() == Accrual.AT_SETTLEMENT
          ? terms.snapshotTolerance().toMillis() : 0L;
      List<BacktestTrade> trades = new ArrayList<>();
      for (int[] h : holdings) {
        trades.add(trade(ledger, h, lag));
      }
      double[] equity = equity(ledger, trades, lag);
      long[] times = new long[n - start];
      for (int i = 0; i < times.length; i++) {
        times[i] = funding.epochMilli(start + i);
      }
      BacktestStatus status = fitted == 0 ? BacktestStatus.NO_LEVELS : BacktestStatus.COMPLETE;
      return new CarryBacktestResult(status, side, !inSample, trainFrom, trainTo,
          funding.time(start), funding.lastTime(), trades, times, equity,
          lastLevels.orElse(null), fits, perp != null);
    }

    private BacktestTrade trade(FundingLedger ledger, int[] h, long lag) {
      Instant entry = funding.time(h[0]);
      Instant exit = funding.time(h[1]);
      Instant from = entry.minusMillis(lag);
      Instant to = exit.minusMillis(lag);
      int paid = 0;
      for (LedgerEntry e : ledger.entries()) {
        if (e.time().isAfter(from) && !e.time().isAfter(to)
            && (e.status() == EntryStatus.PAID || e.status() == EntryStatus.STALE)) {
          paid++;
        }
      }
      boolean gap = false;
      for (int i = h[0] + 1; i <= h[1]; i++) {
        gap |= funding.missingBefore(i) > 0;
      }
      double cost = side == CarrySide.REVERSE
          ? borrow.accrued(entry.toEpochMilli(), exit.toEpochMilli()) * notional : 0.0;
      Double basis = perp == null ? null : basis(h[0], h[1]);
      return new BacktestTrade(entry, exit, h[2] == 1, paid, ledger.missingIn(from, to),
          ledger.accrued(from, to), cost, fees.roundTrip() * notional, basis, gap);
    }

    /** Both legs marked from the entry print to print {@code i}. */
    private double basis(int entry, int i) {
      double perpLeg = notional * (perp[i] / perp[entry] - 1);
      double spotLeg = notional * (spot[i] / spot[entry] - 1);
      // A -0.0 here (an underflowed leg) needs no normalising: the trade's constructor
      // normalises it, and the equity adds it to a sum that cannot be -0.0.
      return side == CarrySide.REVERSE ? perpLeg - spotLeg : spotLeg - perpLeg;
    }

    private double[] equity(FundingLedger ledger, List<BacktestTrade> trades, long lag) {
      double[] out = new double[n - start];
      double closed = 0.0;
      int k = 0;
      for (int i = start; i < n; i++) {
        while (k < holdings.size() && holdings.get(k)[1] <= i) {
          closed += trades.get(k++).net();
        }
        double value = closed;
        if (k < holdings.size() && holdings.get(k)[0] <= i) {
          int e = holdings.get(k)[0];
          Instant entry = funding.time(e);
          Instant now = funding.time(i);
          value += ledger.accrued(entry.minusMillis(lag), now.minusMillis(lag))
              - (side == CarrySide.REVERSE
                  ? borrow.accrued(entry.toEpochMilli(), now.toEpochMilli()) * notional : 0.0)
              - fees.onEntry() * notional
              + (perp == null ? 0.0 : basis(e, i));
        }
        out[i - start] = value;   // closed starts at +0.0, so value is never -0.0
      }
      return out;
    }
  }
}
