package dev.fundingkit.flink;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Reads the shared multi-venue funding files into {@link FundingEvent}s: every
 * {@code zushen-crossvenue/*.csv.gz} (venue, {@code canonical_symbol}, {@code settlement_ts},
 * {@code rate_raw}, {@code interval_hours}) and
 * {@code supervik-multivenue/funding_btc_eth_7venues_utc.csv.gz} (venue, symbol,
 * {@code funding_time_ms}, {@code funding_rate}, {@code nominal_interval_hours}).
 *
 * <p>A stated interval becomes a {@code DECLARED} one; a row with the interval empty (one Bybit
 * INJ row) becomes an undeclared event whose interval the series operator infers. Parsing is
 * strict: a malformed row is an {@link IllegalArgumentException} naming file and line.
 *
 * <p>A stand-in until the io module's readers land on main; the pipeline only needs a
 * {@code List<FundingEvent>}, so swapping the reader changes nothing downstream.
 */
public final class SharedFundingFiles {

  private static final long HOUR_MS = 3_600_000L;

  private SharedFundingFiles() {}

  /**
   * Every file of both data sets below the shared data folder, in file-name order.
   *
   * @param dataRoot the shared {@code data} folder
   * @return the files that exist (empty when neither set is present)
   * @throws NullPointerException if {@code dataRoot} is null
   * @throws UncheckedIOException if the folder cannot be listed
   */
  public static List<Path> files(Path dataRoot) {
    Objects.requireNonNull(dataRoot, "dataRoot");
    List<Path> out = new ArrayList<>();
    Path zushen = dataRoot.resolve("zushen-crossvenue");
    if (Files.isDirectory(zushen)) {
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(zushen, "*.csv.gz")) {
        ds.forEach(out::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.sort(null);
    }
    Path supervik = dataRoot.resolve("supervik-multivenue/funding_btc_eth_7venues_utc.csv.gz");
    if (Files.isRegularFile(supervik)) {
      out.add(supervik);
    }
    return out;
  }

  /**
   * Reads one file of either data set, recognised by its header.
   *
   * @param file the gzipped CSV file
   * @return its rows as events, in file order
   * @throws NullPointerException if {@code file} is null
   * @throws UncheckedIOException if it cannot be read
   * @throws IllegalArgumentException if the header is unknown or a row is malformed
   */
  public static List<FundingEvent> read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream raw = Files.newInputStream(file);
        BufferedReader in = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
      String header = in.readLine();
      if (header == null) {
        return List.of();
      }
      Map<String, Integer> col = new HashMap<>();
      String[] names = header.split(",", -1);
      for (int i = 0; i < names.length; i++) {
        col.put(names[i], i);
      }
      boolean zushen = col.containsKey("canonical_symbol");
      if (!zushen && !col.containsKey("funding_time_ms")) {
        throw new IllegalArgumentException(file + ": unknown header " + header);
      }
      int venue = col.get("venue");
      int symbol = col.get(zushen ? "canonical_symbol" : "symbol");
      int time = col.get(zushen ? "settlement_ts" : "funding_time_ms");
      int rate = col.get(zushen ? "rate_raw" : "funding_rate");
      int hours = col.get(zushen ? "interval_hours" : "nominal_interval_hours");
      List<FundingEvent> out = new ArrayList<>();
      String line;
      int n = 1;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isEmpty()) {
          continue;
        }
        String[] f = line.split(",", -1);
        try {
          long t = zushen ? Instant.parse(f[time]).toEpochMilli() : Long.parseLong(f[time]);
          double v = Double.parseDouble(f[rate]);
          out.add(f[hours].isEmpty()
              ? FundingEvent.undeclared(f[venue], f[symbol], t, v)
              : FundingEvent.declared(f[venue], f[symbol], t, v,
                  Math.round(Double.parseDouble(f[hours]) * HOUR_MS)));
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(file + " line " + n + ": " + e.getMessage(), e);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The asset a symbol is aggregated under across venues: the text before the first
   * {@code '-'} ({@code APT-USDT-PERP} and {@code APT-USDC-PERP} are both {@code APT}).
   *
   * @param symbol the symbol
   * @return its base asset
   * @throws NullPointerException if {@code symbol} is null
   */
  public static String base(String symbol) {
    int dash = symbol.indexOf('-');
    return dash < 0 ? symbol : symbol.substring(0, dash);
  }
}
