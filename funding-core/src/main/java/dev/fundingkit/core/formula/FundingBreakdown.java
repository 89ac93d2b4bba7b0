package dev.fundingkit.core.formula;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.AnnualizationBasis;
import dev.fundingkit.core.rate.FundingRate;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * Every figure of one funding-rate computation, in formula order:
 * {@code raw = averagePremium + clampTerm}, {@code scaled = raw × scaling factor}, then the cap,
 * giving {@link #rate()}, published as {@link #published()}, with the {@link #provenance()} of
 * the rule it was computed under.
 *
 * <p>A computed result: only {@link FundingFormula#apply} (and the venue rules that call it)
 * creates one, so its figures are always consistent with each other. Immutable and
 * thread-safe, with value equality.
 */
public final class FundingBreakdown implements Serializable {

  private final double averagePremium;
  private final double interest;
  private final double clampTerm;
  private final double raw;
  private final double scaled;
  private final boolean capped;
  /** The final rate's value and interval; {@link #rate()} wraps them when asked, so that a
   * breakdown the JIT keeps in registers (the caller reads only figures) takes no second
   * object. */
  private final double rateValue;
  private final Duration rateInterval;
  private final Provenance provenance;
  /** Made on first request when {@link #source} is set (racy but idempotent: a String). */
  private String published;
  /** The formula that publishes the decimal string lazily; null once it has been made. */
  private final FundingFormula source;

  FundingBreakdown(double averagePremium, double interest, double clampTerm, double raw,
      double scaled, boolean capped, FundingRate rate, String published,
      Provenance provenance) {
    this.averagePremium = ArgChecks.finite("averagePremium", averagePremium);
    this.interest = ArgChecks.finite("interest", interest);
    this.clampTerm = ArgChecks.finite("clampTerm", clampTerm);
    this.raw = ArgChecks.finite("raw", raw);
    this.scaled = ArgChecks.finite("scaled", scaled);
    this.capped = capped;
    Objects.requireNonNull(rate, "rate");
    this.rateValue = rate.value();
    this.rateInterval = rate.interval();
    this.published = Objects.requireNonNull(published, "published");
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    this.source = null;
  }

  /**
   * A breakdown whose published decimal string is made by {@code source} only when asked for
   * (the formula's own {@code apply}: its parts are already checked finite, and the rate's
   * value and interval are those of a {@code FundingRate} it made or could make).
   */
  FundingBreakdown(double averagePremium, double interest, double clampTerm, double raw,
      double scaled, boolean capped, double rateValue, Duration rateInterval,
      FundingFormula source, Provenance provenance) {
    this.averagePremium = averagePremium;
    this.interest = interest;
    this.clampTerm = clampTerm;
    this.raw = raw;
    this.scaled = scaled;
    this.capped = capped;
    this.rateValue = rateValue;
    this.rateInterval = rateInterval;
    this.provenance = provenance;
    this.source = source;
  }

  /**
   * The interval's average premium {@code P}.
   *
   * @return the premium, a fraction
   */
  public double averagePremium() {
    return averagePremium;
  }

  /**
   * The interest {@code I} that entered the formula.
   *
   * @return the interest, a fraction
   */
  public double interest() {
    return interest;
  }

  /**
   * The term added to {@code P} ({@code clamp(I − P, ±band)} for a clamp band).
   *
   * @return the term, a fraction
   */
  public double clampTerm() {
    return clampTerm;
  }

  /**
   * The rate before scaling and cap, on the formula's reference interval.
   *
   * @return the raw rate, a fraction
   */
  public double raw() {
    return raw;
  }

  /**
   * The raw rate scaled to the symbol's interval, before any cap.
   *
   * @return the scaled rate, a fraction
   */
  public double scaled() {
    return scaled;
  }

  /**
   * Whether the cap or floor bound (the uncapped value lay strictly outside it).
   *
   * @return {@code true} when capped
   */
  public boolean capped() {
    return capped;
  }

  /**
   * The final, unrounded rate per the symbol's interval. Each call makes an equal
   * {@link FundingRate} from the stored value and interval (so the JIT can drop it, and the
   * breakdown, when only figures are read).
   *
   * @return the rate
   */
  public FundingRate rate() {
    // Both parts come from a FundingRate, so this cannot throw.
    return FundingRate.of(rateValue, rateInterval);
  }

  /**
   * The final rate as the venue publishes it, computed in decimal.
   *
   * @return the rounded plain decimal string, such as {@code "0.00010000"}
   */
  public String published() {
    String p = published;
    if (p == null) {
      p = source.publish(averagePremium, rate());
      published = p;
    }
    return p;
  }

  /**
   * Where the rule the rate was computed under comes from; anything but
   * {@link Provenance#PUBLISHED} deserves a warning next to the figure.
   *
   * @return the provenance
   */
  public Provenance provenance() {
    return provenance;
  }

  /**
   * The final rate annualised on a basis, as {@link FundingRate#annualize} does.
   *
   * @param basis the annualisation basis
   * @return the fraction per year
   * @throws NullPointerException if {@code basis} is null
   */
  public double annualize(AnnualizationBasis basis) {
    return rate().annualize(Objects.requireNonNull(basis, "basis"));
  }

  /**
   * The final rate's simple annualisation: {@code annualize(AnnualizationBasis.SIMPLE)}.
   *
   * @return the fraction per year
   */
  public double annualized() {
    return annualize(AnnualizationBasis.SIMPLE);
  }

  /** Same figures, strings and provenance. */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof FundingBreakdown)) {
      return false;
    }
    FundingBreakdown o = (FundingBreakdown) obj;
    return Double.compare(averagePremium, o.averagePremium) == 0
        && Double.compare(interest, o.interest) == 0
        && Double.compare(clampTerm, o.clampTerm) == 0 && Double.compare(raw, o.raw) == 0
        && Double.compare(scaled, o.scaled) == 0 && capped == o.capped
        && rate().equals(o.rate()) && published().equals(o.published())
        && provenance == o.provenance;
  }

  @Override
  public int hashCode() {
    return Objects.hash(averagePremium, interest, clampTerm, raw, scaled, capped, rate(),
        published(), provenance);
  }

  /** Such as {@code FundingBreakdown[P=-0.00357, I=1.0E-4, …, published=-0.00307000]}. */
  @Override
  public String toString() {
    return "FundingBreakdown[P=" + averagePremium + ", I=" + interest + ", term=" + clampTerm
        + ", raw=" + raw + ", scaled=" + scaled + ", capped=" + capped + ", rate=" + rate()
        + ", published=" + published() + ", provenance=" + provenance + "]";
  }

  private Object writeReplace() {
    return new SerializedForm(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("FundingBreakdown is read through its serialization proxy");
  }

  /** The serial form: every figure, re-validated by the constructor on reading. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final double averagePremium;
    private final double interest;
    private final double clampTerm;
    private final double raw;
    private final double scaled;
    private final boolean capped;
    private final FundingRate rate;
    private final String published;
    private final Provenance provenance;

    SerializedForm(FundingBreakdown source) {
      this.averagePremium = source.averagePremium;
      this.interest = source.interest;
      this.clampTerm = source.clampTerm;
      this.raw = source.raw;
      this.scaled = source.scaled;
      this.capped = source.capped;
      this.rate = source.rate();
      this.published = source.published();
      this.provenance = source.provenance;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        return new FundingBreakdown(averagePremium, interest, clampTerm, raw, scaled, capped, rate,
            published, provenance);
      } catch (RuntimeException e) {
        InvalidObjectException ex = new InvalidObjectException("invalid FundingBreakdown: " + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }
}
