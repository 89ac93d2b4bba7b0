package dev.fundingkit.stats.backtest;

/** Whether a carry backtest could run on its data. */
public enum BacktestStatus {
  /** Levels were fitted and the test window was traded (possibly without a signal). */
  COMPLETE,
  /** The training window leaves no settlement to test on. */
  NO_TEST_WINDOW,
  /** The level fit gave no levels for any part of the test window. */
  NO_LEVELS
}
