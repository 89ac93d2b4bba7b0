package dev.fundingkit.examples.report;

import java.util.Objects;

/**
 * One line of a report's summary: the section it belongs to, a label and the formatted value.
 * The same lines are printed on standard output and tabulated in the HTML.
 *
 * <p>Immutable and thread-safe.
 *
 * @param section the section, such as {@code "OU fit"}
 * @param label what the value is
 * @param value the value, formatted with its unit
 */
public record SummaryLine(String section, String label, String value) {

  /**
   * Validates the line.
   *
   * @param section the section
   * @param label what the value is
   * @param value the formatted value
   * @throws NullPointerException if an argument is null
   */
  public SummaryLine {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(value, "value");
  }
}
