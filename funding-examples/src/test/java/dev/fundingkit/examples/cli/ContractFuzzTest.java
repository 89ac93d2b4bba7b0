package dev.fundingkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.fundingkit.core.venue.FundingConventions;
import dev.fundingkit.core.venue.FundingRulesFile;
import dev.fundingkit.io.FundingReader;
import dev.fundingkit.io.ScanFile;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bounded, seeded fuzzing of everything that reads text (issue 15): every public static
 * {@code parse(CharSequence)} of the library, the rules-file loader, the funding and scan
 * readers, and the command line's argument handling. Inputs are valid seeds mutated at random
 * (characters deleted, inserted from an alphabet of the formats' own symbols, duplicated,
 * truncated); the property is the contract: a value, or a documented exception
 * ({@link IllegalArgumentException}, and {@link IOException} for a reader), nothing else; and
 * for the command line, status 0 or 2 with one stderr line and nothing on stdout on failure.
 *
 * <p>Each target runs for a fixed number of cases and at most {@link #BUDGET_MS} of wall time,
 * so the suite stays a few seconds on a loaded machine; the seed is fixed, so a failure
 * reproduces (the failing input is in the message).
 */
class ContractFuzzTest {

  /** Wall-time budget per target. */
  private static final long BUDGET_MS = 1_500;

  private static final long SEED = 0x15_15_15L;

  /** The formats' own symbols, so mutations reach deep into the parsers. */
  private static final String ALPHABET = "0123456789.,-+eE:TZ%/hmsdwbp ±÷×()[]=\"'\n\r\t\u0000"
      + "NaInfity∞xXHPSMD_@#;\\|{}<>\u00ff\u2028\uFEFF";

  @TempDir Path dir;

  private static String mutate(String seed, SplittableRandom r) {
    StringBuilder s = new StringBuilder(seed);
    int edits = 1 + r.nextInt(4);
    for (int e = 0; e < edits; e++) {
      int op = r.nextInt(6);
      int at = s.length() == 0 ? 0 : r.nextInt(s.length() + 1);
      switch (op) {
        case 0 -> {
          if (at < s.length()) {
            s.deleteCharAt(at);
          }
        }
        case 1 -> s.insert(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        case 2 -> {
          int end = Math.min(s.length(), at + 1 + r.nextInt(12));
          s.insert(at, s.substring(at, end));
        }
        case 3 -> s.setLength(Math.min(s.length(), at));
        case 4 -> {
          if (at < s.length()) {
            s.setCharAt(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
          }
        }
        default -> {
          String big = List.of("1e308", "-1e308", "4.9e-324", "9223372036854775807",
              "99999999999999999999", "NaN", "Infinity", "0", "-0").get(r.nextInt(9));
          s.insert(at, big);
        }
      }
    }
    return s.toString();
  }

  private static List<Method> parseMethods() throws ClassNotFoundException {
    List<Method> methods = new ArrayList<>();
    for (String name : List.of("dev.fundingkit.core.rate.FundingRate",
        "dev.fundingkit.core.rate.FundingIntervals", "dev.fundingkit.core.formula.FundingCap",
        "dev.fundingkit.core.formula.PublishedPrecision",
        "dev.fundingkit.core.formula.IntervalScaling", "dev.fundingkit.core.formula.PremiumBand",
        "dev.fundingkit.core.formula.InterestComponent",
        "dev.fundingkit.core.formula.MarginCapRule",
        "dev.fundingkit.core.schedule.SettlementSchedule",
        "dev.fundingkit.core.series.IntervalSource", "dev.fundingkit.stats.regime.Condition",
        "dev.fundingkit.io.Timestamps", "dev.fundingkit.io.RowFilter", "dev.fundingkit.io.Decimals",
        "dev.fundingkit.io.InputFormat")) {
      Class<?> type = Class.forName(name);
      for (Method m : type.getMethods()) {
        if (Modifier.isStatic(m.getModifiers()) && m.getName().startsWith("parse")
            && m.getParameterCount() == 1 && m.getParameterTypes()[0] == CharSequence.class) {
          methods.add(m);
        }
      }
    }
    return methods;
  }

  private static final List<String> PARSE_SEEDS = List.of("-0.0307%/8h", "0.0001/1h",
      "1bp/4h", "8h", "PT8H", "30m", "4h@04:00", "8h@00:00", "±0.3%", "-0.75%..+0.75%", "none",
      "8dp HALF_UP", "÷(8h/N)", "÷8", "no scaling", "clamp ±0.05%", "damper ±0.05%", "no band",
      "declared", "inferred", "2025-10-01T08:00:00Z", "2025-10-01 08:00:00", "1700000000000",
      "symbol=BTCUSDT", "0.00307", "-3.07e-3", "binance-public", "csv", "rate < -0.0002",
      "zscore >= 2.5", "prorated 0.01%/8h", "0", "imr/mmr 0.75");

  @Test
  void parseMethodsReturnAValueOrRejectWithIllegalArgument() throws Exception {
    List<Method> methods = parseMethods();
    assertTrue(methods.size() >= 10, "parse methods found: " + methods);
    SplittableRandom r = new SplittableRandom(SEED);
    long end = System.currentTimeMillis() + BUDGET_MS;
    int cases = 0;
    while (cases < 20_000 && System.currentTimeMillis() < end) {
      Method m = methods.get(r.nextInt(methods.size()));
      String input = mutate(PARSE_SEEDS.get(r.nextInt(PARSE_SEEDS.size())), r);
      try {
        Object value = m.invoke(null, input);
        assertTrue(value != null, () -> m + " returned null for " + show(input));
      } catch (InvocationTargetException e) {
        if (!(e.getCause() instanceof IllegalArgumentException)) {
          fail(m.getDeclaringClass().getSimpleName() + "." + m.getName() + "(" + show(input)
              + ") threw " + e.getCause(), e.getCause());
        }
      }
      cases++;
    }
    assertTrue(cases >= 100, "only " + cases + " cases ran");
  }

  @Test
  void rulesLoaderReadsOrRejectsWithIllegalArgument() throws IOException {
    StringBuilder seed = new StringBuilder();
    FundingRulesFile.write(FundingConventions.all().subList(0, 3), seed);
    String text = seed.toString();
    SplittableRandom r = new SplittableRandom(SEED + 1);
    long end = System.currentTimeMillis() + BUDGET_MS;
    int cases = 0;
    while (cases < 5_000 && System.currentTimeMillis() < end) {
      String input = mutate(text, r);
      try {
        FundingRulesFile.read(new StringReader(input), "fuzz.rules");
      } catch (IllegalArgumentException expected) {
        assertTrue(expected.getMessage() != null && !expected.getMessage().isBlank(),
            "a rejection says why");
      } catch (RuntimeException e) {
        fail("rules loader threw " + e + " for a file differing from a valid one", e);
      }
      cases++;
    }
    assertTrue(cases >= 50, "only " + cases + " cases ran");
  }

  private static final List<String> FILE_SEEDS = List.of(
      "time,rate\n1700006400000,0.0001\n1700035200000,-0.0002\n1700064000000,0.0001\n"
          + "1700092800000,0.00005\n",
      "calc_time,funding_interval_hours,last_funding_rate\n1700006400000,8,0.0001\n"
          + "1700035200000,8,0.0002\n1700064000000,8,-0.0001\n",
      "fundingTime,symbol,fundingRate\n2023-11-15T00:00:00Z,BTCUSDT,0.0001\n"
          + "2023-11-15T08:00:00Z,BTCUSDT,0.0002\n2023-11-15T16:00:00Z,BTCUSDT,0.0001\n",
      "[{\"time\":1700006400000,\"fundingRate\":\"0.0001\"},{\"time\":1700035200000,"
          + "\"fundingRate\":\"0.0002\"},{\"time\":1700064000000,\"fundingRate\":\"0.0001\"}]");

  @Test
  void fundingReaderReadsOrRejectsWithTheDocumentedExceptions() throws IOException {
    SplittableRandom r = new SplittableRandom(SEED + 2);
    long end = System.currentTimeMillis() + BUDGET_MS;
    int cases = 0;
    while (cases < 3_000 && System.currentTimeMillis() < end) {
      int k = r.nextInt(FILE_SEEDS.size());
      String input = mutate(FILE_SEEDS.get(k), r);
      Path file = dir.resolve("fuzz" + (k == 3 ? ".json" : ".csv"));
      Files.writeString(file, input, StandardCharsets.UTF_8);
      try {
        FundingReader.defaults().read(file);
      } catch (IllegalArgumentException | IOException expected) {
        // the contract
      } catch (RuntimeException e) {
        fail("reader threw " + e + " for " + show(input), e);
      }
      cases++;
    }
    assertTrue(cases >= 50, "only " + cases + " cases ran");
  }

  @Test
  void scanReaderReadsOrRejectsWithTheDocumentedExceptions() throws IOException {
    String seed = "asset,rate,interval,borrow\nBTC,-0.0003,8h,0.08\nETH,-0.00005,8h,0.08\n";
    SplittableRandom r = new SplittableRandom(SEED + 3);
    long end = System.currentTimeMillis() + BUDGET_MS / 2;
    int cases = 0;
    while (cases < 2_000 && System.currentTimeMillis() < end) {
      String input = mutate(seed, r);
      Path file = dir.resolve("scan.csv");
      Files.writeString(file, input, StandardCharsets.UTF_8);
      try {
        ScanFile.read(file);
      } catch (IllegalArgumentException | IOException expected) {
        // the contract
      } catch (RuntimeException e) {
        fail("scan reader threw " + e + " for " + show(input), e);
      }
      cases++;
    }
    assertTrue(cases >= 50, "only " + cases + " cases ran");
  }

  @Test
  void commandLineGivesStatus0Or2AndOneLineOnFailure() throws IOException {
    Path series = dir.resolve("series.csv");
    Files.writeString(series, FILE_SEEDS.get(0));
    List<List<String>> seeds = List.of(
        List.of("rate", "--venue", "binance-usdm", "--at", "2025-01-01T00:00:00Z", "--premium",
            "-0.00357", "--json"),
        List.of("rate", "--venue", "binance-usdm", "--interval", "4h", "--perp", "2790",
            "--index", "2800", "--imr", "0.008", "--mmr", "0.004"),
        List.of("annualize", "--rate", "-0.00307", "--interval", "8h", "--basis", "compound"),
        List.of("carry", "--rate", "-0.0003", "--interval", "8h", "--borrow", "0.08", "--fees",
            "0.001", "--holding", "7d", "--json"),
        List.of("fit", series.toString(), "--json", "--per-hour"),
        List.of("forecast", series.toString(), "--horizon", "7d", "--borrow", "0.08"),
        List.of("venues", "--json"));
    SplittableRandom r = new SplittableRandom(SEED + 4);
    long end = System.currentTimeMillis() + 2 * BUDGET_MS;
    int cases = 0;
    while (cases < 2_000 && System.currentTimeMillis() < end) {
      List<String> args = new ArrayList<>(seeds.get(r.nextInt(seeds.size())));
      // Mutate one or two arguments (never the command or a file path), or drop one.
      for (int e = 0; e < 1 + r.nextInt(2) && args.size() > 1; e++) {
        int i = 1 + r.nextInt(args.size() - 1);
        if (args.get(i).equals(series.toString())) {
          continue;
        }
        if (r.nextInt(8) == 0) {
          args.remove(i);
        } else {
          args.set(i, mutate(args.get(i), r));
        }
      }
      CliRun run = CliRun.of(args.toArray(new String[0]));
      String shown = String.join(" ", args.stream().map(ContractFuzzTest::show).toList());
      assertTrue(run.exit() == 0 || run.exit() == 2,
          () -> "status " + run.exit() + " for " + shown + ": " + run.err());
      if (run.exit() != 0) {
        assertEquals("", run.out(), () -> "stdout on failure for " + shown);
        assertEquals(1, run.err().lines().count(),
            () -> "one stderr line for " + shown + ": " + run.err());
        assertTrue(run.err().startsWith("fundingkit "), () -> shown + ": " + run.err());
        assertTrue(run.err().length() <= 2_000, () -> "short line for " + shown);
      }
      cases++;
    }
    assertTrue(cases >= 30, "only " + cases + " cases ran");
  }

  private static String show(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : (s.length() > 200 ? s.substring(0, 200) + "…" : s).toCharArray()) {
      b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return b.append('"').toString();
  }
}
