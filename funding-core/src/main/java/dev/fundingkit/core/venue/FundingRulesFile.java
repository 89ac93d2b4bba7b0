package dev.fundingkit.core.venue;

import dev.fundingkit.core.formula.CapStage;
import dev.fundingkit.core.formula.FundingCap;
import dev.fundingkit.core.formula.InterestComponent;
import dev.fundingkit.core.formula.IntervalScaling;
import dev.fundingkit.core.formula.PremiumBand;
import dev.fundingkit.core.formula.Provenance;
import dev.fundingkit.core.formula.PublishedPrecision;
import dev.fundingkit.core.premium.AveragingScheme;
import dev.fundingkit.core.rate.FundingIntervals;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The FundingKit rules text format, version 1: venues and their rule versions as plain text,
 * for a venue or a rule change the library does not ship.
 *
 * <pre>
 * fundingkit-rules 1
 * # comments start with '#'; blank lines are ignored
 * [venue aster]
 * name = Aster
 *
 * [version aster 2025-03-31T00:00:00Z]
 * formula = F = P + clamp(I − P, ±0.05%), I = 0.01% per 8 h
 * provenance = PUBLISHED          (or INFERRED_FROM_DATA, ASSUMED)
 * source = Aster docs 'Funding rate' https://docs.asterdex.com/... (read 2026-10)
 * defaultInterval = 8h            (8h, 4h, 1h, PT8H)
 * interest = fixed 0.0001 8h      (fixed RATE PER, prorated RATE PER, none)
 * band = clamp 0.0005             (clamp HALFWIDTH, damper DELTA, none)
 * scaling = none                  (none, per8h, divide DIVISOR)
 * cap = 0.02                      (symmetric cap, FLOOR CAP, or none; default none)
 * capStage = AFTER_SCALING        (or BEFORE_SCALING; default AFTER_SCALING)
 * precision = 8 HALF_UP           (DECIMALS MODE, or unrounded; default unrounded)
 * averaging = SIMPLE_MEAN         (an AveragingScheme constant; optional)
 * window = ANCHORED               (ANCHORED, ROLLING, INSTANTANEOUS; optional)
 * intervalsAhead = 0              (0 or 1; optional)
 * paymentPrice = MARK             (MARK, ORACLE, INDEX; optional)
 * accrual = AT_SETTLEMENT         (or CONTINUOUS; default AT_SETTLEMENT)
 * settlementAnchor = 00:00        (default 00:00)
 * symbolInterest.BNBUSDT = 0      (a named symbol's fixed interest; repeatable)
 * </pre>
 *
 * <p>The first non-comment line must be {@code fundingkit-rules 1}. A {@code [version]} may
 * name a venue declared in the same file or a venue already registered (built-in or earlier),
 * whose versions it then adds to (or replaces at the same effective instant). Keys are
 * case-sensitive; values are trimmed. Parts left out are unknown, as in
 * {@link FundingRuleVersion.Builder}. Errors name the source, line and key.
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
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    BufferedReader lines = new BufferedReader(in);
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Map<Instant, FundingRuleVersion>> versions = new LinkedHashMap<>();
    boolean header = false;
    String venue = null;
    Instant from = null;
    Map<String, String> keys = null;
    int keysLine = 0;
    int n = 0;
    for (String raw = lines.readLine(); ; raw = lines.readLine()) {
      n++;
      String line = raw == null ? null : raw.strip();
      boolean section = line != null && line.startsWith("[");
      if ((raw == null || section) && keys != null) {
        if (from == null) {
          names.put(venue, require(keys, "name", sourceName, keysLine));
        } else {
          versions.computeIfAbsent(venue, v -> new LinkedHashMap<>())
              .put(from, version(venue, from, keys, sourceName, keysLine));
        }
        keys = null;
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
      if (section) {
        if (!line.endsWith("]")) {
          throw error(sourceName, n, "section must end with ']', was '" + line + "'");
        }
        String[] parts = line.substring(1, line.length() - 1).strip().split("\\s+");
        if (parts.length == 2 && parts[0].equals("venue")) {
          venue = parts[1];
          from = null;
        } else if (parts.length == 3 && parts[0].equals("version")) {
          venue = parts[1];
          try {
            from = Instant.parse(parts[2]);
          } catch (RuntimeException e) {
            throw error(sourceName, n, "effective instant must be ISO-8601 UTC, was '"
                + parts[2] + "'");
          }
        } else {
          throw error(sourceName, n, "section must be [venue ID] or [version ID INSTANT], was '"
              + line + "'");
        }
        keys = new LinkedHashMap<>();
        keysLine = n;
        continue;
      }
      int eq = line.indexOf('=');
      if (keys == null || eq < 1) {
        throw error(sourceName, n, "expected 'key = value' inside a section, was '" + line
            + "'");
      }
      keys.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
    }
    if (!header) {
      throw error(sourceName, n, "empty rules file; the first line must be '" + HEADER + "'");
    }
    List<FundingConvention> out = new ArrayList<>();
    Map<String, Boolean> done = new LinkedHashMap<>();
    List<String> ids = new ArrayList<>(names.keySet());
    for (String id : versions.keySet()) {
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    for (String id : ids) {
      if (done.put(id, true) != null) {
        continue;
      }
      Map<Instant, FundingRuleVersion> merged = new java.util.TreeMap<>();
      String name = names.get(id);
      if (name == null) {
        FundingConvention known;
        try {
          known = FundingConventions.byId(id);
        } catch (IllegalArgumentException e) {
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
        throw error(sourceName, 0, "venue '" + id + "' has no [version " + id + " ...]");
      }
      merged.putAll(own);
      out.add(FundingConvention.define(id, name, new ArrayList<>(merged.values())));
    }
    return out;
  }

  private static FundingRuleVersion version(String venue, Instant from, Map<String, String> k,
      String source, int line) {
    try {
      FundingRuleVersion.Builder b = FundingRuleVersion.builder(venue, from)
          .formula(require(k, "formula", source, line))
          .provenance(Provenance.valueOf(require(k, "provenance", source, line)),
              require(k, "source", source, line))
          .defaultInterval(FundingIntervals.parse(require(k, "defaultInterval", source, line)));
      for (Map.Entry<String, String> e : k.entrySet()) {
        String v = e.getValue();
        String[] w = v.split("\\s+");
        switch (e.getKey()) {
          case "formula": case "provenance": case "source": case "defaultInterval":
            break;
          case "interest":
            b.interest(w[0].equals("none") ? InterestComponent.NONE
                : w[0].equals("fixed")
                    ? InterestComponent.fixed(Double.parseDouble(w[1]),
                        FundingIntervals.parse(w[2]))
                    : w[0].equals("prorated")
                        ? InterestComponent.prorated(Double.parseDouble(w[1]),
                            FundingIntervals.parse(w[2]))
                        : fail("interest", v));
            break;
          case "band":
            b.band(w[0].equals("none") ? PremiumBand.NONE
                : w[0].equals("clamp") ? PremiumBand.clamp(Double.parseDouble(w[1]))
                    : w[0].equals("damper") ? PremiumBand.damper(Double.parseDouble(w[1]))
                        : fail("band", v));
            break;
          case "scaling":
            b.scaling(w[0].equals("none") ? IntervalScaling.NONE
                : w[0].equals("per8h") ? IntervalScaling.PER_8H
                    : w[0].equals("divide") ? IntervalScaling.divideBy(Double.parseDouble(w[1]))
                        : fail("scaling", v));
            break;
          case "cap":
            b.defaultCap(w[0].equals("none") ? FundingCap.none()
                : w.length == 1 ? FundingCap.symmetric(Double.parseDouble(w[0]))
                    : FundingCap.of(Double.parseDouble(w[0]), Double.parseDouble(w[1])));
            break;
          case "capStage":
            b.capStage(CapStage.valueOf(v));
            break;
          case "precision":
            b.precision(w[0].equals("unrounded") ? PublishedPrecision.unrounded()
                : PublishedPrecision.of(Integer.parseInt(w[0]), RoundingMode.valueOf(w[1])));
            break;
          case "averaging":
            b.averaging((AveragingScheme) AveragingScheme.class.getField(v).get(null));
            break;
          case "window":
            b.window(PremiumWindow.valueOf(v));
            break;
          case "intervalsAhead":
            b.intervalsAhead(Integer.parseInt(v));
            break;
          case "paymentPrice":
            b.paymentPrice(PaymentPrice.valueOf(v));
            break;
          case "accrual":
            b.accrual(Accrual.valueOf(v));
            break;
          case "settlementAnchor":
            b.settlementAnchor(LocalTime.parse(v));
            break;
          default:
            if (e.getKey().startsWith("symbolInterest.")) {
              b.symbolInterest(e.getKey().substring("symbolInterest.".length()),
                  Double.parseDouble(v));
            } else {
              throw new IllegalArgumentException("unknown key '" + e.getKey() + "'");
            }
        }
      }
      return b.build();
    } catch (ReflectiveOperationException | RuntimeException e) {
      if (e instanceof IllegalArgumentException && e.getMessage() != null
          && e.getMessage().startsWith(source + ":")) {
        throw (IllegalArgumentException) e;
      }
      throw error(source, line, "[version " + venue + " " + from + "]: "
          + (e instanceof ReflectiveOperationException ? "averaging must name an"
              + " AveragingScheme constant" : e.getMessage() == null ? e.toString()
              : e.getMessage()));
    }
  }

  private static <T> T fail(String key, String value) {
    throw new IllegalArgumentException(key + " has an unknown form: '" + value + "'");
  }

  private static String require(Map<String, String> keys, String key, String source, int line) {
    String v = keys.get(key);
    if (v == null || v.isEmpty()) {
      throw error(source, line, "missing key '" + key + "'");
    }
    return v;
  }

  private static IllegalArgumentException error(String source, int line, String message) {
    return new IllegalArgumentException(source + (line > 0 ? ":" + line : "") + ": "
        + message.toLowerCase(Locale.ROOT).charAt(0) + message.substring(1));
  }
}
