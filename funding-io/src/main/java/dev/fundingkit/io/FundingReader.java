package dev.fundingkit.io;

import dev.fundingkit.core.rate.FundingIntervals;
import dev.fundingkit.core.schedule.IntervalInference;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
import dev.fundingkit.core.series.RateKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads funding series from the files users have: venue API payloads (JSON), venue and data-set
 * exports (CSV), Binance public-data zips, any CSV by its column names; plain, gzip or zip,
 * told from the content. See {@link InputFormat} for the formats.
 *
 * <p><b>Detection.</b> Without {@link #withFormat(InputFormat)} the format is recognised from
 * the header (CSV) or the payload's shape (JSON). Columns are found by name: the time column
 * prefers a UTC one ({@code time_utc}) over a wall-clock one ({@code time}), and a column whose
 * first cell carries a zone or is an epoch number over one without a zone. Every choice and
 * assumption (format, columns, time zone, interval source, rows skipped) is a remark in
 * {@link FundingInput#remarks()}.
 *
 * <p><b>Intervals.</b> An interval the payload states (an interval column, a venue that settles
 * hourly by its documented format, a rate column named {@code funding_rate_1h}) is
 * {@link IntervalSource#DECLARED}; otherwise it is {@link IntervalSource#INFERRED} by
 * {@link FundingSeries#inferred(long[], double[], IntervalInference)}, the library's one
 * inference. Steps of 7 h and 9 h on an 8 h grid (any {@code g±1} hours among {@code g}-hour
 * steps) are local wall-clock times shifted by daylight saving: an error naming the column.
 *
 * <p><b>Several series.</b> Rows are grouped by venue and symbol columns when the file has
 * them; each group is one series ({@link FundingInput#series()}), and
 * {@link FundingInput#single()} names them when one was expected. Row filters
 * ({@link #withFilter(RowFilter)}) select rows before anything else is checked. Within a group,
 * times must run one way; a descending payload (newest first, as Bybit, OKX and dYdX return
 * them) is reversed. Several files are joined in time order and must not overlap.
 *
 * <p><b>Memory.</b> Rows stream into primitive chunks (no object per row): about 16 bytes a
 * row while reading, then the series' own storage.
 *
 * <p>Immutable and thread-safe; {@code with…} methods return changed copies.
 */
public final class FundingReader {

  private static final FundingReader DEFAULTS = new FundingReader(null, List.of(), null, null,
      null, RateKind.SETTLED, IntervalInference.STANDARD, Map.of());
  private static final int SAMPLE_VALUES = 5;

  private final InputFormat format;
  private final List<RowFilter> filters;
  private final String timeColumn;
  private final String valueColumn;
  private final String intervalColumn;
  private final RateKind kind;
  private final IntervalInference inference;
  private final Map<String, Duration> declaredIntervals;

  private FundingReader(InputFormat format, List<RowFilter> filters, String timeColumn,
      String valueColumn, String intervalColumn, RateKind kind, IntervalInference inference,
      Map<String, Duration> declaredIntervals) {
    this.format = format;
    this.filters = List.copyOf(filters);
    this.timeColumn = timeColumn;
    this.valueColumn = valueColumn;
    this.intervalColumn = intervalColumn;
    this.kind = kind;
    this.inference = inference;
    this.declaredIntervals = Map.copyOf(declaredIntervals);
  }

  /**
   * A reader that detects the format and columns, keeps every row and reads settled rates.
   *
   * @return the default reader
   */
  public static FundingReader defaults() {
    return DEFAULTS;
  }

  /**
   * A copy that reads this format instead of detecting one.
   *
   * @param newFormat the format
   * @return the changed copy
   * @throws NullPointerException if {@code newFormat} is null
   */
  public FundingReader withFormat(InputFormat newFormat) {
    Objects.requireNonNull(newFormat, "newFormat");
    return new FundingReader(newFormat, filters, timeColumn, valueColumn, intervalColumn, kind,
        inference, declaredIntervals);
  }

  /**
   * A copy that detects the format (the default).
   *
   * @return the changed copy
   */
  public FundingReader withDetectedFormat() {
    return new FundingReader(null, filters, timeColumn, valueColumn, intervalColumn, kind,
        inference, declaredIntervals);
  }

  /**
   * A copy that also requires rows to pass a filter (all filters must pass).
   *
   * @param filter the filter
   * @return the changed copy
   * @throws NullPointerException if {@code filter} is null
   */
  public FundingReader withFilter(RowFilter filter) {
    Objects.requireNonNull(filter, "filter");
    List<RowFilter> more = new ArrayList<>(filters);
    more.add(filter);
    return new FundingReader(format, more, timeColumn, valueColumn, intervalColumn, kind,
        inference, declaredIntervals);
  }

  /**
   * A copy that reads times from the named column (or JSON field).
   *
   * @param name the header name, not blank
   * @return the changed copy
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public FundingReader withTimeColumn(String name) {
    return new FundingReader(format, filters, name("time column", name), valueColumn,
        intervalColumn, kind, inference, declaredIntervals);
  }

  /**
   * A copy that reads rates from the named column (or JSON field).
   *
   * @param name the header name, not blank
   * @return the changed copy
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public FundingReader withValueColumn(String name) {
    return new FundingReader(format, filters, timeColumn, name("value column", name),
        intervalColumn, kind, inference, declaredIntervals);
  }

  /**
   * A copy that reads each row's interval from the named column: a number of hours
   * ({@code 8}, or minutes when the name says {@code minutes}), or a duration ({@code 8h},
   * {@code PT8H}). Those intervals are {@code DECLARED}.
   *
   * @param name the header name, not blank
   * @return the changed copy
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public FundingReader withIntervalColumn(String name) {
    return new FundingReader(format, filters, timeColumn, valueColumn,
        name("interval column", name), kind, inference, declaredIntervals);
  }

  /**
   * A copy that reads rates of another kind: {@link RateKind#REALIZED} reads OKX's
   * {@code realizedRate}; {@link RateKind#PREDICTED} keeps the rows a file flags as predicted
   * ({@code is_predicted}), which are otherwise kept apart.
   *
   * @param newKind the kind
   * @return the changed copy
   * @throws NullPointerException if {@code newKind} is null
   */
  public FundingReader withKind(RateKind newKind) {
    Objects.requireNonNull(newKind, "newKind");
    return new FundingReader(format, filters, timeColumn, valueColumn, intervalColumn, newKind,
        inference, declaredIntervals);
  }

  /**
   * A copy that infers undeclared intervals with another inference's settings.
   *
   * @param newInference the inference
   * @return the changed copy
   * @throws NullPointerException if {@code newInference} is null
   */
  public FundingReader withInference(IntervalInference newInference) {
    Objects.requireNonNull(newInference, "newInference");
    return new FundingReader(format, filters, timeColumn, valueColumn, intervalColumn, kind,
        newInference, declaredIntervals);
  }

  /**
   * A copy that knows each symbol's current interval from the venue (Binance
   * {@code fundingInfo}, see {@link FundingInfo}): in a series of such a symbol, the points
   * whose spacing shows that interval are marked {@code DECLARED} instead of {@code INFERRED}.
   *
   * @param intervals interval by symbol as the payload names it
   * @return the changed copy
   * @throws NullPointerException if the map, a key or a value is null
   */
  public FundingReader withDeclaredIntervals(Map<String, Duration> intervals) {
    Objects.requireNonNull(intervals, "intervals");
    return new FundingReader(format, filters, timeColumn, valueColumn, intervalColumn, kind,
        inference, intervals);
  }

  /**
   * The filters rows must pass.
   *
   * @return the filters in the order added
   */
  public List<RowFilter> filters() {
    return filters;
  }

  /**
   * Reads one file.
   *
   * @param file the file: plain, gzip or zip
   * @return what was read, at least one series
   * @throws NullPointerException if {@code file} is null
   * @throws FundingInputException naming file, line and column for anything the input cannot
   *     support: a directory, a truncated gzip, a missing column, an unreadable cell, an
   *     impossible date, a daylight-saving shift, times out of order, no row left
   * @throws IOException if the file cannot be read at all
   */
  public FundingInput read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return read(List.of(file));
  }

  /**
   * Reads several files (monthly files, several zips) into one input: per series, the parts
   * are joined in time order and must not overlap.
   *
   * @param files the files, at least one
   * @return what was read, at least one series
   * @throws NullPointerException if the list or an element is null
   * @throws IllegalArgumentException if the list is empty
   * @throws FundingInputException as {@link #read(Path)}, or when two files overlap
   * @throws IOException if a file cannot be read at all
   */
  public FundingInput read(List<Path> files) throws IOException {
    FundingInput.requireFiles(files);
    Read read = new Read();
    for (Path file : files) {
      try (InputFiles.Entries entries = InputFiles.open(file)) {
        InputFiles.Entry entry = entries.next();
        if (entry == null) {
          throw new FundingInputException(file, 0, null, "the zip holds no file");
        }
        while (entry != null) {
          RowSource src = RowSource.open(entry, () -> { });
          try (src) {
            read.entry(src);
          }
          entry = entries.next();
        }
      } catch (java.util.zip.ZipException e) {
        throw new FundingInputException(file, 0, null, "corrupt zip: " + e.getMessage());
      }
    }
    return read.finish(files);
  }

  private static String name(String role, String name) {
    Objects.requireNonNull(name, role);
    if (name.isBlank()) {
      throw new IllegalArgumentException(role + " must not be blank, was '" + name + "'");
    }
    return name.trim();
  }

  // ----------------------------------------------------------------------------- one read

  /** The state of one {@link #read(List)}. Not thread-safe. */
  private final class Read {
    private final Map<SeriesKey, List<Part>> parts = new TreeMap<>();
    private final Set<String> remarks = new LinkedHashSet<>();
    private InputFormat firstFormat;
    private String firstTime;
    private String firstValue;
    private List<String> keyColumns = List.of();

    void entry(RowSource src) throws IOException {
      Path file = src.file;
      InputFormat detected = Layout.detect(src);
      InputFormat used = format != null ? format
          : detected != null ? detected : src.isJson() ? InputFormat.JSON : InputFormat.CSV;
      if (format == null) {
        remarks.add(file + ": read as " + used.id() + " (" + used.description() + ")"
            + (detected == null ? "" : ", detected from its " + (src.isJson() ? "fields"
                : "header")));
      }
      Layout layout = Layout.of(used, kind == RateKind.REALIZED);
      if (!src.next()) {
        throw src.error(0, null, src.isJson() ? "no records in the payload"
            : "no data rows after the header");
      }
      // columns
      int time = timeColumn != null ? required(src, timeColumn, "time")
          : chooseTime(src, layout);
      String timeName = src.fields().get(time);
      int value = valueColumn != null ? required(src, valueColumn, "value")
          : firstPresent(src, layout.value, "value");
      String valueName = src.fields().get(value);
      checkTraps(src, used, valueName);
      int interval = intervalColumn != null ? required(src, intervalColumn, "interval")
          : firstPresentOrNone(src, layout.interval);
      int venueCol = firstPresentOrNone(src, layout.venueColumns);
      int symbolCol = firstPresentOrNone(src, layout.symbol);
      int predicted = used == InputFormat.CSV || used == InputFormat.JSON
          ? firstPresentOrNone(src, Layout.PREDICTED) : -1;
      int[] filterCol = new int[filters.size()];
      for (int f = 0; f < filterCol.length; f++) {
        filterCol[f] = required(src, filters.get(f).column(), "filter");
      }
      Duration fixed = layout.fixedInterval;
      String fixedReason = layout.fixedReason;
      if (fixed == null && interval < 0 && Layout.namedInterval(valueName) != null) {
        fixed = Layout.namedInterval(valueName);
        fixedReason = "the rate column's name '" + valueName + "' states it";
      }
      if (fixed != null) {
        fixedByFile.put(file, fixed);
      }
      String fileSymbol = used == InputFormat.BINANCE_PUBLIC_DATA
          ? Layout.symbolFromName(file.toString()) : null;
      String intervalName = interval >= 0 ? src.fields().get(interval) : null;
      long intervalUnit = intervalName == null ? 0
          : intervalName.toLowerCase(java.util.Locale.ROOT).contains("minute")
              || (used == InputFormat.BYBIT_FUNDING_HISTORY
                  && intervalName.equals("fundingInterval")) ? 60_000L : 3_600_000L;

      remarks.add(file + ": time column '" + timeName + "', rate column '" + valueName + "'"
          + (venueCol >= 0 || symbolCol >= 0 ? ", series by " + join(src, venueCol, symbolCol)
              : ""));
      if (fixed != null) {
        remarks.add(file + ": interval " + FundingIntervals.format(fixed) + " declared ("
            + fixedReason + ")");
      } else if (intervalName != null) {
        remarks.add(file + ": intervals declared by column '" + intervalName + "'");
      } else {
        remarks.add(file + ": intervals inferred from the spacing of settlements");
      }
      if (firstFormat == null) {
        firstFormat = used;
        firstTime = timeName;
        firstValue = valueName;
        List<String> keys = new ArrayList<>();
        if (venueCol >= 0) {
          keys.add(src.fields().get(venueCol));
        }
        if (symbolCol >= 0) {
          keys.add(src.fields().get(symbolCol));
        }
        keyColumns = keys;
      }

      PlainCsv plain = src instanceof PlainCsv p ? p : null;
      Map<SeriesKey, Part> byKey = new HashMap<>();
      Set<String> seen = new LinkedHashSet<>();
      long emptyValues = 0;
      long keptApart = 0;
      long rows = 0;
      long kept = 0;
      boolean formNoted = false;
      Part lastPart = null;
      String lastVenue = null;
      String lastSymbol = null;
      // One series, nothing to check per row but the two cells: after the first row (whose
      // time form is noted the general way) rows go through the small loop of plainRows,
      // which the JIT compiles early, until a row needs the general way.
      boolean fast = plain != null && filterCol.length == 0 && predicted < 0 && interval < 0
          && venueCol < 0 && symbolCol < 0;
      do {
        if (fast && lastPart != null) {
          boolean ended = plainRows(plain, lastPart, time, value);
          rows += plainCount;
          kept += plainCount;
          if (ended) {
            break;
          }
        }
        rows++;
        long line = src.line();
        if (!passes(src, filterCol, seen)) {
          continue;
        }
        if (predicted >= 0) {
          String p = src.cell(predicted);
          boolean isPredicted = p != null
              && Layout.TRUE.contains(p.trim().toLowerCase(java.util.Locale.ROOT));
          if (isPredicted != (kind == RateKind.PREDICTED)) {
            keptApart++;
            continue;
          }
        }
        long t = Long.MIN_VALUE;
        double v = Double.NaN;
        if (plain != null && plain.plain()) {
          // Read from the bytes, no string; a cell in another form goes the general way below,
          // which decides and words the error exactly as for any other file.
          if (plain.isEmpty(value)) {
            emptyValues++;
            continue;
          }
          v = plain.decimal(value);
          if (!Double.isNaN(v)) {
            t = plain.epochMillis(time);
          }
        }
        if (t == Long.MIN_VALUE || !formNoted) {
          String timeCell = src.cell(time);
          if (timeCell == null) {
            throw src.error(line, timeName, "no time in this row");
          }
          String valueCell = src.cell(value);
          if (valueCell == null || valueCell.isBlank()) {
            emptyValues++;
            continue;
          }
          try {
            t = Timestamps.parse(timeCell).toEpochMilli();
          } catch (IllegalArgumentException | ArithmeticException e) {
            throw src.error(line, timeName, e.getMessage());
          }
          if (!formNoted) {
            formNoted = true;
            noteForm(file, timeName, Timestamps.form(timeCell));
          }
          try {
            v = Decimals.parse(valueCell);
          } catch (IllegalArgumentException e) {
            throw src.error(line, valueName, e.getMessage());
          }
        }
        long iv = 0;
        if (interval >= 0) {
          iv = intervalMillis(src, interval, intervalName, intervalUnit, line);
        }
        String venue = layout.venue != null ? layout.venue
            : venueCol >= 0 ? src.cell(venueCol) : null;
        String symbol = fileSymbol != null ? fileSymbol
            : symbolCol >= 0 ? src.cell(symbolCol) : null;
        Part part;
        if (lastPart != null && Objects.equals(venue, lastVenue)
            && Objects.equals(symbol, lastSymbol)) {
          part = lastPart;
        } else {
          SeriesKey key = SeriesKey.ofNullable(venue, symbol);
          part = byKey.get(key);
          if (part == null) {
            part = new Part(key, file, timeName, line);
            byKey.put(key, part);
          }
          lastPart = part;
          lastVenue = venue;
          lastSymbol = symbol;
        }
        part.add(t, v, iv, line);
        kept++;
      } while (src.next());
      if (kept == 0) {
        throw noRows(src, rows, emptyValues, keptApart, seen, valueName);
      }
      if (emptyValues > 0) {
        remarks.add(file + ": skipped " + emptyValues + " row" + (emptyValues == 1 ? "" : "s")
            + " with an empty '" + valueName + "' cell");
      }
      if (keptApart > 0) {
        remarks.add(file + ": kept apart " + keptApart + " " + (kind == RateKind.PREDICTED
            ? "settled" : "predicted") + " row" + (keptApart == 1 ? "" : "s") + " ('"
            + src.fields().get(predicted) + "')");
      }
      for (Part part : byKey.values()) {
        checkDaylightSaving(src, part, time);
        if (part.descending()) {
          remarks.add(file + ": rows are newest first; read oldest first");
        }
        parts.computeIfAbsent(part.key, k -> new ArrayList<>()).add(part);
      }
    }

    /** Rows {@link #plainRows} added in its last call. */
    private long plainCount;

    /**
     * Adds rows from the current one on while they are split by {@code plain} and both cells
     * are in the byte readers' forms; stops at the first row that needs the general way, left
     * current and unread. Sets {@link #plainCount}.
     *
     * @return true when the rows ran out
     */
    private boolean plainRows(PlainCsv plain, Part part, int time, int value)
        throws IOException {
      long n = 0;
      try {
        while (plain.plain() && !plain.isEmpty(value)) {
          double v = plain.decimal(value);
          if (Double.isNaN(v)) {
            return false;
          }
          long t = plain.epochMillis(time);
          if (t == Long.MIN_VALUE) {
            return false;
          }
          part.add(t, v, 0, plain.line());
          n++;
          if (!plain.next()) {
            return true;
          }
        }
        return false;
      } finally {
        plainCount = n;
      }
    }

    private String join(RowSource src, int venueCol, int symbolCol) {
      List<String> names = new ArrayList<>();
      if (venueCol >= 0) {
        names.add("'" + src.fields().get(venueCol) + "'");
      }
      if (symbolCol >= 0) {
        names.add("'" + src.fields().get(symbolCol) + "'");
      }
      return String.join(" and ", names);
    }

    private void noteForm(Path file, String column, TimestampForm form) {
      switch (form) {
        case LOCAL_AS_UTC:
          remarks.add(file + ": time column '" + column + "' has no zone; read as UTC");
          break;
        case EPOCH_SECONDS:
          remarks.add(file + ": time column '" + column + "' read as epoch seconds (UTC)");
          break;
        case EPOCH_MILLIS:
          remarks.add(file + ": time column '" + column + "' read as epoch milliseconds (UTC)");
          break;
        default:
          break;
      }
    }

    private void checkDaylightSaving(RowSource src, Part part, int time) {
      long[] shift = part.daylightSavingShift();
      if (shift == null) {
        return;
      }
      long g = shift[1];
      String utc = null;
      for (String f : src.fields()) {
        if (f.toLowerCase(java.util.Locale.ROOT).contains("utc") && !f.equals(part.timeColumn)) {
          utc = f;
          break;
        }
      }
      throw src.error(shift[0], part.timeColumn, "settlements step " + (g - 1) + " h and "
          + (g + 1) + " h on a " + g + " h grid: these are local wall-clock times shifted by"
          + " daylight saving, not UTC; "
          + (utc != null ? "read the UTC column instead (--time-column " + utc + ")"
              : "convert the times to UTC first"));
    }

    private long intervalMillis(RowSource src, int column, String name, long unit, long line) {
      String cell = src.cell(column);
      if (cell == null || cell.isBlank()) {
        return 0;
      }
      try {
        double number;
        try {
          number = Decimals.parse(cell);
        } catch (IllegalArgumentException notNumber) {
          Duration d = FundingIntervals.parse(cell);
          return d.toMillis();
        }
        double ms = number * unit;
        if (!(ms >= 1) || ms > Long.MAX_VALUE / 4 || ms != Math.rint(ms)) {
          throw new IllegalArgumentException("interval must be a positive whole number of"
              + " milliseconds, was " + Cells.quote(cell) + (unit == 60_000L ? " minutes"
                  : " hours"));
        }
        return (long) ms;
      } catch (IllegalArgumentException e) {
        throw src.error(line, name, e.getMessage());
      }
    }

    private boolean passes(RowSource src, int[] filterCol, Set<String> seen) {
      for (int f = 0; f < filterCol.length; f++) {
        String cell = src.cell(filterCol[f]);
        if (!filters.get(f).keeps(cell)) {
          if (f == 0 && cell != null && seen.size() < SAMPLE_VALUES) {
            seen.add(Cells.quote(cell.trim()));
          }
          return false;
        }
      }
      return true;
    }

    private FundingInputException noRows(RowSource src, long rows, long empty, long apart,
        Set<String> seen, String valueName) {
      if (!filters.isEmpty() && empty == 0 && apart == 0) {
        String problem = "no row matches " + String.join(" and ",
            filters.stream().map(RowFilter::toString).toList());
        if (!seen.isEmpty()) {
          problem += " (values in '" + filters.get(0).column() + "' include "
              + String.join(", ", seen) + ")";
        }
        return src.error(0, null, problem);
      }
      return src.error(0, valueName, "no rate in any of the " + rows + " rows"
          + (empty > 0 ? " (" + empty + " with an empty '" + valueName + "' cell)" : "")
          + (apart > 0 ? " (" + apart + " predicted rows kept apart)" : ""));
    }

    FundingInput finish(List<Path> files) {
      Map<SeriesKey, FundingSeries> out = new LinkedHashMap<>();
      for (Map.Entry<SeriesKey, List<Part>> e : parts.entrySet()) {
        out.put(e.getKey(), build(e.getKey(), e.getValue()));
      }
      return new FundingInput(files, firstFormat, out, firstTime, firstValue, keyColumns,
          new ArrayList<>(remarks));
    }

    private FundingSeries build(SeriesKey key, List<Part> list) {
      List<Part> sorted = new ArrayList<>(list);
      sorted.sort((a, b) -> Long.compare(a.firstTime(), b.firstTime()));
      long n = 0;
      for (int i = 0; i < sorted.size(); i++) {
        Part p = sorted.get(i);
        if (i > 0 && p.firstTime() <= sorted.get(i - 1).lastTime()) {
          Part prev = sorted.get(i - 1);
          throw new FundingInputException(p.file, p.firstLine, p.timeColumn, "time "
              + Instant.ofEpochMilli(p.firstTime()) + " overlaps " + prev.file
              + (prev.file.equals(p.file) ? "" : ", which ends at "
                  + Instant.ofEpochMilli(prev.lastTime())));
        }
        n += p.size();
      }
      if (n > Integer.MAX_VALUE - 16) {
        Part p = sorted.get(0);
        throw new FundingInputException(p.file, 0, null, "more than 2^31 rows in one series");
      }
      int size = (int) n;
      Part first = sorted.get(0);
      Duration fixed = fixedInterval(first);
      FundingSeries.Builder builder = FundingSeries.builder().inference(inference)
          .expectedSize(size);
      FundingSeries series;
      try {
        for (Part p : sorted) {
          p.addTo(builder, fixed == null ? 0 : fixed.toMillis());
        }
        series = builder.build();
      } catch (IllegalArgumentException e) {
        throw new FundingInputException(first.file, size < 2 ? first.firstLine : 0,
            first.timeColumn, e.getMessage() + (key.equals(SeriesKey.unnamed()) ? ""
                : " (series " + key + ")"));
      }
      builder = null;
      series = declare(key, series);
      if (kind != RateKind.SETTLED) {
        series = series.withKind(kind);
      }
      if (key.venue().isPresent()) {
        series = series.withVenue(key.venue().get());
      }
      if (key.symbol().isPresent()) {
        series = series.withSymbol(key.symbol().get());
      }
      return series;
    }

    /** The fixed interval the part's format or column name declares, if any. */
    private Duration fixedInterval(Part part) {
      return fixedByFile.get(part.file);
    }

    private FundingSeries declare(SeriesKey key, FundingSeries series) {
      Duration declared = key.symbol().map(declaredIntervals::get).orElse(null);
      if (declared == null || !series.intervalSources().contains(IntervalSource.INFERRED)) {
        return series;
      }
      long ms = declared.toMillis();
      FundingSeries.Builder b = FundingSeries.builder();
      int relabelled = 0;
      for (int i = 0; i < series.size(); i++) {
        boolean match = series.intervalSource(i) == IntervalSource.INFERRED
            && series.intervalMillis(i) == ms;
        relabelled += match ? 1 : 0;
        b.add(series.epochMilli(i), series.value(i), series.intervalMillis(i),
            match ? IntervalSource.DECLARED : series.intervalSource(i));
      }
      remarks.add(key + ": " + relabelled + " of " + series.size() + " intervals confirmed by"
          + " the venue's declared " + FundingIntervals.format(declared));
      return b.build();
    }

    private final Map<Path, Duration> fixedByFile = new HashMap<>();

    private int chooseTime(RowSource src, Layout layout) {
      List<Integer> present = presentAll(src, layout.time);
      if (present.isEmpty()) {
        throw src.error(1, null, "no time column found (tried " + String.join(", ",
            layout.time) + "); columns are: " + src.columns()
            + "; name it with --time-column");
      }
      int chosen = present.get(0);
      for (int index : present) {
        String cell = src.cell(index);
        if (cell != null && Timestamps.form(cell) != TimestampForm.LOCAL_AS_UTC) {
          chosen = index;
          break;
        }
      }
      if (present.size() > 1) {
        List<String> others = new ArrayList<>();
        for (int i : present) {
          if (i != chosen) {
            others.add(src.fields().get(i));
          }
        }
        remarks.add(src.file + ": using time column '" + src.fields().get(chosen)
            + "' (also present: " + String.join(", ", others) + "; UTC and zoned columns are"
            + " preferred over wall-clock ones)");
      }
      return chosen;
    }

    private List<Integer> presentAll(RowSource src, List<String> names) {
      List<Integer> out = new ArrayList<>();
      for (String name : names) {
        int i = src.find(name);
        if (i >= 0 && !out.contains(i)) {
          out.add(i);
        }
      }
      return out;
    }

    private int firstPresent(RowSource src, List<String> names, String role) {
      List<Integer> present = presentAll(src, names);
      if (present.isEmpty()) {
        throw src.error(1, null, "no " + role + " column found (tried " + String.join(", ",
            names) + "); columns are: " + src.columns() + "; name it with --" + role
            + "-column");
      }
      if (present.size() > 1) {
        List<String> others = new ArrayList<>();
        for (int i = 1; i < present.size(); i++) {
          others.add(src.fields().get(present.get(i)));
        }
        remarks.add(src.file + ": using " + role + " column '" + src.fields().get(present.get(0))
            + "' (also present: " + String.join(", ", others) + ")");
      }
      return present.get(0);
    }

    private int firstPresentOrNone(RowSource src, List<String> names) {
      List<Integer> present = presentAll(src, names);
      return present.isEmpty() ? -1 : present.get(0);
    }

    private int required(RowSource src, String name, String role) {
      int i = src.find(name);
      if (i < 0) {
        throw src.error(1, name, "no such " + role + " column; columns are: " + src.columns());
      }
      return i;
    }

    private void checkTraps(RowSource src, InputFormat used, String valueName) {
      if (used == InputFormat.KRAKEN_HISTORICAL_FUNDING_RATES
          && valueName.equalsIgnoreCase("fundingRate")) {
        throw src.error(1, valueName, "Kraken's fundingRate is an absolute amount per contract,"
            + " not a rate (thousands of times the relative one); the rate is"
            + " relativeFundingRate");
      }
      if (used == InputFormat.DERIBIT_FUNDING_RATE_HISTORY
          && valueName.equalsIgnoreCase("interest_8h")) {
        throw src.error(1, valueName, "Deribit's interest_8h is the funding over the trailing"
            + " 8 hours, sampled hourly: read as a rate per settlement it counts each hour 8"
            + " times; the hourly rate is interest_1h");
      }
    }
  }
}
