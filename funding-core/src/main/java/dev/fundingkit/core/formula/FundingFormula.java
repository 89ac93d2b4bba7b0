package dev.fundingkit.core.formula;

import dev.fundingkit.core.FundingOverflowException;
import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingRate;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * A funding formula composed of named parts:
 * {@code F = cap(scale(band(P, I)))} (or {@code scale(cap(…))} for
 * {@link CapStage#BEFORE_SCALING}), then rounded for publication.
 *
 * <p>With the usual parts, {@code F = P + clamp(I − P, ±0.05%)} with {@code I = 0.01%} per
 * 8 h: a premium of −0.357% gives −0.307% per 8 h. Properties that hold for every premium
 * (tested as laws): {@code F = I} exactly before scaling and cap while {@code P} lies in
 * {@code [I − b, I + b]}; {@code F} is non-decreasing in {@code P}; with the cap after scaling,
 * {@code floor ≤ F ≤ cap}; with {@code I = 0} and a symmetric cap, {@code F(−P) = −F(P)}.
 *
 * <p>{@link #apply(double, Duration)} returns every intermediate figure;
 * {@link #rate(double, Duration)} and {@link #rates(double[], Duration, double[])} return
 * only final values and allocate nothing per element. The premium must be finite; the
 * interval positive. Bad input gets {@link IllegalArgumentException} naming the parameter and
 * the value, {@code null} gets {@link NullPointerException}.
 *
 * <p>Immutable and thread-safe, with value equality.
 */
public final class FundingFormula implements Serializable {

  private static final FundingFormula STANDARD = new FundingFormula(
      InterestComponent.fixed(0.0001, Duration.ofHours(8)), PremiumBand.DEFAULT_CLAMP,
      IntervalScaling.NONE, FundingCap.none(), CapStage.AFTER_SCALING,
      PublishedPrecision.unrounded(), Provenance.PUBLISHED);

  private final InterestComponent interest;
  private final PremiumBand band;
  private final IntervalScaling scaling;
  private final FundingCap cap;
  private final CapStage capStage;
  private final PublishedPrecision precision;
  private final Provenance provenance;
  /** The interest of the last interval asked for: a pure function of it, kept to skip the
   * decimal proration on every call. Not volatile: the holder's fields are all final, so a
   * thread that sees it sees them initialised, and a stale or missing memo only costs a
   * recomputation; a plain field lets the JIT hoist the read out of a caller's loop. */
  private InterestAt lastInterest;

  /** {@link InterestAt#shape}: no straight-line path, parts are called one by one. */
  private static final int GENERAL = 0;
  /** {@link InterestAt#shape}: clamp band, scaling by a fixed divisor. */
  private static final int CLAMP_DIVIDE = 1;
  /** {@link InterestAt#shape}: clamp band, proportional scaling. */
  private static final int CLAMP_MULTIPLY = 2;

  /**
   * One interval, the interest component's rate and the proportional scaling factor, plus the
   * parts' constants for the straight-line path of {@link #apply} (the common venue shape).
   */
  private static final class InterestAt {
    final Duration interval;
    final double rate;
    /** {@code scaling.factor(interval)} when the scaling is proportional, else NaN. */
    final double factor;
    /** {@link #GENERAL}, {@link #CLAMP_DIVIDE} or {@link #CLAMP_MULTIPLY}. */
    final int shape;
    /** The clamp's half-width (shapes other than GENERAL). */
    final double halfWidth;
    /** The fixed divisor (CLAMP_DIVIDE). */
    final double divisor;
    final double floor;
    final double cap;
    final boolean capAfterScaling;

    InterestAt(Duration interval, double rate, double factor, int shape, double halfWidth,
        double divisor, double floor, double cap, boolean capAfterScaling) {
      this.interval = interval;
      this.rate = rate;
      this.factor = factor;
      this.shape = shape;
      this.halfWidth = halfWidth;
      this.divisor = divisor;
      this.floor = floor;
      this.cap = cap;
      this.capAfterScaling = capAfterScaling;
    }
  }

  private FundingFormula(InterestComponent interest, PremiumBand band, IntervalScaling scaling,
      FundingCap cap, CapStage capStage, PublishedPrecision precision, Provenance provenance) {
    this.interest = Objects.requireNonNull(interest, "interest");
    this.band = Objects.requireNonNull(band, "band");
    this.scaling = Objects.requireNonNull(scaling, "scaling");
    this.cap = Objects.requireNonNull(cap, "cap");
    this.capStage = Objects.requireNonNull(capStage, "capStage");
    this.precision = Objects.requireNonNull(precision, "precision");
    this.provenance = Objects.requireNonNull(provenance, "provenance");
  }

  /**
   * A formula from all its parts.
   *
   * @param interest the interest component
   * @param band how premium and interest combine (clamp, damper or none)
   * @param scaling how the raw rate scales to the symbol's interval
   * @param cap the cap and floor ({@link FundingCap#none()} for none)
   * @param capStage whether the cap applies after or before scaling
   * @param precision how the final rate is published
   * @return the formula, whose breakdowns carry {@link Provenance#PUBLISHED} (see
   *     {@link #withProvenance(Provenance)})
   * @throws NullPointerException if a part is null
   */
  public static FundingFormula of(InterestComponent interest, PremiumBand band,
      IntervalScaling scaling, FundingCap cap, CapStage capStage, PublishedPrecision precision) {
    return new FundingFormula(interest, band, scaling, cap, capStage, precision,
        Provenance.PUBLISHED);
  }

  /**
   * The BitMEX-family template with no scaling, no cap and unrounded publication:
   * {@code F = P + clamp(I − P, ±0.05%)}, {@code I} fixed at 0.01% per 8 h.
   *
   * @return the standard formula
   */
  public static FundingFormula standard() {
    return STANDARD;
  }

  /**
   * The interest component.
   *
   * @return the interest component
   */
  public InterestComponent interest() {
    return interest;
  }

  /**
   * How premium and interest combine.
   *
   * @return the premium band
   */
  public PremiumBand band() {
    return band;
  }

  /**
   * How the raw rate scales to the symbol's interval.
   *
   * @return the scaling
   */
  public IntervalScaling scaling() {
    return scaling;
  }

  /**
   * The cap and floor.
   *
   * @return the cap, {@link FundingCap#none()} for none
   */
  public FundingCap cap() {
    return cap;
  }

  /**
   * Whether the cap applies after or before scaling.
   *
   * @return the cap stage
   */
  public CapStage capStage() {
    return capStage;
  }

  /**
   * How the final rate is published.
   *
   * @return the precision
   */
  public PublishedPrecision precision() {
    return precision;
  }

  /**
   * A copy with another interest component.
   *
   * @param newInterest the interest component
   * @return the new formula
   * @throws NullPointerException if {@code newInterest} is null
   */
  public FundingFormula withInterest(InterestComponent newInterest) {
    return new FundingFormula(newInterest, band, scaling, cap, capStage, precision, provenance);
  }

  /**
   * A copy with another premium band.
   *
   * @param newBand the band
   * @return the new formula
   * @throws NullPointerException if {@code newBand} is null
   */
  public FundingFormula withBand(PremiumBand newBand) {
    return new FundingFormula(interest, newBand, scaling, cap, capStage, precision, provenance);
  }

  /**
   * A copy with another interval scaling.
   *
   * @param newScaling the scaling
   * @return the new formula
   * @throws NullPointerException if {@code newScaling} is null
   */
  public FundingFormula withScaling(IntervalScaling newScaling) {
    return new FundingFormula(interest, band, newScaling, cap, capStage, precision, provenance);
  }

  /**
   * A copy with another cap.
   *
   * @param newCap the cap
   * @return the new formula
   * @throws NullPointerException if {@code newCap} is null
   */
  public FundingFormula withCap(FundingCap newCap) {
    return new FundingFormula(interest, band, scaling, newCap, capStage, precision, provenance);
  }

  /**
   * A copy with the cap at another stage.
   *
   * @param newCapStage the cap stage
   * @return the new formula
   * @throws NullPointerException if {@code newCapStage} is null
   */
  public FundingFormula withCapStage(CapStage newCapStage) {
    return new FundingFormula(interest, band, scaling, cap, newCapStage, precision, provenance);
  }

  /**
   * A copy with another published precision.
   *
   * @param newPrecision the precision
   * @return the new formula
   * @throws NullPointerException if {@code newPrecision} is null
   */
  public FundingFormula withPrecision(PublishedPrecision newPrecision) {
    return new FundingFormula(interest, band, scaling, cap, capStage, newPrecision, provenance);
  }

  /**
   * The provenance of the rule the formula comes from, carried by every breakdown.
   *
   * @return the provenance ({@link Provenance#PUBLISHED} unless set)
   */
  public Provenance provenance() {
    return provenance;
  }

  /**
   * A copy whose breakdowns carry another provenance.
   *
   * @param newProvenance the provenance of the rule the formula comes from
   * @return the copy
   * @throws NullPointerException if {@code newProvenance} is null
   */
  public FundingFormula withProvenance(Provenance newProvenance) {
    return new FundingFormula(interest, band, scaling, cap, capStage, precision,
        Objects.requireNonNull(newProvenance, "newProvenance"));
  }

  /**
   * Computes a rate with every intermediate figure.
   *
   * <p>The published figure is computed in decimal: the premium as its shortest decimal
   * (how a venue publishes it), the parts' parameters likewise, and every step of the formula
   * exactly, so an exact decimal tie rounds as the venue rounds it (Hyperliquid
   * {@code 0.00127415}: {@code (0.00127415 − 0.0005) / 8 = 0.00009676875}, published
   * {@code 0.0000967688}, where the binary double gives {@code …687}). The double figures of
   * the breakdown are the fast path's. Parts implemented outside this package publish from the
   * double.
   *
   * @param averagePremium the interval's average premium {@code P}, a finite fraction
   * @param interval the symbol's funding interval, positive
   * @return the breakdown, whose {@code rate} carries {@code interval}
   * @throws NullPointerException if {@code interval} is null
   * @throws IllegalArgumentException if {@code averagePremium} is NaN or infinite, or the
   *     interval is not positive
   */
  public FundingBreakdown apply(double averagePremium, Duration interval) {
    // The hot path is kept small enough for the JIT to inline it into the caller (the
    // venue's rate(P, terms) and its loop), so that the breakdown can be scalar-replaced
    // when the caller reads only some figures (measured: 96 B per call before, 0 after, with
    // rate(P, terms) compiled to 1.5 KB against InlineSmallCode's 2.5 KB). It covers the shape
    // of most venues (clamp band, fixed or proportional scaling) on the memoised interval,
    // with the same operations in the same order as band.raw/term, scaling.scale and
    // cap.apply/binds, so its figures are bit-identical to the general path's; anything
    // else, including every input or figure that would throw, goes to the general path,
    // which throws as before.
    InterestAt at = lastInterest;
    if (at == null || at.shape == GENERAL || !Double.isFinite(averagePremium)
        || at.interval != interval && !at.interval.equals(interval)) {
      return applyGeneral(averagePremium, interval);
    }
    // Split off so that each method stays under the JIT's hot inlining limit (325 bytes).
    return applyClamp(at, averagePremium, interval);
  }

  /** The straight-line path of {@link #apply} for the memoised clamp shape {@code at}. */
  private FundingBreakdown applyClamp(InterestAt at, double averagePremium, Duration interval) {
    double p = averagePremium + 0.0;  // as ArgChecks.finite returns it
    double i = at.rate;
    double h = at.halfWidth;
    // Math.min/max compile to branch-free code, so premiums either side of the band do not
    // cost branch mispredictions; the same for | rather than || in the cap test.
    double raw = Math.max(p - h, Math.min(p + h, i)) + 0.0;
    double term = Math.max(-h, Math.min(h, i - p)) + 0.0;
    boolean divide = at.shape == CLAMP_DIVIDE;
    double scaled = divide ? raw / at.divisor + 0.0 : raw * at.factor + 0.0;
    double lo = at.floor;
    double hi = at.cap;
    boolean capped;
    double value;
    if (at.capAfterScaling) {
      capped = scaled > hi | scaled < lo;
      value = Math.min(hi, Math.max(lo, scaled)) + 0.0;
    } else {
      capped = raw > hi | raw < lo;
      double c = Math.min(hi, Math.max(lo, raw)) + 0.0;
      value = divide ? c / at.divisor + 0.0 : c * at.factor + 0.0;
    }
    if (!Double.isFinite(i * term * raw * scaled * value)) {
      return applyGeneral(averagePremium, interval);
    }
    // The breakdown keeps the rate's value and interval (value finite here, interval the
    // memoised positive one) and makes the FundingRate when rate() is read, so this path
    // allocates one object, which the JIT can drop when the caller reads only figures.
    return new FundingBreakdown(p, i, term, raw, scaled, capped, value, interval, this,
        provenance);
  }

  /** {@link #apply} through the parts' own methods, with every check and message. */
  private FundingBreakdown applyGeneral(double averagePremium, Duration interval) {
    double p = ArgChecks.finite("averagePremium", averagePremium);
    ArgChecks.positive("interval", interval);
    InterestAt at = at(interval);
    double i = at.rate;
    double raw = band.raw(p, i);
    double scaled = scale(raw, interval, at);
    double term = band.term(p, i);
    // One test for the figures this formula computed from a finite premium, before the cap
    // sees them: a non-finite figure makes the product non-finite, and an overflow of the
    // product alone (figures near 1e100) only sends the check to the slow path that names it.
    if (!Double.isFinite(i * term * raw * scaled)) {
      checkFigures(i, term, raw, scaled);
    }
    boolean capped = capStage == CapStage.AFTER_SCALING ? cap.binds(scaled) : cap.binds(raw);
    // A cap only shrinks a finite figure, so the value is finite once the scaled rate is.
    double value = capStage == CapStage.AFTER_SCALING ? cap.apply(scaled)
        : scale(cap.apply(raw), interval, at);
    // The published decimal string is made by published() only when asked for.
    FundingRate rate = FundingRate.of(value, interval);  // validates value and interval
    return new FundingBreakdown(p, i, term, raw, scaled, capped, rate.value(), rate.interval(),
        this, provenance);
  }

  /** Throws naming the first non-finite figure (the message of the per-figure checks). */
  private static void checkFigures(double i, double term, double raw, double scaled) {
    overflowed("interest", i);
    overflowed("clampTerm", term);
    overflowed("raw", raw);
    overflowed("scaled", scaled);
  }

  /** A figure computed from a finite premium that is not finite overflowed a double. */
  private static void overflowed(String figure, double value) {
    if (!Double.isFinite(value)) {
      throw new FundingOverflowException(
          figure + " must be finite, was " + value + " (the formula's figures overflow a double)");
    }
  }

  /** The published decimal string of a rate this formula computed from {@code p}. */
  String publish(double p, FundingRate rate) {
    return precision.isUnrounded() ? precision.publish(rate.value())
        : ExactDecimal.publish(this, p, rate.interval(), rate.value());
  }

  /** The interest component's rate for {@code interval}, memoised for the last interval. */
  private double interestFor(Duration interval) {
    return at(interval).rate;
  }

  private InterestAt at(Duration interval) {
    InterestAt last = lastInterest;
    if (last != null && last.interval.equals(interval)) {
      return last;
    }
    double f = scaling instanceof ProportionalScaling ? scaling.factor(interval) : Double.NaN;
    double rate = interest.rateFor(interval);
    int shape = GENERAL;
    double h = Double.NaN;
    double d = Double.NaN;
    if (band instanceof ClampBand) {
      h = ((ClampBand) band).halfWidth();
      if (scaling instanceof FixedDivisor) {
        shape = CLAMP_DIVIDE;
        d = ((FixedDivisor) scaling).divisor();
      } else if (scaling instanceof ProportionalScaling) {
        shape = CLAMP_MULTIPLY;
      }
    }
    last = new InterestAt(interval, rate, f, shape, h, d, cap.floor(), cap.cap(),
        capStage == CapStage.AFTER_SCALING);
    lastInterest = last;
    return last;
  }

  /** {@code scaling.scale(rate, interval)}, with a proportional factor taken from the memo. */
  private double scale(double rate, Duration interval, InterestAt at) {
    // ProportionalScaling uses the interface's scale: rate × factor(interval) + 0.0.
    return scaling instanceof ProportionalScaling ? rate * at.factor + 0.0
        : scaling.scale(rate, interval);
  }

  /**
   * The final, unrounded rate per {@code interval}; allocates nothing.
   *
   * @param averagePremium the interval's average premium {@code P}, a finite fraction
   * @param interval the symbol's funding interval, positive
   * @return the rate, a fraction per {@code interval}
   * @throws NullPointerException if {@code interval} is null
   * @throws IllegalArgumentException if {@code averagePremium} is NaN or infinite, or the
   *     interval is not positive
   */
  public double rate(double averagePremium, Duration interval) {
    double p = ArgChecks.finite("averagePremium", averagePremium);
    ArgChecks.positive("interval", interval);
    InterestAt at = at(interval);
    double raw = band.raw(p, at.rate);
    return capStage == CapStage.AFTER_SCALING ? cap.apply(scale(raw, interval, at))
        : scale(cap.apply(raw), interval, at);
  }

  /**
   * Final, unrounded rates for many premiums on one interval, written into {@code out};
   * allocates nothing per element. {@code out} may be {@code premiums} itself.
   *
   * @param premiums the average premiums, finite fractions
   * @param interval the symbol's funding interval, positive
   * @param out receives {@code rates[k]} for {@code premiums[k]}, at least as long as
   *     {@code premiums}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code out} is too short, a premium is NaN or
   *     infinite (naming its index; nothing is written then), or
   *     the interval is not positive
   */
  public void rates(double[] premiums, Duration interval, double[] out) {
    Objects.requireNonNull(premiums, "premiums");
    Objects.requireNonNull(out, "out");
    ArgChecks.positive("interval", interval);
    if (out.length < premiums.length) {
      throw new IllegalArgumentException(
          "out must have at least " + premiums.length + " elements, was " + out.length);
    }
    double i = interestFor(interval);
    int n = premiums.length;
    for (int k = 0; k < n; k++) {  // checked first, so nothing is written on failure
      if (!Double.isFinite(premiums[k])) {
        throw new IllegalArgumentException(
            "premiums[" + k + "] must be finite, was " + premiums[k]);
      }
    }
    if (band instanceof ClampBand && capStage == CapStage.AFTER_SCALING
        && (scaling instanceof FixedDivisor || scaling instanceof ProportionalScaling)) {
      // The common venue shape as straight-line min/max arithmetic over the arrays, with no
      // calls per element, so that the JIT can vectorise it; the same operations in the same
      // order as band.raw, scaling.scale and cap.apply, so the results are bit-identical.
      double h = ((ClampBand) band).halfWidth();
      double lo = cap.floor();
      double hi = cap.cap();
      if (scaling instanceof FixedDivisor) {
        double d = ((FixedDivisor) scaling).divisor();
        for (int k = 0; k < n; k++) {
          double p = premiums[k] + 0.0;
          double raw = Math.max(p - h, Math.min(p + h, i)) + 0.0;
          out[k] = Math.min(hi, Math.max(lo, raw / d + 0.0)) + 0.0;
        }
      } else {
        double f = scaling.factor(interval);
        for (int k = 0; k < n; k++) {
          double p = premiums[k] + 0.0;
          double raw = Math.max(p - h, Math.min(p + h, i)) + 0.0;
          out[k] = Math.min(hi, Math.max(lo, raw * f + 0.0)) + 0.0;
        }
      }
      return;
    }
    for (int k = 0; k < n; k++) {
      double raw = band.raw(premiums[k] + 0.0, i);
      out[k] = finalRate(raw, scaling.scale(raw, interval), interval);
    }
  }

  private double finalRate(double raw, double scaled, Duration interval) {
    return capStage == CapStage.AFTER_SCALING
        ? cap.apply(scaled)
        : scaling.scale(cap.apply(raw), interval);
  }

  /** Same parts. */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof FundingFormula)) {
      return false;
    }
    FundingFormula other = (FundingFormula) obj;
    return interest.equals(other.interest) && band.equals(other.band)
        && scaling.equals(other.scaling) && cap.equals(other.cap)
        && capStage == other.capStage && precision.equals(other.precision)
        && provenance == other.provenance;
  }

  @Override
  public int hashCode() {
    return Objects.hash(interest, band, scaling, cap, capStage, precision, provenance);
  }

  /** The parts, such as {@code FundingFormula[fixed 0.01%/8h, clamp ±0.05%, …]}. */
  @Override
  public String toString() {
    return "FundingFormula[interest " + interest + ", " + band + ", " + scaling + ", cap " + cap
        + " " + capStage + ", published " + precision
        + (provenance == Provenance.PUBLISHED ? "" : ", " + provenance) + "]";
  }

  private Object writeReplace() {
    return new SerializedForm(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("FundingFormula is read through its serialization proxy");
  }

  /** The serial form: what the factory needs, re-validated by it on reading. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final InterestComponent interest;
    private final PremiumBand band;
    private final IntervalScaling scaling;
    private final FundingCap cap;
    private final CapStage capStage;
    private final PublishedPrecision precision;
    private final Provenance provenance;

    SerializedForm(FundingFormula source) {
      this.interest = source.interest;
      this.band = source.band;
      this.scaling = source.scaling;
      this.cap = source.cap;
      this.capStage = source.capStage;
      this.precision = source.precision;
      this.provenance = source.provenance;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        return FundingFormula.of(interest, band, scaling, cap, capStage, precision)
            .withProvenance(provenance);
      } catch (RuntimeException e) {
        InvalidObjectException ex = new InvalidObjectException("invalid FundingFormula: " + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }
}
