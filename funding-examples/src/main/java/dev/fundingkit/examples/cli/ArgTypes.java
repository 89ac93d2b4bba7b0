package dev.fundingkit.examples.cli;

import dev.fundingkit.core.rate.AnnualizationBasis;
import dev.fundingkit.core.rate.FundingIntervals;
import dev.fundingkit.core.venue.FundingConvention;
import dev.fundingkit.io.Decimals;
import dev.fundingkit.io.RowFilter;
import dev.fundingkit.io.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Picocli converters for the argument types every command shares. Each turns a library
 * {@link IllegalArgumentException} into a {@link TypeConversionException}, which picocli reports
 * as {@code Invalid value for option '--x': <reason>}: one line naming the argument.
 */
final class ArgTypes {

  private ArgTypes() {}

  /** A finite decimal fraction, any sign ({@code -0.00307}, {@code 1e-4}); no NaN, no ∞. */
  static final class Fraction implements ITypeConverter<Double> {
    @Override
    public Double convert(String text) {
      try {
        return Decimals.parse(text);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A finite decimal zero or more (borrow rates, fees, margin ratios, tolerances). */
  static final class NonNegative implements ITypeConverter<Double> {
    @Override
    public Double convert(String text) {
      double value = new Fraction().convert(text);
      if (value < 0) {
        throw new TypeConversionException("must be >= 0, was " + text.trim());
      }
      return value;
    }
  }

  /** A finite decimal strictly above zero (prices, caps, margin rates). */
  static final class Positive implements ITypeConverter<Double> {
    @Override
    public Double convert(String text) {
      double value = new Fraction().convert(text);
      if (value <= 0) {
        throw new TypeConversionException("must be > 0, was " + text.trim());
      }
      return value;
    }
  }

  /** A venue id such as {@code binance-usdm}. */
  static final class Venue implements ITypeConverter<FundingConvention> {
    @Override
    public FundingConvention convert(String text) {
      try {
        return FundingConvention.of(text);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A positive duration, ISO-8601 ({@code PT8H}) or short ({@code 8h}, {@code 30m}). */
  static final class Interval implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String text) {
      try {
        return FundingIntervals.parse(text);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** An instant, ISO-8601 ({@code 2025-10-01T08:00:00Z}); see {@link Timestamps}. */
  static final class Time implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String text) {
      try {
        return Timestamps.parse(text);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A row filter {@code COLUMN=VALUE}. */
  static final class Filter implements ITypeConverter<RowFilter> {
    @Override
    public RowFilter convert(String text) {
      try {
        return RowFilter.parse(text);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** {@code simple} or {@code compound}, any case. */
  static final class Basis implements ITypeConverter<AnnualizationBasis> {
    @Override
    public AnnualizationBasis convert(String text) {
      try {
        return AnnualizationBasis.valueOf(text.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "basis must be simple or compound, was '" + text + "'");
      }
    }
  }

  /** The lower-case name the CLI prints for a basis. */
  static String name(AnnualizationBasis basis) {
    return basis.name().toLowerCase(Locale.ROOT);
  }

  /**
   * A remark when an instant option was given without a zone: it is read as UTC (as the
   * venues' APIs and pandas write it), and the user should know that is what happened.
   */
  static void zoneRemark(picocli.CommandLine.Model.CommandSpec spec, String option) {
    picocli.CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
    if (parsed == null || !parsed.hasMatchedOption(option)) {
      return;
    }
    for (String text : parsed.matchedOption(option).stringValues()) {
      if (Timestamps.form(text) == dev.fundingkit.io.TimestampForm.LOCAL_AS_UTC) {
        Output.note(spec, "remark: " + option + " " + text.trim() + " has no zone; read as UTC ("
            + Timestamps.parse(text) + ")");
      }
    }
  }
}
