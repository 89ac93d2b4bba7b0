package dev.fundingkit.core.venue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The FundingKit rules text format, version 1: venues and their rule versions as plain UTF-8
 * text. The built-in venues are shipped in it (resource {@code builtin.rules} of this package,
 * loaded by {@link FundingConventions}), and a user's own venue or rule change is written the
 * same way and loaded with {@link #read} and {@link FundingConventions#register}.
 *
 * <pre>
 * fundingkit-rules 1
 * # comments start with '#'; blank lines are ignored
 * [venue aster]
 * name = Aster
 *
 * [version aster 2025-03-31T00:00:00Z]
 * formula = F = P + clamp(I − P, ±0.05%), I = 0.01% per 8 h
 * provenance = PUBLISHED                 PUBLISHED, INFERRED_FROM_DATA or ASSUMED
 * source = Aster docs 'Funding rate' https://… (read 2026-10)
 * gaps = why unknown parts are unknown   (optional)
 * defaultInterval = 8h                   8h, 4h, 1h, 30m, PT8H
 * settlementIntervals = 8h, 4h, 1h       (default: the default interval)
 * interest = fixed 0.01%/8h              fixed R/I, prorated R/I, (quote - base)/3, none
 * band = clamp ±0.05%                    clamp ±B%, damper ±D%, no band
 * scaling = no scaling                   no scaling, ÷8, ÷(8h/N)
 * capStage = AFTER_SCALING               or BEFORE_SCALING (default AFTER_SCALING)
 * cap = ±0.3%                            none (default), ±C%, [F%, C%]
 * marginCapRule = ±0.75×MMR              ±M×MMR, ±M×(IMR−MMR), min(±M×(IMR−MMR), MMR)
 * precision = 8dp HALF_UP                or unrounded (default)
 * averaging = linear-weights             simple-mean, linear-weights, median-per-minute-…
 * sampleCadence = 5s
 * window = ANCHORED                      ANCHORED, ROLLING, INSTANTANEOUS
 * intervalsAhead = 0                     0 or 1
 * paymentPrice = MARK                    MARK, ORACLE, INDEX
 * accrual = AT_SETTLEMENT                or CONTINUOUS (default AT_SETTLEMENT)
 * settlementAnchor = 00:00               (default 00:00)
 * snapshotTolerance = PT15S
 * intervalRules = BYBIT_CAP_TO_1H        names of IntervalRules constants, comma-separated
 * symbolInterest.BNBUSDT = 0             a named symbol's interest per default interval
 * symbolCap.BTC_USDT = ±0.3%             a named symbol's cap
 * </pre>
 *
 * <p>The first non-comment line is {@code fundingkit-rules 1}. Every {@code [version]} after
 * the first of the same venue in a file starts as a copy of the previous one: keys it sets
 * replace, and the value {@code unknown} makes a part unknown again. Parts never set are
 * unknown, as with {@link FundingRuleVersion.Builder}. ASCII spellings are accepted for the
 * symbols ({@code +-} for ±, {@code x} for ×, {@code /} for ÷, {@code none} for no band or no
 * scaling). A {@code [version]} may name a venue of the same file or one already registered,
 * whose versions it then adds to (or replaces at the same instant). Errors name the source,
 * line and problem.
 */
public final class FundingRulesFile {

  /** The first line of a version-1 rules file. */
  public static final String HEADER = "fundingkit-rules 1";

  private FundingRulesFile() {}

  /**
   * Reads a rules file into conventions, without registering them: each venue of the file
   * with its versions, and each registered venue the file adds versions to, merged with them.
   *
   * @param in the text
   * @param sourceName the file name, for error messages
   * @return the conventions, in the order their venues first appear
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException naming the source, line and problem if the text is not a
   *     valid rules file
   * @throws IOException if reading fails
   */
  public static List<FundingConvention> read(Reader in, String sourceName) throws IOException {
    return read(in, sourceName, true);
  }

  static List<FundingConvention> read(Reader in, String sourceName, boolean mergeRegistered)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    BufferedReader lines = new BufferedReader(in);
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Map<Instant, FundingRuleVersion>> versions = new LinkedHashMap<>();
    List<String> order = new ArrayList<>();
    boolean header = false;
    Section section = null;
    int n = 0;
    for (String raw = lines.readLine(); ; raw = lines.readLine()) {
      n++;
      String line = raw == null ? null : raw.strip();
      boolean starts = line != null && line.startsWith("[");
      if ((raw == null || starts) && section != null) {
        section.close(names, versions, sourceName);
        section = null;
      }
      if (raw == null) {
        break;
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (!header) {
        if (!line.equals(HEADER)) {
          throw error(sourceName, n, "first line must be '" + HEADER + "', was '" + line + "'");
        }
        header = true;
        continue;
      }
      if (starts) {
        section = Section.open(line, sourceName, n);
        if (!order.contains(section.venue)) {
          order.add(section.venue);
        }
        continue;
      }
      int eq = line.indexOf('=');
      if (section == null || eq < 1) {
        throw error(sourceName, n, "expected 'key = value' inside a section, was '" + line
            + "'");
      }
      section.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip(), n);
    }
    if (!header) {
      throw error(sourceName, n, "empty rules file; the first line must be '" + HEADER + "'");
    }
    List<FundingConvention> out = new ArrayList<>();
    for (String id : order) {
      Map<Instant, FundingRuleVersion> merged = new TreeMap<>();
      String name = names.get(id);
      if (name == null) {
        FundingConvention known = null;
        if (mergeRegistered) {
          try {
            known = FundingConventions.byId(id);
          } catch (IllegalArgumentException e) {
            known = null;
          }
        }
        if (known == null) {
          throw error(sourceName, 0, "versions of venue '" + id + "' need a [venue " + id
              + "] section or a registered venue");
        }
        name = known.name();
        for (FundingRuleVersion v : known.versions()) {
          merged.put(v.effectiveFrom(), v);
        }
      }
      Map<Instant, FundingRuleVersion> own = versions.get(id);
      if (own == null) {
        throw error(sourceName, 0, "venue '" + id + "' has no [version " + id + " …] section");
      }
      merged.putAll(own);
      out.add(FundingConvention.define(id, name, new ArrayList<>(merged.values())));
    }
    return out;
  }

  /**
   * Writes conventions in the rules format: every part of a venue's first version, then for
   * each later version the parts that changed. Reading the text back gives equal versions.
   *
   * @param conventions the conventions
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a later version drops a symbol's interest or cap that
   *     an earlier one set (inherited entries cannot be removed in the format)
   * @throws UncheckedIOException if writing fails
   */
  public static void write(List<FundingConvention> conventions, Appendable out) {
    Objects.requireNonNull(conventions, "conventions");
    Objects.requireNonNull(out, "out");
    try {
      out.append(HEADER).append('\n');
      for (FundingConvention c : conventions) {
        out.append('\n').append("[venue ").append(c.id()).append("]\n");
        out.append("name = ").append(c.name()).append('\n');
        Map<String, String> previous = Map.of();
        for (FundingRuleVersion v : c.versions()) {
          out.append('\n').append("[version ").append(c.id()).append(' ')
              .append(v.effectiveFrom().toString()).append("]\n");
          Map<String, String> parts = v.textParts();
          for (String key : previous.keySet()) {
            if (!parts.containsKey(key)) {
              throw new IllegalArgumentException(c.id() + " from " + v.effectiveFrom()
                  + " drops " + key + ", which the format cannot express");
            }
          }
          for (Map.Entry<String, String> e : parts.entrySet()) {
            if (!e.getValue().equals(previous.get(e.getKey()))) {
              out.append(e.getKey()).append(" = ").append(e.getValue()).append('\n');
            }
          }
          previous = parts;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One {@code [venue]} or {@code [version]} section being read. */
  private static final class Section {
    final String venue;
    final Instant from;
    final int line;
    final Map<String, String> keys = new LinkedHashMap<>();
    final Map<String, Integer> keyLines = new LinkedHashMap<>();

    private Section(String venue, Instant from, int line) {
      this.venue = venue;
      this.from = from;
      this.line = line;
    }

    static Section open(String line, String source, int n) {
      if (!line.endsWith("]")) {
        throw error(source, n, "section must end with ']', was '" + line + "'");
      }
      String[] parts = line.substring(1, line.length() - 1).strip().split("\\s+");
      if (parts.length == 2 && parts[0].equals("venue")) {
        return new Section(parts[1], null, n);
      }
      if (parts.length == 3 && parts[0].equals("version")) {
        try {
          return new Section(parts[1], Instant.parse(parts[2]), n);
        } catch (RuntimeException e) {
          throw error(source, n, "effective instant must be ISO-8601 UTC, was '" + parts[2]
              + "'");
        }
      }
      throw error(source, n, "section must be [venue ID] or [version ID INSTANT], was '"
          + line + "'");
    }

    void put(String key, String value, int n) {
      keys.put(key, value);
      keyLines.put(key, n);
    }

    void close(Map<String, String> names, Map<String, Map<Instant, FundingRuleVersion>> all,
        String source) {
      if (from == null) {
        String name = keys.get("name");
        if (name == null || name.isEmpty()) {
          throw error(source, line, "[venue " + venue + "]: missing key 'name'");
        }
        names.put(venue, name);
        return;
      }
      Map<Instant, FundingRuleVersion> own = all.computeIfAbsent(venue,
          v -> new LinkedHashMap<>());
      FundingRuleVersion.Builder b;
      try {
        b = FundingRuleVersion.builder(venue, from);
      } catch (IllegalArgumentException e) {
        throw error(source, line, e.getMessage());
      }
      if (!own.isEmpty()) {
        FundingRuleVersion previous = null;
        for (FundingRuleVersion v : own.values()) {
          previous = v;
        }
        b.from(previous);
      }
      for (Map.Entry<String, String> e : keys.entrySet()) {
        try {
          b.set(e.getKey(), e.getValue());
        } catch (RuntimeException x) {
          throw error(source, keyLines.get(e.getKey()), "[version " + venue + " " + from
              + "] " + e.getKey() + ": " + x.getMessage());
        }
      }
      try {
        own.put(from, b.build());
      } catch (RuntimeException x) {
        throw error(source, line, "[version " + venue + " " + from + "]: " + (x instanceof
            NullPointerException ? "missing key '" + x.getMessage().split(" ")[0] + "'"
            : x.getMessage()));
      }
    }
  }

  private static IllegalArgumentException error(String source, int line, String message) {
    return new IllegalArgumentException(source + (line > 0 ? ":" + line : "") + ": " + message);
  }
}
