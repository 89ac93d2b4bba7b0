package dev.fundingkit.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/** One read of one file; see {@link CsvSeries#read(Path, SeriesColumns)}. Not thread-safe. */
final class SeriesCsvReader {

  private static final int SAMPLE_VALUES = 5;

  private final Path file;
  private final SeriesColumns columns;
  private final List<String> notes = new ArrayList<>();

  SeriesCsvReader(Path file, SeriesColumns columns) {
    this.file = file;
    this.columns = columns;
  }

  CsvSeries read() throws IOException {
    try (CsvFile csv = CsvFile.open(file)) {
      List<String> header = csv.header();
      int timeIndex = columns.timeColumn().isPresent()
          ? csv.column(columns.timeColumn().get(), "time")
          : firstDefault(csv, SeriesColumns.DEFAULT_TIME_COLUMNS, "time");
      List<String> valueNames = new ArrayList<>();
      int[] valueIndex;
      if (columns.valueColumns().isEmpty()) {
        valueIndex = new int[] {firstDefault(csv, SeriesColumns.DEFAULT_VALUE_COLUMNS, "value")};
      } else {
        valueIndex = new int[columns.valueColumns().size()];
        for (int c = 0; c < valueIndex.length; c++) {
          valueIndex[c] = csv.column(columns.valueColumns().get(c), "value");
        }
      }
      for (int index : valueIndex) {
        valueNames.add(header.get(index));
      }
      List<RowFilter> filters = columns.filters();
      int[] filterIndex = new int[filters.size()];
      for (int f = 0; f < filterIndex.length; f++) {
        filterIndex[f] = csv.column(filters.get(f).column(), "filter");
      }
      String timeName = header.get(timeIndex);

      List<Instant> times = new ArrayList<>();
      List<double[]> rows = new ArrayList<>();
      List<Long> lines = new ArrayList<>();
      Set<String> seenFilterValues = new LinkedHashSet<>();
      int dataRows = 0;
      while (csv.hasNext()) {
        CSVRecord record = csv.next();
        long line = csv.line();
        dataRows++;
        if (!passes(record, filters, filterIndex, seenFilterValues)) {
          continue;
        }
        csv.checkWidth(record, line);
        Instant time = time(record.get(timeIndex), line, timeName, times.isEmpty());
        double[] row = new double[valueIndex.length];
        for (int c = 0; c < row.length; c++) {
          row[c] = value(record.get(valueIndex[c]), line, valueNames.get(c));
        }
        if (columns.requiresTimeOrder() && !times.isEmpty()) {
          checkOrder(times.get(times.size() - 1), lines.get(lines.size() - 1), time, line,
              timeName);
        }
        times.add(time);
        rows.add(row);
        lines.add(line);
      }
      if (times.isEmpty()) {
        throw noRows(dataRows, filters, seenFilterValues);
      }
      return build(timeName, valueNames, times, rows, lines);
    }
  }

  private int firstDefault(CsvFile csv, List<String> defaults, String role) {
    List<String> header = csv.header();
    List<Integer> present = new ArrayList<>();
    for (String name : defaults) {
      int exact = header.indexOf(name);
      if (exact >= 0) {
        present.add(exact);
      }
    }
    for (String name : defaults) {
      for (int i = 0; i < header.size(); i++) {
        if (!present.contains(i) && header.get(i).equalsIgnoreCase(name)) {
          present.add(i);
        }
      }
    }
    if (present.isEmpty()) {
      throw csv.error(1, null,
          "no " + role + " column found (tried " + String.join(", ", defaults)
              + "); columns are: " + csv.columns() + "; name the " + role + " column explicitly");
    }
    if (present.size() > 1) {
      List<String> others = new ArrayList<>();
      for (int i = 1; i < present.size(); i++) {
        others.add(header.get(present.get(i)));
      }
      notes.add("using " + role + " column '" + header.get(present.get(0)) + "' (also present: "
          + String.join(", ", others) + ")");
    }
    String chosen = header.get(present.get(0));
    int last = header.lastIndexOf(chosen);
    if (last != present.get(0)) {
      throw csv.error(1, chosen, "two columns are named " + Cells.quote(chosen) + " (columns "
          + (present.get(0) + 1) + " and " + (last + 1) + "); rename one or name the " + role
          + " column explicitly");
    }
    return present.get(0);
  }

  private static boolean passes(
      CSVRecord record, List<RowFilter> filters, int[] filterIndex, Set<String> seen) {
    for (int f = 0; f < filterIndex.length; f++) {
      String cell = filterIndex[f] < record.size() ? record.get(filterIndex[f]) : null;
      if (!filters.get(f).keeps(cell)) {
        if (f == 0 && cell != null && seen.size() < SAMPLE_VALUES) {
          seen.add(cell);
        }
        return false;
      }
    }
    return true;
  }

  private Instant time(String cell, long line, String column, boolean first) {
    Instant time;
    try {
      time = Timestamps.parse(cell);
    } catch (IllegalArgumentException e) {
      throw new FundingInputException(file, line, column, e.getMessage());
    }
    if (first) {
      noteForm(Timestamps.form(cell), column);
    }
    return time;
  }

  private void noteForm(TimestampForm form, String column) {
    switch (form) {
      case LOCAL_AS_UTC:
        notes.add("time column '" + column + "' has no zone; read as UTC");
        break;
      case EPOCH_SECONDS:
        notes.add("time column '" + column + "' read as epoch seconds");
        break;
      case EPOCH_MILLIS:
        notes.add("time column '" + column + "' read as epoch milliseconds");
        break;
      default:
        break;
    }
  }

  private double value(String cell, long line, String column) {
    try {
      return Decimals.parse(cell);
    } catch (IllegalArgumentException e) {
      throw new FundingInputException(file, line, column, e.getMessage());
    }
  }

  private void checkOrder(Instant previous, long previousLine, Instant time, long line,
      String column) {
    if (time.equals(previous)) {
      throw new FundingInputException(file, line, column,
          "duplicate time " + time + " (same as line " + previousLine + ")");
    }
    if (time.isBefore(previous)) {
      throw new FundingInputException(file, line, column,
          "time " + time + " is before line " + previousLine + "'s " + previous
              + "; rows must be in increasing time order");
    }
  }

  private FundingInputException noRows(int dataRows, List<RowFilter> filters, Set<String> seen) {
    if (dataRows == 0) {
      return new FundingInputException(file, 0, null, "no data rows after the header");
    }
    RowFilter first = filters.get(0);
    String problem = "no row matches " + filters.stream().map(RowFilter::toString)
        .reduce((a, b) -> a + " and " + b).orElse("");
    if (!seen.isEmpty()) {
      problem += " (values in '" + first.column() + "' include " + String.join(", ", seen) + ")";
    }
    return new FundingInputException(file, 0, null, problem);
  }

  private CsvSeries build(String timeName, List<String> valueNames, List<Instant> times,
      List<double[]> rows, List<Long> lines) {
    int n = times.size();
    double[][] values = new double[valueNames.size()][n];
    long[] lineArray = new long[n];
    for (int i = 0; i < n; i++) {
      double[] row = rows.get(i);
      for (int c = 0; c < row.length; c++) {
        values[c][i] = row[c];
      }
      lineArray[i] = lines.get(i);
    }
    return new CsvSeries(file, timeName, valueNames, times.toArray(new Instant[0]), values,
        lineArray, notes);
  }

}
