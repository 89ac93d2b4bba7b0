package dev.fundingkit.core.venue;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.formula.CapStage;
import dev.fundingkit.core.formula.FundingBreakdown;
import dev.fundingkit.core.formula.FundingCap;
import dev.fundingkit.core.formula.FundingFormula;
import dev.fundingkit.core.formula.InterestComponent;
import dev.fundingkit.core.formula.IntervalScaling;
import dev.fundingkit.core.formula.MarginCapRule;
import dev.fundingkit.core.formula.PremiumBand;
import dev.fundingkit.core.formula.PublishedPrecision;
import dev.fundingkit.core.premium.AveragingScheme;
import dev.fundingkit.core.premium.PremiumSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One version of a venue's funding rule, in force from {@link #effectiveFrom()} until the
 * next version: its formula parts, premium averaging, sampling cadence, default interval,
 * published precision, and how it turns a symbol's terms into a rate.
 *
 * <p>Parts the venue has not published are <em>unknown</em>, never guessed: their accessors,
 * and any computation that needs them, throw {@link UnknownFundingRuleException} naming the
 * part, the venue and the version. {@link #isFormulaKnown()} says whether a rate can be
 * computed at all.
 *
 * <p>Cap resolution for {@link #formulaFor(SymbolTerms)}: an explicit cap in the terms wins;
 * else margin rates in the terms go through the venue's {@link #marginCapRule()}; else the
 * rule's {@link #defaultCap()}. An interest override in the terms replaces the interest
 * component with a fixed {@code I}.
 *
 * <p>Immutable and thread-safe, with value equality.
 */
public final class FundingRule {

  private final String venueId;
  private final Instant effectiveFrom;
  private final String formulaText;
  private final String source;
  private final String gaps;
  private final Duration defaultInterval;
  private final InterestComponent interest;
  private final PremiumBand band;
  private final IntervalScaling scaling;
  private final CapStage capStage;
  private final FundingCap defaultCap;
  private final MarginCapRule marginCapRule;
  private final PublishedPrecision precision;
  private final AveragingScheme averaging;
  private final Duration sampleCadence;

  private FundingRule(Builder b) {
    this.venueId = b.venueId;
    this.effectiveFrom = b.effectiveFrom;
    this.formulaText = Objects.requireNonNull(b.formulaText, "formulaText");
    this.source = Objects.requireNonNull(b.source, "source");
    this.gaps = b.gaps;
    this.defaultInterval = ArgChecks.positive("defaultInterval", b.defaultInterval);
    this.interest = b.interest;
    this.band = b.band;
    this.scaling = b.scaling;
    this.capStage = b.capStage;
    this.defaultCap = b.defaultCap;
    this.marginCapRule = b.marginCapRule;
    this.precision = b.precision;
    this.averaging = b.averaging;
    this.sampleCadence = b.sampleCadence;
  }

  /** Starts a rule version; parts left unset are unknown. */
  static Builder builder(String venueId, Instant effectiveFrom) {
    return new Builder(venueId, effectiveFrom);
  }

  /**
   * The venue's id.
   *
   * @return the id, such as {@code binance-usdm}
   */
  public String venueId() {
    return venueId;
  }

  /**
   * The first instant this version is in force (inclusive).
   *
   * @return the effective instant
   */
  public Instant effectiveFrom() {
    return effectiveFrom;
  }

  /**
   * The formula in the venue's notation, such as
   * {@code F = [P + clamp(I − P, ±0.05%)] / (8/N)}.
   *
   * @return the formula text
   */
  public String formulaText() {
    return formulaText;
  }

  /**
   * Where the rule comes from: the venue's document or announcement and its date.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * The interval a symbol settles on unless its terms say otherwise.
   *
   * @return the default interval
   */
  public Duration defaultInterval() {
    return defaultInterval;
  }

  /**
   * The interest component.
   *
   * @return the interest component
   * @throws UnknownFundingRuleException if the venue has not published it
   */
  public InterestComponent interest() {
    return known(interest, "interest component");
  }

  /**
   * How premium and interest combine (clamp band, damper or none).
   *
   * @return the premium band
   * @throws UnknownFundingRuleException if the venue has not published it
   */
  public PremiumBand band() {
    return known(band, "clamp/damper band");
  }

  /**
   * How the raw rate scales to a symbol's interval.
   *
   * @return the scaling
   * @throws UnknownFundingRuleException if the venue has not published it
   */
  public IntervalScaling scaling() {
    return known(scaling, "interval scaling");
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
   * The cap applied when a symbol's terms give neither a cap nor margin rates.
   *
   * @return the default cap, {@link FundingCap#none()} when the venue has no fixed cap
   */
  public FundingCap defaultCap() {
    return defaultCap;
  }

  /**
   * How the venue derives a cap from margin rates.
   *
   * @return the margin cap rule
   * @throws UnknownFundingRuleException if the venue has not published one
   */
  public MarginCapRule marginCapRule() {
    return known(marginCapRule, "cap rule from margin rates (IMR/MMR)");
  }

  /**
   * How the venue publishes rates.
   *
   * @return the precision ({@link PublishedPrecision#unrounded()} where undocumented)
   */
  public PublishedPrecision precision() {
    return precision;
  }

  /**
   * How the venue averages the interval's premium samples.
   *
   * @return the averaging scheme
   * @throws UnknownFundingRuleException if the venue has not published it
   */
  public AveragingScheme averaging() {
    return known(averaging, "premium averaging scheme");
  }

  /**
   * The time between premium samples.
   *
   * @return the sampling cadence, such as 5 s on Binance
   * @throws UnknownFundingRuleException if the venue has not published it
   */
  public Duration sampleCadence() {
    return known(sampleCadence, "premium sampling cadence");
  }

  /**
   * How many premium samples one interval holds: {@code interval / sampleCadence}
   * (Binance: 5,760 for 8 h).
   *
   * @param interval the symbol's interval, positive and a whole number of samples
   * @return the sample count
   * @throws NullPointerException if {@code interval} is null
   * @throws IllegalArgumentException if {@code interval} is not positive or not a whole
   *     multiple of the cadence
   * @throws UnknownFundingRuleException if the cadence is unknown
   */
  public long samplesPer(Duration interval) {
    ArgChecks.positive("interval", interval);
    Duration cadence = sampleCadence();
    if (interval.toNanos() % cadence.toNanos() != 0) {
      throw new IllegalArgumentException("interval must be a whole number of "
          + cadence + " samples, was " + interval);
    }
    return interval.toNanos() / cadence.toNanos();
  }

  /**
   * Whether a rate can be computed: the interest, band and scaling are all known.
   *
   * @return {@code true} when {@link #formulaFor(SymbolTerms)} can succeed
   */
  public boolean isFormulaKnown() {
    return interest != null && band != null && scaling != null;
  }

  /**
   * Terms for a symbol on the default interval with the venue's interest and default cap.
   *
   * @return the default terms
   */
  public SymbolTerms defaultTerms() {
    return SymbolTerms.of(defaultInterval);
  }

  /**
   * The cap for a symbol's terms: explicit cap, else derived from margin rates by the venue's
   * rule, else the default cap.
   *
   * @param terms the symbol's terms
   * @return the cap
   * @throws NullPointerException if {@code terms} is null
   * @throws UnknownFundingRuleException if the terms give margin rates and the venue's margin
   *     cap rule is unknown
   */
  public FundingCap capFor(SymbolTerms terms) {
    Objects.requireNonNull(terms, "terms");
    if (terms.cap().isPresent()) {
      return terms.cap().get();
    }
    if (terms.margin().isPresent()) {
      return marginCapRule().capFor(terms.margin().get());
    }
    return defaultCap;
  }

  /**
   * The formula for one symbol: this version's parts with the symbol's interest override and
   * cap.
   *
   * @param terms the symbol's terms
   * @return the formula
   * @throws NullPointerException if {@code terms} is null
   * @throws UnknownFundingRuleException naming every missing part if the formula is not known
   */
  public FundingFormula formulaFor(SymbolTerms terms) {
    Objects.requireNonNull(terms, "terms");
    if (!isFormulaKnown()) {
      List<String> missing = new ArrayList<>();
      if (interest == null && terms.interest().isEmpty()) {
        missing.add("interest component");
      }
      if (band == null) {
        missing.add("clamp/damper band");
      }
      if (scaling == null) {
        missing.add("interval scaling");
      }
      if (!missing.isEmpty()) {
        throw unknown(String.join(", ", missing));
      }
    }
    InterestComponent i = terms.interest().isPresent()
        ? InterestComponent.fixed(terms.interest().getAsDouble(), defaultInterval)
        : interest;
    return FundingFormula.of(i, band, scaling, capFor(terms), capStage, precision);
  }

  /**
   * The rate a symbol pays for an interval's average premium.
   *
   * @param averagePremium the interval's average premium as the venue defines it, a finite
   *     fraction
   * @param terms the symbol's terms (interval, interest override, cap)
   * @return the breakdown; its rate is per {@code terms.interval()}
   * @throws NullPointerException if {@code terms} is null
   * @throws IllegalArgumentException if {@code averagePremium} is NaN or infinite
   * @throws UnknownFundingRuleException if a part the computation needs is unknown
   */
  public FundingBreakdown rate(double averagePremium, SymbolTerms terms) {
    ArgChecks.finite("averagePremium", averagePremium);
    return formulaFor(terms).apply(averagePremium, terms.interval());
  }

  /**
   * The rate a symbol pays for an interval's premium samples, averaged by this version's
   * scheme.
   *
   * @param samples the interval's premium samples
   * @param terms the symbol's terms (interval, interest override, cap)
   * @return the breakdown; its rate is per {@code terms.interval()}
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the scheme needs samples and there are none
   * @throws UnknownFundingRuleException if a part the computation needs is unknown
   */
  public FundingBreakdown rate(PremiumSeries samples, SymbolTerms terms) {
    Objects.requireNonNull(samples, "samples");
    Objects.requireNonNull(terms, "terms");
    FundingFormula formula = formulaFor(terms);
    return formula.apply(samples.average(averaging()), terms.interval());
  }

  private <T> T known(T part, String name) {
    if (part == null) {
      throw unknown(name);
    }
    return part;
  }

  private UnknownFundingRuleException unknown(String parts) {
    return new UnknownFundingRuleException(venueId, parts + " not known for the rule in force"
        + " from " + effectiveFrom + (gaps == null ? "" : " (" + gaps + ")"));
  }

  /** Same venue, effective instant, texts and parts. */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof FundingRule)) {
      return false;
    }
    FundingRule o = (FundingRule) obj;
    return venueId.equals(o.venueId) && effectiveFrom.equals(o.effectiveFrom)
        && formulaText.equals(o.formulaText) && source.equals(o.source)
        && Objects.equals(gaps, o.gaps) && defaultInterval.equals(o.defaultInterval)
        && Objects.equals(interest, o.interest) && Objects.equals(band, o.band)
        && Objects.equals(scaling, o.scaling) && capStage == o.capStage
        && defaultCap.equals(o.defaultCap) && Objects.equals(marginCapRule, o.marginCapRule)
        && precision.equals(o.precision) && Objects.equals(averaging, o.averaging)
        && Objects.equals(sampleCadence, o.sampleCadence);
  }

  @Override
  public int hashCode() {
    return Objects.hash(venueId, effectiveFrom, formulaText, defaultInterval, interest, band,
        scaling, capStage, defaultCap, marginCapRule, precision, averaging, sampleCadence);
  }

  /** Such as {@code binance-usdm from 2025-09-18T08:01:00Z: F = [P + …] / (8/N)}. */
  @Override
  public String toString() {
    return venueId + " from " + effectiveFrom + ": " + formulaText;
  }

  /** Declares a rule version; every venue's data is written with it. */
  static final class Builder {
    private final String venueId;
    private final Instant effectiveFrom;
    private String formulaText;
    private String source;
    private String gaps;
    private Duration defaultInterval;
    private InterestComponent interest;
    private PremiumBand band;
    private IntervalScaling scaling;
    private CapStage capStage = CapStage.AFTER_SCALING;
    private FundingCap defaultCap = FundingCap.none();
    private MarginCapRule marginCapRule;
    private PublishedPrecision precision = PublishedPrecision.unrounded();
    private AveragingScheme averaging;
    private Duration sampleCadence;

    private Builder(String venueId, Instant effectiveFrom) {
      this.venueId = Objects.requireNonNull(venueId, "venueId");
      this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }

    /** The formula in the venue's notation. Required. */
    Builder formula(String text) {
      this.formulaText = text;
      return this;
    }

    /** The venue document(s) and dates. Required. */
    Builder source(String text) {
      this.source = text;
      return this;
    }

    /** Why unknown parts are unknown; appended to every unknown-part message. */
    Builder gaps(String text) {
      this.gaps = text;
      return this;
    }

    /** Required. */
    Builder defaultInterval(Duration value) {
      this.defaultInterval = value;
      return this;
    }

    Builder interest(InterestComponent value) {
      this.interest = Objects.requireNonNull(value, "interest");
      return this;
    }

    Builder band(PremiumBand value) {
      this.band = Objects.requireNonNull(value, "band");
      return this;
    }

    Builder scaling(IntervalScaling value) {
      this.scaling = Objects.requireNonNull(value, "scaling");
      return this;
    }

    /** Defaults to {@link CapStage#AFTER_SCALING}. */
    Builder capStage(CapStage value) {
      this.capStage = Objects.requireNonNull(value, "capStage");
      return this;
    }

    /** Defaults to {@link FundingCap#none()}. */
    Builder defaultCap(FundingCap value) {
      this.defaultCap = Objects.requireNonNull(value, "defaultCap");
      return this;
    }

    Builder marginCapRule(MarginCapRule value) {
      this.marginCapRule = Objects.requireNonNull(value, "marginCapRule");
      return this;
    }

    /** Defaults to {@link PublishedPrecision#unrounded()}. */
    Builder precision(PublishedPrecision value) {
      this.precision = Objects.requireNonNull(value, "precision");
      return this;
    }

    Builder averaging(AveragingScheme value) {
      this.averaging = Objects.requireNonNull(value, "averaging");
      return this;
    }

    Builder sampleCadence(Duration value) {
      this.sampleCadence = ArgChecks.positive("sampleCadence", value);
      return this;
    }

    /** A copy of every part, for a later version that changes only some of them. */
    Builder from(FundingRule earlier) {
      this.formulaText = earlier.formulaText;
      this.source = earlier.source;
      this.gaps = earlier.gaps;
      this.defaultInterval = earlier.defaultInterval;
      this.interest = earlier.interest;
      this.band = earlier.band;
      this.scaling = earlier.scaling;
      this.capStage = earlier.capStage;
      this.defaultCap = earlier.defaultCap;
      this.marginCapRule = earlier.marginCapRule;
      this.precision = earlier.precision;
      this.averaging = earlier.averaging;
      this.sampleCadence = earlier.sampleCadence;
      return this;
    }

    FundingRule build() {
      return new FundingRule(this);
    }
  }
}
