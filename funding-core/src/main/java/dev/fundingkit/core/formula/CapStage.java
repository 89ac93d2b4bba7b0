package dev.fundingkit.core.formula;

/**
 * Whether the cap/floor bounds the rate after or before interval scaling. Most venues cap the
 * rate they settle (after scaling); dYdX caps the 8-hour rate and then pays an eighth of it
 * each hour.
 */
public enum CapStage {

  /** {@code F = cap(scale(raw))}: Binance, Bitget, Gate, OKX, Hyperliquid (4%/h). */
  AFTER_SCALING,

  /** {@code F = scale(cap(raw))}: the cap is on the reference-interval rate (dYdX). */
  BEFORE_SCALING
}
