package dev.fundingkit.core.venue;

/**
 * Which premium samples a venue's running (predicted) rate averages at an instant
 * {@code t} inside the interval {@code (T − N, T]}.
 *
 * <p>A sample stamped {@code s} measures the time up to {@code s}, so windows are open at the
 * start and closed at the end: BitMEX's 20:00 figure averages the prints 12:01…20:00, OKX's
 * rolling figure at 16:10 averages 08:11…16:10.
 */
public enum PremiumWindow {

  /** From the start of the current interval: samples in {@code (T − N, t]} (Bybit, BitMEX). */
  ANCHORED,

  /**
   * The last {@code N} hours whatever the interval boundaries: samples in {@code (t − N, t]}
   * (Binance's real-time figure, OKX from 2024-03-05 08:00 UTC). At the settlement instant it
   * equals the anchored window.
   */
  ROLLING,

  /** No averaging: the rate follows the latest premium (Deribit's continuous funding). */
  INSTANTANEOUS
}
