package dev.fundingkit.core.venue;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.formula.FundingCap;
import dev.fundingkit.core.formula.MarginRates;
import dev.fundingkit.core.rate.FundingIntervals;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One symbol's funding terms on a venue: its settlement interval, an optional interest
 * override (0% symbols such as XAUUSDT on Binance), and an optional cap, given explicitly or as
 * margin rates from which the venue's own rule derives it.
 *
 * <p>The cap and the margin rates are alternatives: {@link #withCap(FundingCap)} drops any
 * margin rates and {@link #withMargin(MarginRates)} drops any explicit cap. With neither, the
 * rule's default cap applies (none on Binance).
 *
 * <p>The interest override is the {@code I} that enters {@code clamp(I − P, ±band)} for this
 * symbol, replacing the venue's interest component (on Binance, the rate per 8 h before
 * any ÷(8/N)).
 *
 * <p>Immutable and thread-safe, with value equality.
 */
public final class SymbolTerms implements Serializable {

  private final Duration interval;
  private final Double interest;
  private final FundingCap cap;
  private final MarginRates margin;

  private SymbolTerms(Duration interval, Double interest, FundingCap cap, MarginRates margin) {
    this.interval = ArgChecks.positive("interval", interval);
    this.interest = interest;
    this.cap = cap;
    this.margin = margin;
  }

  /**
   * Terms with an interval and the venue's interest and default cap.
   *
   * @param interval the symbol's funding interval, positive
   * @return the terms
   * @throws NullPointerException if {@code interval} is null
   * @throws IllegalArgumentException if {@code interval} is not positive
   */
  public static SymbolTerms of(Duration interval) {
    return new SymbolTerms(interval, null, null, null);
  }

  /**
   * The symbol's funding interval.
   *
   * @return the positive interval
   */
  public Duration interval() {
    return interval;
  }

  /**
   * The interest override.
   *
   * @return the override, a fraction, or empty for the venue's interest component
   */
  public OptionalDouble interest() {
    return interest == null ? OptionalDouble.empty() : OptionalDouble.of(interest);
  }

  /**
   * The explicit cap.
   *
   * @return the cap, or empty when none is given explicitly
   */
  public Optional<FundingCap> cap() {
    return Optional.ofNullable(cap);
  }

  /**
   * The margin rates the venue's cap rule derives the cap from.
   *
   * @return the margin rates, or empty
   */
  public Optional<MarginRates> margin() {
    return Optional.ofNullable(margin);
  }

  /**
   * A copy with another interval.
   *
   * @param newInterval the interval, positive
   * @return the new terms
   * @throws NullPointerException if {@code newInterval} is null
   * @throws IllegalArgumentException if {@code newInterval} is not positive
   */
  public SymbolTerms withInterval(Duration newInterval) {
    return new SymbolTerms(newInterval, interest, cap, margin);
  }

  /**
   * A copy with an interest override.
   *
   * @param newInterest the interest {@code I}, a finite fraction (0 for 0% symbols)
   * @return the new terms
   * @throws IllegalArgumentException if {@code newInterest} is NaN or infinite
   */
  public SymbolTerms withInterest(double newInterest) {
    return new SymbolTerms(
        interval, ArgChecks.finite("interest", newInterest), cap, margin);
  }

  /**
   * A copy with an explicit cap, dropping any margin rates.
   *
   * @param newCap the cap ({@link FundingCap#none()} to switch off a venue's default cap)
   * @return the new terms
   * @throws NullPointerException if {@code newCap} is null
   */
  public SymbolTerms withCap(FundingCap newCap) {
    return new SymbolTerms(interval, interest, Objects.requireNonNull(newCap, "cap"), null);
  }

  /**
   * A copy whose cap the venue derives from margin rates, dropping any explicit cap.
   *
   * @param newMargin the initial and maintenance margin rates
   * @return the new terms
   * @throws NullPointerException if {@code newMargin} is null
   */
  public SymbolTerms withMargin(MarginRates newMargin) {
    return new SymbolTerms(interval, interest, null, Objects.requireNonNull(newMargin, "margin"));
  }

  /** Same interval, interest override, cap and margin rates. */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof SymbolTerms)) {
      return false;
    }
    SymbolTerms other = (SymbolTerms) obj;
    return interval.equals(other.interval) && Objects.equals(interest, other.interest)
        && Objects.equals(cap, other.cap) && Objects.equals(margin, other.margin);
  }

  @Override
  public int hashCode() {
    return Objects.hash(interval, interest, cap, margin);
  }

  /** Such as {@code SymbolTerms[4h, interest 0%, cap ±0.3%]}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("SymbolTerms[").append(FundingIntervals.format(interval));
    if (interest != null) {
      s.append(", interest ").append(BigDecimal.valueOf(interest).movePointRight(2)
          .stripTrailingZeros().toPlainString()).append('%');
    }
    if (cap != null) {
      s.append(", cap ").append(cap);
    }
    if (margin != null) {
      s.append(", IMR ").append(margin.initial()).append(" MMR ").append(margin.maintenance());
    }
    return s.append(']').toString();
  }

  private Object writeReplace() {
    return new SerializedForm(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("SymbolTerms is read through its serialization proxy");
  }

  /** The serial form: what the factory needs, re-validated by it on reading. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Duration interval;
    private final Double interest;
    private final FundingCap cap;
    private final MarginRates margin;

    SerializedForm(SymbolTerms source) {
      this.interval = source.interval;
      this.interest = source.interest;
      this.cap = source.cap;
      this.margin = source.margin;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        SymbolTerms terms = SymbolTerms.of(interval);
        if (interest != null) {
          terms = terms.withInterest(interest);
        }
        if (cap != null) {
          terms = terms.withCap(cap);
        }
        if (margin != null) {
          terms = terms.withMargin(margin);
        }
        return terms;
      } catch (RuntimeException e) {
        InvalidObjectException ex = new InvalidObjectException("invalid SymbolTerms: " + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }
}
