package dev.fundingkit.stats.forecast;

/** The model a {@link FundingForecast} was computed under. */
public enum ForecastModel {
  /** One Ornstein–Uhlenbeck process, started at the latest rate. */
  OU,
  /**
   * The sum of a fast and a slow Ornstein–Uhlenbeck component, started at their filtered state
   * at the latest settlement (with its uncertainty).
   */
  TWO_TIMESCALE
}
