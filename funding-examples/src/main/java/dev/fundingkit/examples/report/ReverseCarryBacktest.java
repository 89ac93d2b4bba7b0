package dev.fundingkit.examples.report;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.ledger.FundingLedger;
import dev.fundingkit.core.ledger.LedgerEntry;
import dev.fundingkit.core.ledger.PositionHistory;
import dev.fundingkit.core.ledger.Settlement;
import dev.fundingkit.core.ledger.SizeChange;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.stats.signal.SignalEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A reverse cash-and-carry backtest driven by signal events: long one unit of perpetual notional
 * and short the same notional of borrowed spot from each entry event to the next exit event.
 *
 * <p>Funding goes through {@link FundingLedger} at each settlement's own rate (mark price 1, so
 * every figure is a fraction of notional), which pays the settlements in {@code (entry, exit]}:
 * a carry opened on a print does not collect that print, and one closed on a print collects it.
 * Borrow accrues continuously at the annual rate over a 365-day year while the carry is open.
 * Not modelled: trading fees, the basis between perp and spot (the hedge is taken as perfect),
 * and borrow-rate changes.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReverseCarryBacktest {

  private static final double YEAR_MILLIS = Duration.ofDays(365).toMillis();

  private final double annualBorrow;
  private final Instant[] times;
  private final double[] funding;
  private final double[] borrow;
  private final List<BacktestTrade> trades;

  private ReverseCarryBacktest(double annualBorrow, Instant[] times, double[] funding,
      double[] borrow, List<BacktestTrade> trades) {
    this.annualBorrow = annualBorrow;
    this.times = times;
    this.funding = funding;
    this.borrow = borrow;
    this.trades = trades;
  }

  /**
   * Runs the backtest.
   *
   * @param times settlement instants, strictly increasing
   * @param rates the rate settled at each instant
   * @param events entry and exit events in time order, alternating and starting with an entry,
   *     as {@code SignalSeries.events} gives them; a final entry without exit stays open to
   *     the last settlement
   * @param annualBorrow the spot borrow rate, a fraction a year, finite and {@code >= 0}
   * @return the backtest
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if the lengths differ, the times are not increasing, the
   *     events do not alternate, or the borrow rate is negative
   */
  public static ReverseCarryBacktest run(Instant[] times, FundingRate[] rates,
      List<SignalEvent> events, double annualBorrow) {
    ArgChecks.strictlyIncreasing("times", times);
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(events, "events");
    ArgChecks.nonNegative("annualBorrow", annualBorrow);
    if (rates.length != times.length) {
      throw new IllegalArgumentException(
          "rates must have length " + times.length + ", was " + rates.length);
    }
    List<Holding> holdings = holdings(events, times[times.length - 1]);
    List<Settlement> settlements = new ArrayList<>(times.length);
    for (int i = 0; i < times.length; i++) {
      settlements.add(Settlement.of(times[i], rates[i], 1.0));
    }
    double[] fundingCum = new double[times.length];
    List<BacktestTrade> trades = new ArrayList<>();
    if (!holdings.isEmpty()) {
      List<SizeChange> changes = new ArrayList<>();
      for (Holding h : holdings) {
        changes.add(SizeChange.of(h.entry, 1.0));
        if (!h.open) {
          changes.add(SizeChange.of(h.exit, 0.0));
        }
      }
      FundingLedger ledger = FundingLedger.of(settlements, PositionHistory.of(changes));
      Map<Instant, Double> cumulative = new HashMap<>();
      for (LedgerEntry e : ledger.entries()) {
        cumulative.put(e.settlement().time(), e.cumulative());
      }
      double running = 0;
      for (int i = 0; i < times.length; i++) {
        running = cumulative.getOrDefault(times[i], running);
        fundingCum[i] = running;
      }
      for (Holding h : holdings) {
        Instant entry = h.entry;
        Instant exit = h.exit;
        int paid = (int) ledger.entries().stream()
            .filter(e -> e.settlement().time().isAfter(entry)
                && !e.settlement().time().isAfter(exit))
            .count();
        trades.add(new BacktestTrade(entry, exit, h.open, paid, ledger.accrued(entry, exit),
            annualBorrow * Duration.between(entry, exit).toMillis() / YEAR_MILLIS));
      }
    }
    double[] borrowCum = new double[times.length];
    for (int i = 0; i < times.length; i++) {
      double millis = 0;
      for (Holding h : holdings) {
        if (h.entry.isBefore(times[i])) {
          Instant until = h.exit.isBefore(times[i]) ? h.exit : times[i];
          millis += Duration.between(h.entry, until).toMillis();
        }
      }
      borrowCum[i] = annualBorrow * millis / YEAR_MILLIS;
    }
    return new ReverseCarryBacktest(annualBorrow, times.clone(), fundingCum, borrowCum,
        List.copyOf(trades));
  }

  /** One holding period; an open one runs to the last settlement. */
  private record Holding(Instant entry, Instant exit, boolean open) {}

  /** The holding periods; a trailing entry is held open to {@code last}. */
  private static List<Holding> holdings(List<SignalEvent> events, Instant last) {
    List<Holding> out = new ArrayList<>();
    for (int k = 0; k < events.size(); k++) {
      SignalEvent e = Objects.requireNonNull(events.get(k), "events[" + k + "]");
      SignalEvent.Kind expected = k % 2 == 0 ? SignalEvent.Kind.ENTER : SignalEvent.Kind.EXIT;
      if (e.kind() != expected) {
        throw new IllegalArgumentException("events[" + k + "] must be " + expected
            + " (events alternate, starting with an entry), was " + e);
      }
      if (e.kind() == SignalEvent.Kind.ENTER) {
        out.add(new Holding(e.time(), last, true));
      } else {
        Holding entered = out.remove(out.size() - 1);
        out.add(new Holding(entered.entry, e.time(), false));
      }
    }
    if (!out.isEmpty() && !out.get(out.size() - 1).exit.isAfter(out.get(out.size() - 1).entry)) {
      out.remove(out.size() - 1); // entered on the very last print: nothing was held
    }
    return out;
  }

  /**
   * The borrow rate used.
   *
   * @return a fraction a year
   */
  public double annualBorrow() {
    return annualBorrow;
  }

  /**
   * The settlement instants of the equity curve.
   *
   * @return a copy
   */
  public Instant[] times() {
    return times.clone();
  }

  /**
   * Funding received so far at each settlement, a fraction of notional.
   *
   * @return a copy, one per settlement
   */
  public double[] cumulativeFunding() {
    return funding.clone();
  }

  /**
   * Borrow paid so far at each settlement, a fraction of notional.
   *
   * @return a copy, one per settlement
   */
  public double[] cumulativeBorrow() {
    return borrow.clone();
  }

  /**
   * The equity curve: funding less borrow so far, a fraction of notional.
   *
   * @return a new array, one per settlement
   */
  public double[] equity() {
    double[] out = new double[funding.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = funding[i] - borrow[i] + 0.0;
    }
    return out;
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
   * The total funding received.
   *
   * @return a fraction of notional
   */
  public double totalFunding() {
    return funding[funding.length - 1];
  }

  /**
   * The total borrow paid.
   *
   * @return a fraction of notional
   */
  public double totalBorrow() {
    return borrow[borrow.length - 1];
  }

  /**
   * Funding less borrow over the whole series.
   *
   * @return a fraction of notional
   */
  public double net() {
    return totalFunding() - totalBorrow() + 0.0;
  }

  /**
   * The share of the series' span the carry was open.
   *
   * @return in {@code [0, 1]}
   */
  public double timeInMarket() {
    double held = 0;
    for (BacktestTrade t : trades) {
      held += t.holding().toMillis();
    }
    return held / Duration.between(times[0], times[times.length - 1]).toMillis();
  }

  /**
   * The net result per year of the series' span (simple, 365-day year), a fraction of notional.
   *
   * @return the annualised net result
   */
  public double annualisedNet() {
    return net() * YEAR_MILLIS / Duration.between(times[0], times[times.length - 1]).toMillis();
  }

  @Override
  public String toString() {
    return "ReverseCarryBacktest[" + trades.size() + " trades, funding " + totalFunding()
        + ", borrow " + totalBorrow() + ", net " + net() + "]";
  }
}
