package dev.fundingkit.stats.regime;

/**
 * The kinds of negative-funding regime (domain brief §8), each read off a funding series in
 * <em>time</em>, not in rows, so that hourly and 8-hourly venues give the same answer.
 */
public enum RegimeKind {
  /**
   * Funding below the negative level for at least the persistent minimum (48 h by default):
   * structurally bearish, hedging demand exceeds speculation.
   */
  PERSISTENT_NEGATIVE,
  /**
   * Funding below the extreme level for less than the spike maximum (12 h by default): likely
   * panic, often a local bottom (a contrarian long once it resolves).
   */
  EXTREME_SPIKE,
  /**
   * Funding below the negative level while spot rises: spot accumulation hedged with shorts,
   * bullish medium term. Needs a spot price series.
   */
  NEGATIVE_WHILE_SPOT_RISES
}
