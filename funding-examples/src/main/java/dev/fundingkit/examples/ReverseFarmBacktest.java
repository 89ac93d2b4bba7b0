package dev.fundingkit.examples;

import dev.fundingkit.core.carry.CarrySide;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
import dev.fundingkit.stats.backtest.BacktestTrade;
import dev.fundingkit.stats.backtest.BorrowSchedule;
import dev.fundingkit.stats.backtest.CarryBacktest;
import dev.fundingkit.stats.backtest.CarryBacktestResult;
import dev.fundingkit.stats.backtest.CarryFees;
import dev.fundingkit.stats.backtest.CarryLevels;
import dev.fundingkit.stats.backtest.LevelFit;
import dev.fundingkit.stats.ou.OuFitter;
import dev.fundingkit.stats.ou.OuParameters;
import dev.fundingkit.stats.ou.OuSimulator;
import dev.fundingkit.stats.signal.SignalLevels;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * Would a reverse farm have paid? The trade (long the perp, short borrowed spot) collects
 * negative funding while it lasts, and pays borrow and fees whatever happens; the signal
 * (enter below {@code μ − 2 sd}, exit above {@code μ − 0.5 sd}) only helps if it is fitted on
 * past data and the position only collects settlements after it is entered. This example runs
 * the library's {@link CarryBacktest} on a simulated 8-hourly funding series: OU levels fitted
 * on the first 180 days, traded out of sample on the next 180, funding settlement by
 * settlement through the ledger, 8% a year of borrow for the time held and 0.02% a fill
 * (0.08% of notional a round trip). Perp and spot are held at one flat price, so the basis
 * P&amp;L is judged and is zero.
 */
public final class ReverseFarmBacktest {

  private static final double NOTIONAL = 10_000;       // USDT per leg
  private static final double PRICE = 100_000;         // flat BTC-like price, perp and spot
  private static final double BORROW = 0.08;           // spot borrow, a year
  private static final double FEE_PER_FILL = 0.0002;   // each leg in and out: 0.08% a trip
  private static final Duration H8 = Duration.ofHours(8);

  private ReverseFarmBacktest() {}

  /**
   * Prints the fitted levels, each trade and the net P&amp;L.
   *
   * @param args optional: the random seed (default 5)
   */
  public static void main(String[] args) {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : 5L;
    double theta = Math.log(2) / 24;                   // half-life 24 h, per hour
    // Values are 8-hour rates: μ says so; θ and σ are per hour.
    OuParameters truth =
        OuParameters.perHour(theta, FundingRate.of(0.0001, H8), 0.0003 * Math.sqrt(2 * theta));
    Instant[] times = new Instant[1080];               // 360 days of 8-hourly settlements
    for (int i = 0; i < times.length; i++) {
      times[i] = Instant.parse("2025-01-01T00:00:00Z").plus(H8.multipliedBy(i));
    }
    double[] rates = OuSimulator.seeded(truth, seed).path(times);
    long[] millis = Arrays.stream(times).mapToLong(Instant::toEpochMilli).toArray();
    FundingSeries funding = FundingSeries.of(millis, rates, H8, IntervalSource.DECLARED);
    double[] flat = new double[times.length];
    Arrays.fill(flat, PRICE);

    // tag::reverse-farm[]
    LevelFit ouLevels = training -> OuFitter.defaults()   // fitted on the training window only
        .fit(training).parameters()
        .map(SignalLevels::reverseFarm)                   // enter < μ − 2sd, exit > μ − 0.5sd
        .map(l -> CarryLevels.of(l.entryLevel(), l.exitLevel())); // rates with intervals
    CarryBacktestResult result = CarryBacktest.of(CarrySide.REVERSE, ouLevels)
        .withTraining(Duration.ofDays(180))               // out of sample: trades the rest
        .withNotional(NOTIONAL)
        .withFees(CarryFees.perFill(FEE_PER_FILL))
        .withBorrow(BorrowSchedule.constant(BORROW))
        .run(funding, flat, flat);                        // perp and spot prices
    // end::reverse-farm[]

    CarryLevels levels = result.levels().orElseThrow();
    System.out.printf(Locale.ROOT, "Levels fitted on %s .. %s: enter below %.4f%%/8h, "
        + "exit above %.4f%%/8h%n", result.trainFrom().orElseThrow(),
        result.trainTo().orElseThrow(), levels.entry().value() * 100,
        levels.exit().value() * 100);
    System.out.printf("%-5s  %-20s %-20s %5s %4s  %8s %7s %7s %8s%n",
        "trade", "entered", "exited", "held", "paid", "funding", "borrow", "fees", "net");
    int k = 0;
    for (BacktestTrade t : result.trades()) {
      System.out.printf(Locale.ROOT, "%5d  %-20s %-20s %4.0fh %4d  %+8.2f %7.2f %7.2f %+8.2f%n",
          ++k, t.entry(), t.exit(), t.heldHours(), t.settlements(), t.funding(), t.borrow(),
          t.fees(), t.net());
    }
    double hours = result.trades().stream().mapToDouble(BacktestTrade::heldHours).sum();
    int paid = result.trades().stream().mapToInt(BacktestTrade::settlements).sum();
    System.out.printf(Locale.ROOT,
        "Out of sample, %,.0f USDT a leg, %d round trips, %.0f h held:%n",
        NOTIONAL, result.trades().size(), hours);
    System.out.printf(Locale.ROOT, "  funding received  %+8.2f USDT (%d settlements)%n",
        result.funding(), paid);
    System.out.printf(Locale.ROOT, "  borrow at 8%%      %+8.2f USDT%n", -result.borrow());
    System.out.printf(Locale.ROOT, "  fees 0.08%%/trip   %+8.2f USDT%n", -result.fees());
    System.out.printf(Locale.ROOT, "  basis P&L         %+8.2f USDT%n",
        result.basisPnl().orElseThrow());
    System.out.printf(Locale.ROOT, "  net P&L           %+8.2f USDT (max drawdown %.2f)%n",
        result.net(), result.maxDrawdown());
  }
}
