package dev.fundingkit.flink;

import dev.fundingkit.core.ledger.PaymentTerms;
import dev.fundingkit.core.ledger.StalePolicy;
import dev.fundingkit.core.series.FundingSeries;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * Records per second of the rate ({@link PremiumRates}) and ledger ({@link LedgerEntries})
 * operators in BATCH mode on the shared files, outputs discarded: a runner for the README's
 * figures, not a test (timings belong to a quiet machine, not to CI).
 *
 * <p>{@code OperatorThroughput <dataDir> <parallelism> [copies]}. Rates: Hyperliquid's hourly
 * premiums (its own average, interval 1 h, predictions every 15 min) and Binance's 1 h premium
 * index closes (8 h, predictions hourly), each under {@code copies} symbol labels (default 20)
 * so a run lasts long enough to time. Ledger: every settlement of the shared multi-venue files
 * (intervals as the library infers them, payment price 1) with a position that changes every
 * 5 days, and no bookings (every non-zero entry is a MISSING reconciliation line).
 */
public final class OperatorThroughput {

  private static final long H = 3_600_000L;

  private OperatorThroughput() {}

  /**
   * Runs both measurements and prints them with the load average.
   *
   * @param args {@code dataDir parallelism [copies]}
   * @throws Exception if reading or a job fails
   */
  public static void main(String[] args) throws Exception {
    Path data = Paths.get(args[0]);
    int parallelism = Integer.parseInt(args[1]);
    int copies = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    List<PremiumTick> hl = new ArrayList<>();
    List<PremiumTick> binance = new ArrayList<>();
    readPremiums(data, copies, hl, binance);
    List<LedgerInput> ledger = ledgerInputs(data);
    System.out.printf(Locale.ROOT, "loadavg before: %s%n", loadavg());
    for (int round = 0; round < 2; round++) { // the first round warms the JVM up
      long n = hl.size() + binance.size();
      double s = rates(parallelism, hl, binance);
      System.out.printf(Locale.ROOT, "round %d rates  p=%d: %,d samples in %.2f s = %,.0f rec/s"
          + " (%,.0f rec/s per core)%n", round, parallelism, n, s, n / s, n / s / parallelism);
      double l = ledger(parallelism, ledger);
      System.out.printf(Locale.ROOT, "round %d ledger p=%d: %,d inputs in %.2f s = %,.0f rec/s"
          + " (%,.0f rec/s per core)%n", round, parallelism, ledger.size(), l,
          ledger.size() / l, ledger.size() / l / parallelism);
    }
    System.out.printf(Locale.ROOT, "loadavg after: %s%n", loadavg());
  }

  static double rates(int parallelism, List<PremiumTick> hl, List<PremiumTick> binance)
      throws Exception {
    StreamExecutionEnvironment env =
        FundingPipeline.environment(RuntimeExecutionMode.BATCH, parallelism);
    rateJob(env, hl, "hyperliquid", Duration.ofHours(1), Duration.ofMinutes(15));
    rateJob(env, binance, "binance-usdm", Duration.ofHours(8), Duration.ofHours(1));
    long start = System.nanoTime();
    env.execute("rates-throughput");
    return (System.nanoTime() - start) / 1e9;
  }

  private static void rateJob(StreamExecutionEnvironment env, List<PremiumTick> in, String venue,
      Duration interval, Duration every) {
    SingleOutputStreamOperator<PremiumRateRow> out = env
        .fromData(in, FundingTypes.PREMIUM_TICK)
        .assignTimestampsAndWatermarks(WatermarkStrategy.<PremiumTick>forMonotonousTimestamps()
            .withTimestampAssigner((p, ts) -> p.epochMillis()))
        .keyBy(PremiumTick::key, Types.STRING)
        .process(new PremiumRates(venue, interval, every, Duration.ZERO),
            FundingTypes.PREMIUM_RATE_ROW)
        .name("premium-rates-" + venue);
    out.sinkTo(new DiscardingSink<>());
  }

  static double ledger(int parallelism, List<LedgerInput> in) throws Exception {
    StreamExecutionEnvironment env =
        FundingPipeline.environment(RuntimeExecutionMode.BATCH, parallelism);
    SingleOutputStreamOperator<LedgerEntryRow> out = env
        .fromData(in, FundingTypes.LEDGER_INPUT)
        .assignTimestampsAndWatermarks(WatermarkStrategy.<LedgerInput>forMonotonousTimestamps()
            .withTimestampAssigner((p, ts) -> p.epochMillis()))
        .keyBy(LedgerInput::key, Types.STRING)
        .process(new LedgerEntries(PaymentTerms.defaults(), StalePolicy.REFUSE, 1e-9,
            Duration.ofMinutes(1), Duration.ZERO), FundingTypes.LEDGER_ENTRY_ROW)
        .name("ledger-entries");
    out.sinkTo(new DiscardingSink<>());
    out.getSideOutput(LedgerEntries.RECONCILIATION).sinkTo(new DiscardingSink<>());
    long start = System.nanoTime();
    env.execute("ledger-throughput");
    return (System.nanoTime() - start) / 1e9;
  }

  private static void readPremiums(Path data, int copies, List<PremiumTick> hl,
      List<PremiumTick> binance) throws IOException {
    for (String[] r : csv(data.resolve(
        "hyperliquid-yuchengzhang/hyperliquid_btc_eth_funding_premium_1h.csv.gz"))) {
      for (int c = 0; c < copies; c++) {
        hl.add(new PremiumTick("hyperliquid", r[0] + "#" + c, Long.parseLong(r[1]),
            Double.parseDouble(r[4])));
      }
    }
    DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    for (String sym : List.of("BTCUSDT", "ETHUSDT")) {
      for (String[] r : csv(data.resolve("binance-gobbles404/" + sym + "_1h_premium_index.csv.gz"))) {
        // a bar's close measures the hour up to its end
        long t = LocalDateTime.parse(r[0], f).toInstant(ZoneOffset.UTC).toEpochMilli() + H;
        for (int c = 0; c < copies; c++) {
          binance.add(new PremiumTick("binance", sym + "#" + c, t, Double.parseDouble(r[4])));
        }
      }
    }
  }

  static List<LedgerInput> ledgerInputs(Path data) throws IOException {
    Map<String, List<FundingEvent>> byKey = new TreeMap<>();
    for (Path f : SharedFundingFiles.files(data)) {
      for (FundingEvent e : SharedFundingFiles.read(f)) {
        byKey.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
      }
    }
    List<LedgerInput> out = new ArrayList<>();
    for (List<FundingEvent> rows : byKey.values()) {
      rows.sort(Comparator.comparingLong(FundingEvent::epochMillis));
      FundingSeries.Builder b = FundingSeries.builder();
      long prev = Long.MIN_VALUE;
      for (FundingEvent e : rows) {
        if (e.epochMillis() == prev) {
          continue;
        }
        prev = e.epochMillis();
        if (e.intervalMillis() > 0) {
          b.add(e.epochMillis(), e.value(), e.intervalMillis(), e.source());
        } else {
          b.add(e.epochMillis(), e.value());
        }
      }
      FundingSeries s = b.build();
      String v = rows.get(0).venue();
      String sym = rows.get(0).symbol();
      for (int i = 0; i < s.size(); i++) {
        out.add(LedgerInput.settlement(v, sym, s.epochMilli(i), s.value(i),
            s.intervalMillis(i), 1.0));
      }
      double[] sizes = {1.0, -2.0, 0.0};
      int k = 0;
      for (long t = s.epochMilli(0) - H; t < s.epochMilli(s.size() - 1); t += 5 * 24 * H) {
        out.add(LedgerInput.sizeChange(v, sym, t, sizes[k++ % 3]));
      }
    }
    out.sort(Comparator.comparingLong(LedgerInput::epochMillis));
    return out;
  }

  private static List<String[]> csv(Path gz) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        rows.add(line.split(","));
      }
    }
    return rows;
  }

  private static String loadavg() {
    try {
      return Files.readString(Paths.get("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "n/a";
    }
  }
}
