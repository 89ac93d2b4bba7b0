package dev.fundingkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fundingkit.core.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitCommandTest {

  private static final List<String> CONTRACT_KEYS = List.of("n", "thetaMle", "theta", "mu",
      "sigma", "stationarySd", "halfLifeHours", "halfLifeHoursMle", "halfLifeHoursCi", "verdict",
      "adfTau", "entryLevel", "exitLevel");

  @TempDir Path dir;

  /** An exact AR(1) path on an 8-hour grid: phi 0.8 per step, so half-life 8 ln2/ln(1/0.8). */
  private Path simulated(int n) throws IOException {
    SplittableRandom random = new SplittableRandom(7);
    StringBuilder csv = new StringBuilder("time,rate\n");
    double x = 0.0001;
    Instant t = Instant.parse("2024-01-01T00:00:00Z");
    for (int i = 0; i < n; i++) {
      csv.append(t.plusSeconds(8 * 3600L * i)).append(',').append(x).append('\n');
      x = 0.0001 + 0.8 * (x - 0.0001) + 0.0001 * gaussian(random);
    }
    Path file = dir.resolve("sim.csv");
    Files.writeString(file, csv);
    return file;
  }

  private static double gaussian(SplittableRandom random) {
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
        * Math.cos(2 * Math.PI * random.nextDouble());
  }

  private Path write(String text) throws IOException {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void acceptance_binanceBtc2020to2026_meanReverting() {
    Path file = SharedData.require("binance_btc_eth_funding_8h_2020_2026_stitched.csv.gz");
    JsonNode json = CliRun.of("fit", file.toString(), "--where", "symbol=BTCUSDT", "--json")
        .json();
    assertEquals(CONTRACT_KEYS, AnnualizeCommandTest.fieldNames(json).subList(0, 13));
    assertEquals(7273, json.get("n").intValue());
    assertEquals("MEAN_REVERTING", json.get("verdict").textValue());
    // issue 11 done-when: both half-lives with intervals and the LR statistic
    assertTrue(json.get("multiScale").booleanValue(), json.toString());
    double fast = json.get("halfLifeFastHours").doubleValue();
    double slow = json.get("halfLifeSlowHours").doubleValue();
    assertTrue(fast < slow, json.toString());
    assertTrue(json.get("halfLifeFastHoursCi").get(0).doubleValue() < fast);
    assertTrue(json.get("halfLifeSlowHoursCi").get(1).doubleValue() > slow);
    assertTrue(json.get("lrStatistic").doubleValue() > 100);
    assertEquals("8h", json.get("interval").textValue());
    assertEquals("inferred", json.get("intervalSource").textValue());
    double halfLife = json.get("halfLifeHours").doubleValue();
    assertTrue(halfLife > 12 && halfLife < 36, "domain brief: 12-36 h, was " + halfLife);
    JsonNode ci = json.get("halfLifeHoursCi");
    assertEquals(2, ci.size());
    assertTrue(ci.get(0).doubleValue() < halfLife && halfLife < ci.get(1).doubleValue());
    double mu = json.get("mu").doubleValue();
    double sd = json.get("stationarySd").doubleValue();
    assertEquals(mu - 2 * sd, json.get("entryLevel").doubleValue(), 1e-18);
    assertEquals(mu - 0.5 * sd, json.get("exitLevel").doubleValue(), 1e-18);
    assertTrue(json.get("theta").doubleValue() <= json.get("thetaMle").doubleValue());
    assertTrue(json.get("adfTau").doubleValue() < -2.86);
  }

  @Test
  void simulatedSeries_recoversTheHalfLife_andHumanOutputSaysIt() throws IOException {
    Path file = simulated(2000);
    JsonNode json = CliRun.of("fit", file.toString(), "--json").json();
    double truth = 8 * Math.log(2) / Math.log(1 / 0.8);
    JsonNode ci = json.get("halfLifeHoursCi");
    assertTrue(ci.get(0).doubleValue() < truth && truth < ci.get(1).doubleValue(),
        "CI " + ci + " should cover " + truth);
    CliRun human = CliRun.of("fit", file.toString());
    assertEquals(0, human.exit());
    assertTrue(human.out().startsWith("OU fit of sim.csv (2000 points"), human.out());
    assertTrue(human.out().contains("half-life"), human.out());
    // the detected format and columns are said once on stderr, nothing else
    assertEquals(List.of("fundingkit fit: " + file + ": read as csv (any CSV by column names)",
        "fundingkit fit: " + file + ": time column 'time', rate column 'rate'",
        "fundingkit fit: " + file + ": intervals inferred from the spacing of settlements"),
        human.err().lines().toList());
  }

  @Test
  void perHour_dividesByTheInferredInterval() throws IOException {
    Path file = simulated(500);
    JsonNode plain = CliRun.of("fit", file.toString(), "--json").json();
    JsonNode perHour = CliRun.of("fit", file.toString(), "--per-hour", "--json").json();
    assertTrue(perHour.get("perHour").booleanValue());
    assertEquals(plain.get("mu").doubleValue() / 8, perHour.get("mu").doubleValue(), 1e-12);
    assertEquals(plain.get("halfLifeHours").doubleValue(),
        perHour.get("halfLifeHours").doubleValue(), 1e-6);
  }

  @Test
  void zonelessTimes_noteOnStderr_jsonStillAlone() throws IOException {
    Path file = simulated(100);
    String text = Files.readString(file).replace("T", " ").replace("Z", "").replace("time ", "t");
    Files.writeString(file, text.replaceFirst("^[^\n]*", "time,rate"));
    CliRun run = CliRun.of("fit", file.toString(), "--json");
    run.json();
    assertTrue(run.err().contains("has no zone; read as UTC"), run.err());
  }

  @Test
  void whiteNoiseFile_isNotIdentified() throws IOException {
    SplittableRandom random = new SplittableRandom(11);
    StringBuilder csv = new StringBuilder("time,rate\n");
    Instant t = Instant.parse("2024-01-01T00:00:00Z");
    for (int i = 0; i < 600; i++) {
      csv.append(t.plusSeconds(8 * 3600L * i)).append(',')
          .append(0.0001 + 0.0001 * gaussian(random)).append('\n');
    }
    Path file = dir.resolve("noise.csv");
    Files.writeString(file, csv);
    JsonNode json = CliRun.of("fit", file.toString(), "--json").json();
    assertEquals("NOT_IDENTIFIED", json.get("verdict").textValue());
    assertTrue(json.get("halfLifeHours").isNull());
    assertEquals("8h", json.get("interval").textValue());
    assertEquals("inferred", json.get("intervalSource").textValue());
    assertEquals(false, json.get("multiScale").booleanValue());
    CliRun human = CliRun.of("fit", file.toString());
    assertTrue(human.out().contains("shorter than the step (8 h)"), human.out());
  }

  @Test
  void newKeys_spanCaveatsIntervalSource_andInfinityInTheCi() throws IOException {
    // 60 points of an AR(1) with φ = 0.8: a short span, and an upper CI end at infinity is
    // written as the string "Infinity"
    JsonNode json = CliRun.of("fit", simulated(2000).toString(), "--json").json();
    assertTrue(json.get("spanHalfLives").doubleValue() > 30);
    assertEquals(0, json.get("caveats").size());
    JsonNode shortFit = CliRun.of("fit", simulated(60).toString(), "--json").json();
    assertTrue(shortFit.get("caveats").toString().contains("SHORT_SPAN")
        || shortFit.get("spanHalfLives").isNull(), shortFit.toString());
    SplittableRandom random = new SplittableRandom(5);
    StringBuilder csv = new StringBuilder("time,rate\n");
    double x = 0;
    Instant t = Instant.parse("2024-01-01T00:00:00Z");
    for (int i = 0; i < 300; i++) {
      csv.append(t.plusSeconds(8 * 3600L * i)).append(',').append(x).append('\n');
      x += 0.00001 * gaussian(random);
    }
    Path walk = dir.resolve("walk.csv");
    Files.writeString(walk, csv);
    JsonNode rw = CliRun.of("fit", walk.toString(), "--json").json();
    JsonNode ci = rw.get("halfLifeHoursCi");
    if (!ci.isNull()) {
      assertTrue(ci.get(1).isNumber() || "Infinity".equals(ci.get(1).textValue()), ci.toString());
    }
  }

  @Test
  void intervalColumn_givesDeclaredIntervals() throws IOException {
    // 4-hourly rows labelled with their interval; two rows missing (an 8 h hole)
    SplittableRandom random = new SplittableRandom(3);
    StringBuilder csv = new StringBuilder("time,rate,interval_hours\n");
    double x = 0.0001;
    Instant t = Instant.parse("2024-01-01T00:00:00Z");
    for (int i = 0; i < 400; i++) {
      if (i != 200 && i != 201) {
        csv.append(t.plusSeconds(4 * 3600L * i)).append(',').append(x).append(",4\n");
      }
      x = 0.0001 + 0.8 * (x - 0.0001) + 0.0001 * gaussian(random);
    }
    Path file = dir.resolve("declared.csv");
    Files.writeString(file, csv);
    JsonNode json = CliRun.of("fit", file.toString(), "--interval-column", "interval_hours",
        "--per-hour", "--json").json();
    assertEquals("declared", json.get("intervalSource").textValue());
    assertEquals("1h", json.get("interval").textValue());
    JsonNode plain = CliRun.of("fit", file.toString(), "--interval-column", "interval_hours",
        "--json").json();
    assertEquals("4h", plain.get("interval").textValue());
    assertEquals(plain.get("mu").doubleValue() / 4, json.get("mu").doubleValue(), 1e-15);
    String bad = CliRun.of("fit", write("time,rate,iv\n2024-01-01T00:00:00Z,1,0\n"
        + "2024-01-01T08:00:00Z,2,8\n").toString(), "--interval-column", "iv").badInput();
    assertTrue(bad.contains("line 2, column 'iv'"), bad);
  }

  @Test
  void help() {
    CliRun run = CliRun.of("fit", "--help");
    assertEquals(0, run.exit());
    assertTrue(run.out().contains("Usage: fundingkit fit"));
    assertTrue(run.out().contains("--where symbol=BTCUSDT"));
  }

  @Test
  void badInput_namesFileLineAndColumn() throws IOException {
    String dup = CliRun.of("fit", write("time,rate\n2024-01-01T00:00:00Z,1\n"
        + "2024-01-01T00:00:00Z,2\n").toString(), "--json").badInput();
    assertTrue(dup.contains("bad.csv line 3, column 'time': duplicate time"), dup);
    // newest first throughout is an order (venue APIs return it); up then down is not
    String unsorted = CliRun.of("fit", write("time,rate\n2024-01-01T08:00:00Z,1\n"
        + "2024-01-01T16:00:00Z,2\n2024-01-01T00:00:00Z,2\n").toString()).badInput();
    assertTrue(unsorted.contains("line 4, column 'time'"), unsorted);
    String nan = CliRun.of("fit", write("time,rate\n2024-01-01T00:00:00Z,NaN\n").toString(),
        "--json").badInput();
    assertTrue(nan.contains("line 2, column 'rate': 'NaN' is not a decimal number"), nan);
    String missing = CliRun.of("fit", write("time,rate\n2024-01-01T00:00:00Z,1\n").toString(),
        "--value-column", "premium").badInput();
    assertTrue(missing.contains("line 1, column 'premium': no such value column"), missing);
    String empty = CliRun.of("fit", write("").toString(), "--json").badInput();
    assertTrue(empty.contains("bad.csv: empty file"), empty);
    String headerOnly = CliRun.of("fit", write("time,rate\n").toString()).badInput();
    assertTrue(headerOnly.contains("no data rows"), headerOnly);
    // too little data is not bad input: the fit says so (issue 9 failure model)
    JsonNode tooFew = CliRun.of("fit", write("time,rate\n2024-01-01T00:00:00Z,1\n"
        + "2024-01-01T08:00:00Z,2\n").toString(), "--json").json();
    assertEquals("INSUFFICIENT_DATA", tooFew.get("verdict").textValue());
    assertEquals("8h", tooFew.get("interval").textValue());
    assertEquals("inferred", tooFew.get("intervalSource").textValue());
    String absent = CliRun.of("fit", dir.resolve("absent.csv").toString()).badInput();
    assertTrue(absent.contains("absent.csv: no such file"), absent);
    assertTrue(CliRun.of("fit", write("time,rate\n").toString(), "--where", "symbol")
        .badInput().contains("'--where'"));
    assertTrue(CliRun.of("fit").badInput().contains("FILE"));
  }

  /**
   * Above 100,000 points the command fits from primitive arrays (the regular closed form when
   * every step is one interval), so 20 million rows fit a 1 GB heap; the figures must be those
   * of the library's series fit on the same data, whichever path ran.
   */
  @Test
  void largeRegularSeries_fitsFromArrays_withTheSeriesFitsFigures() throws IOException {
    int n = FitCommand.TWO_TIMESCALE_LIMIT + 1;
    long t0 = Instant.parse("2020-01-01T00:00:00Z").toEpochMilli();
    long[] ms = new long[n];
    double[] v = new double[n];
    StringBuilder csv = new StringBuilder("time,rate\n");
    SplittableRandom rnd = new SplittableRandom(20261202L);
    double x = 1e-4;
    for (int i = 0; i < n; i++) {
      x = 1e-4 + 0.99 * (x - 1e-4) + 1e-5 * (rnd.nextDouble() - 0.5);
      ms[i] = t0 + i * 3_600_000L;
      v[i] = Double.parseDouble(String.format(java.util.Locale.ROOT, "%.10f", x));
      csv.append(ms[i]).append(',').append(String.format(java.util.Locale.ROOT, "%.10f", x))
          .append('\n');
    }
    Path file = write(csv.toString());
    JsonNode json = CliRun.of("fit", file.toString(), "--json").json();
    dev.fundingkit.stats.ou.OuFit expected = dev.fundingkit.stats.ou.OuFitter.defaults()
        .fit(dev.fundingkit.core.series.FundingSeries.of(ms, v, java.time.Duration.ofHours(1),
            dev.fundingkit.core.series.IntervalSource.INFERRED));
    assertEquals(n, json.get("n").intValue());
    assertEquals(expected.theta().getAsDouble(), json.get("theta").doubleValue(), 1e-12);
    assertEquals(expected.halfLifeHours().getAsDouble(), json.get("halfLifeHours").doubleValue(),
        1e-9);
    assertEquals("1h", json.get("interval").asText());
    assertEquals("inferred", json.get("intervalSource").asText());
    assertEquals(false, json.get("multiScale").booleanValue(), "not fitted above the limit");
  }
}
