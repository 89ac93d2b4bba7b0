package dev.fundingkit.core.carry;

import java.io.Serializable;
import java.io.ObjectInputStream;
import java.io.InvalidObjectException;
import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.AnnualizationBasis;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Ranks assets by net carry yield and raises alerts.
 *
 * <p>Each candidate becomes {@link CarryTrade#of(FundingRate, double)} (reverse for a negative
 * rate, forward otherwise) under the scanner's annualisation basis. Rows are ordered by net
 * yield, highest first, ties by asset name, so the order never depends on the input's.
 * {@link ScanFlag#RATE_BELOW_THRESHOLD} fires when the rate, rescaled to the threshold's
 * interval, is strictly below it; {@link ScanFlag#NET_YIELD_ABOVE_THRESHOLD} when the net yield
 * is strictly above its threshold. Defaults (domain brief §5): {@code -0.02%/8h} and 10% a
 * year, simple annualisation.
 *
 * <p>Immutable and thread-safe.
 */
public final class CarryScanner implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The default rate threshold: {@code -0.02%} per 8 hours. */
  public static final FundingRate DEFAULT_RATE_THRESHOLD =
      FundingRate.ofPercent(-0.02, Duration.ofHours(8));

  /** The default net-yield threshold: 10% a year. */
  public static final double DEFAULT_NET_YIELD_THRESHOLD = 0.10;

  private static final Comparator<ScanRow> RANKING =
      Comparator.comparingDouble(ScanRow::netYield).reversed()
          .thenComparing(ScanRow::asset);

  private final FundingRate rateThreshold;
  private final double netYieldThreshold;
  private final AnnualizationBasis basis;

  private CarryScanner(
      FundingRate rateThreshold, double netYieldThreshold, AnnualizationBasis basis) {
    this.rateThreshold = Objects.requireNonNull(rateThreshold, "rateThreshold");
    this.netYieldThreshold = ArgChecks.finite("netYieldThreshold", netYieldThreshold);
    this.basis = Objects.requireNonNull(basis, "basis");
  }

  /**
   * The scanner with the domain's thresholds and simple annualisation.
   *
   * @return the default scanner
   */
  public static CarryScanner defaults() {
    return new CarryScanner(
        DEFAULT_RATE_THRESHOLD, DEFAULT_NET_YIELD_THRESHOLD, AnnualizationBasis.SIMPLE);
  }

  /**
   * A copy with another rate threshold.
   *
   * @param newThreshold the rate below which an asset is flagged, on any interval
   * @return the new scanner
   * @throws NullPointerException if {@code newThreshold} is null
   */
  public CarryScanner withRateThreshold(FundingRate newThreshold) {
    return new CarryScanner(newThreshold, netYieldThreshold, basis);
  }

  /**
   * A copy with another net-yield threshold.
   *
   * @param newThreshold the annual net yield above which an asset is flagged, finite
   * @return the new scanner
   * @throws IllegalArgumentException if {@code newThreshold} is NaN or infinite
   */
  public CarryScanner withNetYieldThreshold(double newThreshold) {
    return new CarryScanner(rateThreshold, newThreshold, basis);
  }

  /**
   * A copy under another annualisation basis.
   *
   * @param newBasis the basis
   * @return the new scanner
   * @throws NullPointerException if {@code newBasis} is null
   */
  public CarryScanner withBasis(AnnualizationBasis newBasis) {
    return new CarryScanner(rateThreshold, netYieldThreshold, newBasis);
  }

  /**
   * The rate threshold.
   *
   * @return the rate below which an asset is flagged
   */
  public FundingRate rateThreshold() {
    return rateThreshold;
  }

  /**
   * The net-yield threshold.
   *
   * @return the annual net yield above which an asset is flagged
   */
  public double netYieldThreshold() {
    return netYieldThreshold;
  }

  /**
   * The annualisation basis.
   *
   * @return the basis
   */
  public AnnualizationBasis basis() {
    return basis;
  }

  /**
   * Evaluates and ranks candidates.
   *
   * @param candidates one per asset
   * @return the rows, best net yield first, unmodifiable
   * @throws NullPointerException if {@code candidates} or an element is null
   * @throws IllegalArgumentException if an asset appears twice
   */
  public List<ScanRow> scan(Collection<CarryCandidate> candidates) {
    Objects.requireNonNull(candidates, "candidates");
    Set<String> seen = new HashSet<>();
    List<ScanRow> rows = new ArrayList<>(candidates.size());
    for (CarryCandidate c : candidates) {
      Objects.requireNonNull(c, "candidates element");
      if (!seen.add(c.asset())) {
        throw new IllegalArgumentException(
            "candidates must hold one row per asset, '" + c.asset() + "' appears twice");
      }
      rows.add(row(c));
    }
    rows.sort(RANKING);
    return List.copyOf(rows);
  }

  private ScanRow row(CarryCandidate c) {
    CarryEconomics e = CarryTrade.of(c.rate(), c.borrow()).withBasis(basis).economics();
    Set<ScanFlag> flags = EnumSet.noneOf(ScanFlag.class);
    if (c.rate().rescaleTo(rateThreshold.interval()).value() < rateThreshold.value()) {
      flags.add(ScanFlag.RATE_BELOW_THRESHOLD);
    }
    if (e.netYield() > netYieldThreshold) {
      flags.add(ScanFlag.NET_YIELD_ABOVE_THRESHOLD);
    }
    return new ScanRow(c.asset(), e, flags);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof CarryScanner)) {
      return false;
    }
    CarryScanner other = (CarryScanner) obj;
    return rateThreshold.equals(other.rateThreshold)
        && Double.compare(netYieldThreshold, other.netYieldThreshold) == 0
        && basis == other.basis;
  }

  @Override
  public int hashCode() {
    return Objects.hash(rateThreshold, netYieldThreshold, basis);
  }

  @Override
  public String toString() {
    return "CarryScanner[rate below " + rateThreshold + ", net yield above "
        + netYieldThreshold + ", " + basis + "]";
  }

  private Object writeReplace() {
    return new SerializedForm(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("CarryScanner is read through its serialization proxy");
  }

  /** The serial form: what the factory needs, re-validated by it on reading. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final FundingRate rateThreshold;
    private final double netYieldThreshold;
    private final AnnualizationBasis basis;

    SerializedForm(CarryScanner source) {
      this.rateThreshold = source.rateThreshold;
      this.netYieldThreshold = source.netYieldThreshold;
      this.basis = source.basis;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        return new CarryScanner(rateThreshold, netYieldThreshold, basis);
      } catch (RuntimeException e) {
        InvalidObjectException ex = new InvalidObjectException("invalid CarryScanner: " + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }
}
