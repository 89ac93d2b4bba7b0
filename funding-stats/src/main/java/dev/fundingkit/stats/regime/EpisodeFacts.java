package dev.fundingkit.stats.regime;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingRate;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * What is known about a negative-funding episode when judging its cause: its rate level, how
 * open interest and the price changed over it, and how long it lasted.
 *
 * <p>Built by name only ({@link #builder()}, {@link #builder(RegimeEpisode)}): the open interest
 * and price changes are both fractions, and swapping them silently changes the cause, so no
 * positional factory takes both.
 *
 * <p>Immutable and thread-safe; serializable through a proxy that re-validates.
 */
public final class EpisodeFacts implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final double SECONDS_PER_DAY = 86_400;
  private static final Duration EIGHT_HOURS = Duration.ofHours(8);

  private final FundingRate rate;
  private final double openInterestChange;
  private final double priceChange;
  private final Duration duration;

  private EpisodeFacts(
      FundingRate rate, double openInterestChange, double priceChange, Duration duration) {
    this.rate = Objects.requireNonNull(rate, "rate");
    this.openInterestChange = relativeChange("openInterestChange", openInterestChange);
    this.priceChange = relativeChange("priceChange", priceChange);
    this.duration = ArgChecks.positive("duration", duration);
  }

  /**
   * A builder with nothing set; every part must be set before {@link Builder#build()}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder seeded with a detected episode's time-weighted mean rate and duration; set the
   * open interest and price changes measured over {@code [start, end)}.
   *
   * @param episode the episode
   * @return the builder
   * @throws NullPointerException if {@code episode} is null
   */
  public static Builder builder(RegimeEpisode episode) {
    Objects.requireNonNull(episode, "episode");
    return new Builder().rate(episode.mean()).duration(episode.duration());
  }

  /**
   * The episode's rate level with its interval.
   *
   * @return the rate
   */
  public FundingRate rate() {
    return rate;
  }

  /**
   * The relative change of open interest over the episode ({@code 0.1} is +10%).
   *
   * @return the change, finite and {@code > -1}
   */
  public double openInterestChange() {
    return openInterestChange;
  }

  /**
   * The relative change of the price over the episode.
   *
   * @return the change, finite and {@code > -1}
   */
  public double priceChange() {
    return priceChange;
  }

  /**
   * How long the episode lasted.
   *
   * @return the duration, positive
   */
  public Duration duration() {
    return duration;
  }

  /**
   * The observed value of a feature, in the unit its signature bands use.
   *
   * @param feature the feature
   * @return the rate per 8 h, the OI or price change as a fraction, or the duration in days
   * @throws NullPointerException if {@code feature} is null
   */
  public double value(CauseFeature feature) {
    Objects.requireNonNull(feature, "feature");
    switch (feature) {
      case RATE:
        return rate.rescaleTo(EIGHT_HOURS).value();
      case OPEN_INTEREST:
        return openInterestChange;
      case PRICE:
        return priceChange;
      default:
        return (duration.getSeconds() + duration.getNano() / 1e9) / SECONDS_PER_DAY;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EpisodeFacts f && rate.equals(f.rate)
        && Double.compare(openInterestChange, f.openInterestChange) == 0
        && Double.compare(priceChange, f.priceChange) == 0 && duration.equals(f.duration);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rate, openInterestChange, priceChange, duration);
  }

  /** Such as {@code EpisodeFacts[rate=-0.02%/8h, openInterestChange=0.1, ...]}. */
  @Override
  public String toString() {
    return "EpisodeFacts[rate=" + rate + ", openInterestChange=" + openInterestChange
        + ", priceChange=" + priceChange + ", duration=" + duration + "]";
  }

  private static double relativeChange(String name, double value) {
    ArgChecks.finite(name, value);
    if (value <= -1) {
      throw new IllegalArgumentException(name + " must be > -1, was " + value);
    }
    return value + 0.0;
  }

  private Object writeReplace() {
    return new Proxy(rate, openInterestChange, priceChange, duration);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("EpisodeFacts is serialized through its proxy");
  }

  /** The serial form: the four parts, re-validated through the builder on reading. */
  private static final class Proxy implements Serializable {
    private static final long serialVersionUID = 1L;
    private final FundingRate rate;
    private final double openInterestChange;
    private final double priceChange;
    private final Duration duration;

    Proxy(FundingRate rate, double openInterestChange, double priceChange, Duration duration) {
      this.rate = rate;
      this.openInterestChange = openInterestChange;
      this.priceChange = priceChange;
      this.duration = duration;
    }

    private Object readResolve() {
      return new EpisodeFacts(rate, openInterestChange, priceChange, duration);
    }
  }

  /** Sets each part by name; not thread-safe. */
  public static final class Builder {
    private FundingRate rate;
    private double openInterestChange = Double.NaN;
    private double priceChange = Double.NaN;
    private Duration duration;

    private Builder() {}

    /**
     * The episode's rate level.
     *
     * @param value the rate, any interval
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder rate(FundingRate value) {
      this.rate = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * The relative change of open interest over the episode.
     *
     * @param value the change, finite and {@code > -1} ({@code 0.1} is +10%)
     * @return this builder
     * @throws IllegalArgumentException naming the parameter and the value
     */
    public Builder openInterestChange(double value) {
      this.openInterestChange = relativeChange("openInterestChange", value);
      return this;
    }

    /**
     * The relative change of the price over the episode.
     *
     * @param value the change, finite and {@code > -1}
     * @return this builder
     * @throws IllegalArgumentException naming the parameter and the value
     */
    public Builder priceChange(double value) {
      this.priceChange = relativeChange("priceChange", value);
      return this;
    }

    /**
     * How long the episode lasted.
     *
     * @param value the duration, positive
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is not positive
     */
    public Builder duration(Duration value) {
      this.duration = ArgChecks.positive("duration", value);
      return this;
    }

    /**
     * The facts.
     *
     * @return the facts
     * @throws IllegalStateException naming the first part that was not set
     */
    public EpisodeFacts build() {
      if (rate == null) {
        throw new IllegalStateException("rate was not set");
      }
      if (Double.isNaN(openInterestChange)) {
        throw new IllegalStateException("openInterestChange was not set");
      }
      if (Double.isNaN(priceChange)) {
        throw new IllegalStateException("priceChange was not set");
      }
      if (duration == null) {
        throw new IllegalStateException("duration was not set");
      }
      return new EpisodeFacts(rate, openInterestChange, priceChange, duration);
    }
  }
}
