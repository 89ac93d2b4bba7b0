package dev.fundingkit.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fundingkit.core.testing.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Interval inference on one year of real settlements (SOURCES.md §6, ZuShen168/funding_rate_data
 * at 8040d313): every symbol of Binance and Bybit, against an independent reading of the same
 * timestamps and against the file's own {@code interval_hours} column.
 */
class IntervalInferenceConformanceTest {

  private static final long H = 3_600_000L;

  /** One symbol's rows: settlement millis, the file's interval_hours, rate. */
  record Series(long[] millis, int[] hours, double[] rates) {}

  private static final Map<Path, Map<String, Series>> CACHE = new java.util.HashMap<>();

  /** Reads a venue file once per test run (parsing dominates the runtime). */
  static synchronized Map<String, Series> read(Path file) throws IOException {
    Map<String, Series> cached = CACHE.get(file);
    if (cached == null) {
      cached = parse(file);
      CACHE.put(file, cached);
    }
    return cached;
  }

  private static Map<String, Series> parse(Path file) throws IOException {
    Map<String, List<String[]>> rows = new TreeMap<>();
    try (BufferedReader in = SharedData.open(file)) {
      String header = in.readLine();
      assertTrue(header.startsWith("venue,venue_symbol,canonical_symbol,settlement_ts,rate_raw,"
          + "interval_hours"), header);
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = line.split(",", -1);
        rows.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f);
      }
    }
    Map<String, Series> out = new TreeMap<>();
    rows.forEach((symbol, list) -> {
      list.sort((a, b) -> a[3].compareTo(b[3]));
      long[] t = new long[list.size()];
      int[] h = new int[list.size()];
      double[] r = new double[list.size()];
      for (int i = 0; i < t.length; i++) {
        String[] f = list.get(i);
        t[i] = Instant.parse(f[3]).toEpochMilli();
        h[i] = f[5].isEmpty() ? -1 : Integer.parseInt(f[5]);
        r[i] = Double.parseDouble(f[4]);
      }
      out.put(symbol, new Series(t, h, r));
    });
    return out;
  }

  /**
   * Independent reading: settlements whose gap to the previous one is 4h (to the minute) and
   * that open three 4h gaps in a row after at least three 8h gaps in a row.
   */
  static List<Long> eightToFourByHand(long[] t) {
    List<Long> out = new ArrayList<>();
    int eights = 0;
    for (int i = 1; i + 2 < t.length; i++) {
      long g = Math.round((t[i] - t[i - 1]) / 60_000.0);
      if (g == 480) {
        eights++;
        continue;
      }
      boolean fourRun = g == 240 && Math.round((t[i + 1] - t[i]) / 60_000.0) == 240
          && Math.round((t[i + 2] - t[i + 1]) / 60_000.0) == 240;
      if (fourRun && eights >= 3) {
        out.add(t[i]);
      }
      eights = 0;
    }
    return out;
  }

  @Test
  void binance_everySymbol_changesMatchTheHandReading_andLabelsMatchTheFile() throws IOException {
    Map<String, Series> all = read(SharedData.require("zushen-crossvenue/funding_binance.csv.gz"));
    assertEquals(36, all.size());
    assertEquals(46_726, all.values().stream().mapToInt(s -> s.millis().length).sum());

    TreeSet<String> disagreements = new TreeSet<>();
    int changes = 0;
    int handChanges = 0;
    for (Map.Entry<String, Series> e : all.entrySet()) {
      Series s = e.getValue();
      InferredSchedule r = IntervalInference.STANDARD.infer(s.millis());
      List<Long> inferredEightToFour = new ArrayList<>();
      List<IntervalSegment> segs = r.segments();
      for (int k = 1; k < segs.size(); k++) {
        if (segs.get(k - 1).interval().toHours() == 8 && segs.get(k).interval().toHours() == 4) {
          inferredEightToFour.add(segs.get(k).start().toEpochMilli());
        }
      }
      List<Long> byHand = eightToFourByHand(s.millis());
      assertEquals(byHand, inferredEightToFour, e.getKey());
      changes += r.changeCount();
      handChanges += byHand.size();
      long[] labels = r.intervalsMillis();
      for (int i = 0; i < labels.length; i++) {
        if (labels[i] != s.hours()[i] * H) {
          disagreements.add(e.getKey() + "@" + Instant.ofEpochMilli(s.millis()[i]) + ":file="
              + s.hours()[i] + "h,inferred=" + labels[i] / H + "h");
        }
      }
    }
    // The year of Binance data holds no 8h -> 4h move (checked by hand: zcat | awk over
    // settlement_ts per symbol gives only 8h gaps for 30 symbols and only 4h gaps for ORDI,
    // TIA, WIF (USDT and USDC) and TONUSDT, apart from the missing 04:00 row below).
    assertEquals(0, handChanges);
    assertEquals(0, changes);
    // The file labels the 08:00 settlement after the missing 2026-06-24 04:00 row "8" (from the
    // spacing); it is a 4h symbol with one row missing, and inference says 4h. Verified with
    // zcat funding_binance.csv.gz | grep 'ORDIUSDT,.*2026-06-2[34]'.
    assertEquals(new TreeSet<>(List.of(
        "ORDIUSDC@2026-06-24T08:00:00.005Z:file=8h,inferred=4h",
        "ORDIUSDT@2026-06-24T08:00:00.005Z:file=8h,inferred=4h",
        "TIAUSDC@2026-06-24T08:00:00.005Z:file=8h,inferred=4h",
        "TIAUSDT@2026-06-24T08:00:00.005Z:file=8h,inferred=4h",
        "WIFUSDC@2026-06-24T08:00:00.005Z:file=8h,inferred=4h",
        "WIFUSDT@2026-06-24T08:00:00.005Z:file=8h,inferred=4h")), disagreements);

    // hand-checked segments
    assertEquals(List.of(new IntervalSegment(Instant.parse("2025-08-21T08:00:00Z"),
        Instant.parse("2026-08-21T00:00:00.004Z"), Duration.ofHours(8), 1095)),
        IntervalInference.STANDARD.infer(all.get("BTCUSDT").millis()).segments());
    assertEquals(List.of(new IntervalSegment(Instant.parse("2025-08-21T08:00:00Z"),
        Instant.parse("2026-06-23T08:00:00.005Z"), Duration.ofHours(4), 1837)),
        IntervalInference.STANDARD.infer(all.get("TONUSDT").millis()).segments());
    assertEquals(SettlementSchedule.FOUR_HOURLY, IntervalInference.STANDARD
        .infer(all.get("ORDIUSDT").millis()).toSchedule().segments().get(0).schedule());
  }

  @Test
  void binance_deletingRealRows_neverCreatesAChange() throws IOException {
    Map<String, Series> all = read(SharedData.require("zushen-crossvenue/funding_binance.csv.gz"));
    SplittableRandom rnd = new SplittableRandom(20261122L);
    int trials = 0;
    for (Map.Entry<String, Series> e : all.entrySet()) {
      long[] t = e.getValue().millis();
      long interval = IntervalInference.STANDARD.infer(t).intervalsMillis()[0];
      for (int trial = 0; trial < 5; trial++, trials++) {
        double p = 0.04 * (trial + 1); // 4% .. 20% of rows missing
        long[] kept = Arrays.stream(t)
            .filter(x -> x == t[0] || x == t[t.length - 1] || rnd.nextDouble() >= p).toArray();
        InferredSchedule r = IntervalInference.STANDARD.infer(kept);
        assertEquals(0, r.changeCount(), e.getKey() + " with " + p + " missing: " + r);
        assertEquals(interval, r.intervalsMillis()[kept.length - 1], e.getKey());
      }
    }
    assertEquals(36 * 5, trials);
  }

  @Test
  void bybit_injusdtCapSwitch_isTheOnlyChange_andLandsOnTheRightSettlements()
      throws IOException {
    Map<String, Series> all = read(SharedData.require("zushen-crossvenue/funding_bybit.csv.gz"));
    assertEquals(51, all.size());
    Map<String, Integer> changes = new TreeMap<>();
    for (Map.Entry<String, Series> e : all.entrySet()) {
      int c = IntervalInference.STANDARD.infer(e.getValue().millis()).changeCount();
      if (c > 0) {
        changes.put(e.getKey(), c);
      }
    }
    // INJUSDT settled -1% at 2026-02-19 16:00, went hourly from 17:00 (170 rows labelled 1 in
    // the file), stepped 18:00 -> 00:00 (6h, unlabelled in the file) and is 8-hourly again
    // from 2026-02-27 08:00. TSLAUSDT's 4h listing stub (12:00 -> 16:00) is not a change.
    assertEquals(Map.of("INJUSDT", 2), changes);
    Series inj = all.get("INJUSDT");
    InferredSchedule r = IntervalInference.STANDARD.infer(inj.millis());
    List<IntervalSegment> segs = r.segments();
    assertEquals(new IntervalSegment(Instant.parse("2026-02-19T17:00:00Z"),
        Instant.parse("2026-02-27T00:00:00Z"), Duration.ofHours(1), 171), segs.get(1));
    assertEquals(Instant.parse("2026-02-27T08:00:00Z"), segs.get(2).start());
    // the file's own labels: every row it marks 1h is in the hourly segment
    long[] labels = r.intervalsMillis();
    for (int i = 0; i < labels.length; i++) {
      if (inj.hours()[i] > 0) {
        assertEquals(inj.hours()[i] * H, labels[i], Instant.ofEpochMilli(inj.millis()[i])
            .toString());
      }
    }
  }
}
