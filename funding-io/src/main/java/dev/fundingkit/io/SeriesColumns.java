package dev.fundingkit.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which columns of a CSV file make a series: the time column, the value columns and the row
 * filters.
 *
 * <p>Without an explicit time column the first of {@link #DEFAULT_TIME_COLUMNS} present in the
 * header is used; without explicit value columns, the first of {@link #DEFAULT_VALUE_COLUMNS}.
 * Names match exactly first, then ignoring case ({@code Timestamp}, {@code Rate}).
 *
 * <p>Immutable and thread-safe; the {@code with...} methods return changed copies.
 */
public final class SeriesColumns {

  /**
   * Time columns tried in order: {@code time}, {@code timestamp}, {@code funding_time_utc},
   * {@code fundingTime}, {@code calc_time} (Binance public-data funding files).
   */
  public static final List<String> DEFAULT_TIME_COLUMNS =
      List.of("time", "timestamp", "funding_time_utc", "fundingTime", "calc_time");

  /**
   * Value columns tried in order: {@code rate}, {@code funding_rate}, {@code fundingRate},
   * {@code value}, {@code last_funding_rate} (Binance public-data funding files).
   */
  public static final List<String> DEFAULT_VALUE_COLUMNS =
      List.of("rate", "funding_rate", "fundingRate", "value", "last_funding_rate");

  private static final SeriesColumns DEFAULTS =
      new SeriesColumns(null, List.of(), List.of(), true);

  private final String timeColumn;
  private final List<String> valueColumns;
  private final List<RowFilter> filters;
  private final boolean ordered;

  private SeriesColumns(
      String timeColumn, List<String> valueColumns, List<RowFilter> filters, boolean ordered) {
    this.timeColumn = timeColumn;
    this.valueColumns = List.copyOf(valueColumns);
    this.filters = List.copyOf(filters);
    this.ordered = ordered;
  }

  /**
   * Default time and value columns, no filter.
   *
   * @return the default selection
   */
  public static SeriesColumns defaults() {
    return DEFAULTS;
  }

  /**
   * A copy that reads time from the named column.
   *
   * @param name the header name, not blank
   * @return the changed copy
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public SeriesColumns withTimeColumn(String name) {
    return new SeriesColumns(checkName("name", name), valueColumns, filters, ordered);
  }

  /**
   * A copy that reads exactly these value columns, in this order.
   *
   * @param names the header names, at least one, none blank
   * @return the changed copy
   * @throws NullPointerException if {@code names} or an element is null
   * @throws IllegalArgumentException if {@code names} is empty or a name is blank
   */
  public SeriesColumns withValueColumns(List<String> names) {
    Objects.requireNonNull(names, "names");
    if (names.isEmpty()) {
      throw new IllegalArgumentException("names must not be empty, was []");
    }
    List<String> checked = new ArrayList<>();
    for (String name : names) {
      checked.add(checkName("names", name));
    }
    return new SeriesColumns(timeColumn, checked, filters, ordered);
  }

  /**
   * A copy that also requires rows to pass a filter (all filters must pass).
   *
   * @param filter the filter to add
   * @return the changed copy
   * @throws NullPointerException if {@code filter} is null
   */
  public SeriesColumns withFilter(RowFilter filter) {
    Objects.requireNonNull(filter, "filter");
    List<RowFilter> more = new ArrayList<>(filters);
    more.add(filter);
    return new SeriesColumns(timeColumn, valueColumns, more, ordered);
  }

  /**
   * A copy that keeps rows in file order without requiring increasing or distinct times: for
   * row-by-row checks (recomputing each published rate), where a file may hold several symbols
   * one after the other.
   *
   * @return the changed copy
   */
  public SeriesColumns withAnyTimeOrder() {
    return new SeriesColumns(timeColumn, valueColumns, filters, false);
  }

  /**
   * Whether times must be strictly increasing (the default, for a series).
   *
   * @return {@code false} after {@link #withAnyTimeOrder()}
   */
  public boolean requiresTimeOrder() {
    return ordered;
  }

  /**
   * The explicit time column.
   *
   * @return the name, or empty to try {@link #DEFAULT_TIME_COLUMNS}
   */
  public Optional<String> timeColumn() {
    return Optional.ofNullable(timeColumn);
  }

  /**
   * The explicit value columns.
   *
   * @return the names, or an empty list to use the first of {@link #DEFAULT_VALUE_COLUMNS}
   */
  public List<String> valueColumns() {
    return valueColumns;
  }

  /**
   * The row filters, all of which a row must pass.
   *
   * @return the filters in the order added
   */
  public List<RowFilter> filters() {
    return filters;
  }

  private static String checkName(String param, String name) {
    Objects.requireNonNull(name, param);
    if (name.isBlank()) {
      throw new IllegalArgumentException(param + " must not be blank, was '" + name + "'");
    }
    return name.trim();
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof SeriesColumns)) {
      return false;
    }
    SeriesColumns other = (SeriesColumns) obj;
    return Objects.equals(timeColumn, other.timeColumn)
        && valueColumns.equals(other.valueColumns)
        && filters.equals(other.filters)
        && ordered == other.ordered;
  }

  @Override
  public int hashCode() {
    return Objects.hash(timeColumn, valueColumns, filters, ordered);
  }

  @Override
  public String toString() {
    return "SeriesColumns[time=" + (timeColumn == null ? DEFAULT_TIME_COLUMNS : timeColumn)
        + ", values=" + (valueColumns.isEmpty() ? DEFAULT_VALUE_COLUMNS : valueColumns)
        + ", where=" + filters + (ordered ? "" : ", any time order") + "]";
  }
}
