package dev.fundingkit.core.venue;

/** How funding accrues to a position over an interval. */
public enum Accrual {

  /**
   * The whole interval's rate is charged to every position open at the settlement instant,
   * however briefly it was held (most venues).
   */
  AT_SETTLEMENT,

  /**
   * Funding accrues continuously and a position pays the rate in proportion to the time held:
   * {@code F × value × held / interval} (Deribit, every millisecond).
   */
  CONTINUOUS
}
