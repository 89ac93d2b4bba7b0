package dev.fundingkit.core.carry;

/** A scanner alert on one asset. */
public enum ScanFlag {
  /** The rate, rescaled to the threshold's interval, is below the rate threshold. */
  RATE_BELOW_THRESHOLD,
  /** The net yield is above the net-yield threshold. */
  NET_YIELD_ABOVE_THRESHOLD
}
