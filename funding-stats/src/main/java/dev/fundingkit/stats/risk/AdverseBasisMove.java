package dev.fundingkit.stats.risk;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingIntervals;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.rate.PositionSide;
import java.time.Duration;
import java.util.Objects;

/**
 * How far the basis can move against a carry position over a holding period, at a confidence
 * level, and how many days of funding income it takes to earn that loss back.
 *
 * <p>The side is the side of the <em>perpetual</em> leg. {@link PositionSide#LONG} is the
 * reverse carry (long perp, short spot), which loses when the basis
 * ({@code perp / spot − 1}) <b>falls</b>; {@link PositionSide#SHORT} is the classic carry
 * (short perp, long spot), which loses when it rises. {@code move} is the adverse basis change
 * as a fraction of notional (to first order the carry's loss per unit notional): positive is a
 * loss. Domain figures: BTC about 1%, ETH about 1.5%, altcoins 3–5% at 95%.
 *
 * <p>Example (domain brief §6): a 1% adverse move on 1,000 notional costs 10; at 2 a day of
 * funding income that is 5 days to recover.
 *
 * <p>Immutable and thread-safe.
 *
 * @param perpSide the side of the perpetual leg
 * @param holdingPeriod how long the position is held, positive
 * @param confidence the quantile level, in {@code (0, 1)}, such as 0.95
 * @param move the adverse basis change at that quantile, fraction of notional, finite
 * @param samples how many holding periods the figure was measured on, {@code >= 1}
 */
public record AdverseBasisMove(
    PositionSide perpSide, Duration holdingPeriod, double confidence, double move, int samples) implements java.io.Serializable {

  private static final double HOURS_PER_DAY = 24;

  /**
   * Validates the figure.
   *
   * @param perpSide the side of the perpetual leg
   * @param holdingPeriod how long the position is held, positive
   * @param confidence the quantile level, in {@code (0, 1)}
   * @param move the adverse basis change, fraction of notional, finite
   * @param samples how many holding periods were measured, {@code >= 1}
   * @throws NullPointerException if {@code perpSide} or {@code holdingPeriod} is null
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public AdverseBasisMove {
    Objects.requireNonNull(perpSide, "perpSide");
    ArgChecks.positive("holdingPeriod", holdingPeriod);
    checkConfidence(confidence);
    move = ArgChecks.finite("move", move);
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be >= 1, was " + samples);
    }
  }

  /**
   * A figure given directly (from a desk's own estimate, or the domain brief's).
   *
   * @param perpSide the side of the perpetual leg
   * @param holdingPeriod how long the position is held, positive
   * @param confidence the quantile level, in {@code (0, 1)}
   * @param move the adverse basis change, fraction of notional, finite
   * @param samples how many holding periods were measured, {@code >= 1}
   * @return the figure
   * @throws NullPointerException if {@code perpSide} or {@code holdingPeriod} is null
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public static AdverseBasisMove of(PositionSide perpSide, Duration holdingPeriod,
      double confidence, double move, int samples) {
    return new AdverseBasisMove(perpSide, holdingPeriod, confidence, move, samples);
  }

  /**
   * The loss the adverse move causes on a notional; a favourable "adverse" quantile costs 0.
   *
   * @param notional the position's notional per leg, {@code >= 0}
   * @return {@code notional × max(move, 0)}, in the notional's currency
   * @throws IllegalArgumentException if {@code notional} is negative or not finite
   */
  public double loss(double notional) {
    ArgChecks.nonNegative("notional", notional);
    return notional * Math.max(move, 0.0);   // both factors are >= +0.0: never -0.0
  }

  /**
   * Days of funding income needed to earn back {@link #loss(double)}.
   *
   * @param notional the position's notional per leg, {@code >= 0}
   * @param fundingIncomePerDay funding received per day, {@code > 0}, in the notional's currency
   * @return {@code loss(notional) / fundingIncomePerDay}, in days
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public double daysToRecover(double notional, double fundingIncomePerDay) {
    ArgChecks.positive("fundingIncomePerDay", fundingIncomePerDay);
    return ArgChecks.noOverflow(loss(notional) / fundingIncomePerDay, "fundingIncomePerDay",
        fundingIncomePerDay);
  }

  /**
   * Days of funding income needed to earn back {@link #loss(double)}, with the income that
   * {@code rate} pays the perpetual leg ({@link #perpSide()}) on {@code notional}.
   *
   * @param notional the position's notional per leg, {@code > 0}
   * @param rate the funding rate, which must pay the perpetual leg (negative for a long)
   * @return the days to recover
   * @throws NullPointerException if {@code rate} is null
   * @throws IllegalArgumentException naming the bad parameter and its value, including a rate
   *     that makes the perpetual leg pay rather than receive
   */
  public double daysToRecover(double notional, FundingRate rate) {
    Objects.requireNonNull(rate, "rate");
    ArgChecks.positive("notional", notional);
    double perDay =
        rate.cashFlow(perpSide, notional) * HOURS_PER_DAY / FundingIntervals.hours(rate.interval());
    if (!(perDay > 0)) {
      throw new IllegalArgumentException(
          "rate must pay the " + perpSide + " perpetual leg, was " + rate);
    }
    return daysToRecover(notional, perDay);
  }

  static void checkConfidence(double confidence) {
    ArgChecks.finite("confidence", confidence);
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
    }
  }
}
