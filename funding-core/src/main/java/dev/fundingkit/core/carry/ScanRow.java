package dev.fundingkit.core.carry;

import java.io.Serializable;
import dev.fundingkit.core.rate.FundingRate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One asset's line in a carry scan: its economics and its alerts. Immutable and thread-safe.
 *
 * @param asset the asset
 * @param economics the carry's figures
 * @param flags the alerts raised, possibly none; iterated in declaration order
 */
public record ScanRow(String asset, CarryEconomics economics, Set<ScanFlag> flags) implements Serializable {

  /**
   * Validates the components and copies the flags.
   *
   * @param asset the asset
   * @param economics the carry's figures
   * @param flags the alerts raised
   * @throws NullPointerException if a component or flag is null
   */
  public ScanRow {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(economics, "economics");
    Set<ScanFlag> copy = EnumSet.noneOf(ScanFlag.class);
    for (ScanFlag f : flags) {
      copy.add(Objects.requireNonNull(f, "flags element"));
    }
    flags = Collections.unmodifiableSet(copy);
  }

  /**
   * The funding rate scanned.
   *
   * @return the rate with its interval
   */
  public FundingRate rate() {
    return economics.trade().rate();
  }

  /**
   * Funding received a year.
   *
   * @return {@link CarryEconomics#fundingYield()}
   */
  public double fundingYield() {
    return economics.fundingYield();
  }

  /**
   * The spot leg's cost a year.
   *
   * @return {@link CarryEconomics#hedgeCost()}
   */
  public double borrowCost() {
    return economics.hedgeCost();
  }

  /**
   * Net yield a year, the ranking key.
   *
   * @return {@link CarryEconomics#netYield()}
   */
  public double netYield() {
    return economics.netYield();
  }

  /**
   * Whether both alerts fired: the domain's "flag" (deep negative rate and high net yield).
   *
   * @return {@code true} when every {@link ScanFlag} is raised
   */
  public boolean alert() {
    return flags.size() == ScanFlag.values().length;
  }
}
