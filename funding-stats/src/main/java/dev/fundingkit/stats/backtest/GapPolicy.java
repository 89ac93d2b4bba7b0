package dev.fundingkit.stats.backtest;

/** What a carry backtest does with an open position when the data has a hole. */
public enum GapPolicy {
  /**
   * A gap longer than one interval closes the trade at the last settlement before it: no
   * position is held, no borrow accrues and no line is drawn across a hole (the default).
   */
  CLOSE_BEFORE_GAP,
  /**
   * The trade is held through the gap, its missing settlements add no funding, borrow accrues
   * for the hole and the trade is marked {@link BacktestTrade#spansGap()}.
   */
  HOLD_THROUGH
}
