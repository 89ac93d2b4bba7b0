package dev.fundingkit.examples;

import dev.fundingkit.core.ledger.FundingLedger;
import dev.fundingkit.core.ledger.PositionHistory;
import dev.fundingkit.core.ledger.Settlement;
import dev.fundingkit.core.ledger.SizeChange;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.stats.ou.OuFitter;
import dev.fundingkit.stats.ou.OuParameters;
import dev.fundingkit.stats.ou.OuSimulator;
import dev.fundingkit.stats.signal.FirstPassage;
import dev.fundingkit.stats.signal.SignalBands;
import dev.fundingkit.stats.signal.SignalEvent;
import dev.fundingkit.stats.signal.SignalLevels;
import dev.fundingkit.stats.signal.SignalSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Would a reverse farm have paid? The trade (long the perp, short borrowed spot) collects
 * negative funding while it lasts, and pays borrow and fees whatever happens; the signal
 * (enter below {@code μ − 2 sd}, exit above {@code μ − 0.5 sd}) only helps if it is fitted on
 * past data and the position only collects settlements after it is entered. This example fits
 * the OU levels on the first 180 days of a simulated 8-hourly funding series, trades the next
 * 180 days out of sample, accrues the funding settlement by settlement through the ledger and
 * subtracts 8% a year of borrow for the hours held and 0.08% of notional per round trip. Mark
 * and spot are held flat: basis risk is left out.
 */
public final class ReverseFarmBacktest {

  private static final double NOTIONAL = 10_000;       // USDT per leg
  private static final double MARK = 100_000;          // flat BTC-like price
  private static final double BORROW = 0.08;           // spot borrow, a year
  private static final double ROUND_TRIP_FEES = 0.0008; // both legs in and out, of notional
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
    OuParameters truth = OuParameters.perHour(theta, 0.0001, 0.0003 * Math.sqrt(2 * theta));
    Instant[] times = new Instant[1080];               // 360 days of 8-hourly settlements
    for (int i = 0; i < times.length; i++) {
      times[i] = Instant.parse("2025-01-01T00:00:00Z").plus(H8.multipliedBy(i));
    }
    double[] rates = OuSimulator.seeded(truth, seed).path(times);
    int split = times.length / 2;
    Instant[] testTimes = Arrays.copyOfRange(times, split, times.length);
    double[] testRates = Arrays.copyOfRange(rates, split, rates.length);

    // tag::reverse-farm[]
    OuParameters fitted = OuFitter.defaults()               // in sample: the first 180 days
        .fit(Arrays.stream(times, 0, split).mapToLong(Instant::toEpochMilli).toArray(),
            Arrays.copyOf(rates, split), Duration.ofHours(8))
        .parameters().orElseThrow();
    SignalLevels levels = SignalLevels.reverseFarm(fitted); // enter < μ − 2sd, exit > μ − 0.5sd
    List<SignalEvent> events = SignalSeries.events(testTimes, testRates, levels);

    List<SizeChange> position = new ArrayList<>();          // long perp while the farm is on
    for (SignalEvent e : events) {
      double size = e.kind() == SignalEvent.Kind.ENTER ? NOTIONAL / MARK : 0;
      position.add(SizeChange.of(e.time(), size));
    }
    closeAtEnd(position, testTimes[testTimes.length - 1]);
    List<Settlement> settlements = new ArrayList<>();
    for (int i = 0; i < testTimes.length; i++) {
      settlements.add(Settlement.of(testTimes[i], FundingRate.of(testRates[i], H8), MARK));
    }
    FundingLedger ledger = FundingLedger.of(settlements, PositionHistory.of(position));
    // end::reverse-farm[]

    System.out.printf(Locale.ROOT, "Levels fitted on the first 180 days: enter below %.4f%%/8h, "
        + "exit above %.4f%%/8h%n", levels.entryLevel() * 100, levels.exitLevel() * 100);
    System.out.printf(Locale.ROOT, "Expected holding (OU first passage): %d h%n",
        FirstPassage.expectedHolding(fitted, SignalBands.DEFAULT).toHours());
    System.out.printf("%-5s  %-20s %9s  %-20s %5s  %7s%n",
        "trade", "entered", "rate", "exited", "held", "funding");
    double hoursHeld = 0;
    for (int k = 0; k + 1 < position.size(); k += 2) {
      Instant in = position.get(k).time();
      Instant out = position.get(k + 1).time();
      long hours = Duration.between(in, out).toHours();
      hoursHeld += hours;
      System.out.printf(Locale.ROOT, "%5d  %-20s %8.4f%%  %-20s %4dh  %+7.2f%n", k / 2 + 1,
          in, events.get(k).value() * 100, out, hours, ledger.accrued(in, out));
    }
    int trips = position.size() / 2;
    double borrow = NOTIONAL * BORROW * hoursHeld / (365 * 24);
    double fees = NOTIONAL * ROUND_TRIP_FEES * trips;
    System.out.printf(Locale.ROOT,
        "Out of sample, %,.0f USDT a leg, %d round trips, %.0f h held:%n",
        NOTIONAL, trips, hoursHeld);
    System.out.printf(Locale.ROOT, "  funding received  %+8.2f USDT (%d settlements)%n",
        ledger.total(), ledger.entries().size());
    System.out.printf(Locale.ROOT, "  borrow at 8%%      %+8.2f USDT%n", -borrow);
    System.out.printf(Locale.ROOT, "  fees 0.08%%/trip   %+8.2f USDT%n", -fees);
    System.out.printf(Locale.ROOT, "  net P&L           %+8.2f USDT%n",
        ledger.total() - borrow - fees);
  }

  /** Closes a position still open at the last print; drops an entry made on that very print. */
  private static void closeAtEnd(List<SizeChange> position, Instant last) {
    if (position.size() % 2 == 1) {
      if (position.get(position.size() - 1).time().equals(last)) {
        position.remove(position.size() - 1);
      } else {
        position.add(SizeChange.of(last, 0));
      }
    }
  }
}
