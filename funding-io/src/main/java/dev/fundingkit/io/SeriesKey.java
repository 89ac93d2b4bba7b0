package dev.fundingkit.io;

import java.util.Objects;
import java.util.Optional;

/**
 * Which series of a file a row belongs to: its venue and symbol, either of which a file may not
 * say. A file with several keys (several symbols, or one symbol on several venues) is read as a
 * map of series by key.
 *
 * <p>Immutable and thread-safe; {@link #toString()} is {@code venue symbol}, or the one that is
 * known, or {@code (unnamed)}.
 */
public final class SeriesKey implements Comparable<SeriesKey> {

  private static final SeriesKey NONE = new SeriesKey(null, null);

  private final String venue;
  private final String symbol;

  private SeriesKey(String venue, String symbol) {
    this.venue = venue;
    this.symbol = symbol;
  }

  /**
   * A key with both parts known.
   *
   * @param venue the venue as the file names it, such as {@code okx}, not blank
   * @param symbol the symbol as the file names it, such as {@code BTCUSDT}, not blank
   * @return the key
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument is blank
   */
  public static SeriesKey of(String venue, String symbol) {
    return new SeriesKey(text("venue", venue), text("symbol", symbol));
  }

  /**
   * A key from parts that may be absent (null or blank means unknown).
   *
   * @param venue the venue, or null
   * @param symbol the symbol, or null
   * @return the key
   */
  public static SeriesKey ofNullable(String venue, String symbol) {
    String v = venue == null || venue.isBlank() ? null : venue.trim();
    String s = symbol == null || symbol.isBlank() ? null : symbol.trim();
    return v == null && s == null ? NONE : new SeriesKey(v, s);
  }

  /**
   * The key of a file that names neither venue nor symbol.
   *
   * @return the unnamed key
   */
  public static SeriesKey unnamed() {
    return NONE;
  }

  /**
   * The venue as the file names it.
   *
   * @return the venue, or empty if the file does not say
   */
  public Optional<String> venue() {
    return Optional.ofNullable(venue);
  }

  /**
   * The symbol as the file names it.
   *
   * @return the symbol, or empty if the file does not say
   */
  public Optional<String> symbol() {
    return Optional.ofNullable(symbol);
  }

  private static String text(String name, String value) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, was '" + value + "'");
    }
    return value.trim();
  }

  /** Venue first, then symbol; unknown parts sort first. */
  @Override
  public int compareTo(SeriesKey o) {
    int c = compare(venue, o.venue);
    return c != 0 ? c : compare(symbol, o.symbol);
  }

  private static int compare(String a, String b) {
    if (a == null) {
      return b == null ? 0 : -1;
    }
    return b == null ? 1 : a.compareTo(b);
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof SeriesKey)) {
      return false;
    }
    SeriesKey o = (SeriesKey) obj;
    return Objects.equals(venue, o.venue) && Objects.equals(symbol, o.symbol);
  }

  @Override
  public int hashCode() {
    return Objects.hash(venue, symbol);
  }

  @Override
  public String toString() {
    if (venue == null && symbol == null) {
      return "(unnamed)";
    }
    return venue == null ? symbol : symbol == null ? venue : venue + " " + symbol;
  }
}
