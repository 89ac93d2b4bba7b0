package dev.fundingkit.examples.report;

import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.formula.FundingCap;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
import dev.fundingkit.core.venue.FundingConventions;
import dev.fundingkit.core.venue.SymbolTerms;
import dev.fundingkit.stats.ou.OuParameters;
import dev.fundingkit.stats.ou.OuSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * SYNTHETIC venues and symbols for the demonstration report's comparison charts: three made-up
 * venues ({@link #VENUES}) listing four symbols ({@link #SYMBOLS}), each series generated
 * deterministically by the library's {@link OuSimulator} (premium index) and Binance USDS-M
 * formula over the same two years as {@link DemoData}. Venue A's BTC is {@link DemoData}
 * itself; venue C settles every 4 h; venue C's BTC misses {@link #OUTAGE_SETTLEMENTS}
 * settlements from {@link #OUTAGE_START} so that the page shows a gap.
 *
 * <p>None of these figures comes from a market. Stateless and thread-safe.
 */
public final class DemoVenues {

  /** The venue names, every one labelled synthetic. */
  public static final List<String> VENUES =
      List.of("Venue A (synthetic)", "Venue B (synthetic)", "Venue C (synthetic)");

  /** The symbols every venue lists. */
  public static final List<String> SYMBOLS = List.of("BTC", "ETH", "SOL", "DOGE");

  /** The first settlement venue C's BTC misses. */
  public static final Instant OUTAGE_START = Instant.parse("2025-03-10T00:00:00Z");

  /** How many 4-hourly settlements venue C's BTC misses. */
  public static final int OUTAGE_SETTLEMENTS = 18;

  private static final double[] SYMBOL_MEAN = {1.6e-4, 1.9e-4, 2.4e-4, 1.2e-4};
  private static final double[] SYMBOL_SD = {6.7e-4, 7.5e-4, 1.1e-3, 1.3e-3};
  private static final double[] VENUE_SHIFT = {0.0, -4e-5, 6e-5};
  private static final List<Duration> VENUE_INTERVAL =
      List.of(Duration.ofHours(8), Duration.ofHours(8), Duration.ofHours(4));

  private static final List<FundingSeries> ALL = generate();

  private DemoVenues() {}

  /**
   * Every venue × symbol series, venue-major ({@code VENUES.size() × SYMBOLS.size()} of them),
   * each with its venue and symbol set; intervals are DECLARED by the generator.
   *
   * @return the series, unmodifiable
   */
  public static List<FundingSeries> all() {
    return ALL;
  }

  private static List<FundingSeries> generate() {
    List<FundingSeries> out = new ArrayList<>();
    for (int v = 0; v < VENUES.size(); v++) {
      for (int s = 0; s < SYMBOLS.size(); s++) {
        FundingSeries series = v == 0 && s == 0 ? demoSeries() : simulate(v, s);
        out.add(series.withVenue(VENUES.get(v)).withSymbol(SYMBOLS.get(s)));
      }
    }
    return List.copyOf(out);
  }

  private static FundingSeries demoSeries() {
    DemoData demo = DemoData.get();
    Instant[] t = demo.times();
    long[] ms = new long[t.length];
    for (int i = 0; i < t.length; i++) {
      ms[i] = t[i].toEpochMilli();
    }
    return FundingSeries.of(ms, demo.rateValues(), DemoData.INTERVAL, IntervalSource.DECLARED);
  }

  private static FundingSeries simulate(int venue, int symbol) {
    Duration interval = VENUE_INTERVAL.get(venue);
    double scale = interval.toMillis() / (double) Duration.ofHours(8).toMillis();
    int n = (int) (Duration.ofDays(730).toMillis() / interval.toMillis());
    double theta = Math.log(2) / (24.0 + 12 * symbol);
    double mean = (SYMBOL_MEAN[symbol] + VENUE_SHIFT[venue]) * scale;
    double sd = SYMBOL_SD[symbol] * scale;
    OuParameters process = OuParameters.perHour(theta, FundingRate.of(mean, interval),
        sd * Math.sqrt(2 * theta));                      // levels per the venue's interval
    double[] hours = new double[n];
    long[] all = new long[n];
    for (int i = 0; i < n; i++) {
      all[i] = DemoData.START.plus(interval.multipliedBy(i)).toEpochMilli();
      hours[i] = i * interval.toMillis() / 3_600_000.0;
    }
    double[] premium = OuSimulator.seeded(process, 1000L + 10L * venue + symbol).path(hours);
    SymbolTerms terms = SymbolTerms.of(interval).withCap(FundingCap.symmetric(0.003 * scale));
    boolean outage = venue == 2 && symbol == 0;
    long outageFrom = OUTAGE_START.toEpochMilli();
    long outageTo = OUTAGE_START.plus(interval.multipliedBy(OUTAGE_SETTLEMENTS)).toEpochMilli();
    long[] ms = new long[n];
    double[] values = new double[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (outage && all[i] >= outageFrom && all[i] < outageTo) {
        continue;
      }
      Instant at = Instant.ofEpochMilli(all[i]);
      ms[k] = all[i];
      values[k] = Double.parseDouble(FundingConventions.BINANCE_USDM.versionAt(at)
          .rate(premium[i], terms).published()) + 0.0;
      k++;
    }
    return FundingSeries.of(Arrays.copyOf(ms, k), Arrays.copyOf(values, k),
        interval, IntervalSource.DECLARED);
  }
}
