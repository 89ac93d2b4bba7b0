package dev.fundingkit.examples.report.page;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.series.FundingGap;
import dev.fundingkit.core.series.FundingSeries;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything the HTML report page shows, as plain values: the page model. It knows nothing of
 * how the figures were computed; {@link ReportPageAdapter} builds it from a
 * {@link dev.fundingkit.examples.report.FundingReport}, and {@link PageJson} embeds it once in
 * the page as JSON, from which the page's script draws every chart and table.
 *
 * <p>Every rate is a {@link FundingRate} (value and interval), so the page can show it per
 * settlement interval, per 8 h or annualised at the reader's choice; fractions of notional
 * (backtest results, cumulative funding) are not rates and are shown in % whatever the unit.
 *
 * <p>Immutable and thread-safe (lists are copied in).
 *
 * @param title the page title, naming the data and whether it is synthetic
 * @param synthetic whether any of the data is synthetic (the page then shows a banner)
 * @param primary the series analysed: the OU fit, signals, regimes, half-lives and backtest
 *     are of this one
 * @param primaryLabel the legend label of {@code primary}
 * @param comparison the series drawn together on the venue chart (including the primary),
 *     possibly just the primary
 * @param spread the two comparison labels whose difference the spread chart shows first, or
 *     an empty list when there are fewer than two series
 * @param heatmap mean funding per venue and symbol, possibly empty
 * @param levels horizontal lines on the funding chart (μ, bands, entry and exit levels)
 * @param signals reverse-farm entries and exits on the primary series
 * @param episodes every regime episode on the primary series, oldest first
 * @param gaps every gap in every series
 * @param halfLives every rolling half-life window, fitted or not
 * @param backtest the backtest of the signals
 * @param figures the headline figures table
 * @param provenance where the data came from, as label/value facts
 * @param injected episodes written into synthetic data on purpose, possibly empty
 * @param notes method and caveat sentences
 */
public record ReportPage(
    String title,
    boolean synthetic,
    FundingSeries primary,
    String primaryLabel,
    List<NamedSeries> comparison,
    List<String> spread,
    List<HeatCell> heatmap,
    List<Level> levels,
    List<Signal> signals,
    List<Episode> episodes,
    List<SeriesGap> gaps,
    List<HalfLife> halfLives,
    Backtest backtest,
    List<Figure> figures,
    List<Fact> provenance,
    List<Injected> injected,
    List<String> notes) {

  /**
   * Validates the page.
   *
   * @param title the title
   * @param synthetic whether the data is synthetic
   * @param primary the analysed series
   * @param primaryLabel its label
   * @param comparison the comparison series
   * @param spread zero or two comparison labels
   * @param heatmap the heatmap cells
   * @param levels the level lines
   * @param signals the signals
   * @param episodes the episodes
   * @param gaps the gaps
   * @param halfLives the half-life windows
   * @param backtest the backtest
   * @param figures the figures
   * @param provenance the provenance facts
   * @param injected the injected episodes
   * @param notes the notes
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if {@code spread} holds neither zero nor two labels of
   *     the comparison series
   */
  public ReportPage {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(primary, "primary");
    Objects.requireNonNull(primaryLabel, "primaryLabel");
    comparison = List.copyOf(comparison);
    spread = List.copyOf(spread);
    heatmap = List.copyOf(heatmap);
    levels = List.copyOf(levels);
    signals = List.copyOf(signals);
    episodes = List.copyOf(episodes);
    gaps = List.copyOf(gaps);
    halfLives = List.copyOf(halfLives);
    Objects.requireNonNull(backtest, "backtest");
    figures = List.copyOf(figures);
    provenance = List.copyOf(provenance);
    injected = List.copyOf(injected);
    notes = List.copyOf(notes);
    if (!spread.isEmpty()) {
      List<String> labels = comparison.stream().map(NamedSeries::label).toList();
      if (spread.size() != 2 || !labels.containsAll(spread)) {
        throw new IllegalArgumentException(
            "spread must name two of the comparison series " + labels + ", was " + spread);
      }
    }
  }

  /**
   * A series with its legend label.
   *
   * @param label the label, e.g. {@code "Venue B (synthetic) BTC"}
   * @param series the series
   */
  public record NamedSeries(String label, FundingSeries series) {
    /**
     * Validates the pair.
     *
     * @param label the label
     * @param series the series
     * @throws NullPointerException if an argument is null
     */
    public NamedSeries {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(series, "series");
    }
  }

  /**
   * One heatmap cell: the mean funding of one symbol on one venue.
   *
   * @param venue the venue (row)
   * @param symbol the symbol (column)
   * @param mean the time-weighted mean rate
   */
  public record HeatCell(String venue, String symbol, FundingRate mean) {
    /**
     * Validates the cell.
     *
     * @param venue the venue
     * @param symbol the symbol
     * @param mean the mean
     * @throws NullPointerException if an argument is null
     */
    public HeatCell {
      Objects.requireNonNull(venue, "venue");
      Objects.requireNonNull(symbol, "symbol");
      Objects.requireNonNull(mean, "mean");
    }
  }

  /**
   * A horizontal level on the funding chart.
   *
   * @param label what the level is, e.g. {@code "μ"}
   * @param role how to draw it: {@code mean}, {@code band}, {@code entry} or {@code exit}
   * @param rate the level
   */
  public record Level(String label, String role, FundingRate rate) {
    /**
     * Validates the level.
     *
     * @param label the label
     * @param role the role
     * @param rate the level
     * @throws NullPointerException if an argument is null
     */
    public Level {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(rate, "rate");
    }
  }

  /**
   * A reverse-farm signal.
   *
   * @param time the settlement whose print triggered it
   * @param rate that print
   * @param z its z-score, finite
   * @param kind {@code ENTER} or {@code EXIT}
   */
  public record Signal(Instant time, FundingRate rate, double z, String kind) {
    /**
     * Validates the signal.
     *
     * @param time the time
     * @param rate the print
     * @param z the z-score
     * @param kind the kind
     * @throws NullPointerException if an object argument is null
     * @throws IllegalArgumentException if {@code z} is not finite
     */
    public Signal {
      Objects.requireNonNull(time, "time");
      Objects.requireNonNull(rate, "rate");
      z = ArgChecks.finite("z", z) + 0.0;
      Objects.requireNonNull(kind, "kind");
    }
  }

  /**
   * A regime episode with its cause and the evidence for it.
   *
   * @param kind the regime, e.g. {@code PERSISTENT_NEGATIVE}
   * @param cause the rule that found it, in words
   * @param start the first instant in the episode
   * @param end the first instant after it
   * @param settlements how many settlements fall inside
   * @param minimum the lowest rate
   * @param mean the time-weighted mean rate
   * @param evidence what the data shows, in words (spot move, depth)
   */
  public record Episode(String kind, String cause, Instant start, Instant end, int settlements,
      FundingRate minimum, FundingRate mean, String evidence) {
    /**
     * Validates the episode.
     *
     * @param kind the kind
     * @param cause the cause
     * @param start the start
     * @param end the end, after start
     * @param settlements the count, {@code >= 0}
     * @param minimum the lowest rate
     * @param mean the mean rate
     * @param evidence the evidence
     * @throws NullPointerException if an object argument is null
     * @throws IllegalArgumentException if the end is not after the start or the count negative
     */
    public Episode {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(cause, "cause");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      Objects.requireNonNull(minimum, "minimum");
      Objects.requireNonNull(mean, "mean");
      Objects.requireNonNull(evidence, "evidence");
      if (!end.isAfter(start)) {
        throw new IllegalArgumentException("end must be after start " + start + ", was " + end);
      }
      ArgChecks.nonNegative("settlements", settlements);
    }
  }

  /**
   * A gap in one of the series.
   *
   * @param series the label of the series
   * @param gap the gap
   */
  public record SeriesGap(String series, FundingGap gap) {
    /**
     * Validates the pair.
     *
     * @param series the label
     * @param gap the gap
     * @throws NullPointerException if an argument is null
     */
    public SeriesGap {
      Objects.requireNonNull(series, "series");
      Objects.requireNonNull(gap, "gap");
    }
  }

  /** How a rolling half-life window came out. */
  public enum WindowStatus {
    /** Fitted, with a half-life longer than the sampling interval. */
    FITTED,
    /**
     * Fitted, but the half-life is shorter than the spacing of the settlements: the data
     * cannot resolve it, so it is shown with a caveat.
     */
    SHORT_SPAN,
    /** The fit found no half-life (no mean reversion, flat or degenerate data). */
    FAILED,
    /** Too few settlements in the window to fit. */
    TOO_FEW
  }

  /**
   * One rolling half-life window.
   *
   * @param start the start of the window
   * @param end the end of the window
   * @param status how the fit came out
   * @param hours the half-life in hours, NaN unless fitted
   * @param lower the interval's lower bound in hours, NaN unless fitted
   * @param upper the interval's upper bound in hours, +∞ when unbounded, NaN unless fitted
   * @param note the verdict or the reason there is no fit
   */
  public record HalfLife(Instant start, Instant end, WindowStatus status, double hours,
      double lower, double upper, String note) {
    /**
     * Validates the window.
     *
     * @param start the start
     * @param end the end
     * @param status the status
     * @param hours the half-life
     * @param lower the lower bound
     * @param upper the upper bound
     * @param note the note
     * @throws NullPointerException if an object argument is null
     * @throws IllegalArgumentException if a fitted window lacks a positive finite half-life
     */
    public HalfLife {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(note, "note");
      boolean fitted = status == WindowStatus.FITTED || status == WindowStatus.SHORT_SPAN;
      if (fitted && !(hours > 0 && Double.isFinite(hours))) {
        throw new IllegalArgumentException("hours must be finite and > 0, was " + hours);
      }
    }
  }

  /**
   * One backtest round trip; cash flows are fractions of notional.
   *
   * @param entry when it opened
   * @param exit when it closed, or the last settlement if still open
   * @param open whether it was still open at the end
   * @param settlements how many settlements it collected or paid
   * @param funding funding received
   * @param borrow borrow paid
   * @param net the net result
   */
  public record Trade(Instant entry, Instant exit, boolean open, int settlements,
      double funding, double borrow, double net) {
    /**
     * Validates the trade.
     *
     * @param entry the entry
     * @param exit the exit
     * @param open whether still open
     * @param settlements the count
     * @param funding the funding
     * @param borrow the borrow
     * @param net the net
     * @throws NullPointerException if an instant is null
     * @throws IllegalArgumentException if a figure is not finite or the count negative
     */
    public Trade {
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(exit, "exit");
      ArgChecks.nonNegative("settlements", settlements);
      funding = ArgChecks.finite("funding", funding) + 0.0;
      borrow = ArgChecks.finite("borrow", borrow) + 0.0;
      net = ArgChecks.finite("net", net) + 0.0;
    }
  }

  /**
   * The backtest: its trades, its equity curve and what to say about it.
   *
   * @param trades every round trip
   * @param equityTimes the equity curve's instants
   * @param equity the cumulative net per unit notional at each instant
   * @param remark a sentence about the result (e.g. why no trade was made)
   */
  public record Backtest(List<Trade> trades, List<Instant> equityTimes, List<Double> equity,
      String remark) {
    /**
     * Validates the backtest.
     *
     * @param trades the trades
     * @param equityTimes the instants
     * @param equity the equity, one per instant
     * @param remark the remark
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if the lengths differ
     */
    public Backtest {
      trades = List.copyOf(trades);
      equityTimes = List.copyOf(equityTimes);
      equity = List.copyOf(equity);
      Objects.requireNonNull(remark, "remark");
      if (equity.size() != equityTimes.size()) {
        throw new IllegalArgumentException(
            "equity must have " + equityTimes.size() + " values, was " + equity.size());
      }
    }
  }

  /** How a headline figure is shown. */
  public enum FigureKind {
    /** A rate, shown in the unit the reader picked. */
    RATE,
    /** A fraction shown in % (not a rate per time). */
    PERCENT,
    /** A duration in hours. */
    HOURS,
    /** A plain number. */
    NUMBER,
    /** Text. */
    TEXT
  }

  /**
   * One headline figure.
   *
   * @param section the table section
   * @param label what it is
   * @param kind how to show it
   * @param value the number (a rate's value for {@code RATE}), NaN when there is none
   * @param intervalMillis the rate's interval for {@code RATE}, else 0
   * @param text the text for {@code TEXT}, or a remark after the number, possibly empty
   */
  public record Figure(String section, String label, FigureKind kind, double value,
      long intervalMillis, String text) {
    /**
     * Validates the figure.
     *
     * @param section the section
     * @param label the label
     * @param kind the kind
     * @param value the value
     * @param intervalMillis the interval
     * @param text the text
     * @throws NullPointerException if an object argument is null
     * @throws IllegalArgumentException if a rate has no positive interval
     */
    public Figure {
      Objects.requireNonNull(section, "section");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
      if (kind == FigureKind.RATE && intervalMillis <= 0) {
        throw new IllegalArgumentException("intervalMillis must be > 0, was " + intervalMillis);
      }
    }

    /**
     * A rate figure.
     *
     * @param section the section
     * @param label the label
     * @param rate the rate
     * @return the figure
     * @throws NullPointerException if an argument is null
     */
    public static Figure rate(String section, String label, FundingRate rate) {
      return new Figure(section, label, FigureKind.RATE, rate.value(),
          rate.interval().toMillis(), "");
    }

    /**
     * A text figure.
     *
     * @param section the section
     * @param label the label
     * @param text the text
     * @return the figure
     * @throws NullPointerException if an argument is null
     */
    public static Figure text(String section, String label, String text) {
      return new Figure(section, label, FigureKind.TEXT, Double.NaN, 0, text);
    }
  }

  /**
   * A label and a value, for provenance.
   *
   * @param label the label
   * @param value the value
   */
  public record Fact(String label, String value) {
    /**
     * Validates the fact.
     *
     * @param label the label
     * @param value the value
     * @throws NullPointerException if an argument is null
     */
    public Fact {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * An episode written into synthetic data on purpose.
   *
   * @param kind the regime it should produce
   * @param start its start
   * @param end its end
   * @param level the designed funding level
   * @param spotChange the designed spot move, a fraction
   * @param story what it stands for
   */
  public record Injected(String kind, Instant start, Instant end, FundingRate level,
      double spotChange, String story) {
    /**
     * Validates the episode.
     *
     * @param kind the kind
     * @param start the start
     * @param end the end
     * @param level the level
     * @param spotChange the spot move
     * @param story the story
     * @throws NullPointerException if an object argument is null
     * @throws IllegalArgumentException if the spot move is not finite
     */
    public Injected {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      Objects.requireNonNull(level, "level");
      spotChange = ArgChecks.finite("spotChange", spotChange) + 0.0;
      Objects.requireNonNull(story, "story");
    }
  }
}
