package dev.fundingkit.core.formula;

import dev.fundingkit.core.rate.FundingIntervals;
import dev.fundingkit.core.rate.FundingRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the parts' {@code toString} forms back (and their ASCII spellings: {@code +-} for
 * {@code ±}, {@code x} or {@code *} for {@code ×}, {@code -} for {@code −}, {@code /} for
 * {@code ÷}, {@code none} for {@code no band} and {@code no scaling}).
 */
final class PartText {

  private static final String NUM = "([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)";
  private static final Pattern PERCENT = Pattern.compile("±" + NUM + "%");
  private static final Pattern RANGE = Pattern.compile("\\[" + NUM + "%,\\s*" + NUM + "%\\]");
  private static final Pattern DIFFERENTIAL = Pattern.compile("\\(" + NUM + "\\s*-\\s*" + NUM
      + "\\)/3");
  private static final Pattern DIVISOR = Pattern.compile("÷" + NUM);
  private static final Pattern PROPORTIONAL = Pattern.compile("÷\\(([^/]+)/N\\)");
  private static final Pattern MAINTENANCE = Pattern.compile("±" + NUM + "\\*MMR");
  private static final Pattern SPREAD = Pattern.compile("±" + NUM + "\\*\\(IMR-MMR\\)");
  private static final Pattern SPREAD_OR = Pattern.compile("min\\(±" + NUM
      + "\\*\\(IMR-MMR\\),\\s*MMR\\)");
  private static final Pattern DECIMALS = Pattern.compile("(\\d{1,2})dp\\s+([A-Z_]+)");

  private PartText() {}

  private static String norm(CharSequence text, String name) {
    Objects.requireNonNull(text, name);
    return text.toString().strip().replace('−', '-').replace("+/-", "±").replace("+-", "±")
        .replace('×', '*').replace(" x ", "*").replace(" * ", "*").replace("x(", "*(")
        .replace("xMMR", "*MMR");
  }

  private static double pct(String number) {
    return new BigDecimal(number).movePointLeft(2).doubleValue() + 0.0;
  }

  private static IllegalArgumentException bad(String name, String forms, CharSequence text) {
    return new IllegalArgumentException(name + " must look like " + forms + ", was '" + text
        + "'");
  }

  static InterestComponent interest(CharSequence text) {
    String s = norm(text, "text");
    if (s.equals("none")) {
      return InterestComponent.NONE;
    }
    if (s.startsWith("fixed ")) {
      FundingRate r = FundingRate.parse(s.substring(6));
      return InterestComponent.fixed(r.value(), r.interval());
    }
    if (s.startsWith("prorated ")) {
      FundingRate r = FundingRate.parse(s.substring(9));
      return InterestComponent.prorated(r.value(), r.interval());
    }
    Matcher m = DIFFERENTIAL.matcher(s);
    if (m.matches()) {
      return InterestComponent.differential(Double.parseDouble(m.group(1)),
          Double.parseDouble(m.group(2)));
    }
    throw bad("interest", "'fixed 0.01%/8h', 'prorated 0.01%/8h', '(0.0006 - 0.0003)/3' or"
        + " 'none'", text);
  }

  static PremiumBand band(CharSequence text) {
    String s = norm(text, "text");
    if (s.equals("no band") || s.equals("none")) {
      return PremiumBand.NONE;
    }
    Matcher m;
    if (s.startsWith("clamp ") && (m = PERCENT.matcher(s.substring(6).strip())).matches()) {
      return PremiumBand.clamp(pct(m.group(1)));
    }
    if (s.startsWith("damper ") && (m = PERCENT.matcher(s.substring(7).strip())).matches()) {
      return PremiumBand.damper(pct(m.group(1)));
    }
    throw bad("band", "'clamp ±0.05%', 'damper ±0.025%' or 'no band'", text);
  }

  static IntervalScaling scaling(CharSequence text) {
    String s = norm(text, "text").replace('/', '÷').replace("÷N", "/N");
    if (s.equals("no scaling") || s.equals("none")) {
      return IntervalScaling.NONE;
    }
    Matcher m = PROPORTIONAL.matcher(s);
    if (m.matches()) {
      return IntervalScaling.proportional(FundingIntervals.parse(m.group(1)));
    }
    m = DIVISOR.matcher(s);
    if (m.matches()) {
      return IntervalScaling.divideBy(Double.parseDouble(m.group(1)));
    }
    throw bad("scaling", "'no scaling', '÷8' or '÷(8h/N)'", text);
  }

  static FundingCap cap(CharSequence text) {
    String s = norm(text, "text");
    if (s.equals("none")) {
      return FundingCap.none();
    }
    Matcher m = PERCENT.matcher(s);
    if (m.matches()) {
      return FundingCap.symmetric(pct(m.group(1)));
    }
    m = RANGE.matcher(s);
    if (m.matches()) {
      return FundingCap.of(pct(m.group(1)), pct(m.group(2)));
    }
    throw bad("cap", "'none', '±0.3%' or '[-0.1%, 0.2%]'", text);
  }

  static MarginCapRule marginCapRule(CharSequence text) {
    String s = norm(text, "text").replace(" ", "").replace(",MMR", ", MMR");
    Matcher m = MAINTENANCE.matcher(s);
    if (m.matches()) {
      return MarginCapRule.maintenance(Double.parseDouble(m.group(1)));
    }
    m = SPREAD.matcher(s);
    if (m.matches()) {
      return MarginCapRule.spread(Double.parseDouble(m.group(1)));
    }
    m = SPREAD_OR.matcher(s);
    if (m.matches()) {
      return MarginCapRule.spreadOrMaintenance(Double.parseDouble(m.group(1)));
    }
    throw bad("marginCapRule", "'±0.75×MMR', '±0.75×(IMR−MMR)' or"
        + " 'min(±0.75×(IMR−MMR), MMR)'", text);
  }

  static PublishedPrecision precision(CharSequence text) {
    String s = norm(text, "text");
    if (s.equals("unrounded")) {
      return PublishedPrecision.unrounded();
    }
    Matcher m = DECIMALS.matcher(s.toUpperCase(Locale.ROOT).replace("DP", "dp"));
    if (m.matches()) {
      try {
        return PublishedPrecision.of(Integer.parseInt(m.group(1)),
            RoundingMode.valueOf(m.group(2)));
      } catch (IllegalArgumentException e) {
        throw bad("precision", "'8dp HALF_UP' or 'unrounded'", text);
      }
    }
    throw bad("precision", "'8dp HALF_UP' or 'unrounded'", text);
  }
}
