package dev.fundingkit.examples;

import dev.fundingkit.core.formula.FundingBreakdown;
import dev.fundingkit.core.venue.FundingConventions;
import dev.fundingkit.core.venue.SymbolTerms;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Can we trust a funding formula? Only if it reproduces what the venue actually published.
 * Hyperliquid publishes, for every hour, both the average premium and the hourly rate it paid;
 * recomputing the rate from the premium with {@link FundingConventions#HYPERLIQUID} and
 * comparing digit for digit is the proof. This example recomputes six telling hours (a calm
 * hour in the dead zone, negative funding, the 2025-10-10 crash, the largest positive hour and
 * a rounding tie) and, when the shared data folder is present, every one of the 24,384 BTC and
 * ETH hours of 2024-01-01..2025-12-28.
 *
 * <p>Data: {@code hyperliquid-yuchengzhang/hyperliquid_btc_eth_funding_premium_1h.csv.gz} in the
 * folder given as the first argument, else the {@code fundingkit.shared.data} system property,
 * else {@code ../shared/data}. Without it the six hours come from the table embedded below.
 */
public final class ReproducePublishedRates {

  private static final String FILE =
      "hyperliquid-yuchengzhang/hyperliquid_btc_eth_funding_premium_1h.csv.gz";

  /**
   * Six rows of {@code FILE} copied verbatim ({@code coin,time_ms,time_utc,funding_rate_1h,
   * premium}): Hyperliquid {@code fundingHistory} strings as re-saved in
   * github.com/yuchengzhang966/funding-rate-efficient-frontier @ 9669d3d9
   * ({@code data_analysis/funding_rate_raw/*.json}); see {@code shared/data/SOURCES.md} §2.
   */
  private static final List<String> EMBEDDED = List.of(
      "BTC,1704067200151,2024-01-01T00:00:00.151Z,0.0000617991,0.0009943926",
      "BTC,1704225600130,2024-01-02T20:00:00.130Z,0.0000125,0.0005494864",
      "BTC,1704333600393,2024-01-04T02:00:00.393Z,0.000017114,0.0006369124",
      "BTC,1707760800357,2024-02-12T18:00:00.357Z,0.0005980828,0.0052846623",
      "BTC,1720051200083,2024-07-04T00:00:00.083Z,-0.0000421106,-0.0008368845",
      "ETH,1760133600084,2025-10-10T22:00:00.084Z,-0.0003855844,-0.0035846753");

  private ReproducePublishedRates() {}

  /**
   * Prints the six hours recomputed and, with the shared data, the tally over every hour.
   *
   * @param args optional: the shared data folder
   * @throws IOException if the data file exists but cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path folder = Paths.get(args.length > 0 ? args[0]
        : System.getProperty("fundingkit.shared.data", "../shared/data"));
    Path file = folder.resolve(FILE);
    List<String> rows = Files.isRegularFile(file) ? readAll(file) : EMBEDDED;
    System.out.println(rows == EMBEDDED
        ? "Source: embedded rows (shared data not found at " + file + ")"
        : "Source: " + FILE + " (" + rows.size() + " hours)");

    Set<String> samples = Set.copyOf(EMBEDDED);
    System.out.printf("%-20s %-4s %14s %14s %14s%n",
        "hour (UTC)", "coin", "premium", "published", "recomputed");
    int within = 0;
    int exact = 0;
    for (String row : rows) {
      String[] c = row.split(",", -1);
      Instant hour = Instant.ofEpochMilli(Long.parseLong(c[1]));
      BigDecimal published = new BigDecimal(c[3]);
      // tag::reproduce[]
      double premium = Double.parseDouble(c[4]);          // the hour's average premium
      FundingBreakdown b = FundingConventions.HYPERLIQUID
          .rate(hour, premium, SymbolTerms.of(Duration.ofHours(1)));
      boolean same = new BigDecimal(b.published()).compareTo(published) == 0; // 10 decimals
      // end::reproduce[]
      within += Math.abs(b.rate().value() - published.doubleValue()) <= 1.000001e-10 ? 1 : 0;
      exact += same ? 1 : 0;
      if (samples.contains(row)) {
        System.out.printf(Locale.ROOT, "%-20s %-4s %14s %14s %14s  %s%n",
            hour.truncatedTo(ChronoUnit.MINUTES), c[0], c[4], c[3], b.published(),
            same ? "exact" : "1e-10 off (rounding tie)");
      }
    }
    System.out.printf(Locale.ROOT,
        "%d hours: %d within 1e-10, %d (%.1f%%) exact at 10 decimals%n",
        rows.size(), within, exact, 100.0 * exact / rows.size());
  }

  private static List<String> readAll(Path file) throws IOException {
    List<String> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      in.readLine();                                       // header
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        rows.add(line);
      }
    }
    return rows;
  }
}
