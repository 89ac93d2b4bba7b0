package dev.fundingkit.stats.backtest;

import dev.fundingkit.core.carry.CarrySide;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a {@link CarryBacktest} found: its trades, the equity after each settlement of the test
 * window, and the summary figures (net, annualised, maximum drawdown, time in market, hit
 * rate), with the training and test windows it used. Computed by the backtest, never built by
 * callers. Immutable and thread-safe.
 */
public final class CarryBacktestResult implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final double YEAR_MS = Duration.ofDays(365).toMillis();

  private final BacktestStatus status;
  private final CarrySide side;
  private final boolean outOfSample;
  private final Instant trainFrom;
  private final Instant trainTo;
  private final Instant testFrom;
  private final Instant testTo;
  private final List<BacktestTrade> trades;
  private final long[] times;
  private final double[] equity;
  private final CarryLevels levels;
  private final int fits;
  private final boolean priced;

  CarryBacktestResult(BacktestStatus status, CarrySide side, boolean outOfSample,
      Instant trainFrom, Instant trainTo, Instant testFrom, Instant testTo,
      List<BacktestTrade> trades, long[] times, double[] equity, CarryLevels levels,
      int fits, boolean priced) {
    this.status = status;
    this.side = side;
    this.outOfSample = outOfSample;
    this.trainFrom = trainFrom;
    this.trainTo = trainTo;
    this.testFrom = testFrom;
    this.testTo = testTo;
    this.trades = List.copyOf(trades);
    this.times = times;
    this.equity = equity;
    this.levels = levels;
    this.fits = fits;
    this.priced = priced;
  }

  static CarryBacktestResult empty(boolean outOfSample, Instant trainFrom, Instant trainTo,
      CarrySide side, boolean priced) {
    return new CarryBacktestResult(BacktestStatus.NO_TEST_WINDOW, side, outOfSample, trainFrom,
        trainTo, null, null, List.of(), new long[0], new double[0], null, 0, priced);
  }

  /**
   * Whether the backtest could run.
   *
   * @return the status
   */
  public BacktestStatus status() {
    return status;
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
   * Whether the levels were fitted on data before the trades (false: in sample, the levels
   * knew the future).
   *
   * @return true out of sample
   */
  public boolean outOfSample() {
    return outOfSample;
  }

  /**
   * The start of the first training window.
   *
   * @return the instant, empty for an empty series
   */
  public Optional<Instant> trainFrom() {
    return Optional.ofNullable(trainFrom);
  }

  /**
   * The end of the first training window: exclusive out of sample; the last settlement in
   * sample.
   *
   * @return the instant, empty for an empty series
   */
  public Optional<Instant> trainTo() {
    return Optional.ofNullable(trainTo);
  }

  /**
   * The first settlement traded on.
   *
   * @return the instant, empty without a test window
   */
  public Optional<Instant> testFrom() {
    return Optional.ofNullable(testFrom);
  }

  /**
   * The last settlement traded on.
   *
   * @return the instant, empty without a test window
   */
  public Optional<Instant> testTo() {
    return Optional.ofNullable(testTo);
  }

  /**
   * The round trips in time order.
   *
   * @return the trades, unmodifiable
   */
  public List<BacktestTrade> trades() {
    return trades;
  }

  /**
   * The last levels the fit gave.
   *
   * @return the levels, empty when no fit gave any
   */
  public Optional<CarryLevels> levels() {
    return Optional.ofNullable(levels);
  }

  /**
   * How many times the levels were fitted (1, or more walk-forward).
   *
   * @return zero or more
   */
  public int fits() {
    return fits;
  }

  /**
   * The settlement instants of the equity curve (the test window).
   *
   * @return epoch milliseconds, a copy
   */
  public long[] equityEpochMillis() {
    return times.clone();
  }

  /**
   * The equity after each test settlement: closed trades' net plus the open trade's funding,
   * borrow, entry fees and basis so far.
   *
   * @return one value per test settlement, a copy
   */
  public double[] equity() {
    return equity.clone();
  }

  /**
   * The net result of all trades.
   *
   * @return the sum of the trades' net
   */
  public double net() {
    double sum = 0.0;
    for (BacktestTrade t : trades) {
      sum += t.net();
    }
    return sum;        // a sum started at +0.0 cannot become -0.0
  }

  private double sum(java.util.function.ToDoubleFunction<BacktestTrade> f) {
    double sum = 0.0;
    for (BacktestTrade t : trades) {
      sum += f.applyAsDouble(t);
    }
    return sum;        // a sum started at +0.0 cannot become -0.0
  }

  /**
   * The funding collected over all trades.
   *
   * @return the summed funding
   */
  public double funding() {
    return sum(BacktestTrade::funding);
  }

  /**
   * The borrow paid over all trades.
   *
   * @return the summed borrow
   */
  public double borrow() {
    return sum(BacktestTrade::borrow);
  }

  /**
   * The fees paid over all trades.
   *
   * @return the summed fees
   */
  public double fees() {
    return sum(BacktestTrade::fees);
  }

  /**
   * The basis P&amp;L over all trades.
   *
   * @return the sum (zero without trades), empty when no prices were given (not judged)
   */
  public OptionalDouble basisPnl() {
    if (!priced) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(sum(t -> t.basisPnl().orElseThrow()));
  }

  /**
   * The net per year of the test window (simple, 365-day year).
   *
   * @return the annualised net, empty without a test window
   */
  public OptionalDouble netAnnualized() {
    long span = testSpanMillis();
    return span <= 0 ? OptionalDouble.empty() : OptionalDouble.of(net() * YEAR_MS / span);
  }

  /**
   * The largest fall of the equity curve from a running peak (starting at zero).
   *
   * @return the drawdown, {@code >= 0}
   */
  public double maxDrawdown() {
    double peak = 0.0;
    double worst = 0.0;
    for (double e : equity) {
      peak = Math.max(peak, e);
      worst = Math.max(worst, peak - e);
    }
    return worst;      // max(+0.0, ·) is never -0.0
  }

  /**
   * The share of the test window a carry was open.
   *
   * @return in {@code [0, 1]}, empty without a test window
   */
  public OptionalDouble timeInMarket() {
    long span = testSpanMillis();
    if (span <= 0) {
      return OptionalDouble.empty();
    }
    double held = 0;
    for (BacktestTrade t : trades) {
      held += t.holding().toMillis();
    }
    return OptionalDouble.of(held / span);
  }

  /**
   * The share of trades with a positive net.
   *
   * @return in {@code [0, 1]}, empty without trades
   */
  public OptionalDouble hitRate() {
    if (trades.isEmpty()) {
      return OptionalDouble.empty();
    }
    long wins = trades.stream().filter(t -> t.net() > 0).count();
    return OptionalDouble.of((double) wins / trades.size());
  }

  private long testSpanMillis() {
    return testFrom == null ? 0 : testTo.toEpochMilli() - testFrom.toEpochMilli();
  }

  @Override
  public String toString() {
    return "CarryBacktestResult[" + status + ", " + side + ", "
        + (outOfSample ? "out of sample, trained " + trainFrom + " to " + trainTo : "in sample")
        + ", " + trades.size() + " trades, net " + net() + "]";
  }

  // Written through a proxy and read back through the constructor the backtest uses, after
  // checking what the backtest always gives it: a status and a side, trades without nulls,
  // one equity value per time, and a test window that is either whole or absent (the
  // annualised figures read both ends).
  private Object writeReplace() {
    return new Proxy(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException(
        "CarryBacktestResult is read through its serialization proxy");
  }

  /** The serial form of a backtest result: its windows, trades, equity and levels. */
  private static final class Proxy implements Serializable {
    private static final long serialVersionUID = 1L;
    private final BacktestStatus status;
    private final CarrySide side;
    private final boolean outOfSample;
    private final Instant trainFrom;
    private final Instant trainTo;
    private final Instant testFrom;
    private final Instant testTo;
    private final BacktestTrade[] trades;
    private final long[] times;
    private final double[] equity;
    private final CarryLevels levels;
    private final int fits;
    private final boolean priced;

    Proxy(CarryBacktestResult r) {
      status = r.status;
      side = r.side;
      outOfSample = r.outOfSample;
      trainFrom = r.trainFrom;
      trainTo = r.trainTo;
      testFrom = r.testFrom;
      testTo = r.testTo;
      trades = r.trades.toArray(new BacktestTrade[0]);
      times = r.times.clone();
      equity = r.equity.clone();
      levels = r.levels;
      fits = r.fits;
      priced = r.priced;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(trades, "trades");
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(equity, "equity");
        if (times.length != equity.length) {
          throw new IllegalArgumentException("equity must have one value per time, had "
              + equity.length + " for " + times.length);
        }
        if ((testFrom == null) != (testTo == null)) {
          throw new IllegalArgumentException("a test window needs both ends, was "
              + testFrom + " to " + testTo);
        }
        return new CarryBacktestResult(status, side, outOfSample, trainFrom, trainTo,
            testFrom, testTo, Arrays.asList(trades), times.clone(), equity.clone(), levels,
            fits, priced);
      } catch (RuntimeException e) {
        InvalidObjectException bad = new InvalidObjectException(e.getMessage());
        bad.initCause(e);
        throw bad;
      }
    }
  }
}
