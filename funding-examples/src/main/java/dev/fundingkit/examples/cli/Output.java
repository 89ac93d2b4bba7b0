package dev.fundingkit.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What a command prints: one JSON object (built with Jackson) or aligned human-readable lines,
 * on standard output, in one piece and only after all work is done, so a failure never leaves
 * a partial result. Remarks go to standard error.
 */
final class Output {

  private static final MathContext SHOWN = new MathContext(6);

  /**
   * The mapper, made on first use: an ObjectMapper loads some 300 classes (about a tenth of
   * {@code fit}'s start-up), which text output never needs; its node factory is this one.
   */
  private static final class Mapper {
    static final ObjectMapper JSON = new ObjectMapper();
  }

  private final ObjectNode json = JsonNodeFactory.instance.objectNode();
  private final List<String[]> rows = new ArrayList<>();
  private String title;

  /** The JSON object being built; callers put keys in contract order. */
  ObjectNode json() {
    return json;
  }

  /** Puts a number, or JSON {@code null} when it is NaN or infinite (JSON has neither). */
  static void put(ObjectNode node, String key, double value) {
    if (Double.isFinite(value)) {
      node.put(key, value);
    } else {
      node.putNull(key);
    }
  }

  /** An array of numbers, non-finite ones as {@code null}. */
  static ArrayNode array(ObjectNode node, String key, double... values) {
    ArrayNode array = node.putArray(key);
    for (double v : values) {
      if (Double.isFinite(v)) {
        array.add(v);
      } else {
        array.addNull();
      }
    }
    return array;
  }

  /** The first human line. */
  Output title(String text) {
    this.title = text;
    return this;
  }

  /** One aligned {@code label  value} human line. */
  Output row(String label, String value) {
    rows.add(new String[] {label, value});
    return this;
  }

  /** Prints the JSON object or the human lines on the command's standard output. */
  void print(CommandSpec spec, boolean asJson) {
    PrintWriter out = spec.commandLine().getOut();
    if (asJson) {
      try {
        out.println(Mapper.JSON.writeValueAsString(json));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      StringBuilder text = new StringBuilder();
      if (title != null) {
        text.append(title).append(System.lineSeparator());
      }
      int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
      for (String[] row : rows) {
        text.append("  ").append(row[0]).append(" ".repeat(width - row[0].length() + 2))
            .append(row[1]).append(System.lineSeparator());
      }
      out.print(text);
    }
    out.flush();
  }

  /** A remark on standard error. */
  static void note(CommandSpec spec, String line) {
    PrintWriter err = spec.commandLine().getErr();
    err.println(spec.qualifiedName() + ": " + line);
    err.flush();
  }

  /** A number to six significant digits, plain notation where short. */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      return value > 0 ? "∞" : value < 0 ? "-∞" : "n/a";
    }
    BigDecimal shown = new BigDecimal(value).round(SHOWN).stripTrailingZeros();
    double magnitude = Math.abs(value);
    return magnitude == 0 || (magnitude >= 1e-6 && magnitude < 1e12)
        ? shown.toPlainString()
        : shown.toString();
  }

  /** A number with every digit of its shortest exact decimal form, plain notation. */
  static String exact(double value) {
    return Double.isFinite(value) ? BigDecimal.valueOf(value).toPlainString() : number(value);
  }

  /** A fraction as percent to six significant digits ({@code -0.00307} is {@code -0.307%}). */
  static String percent(double fraction) {
    if (!Double.isFinite(fraction)) {
      return number(fraction);
    }
    return new BigDecimal(fraction).round(SHOWN).movePointRight(2).stripTrailingZeros()
        .toPlainString() + "%";
  }
}
