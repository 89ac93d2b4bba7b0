package dev.fundingkit.core.carry;

import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.rate.PositionSide;
import java.util.Objects;

/** Which way a cash-and-carry faces: the side of the perpetual leg decides who collects. */
public enum CarrySide {
  /**
   * Reverse carry ("reverse farm"): long the perpetual, short spot (borrowed and sold). Collects
   * funding when the rate is negative (shorts pay longs).
   */
  REVERSE,
  /**
   * Forward carry: short the perpetual, long spot. Collects funding when the rate is positive
   * (longs pay shorts); the spot leg ties up capital.
   */
  FORWARD;

  /**
   * The side that collects a rate: {@link #REVERSE} for a negative rate, {@link #FORWARD}
   * otherwise (a zero rate collects nothing either way; forward is the conventional default).
   *
   * @param rate the funding rate
   * @return the collecting side
   * @throws NullPointerException if {@code rate} is null
   */
  public static CarrySide forRate(FundingRate rate) {
    Objects.requireNonNull(rate, "rate");
    return rate.isNegative() ? REVERSE : FORWARD;
  }

  /**
   * The side of the perpetual leg.
   *
   * @return {@code LONG} for {@link #REVERSE}, {@code SHORT} for {@link #FORWARD}
   */
  public PositionSide perpSide() {
    return this == REVERSE ? PositionSide.LONG : PositionSide.SHORT;
  }

  /**
   * The fraction of notional this carry receives at one settlement of {@code rate}: negative
   * when it pays.
   *
   * @param rate the settled rate
   * @return {@code -rate} for {@link #REVERSE}, {@code +rate} for {@link #FORWARD}
   * @throws NullPointerException if {@code rate} is null
   */
  public double receivedPerSettlement(FundingRate rate) {
    Objects.requireNonNull(rate, "rate");
    return perpSide().cashFlowSign() * rate.value() + 0.0;
  }
}
