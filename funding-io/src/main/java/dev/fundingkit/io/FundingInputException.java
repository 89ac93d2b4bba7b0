package dev.fundingkit.io;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * An input file (CSV or JSON, plain, gzip or zip) that cannot be read as a funding series, with
 * where the problem is: the file (a zip entry as {@code FILE.zip!ENTRY}), the line (1 is a CSV's
 * header) and the column or JSON field when one is at fault.
 *
 * <p>The message is one line: {@code FILE line N, column 'NAME': PROBLEM}; cell text in it is
 * quoted short (an oversized cell is cut, binary data is described, never echoed raw).
 */
public final class FundingInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final long line;
  private final String column;
  private final String problem;

  /**
   * A problem at a line, optionally in a column.
   *
   * @param file the file being read
   * @param line the 1-based line (the header is line 1), or 0 when the whole file is at fault
   * @param column the header name of the column at fault, or {@code null} for the whole row
   * @param problem what is wrong, one line
   * @throws NullPointerException if {@code file} or {@code problem} is null
   * @throws IllegalArgumentException if {@code line} is negative
   */
  public FundingInputException(Path file, long line, String column, String problem) {
    super(describe(file, line, column, problem));
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0, was " + line);
    }
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  private static String describe(Path file, long line, String column, String problem) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(problem, "problem");
    StringBuilder sb = new StringBuilder(file.toString());
    if (line > 0) {
      sb.append(" line ").append(line);
    }
    if (column != null) {
      sb.append(line > 0 ? ", " : " ").append("column ").append(Cells.quote(column));
    }
    return sb.append(": ").append(problem.replace('\n', ' ').replace('\r', ' ')).toString();
  }

  /**
   * The file being read.
   *
   * @return the path as given
   */
  public Path file() {
    return file;
  }

  /**
   * The 1-based line; the header is line 1.
   *
   * @return the line, or 0 when the whole file is at fault
   */
  public long line() {
    return line;
  }

  /**
   * The header name of the column at fault.
   *
   * @return the column, or empty when a whole row or the file is at fault
   */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  /**
   * What is wrong, without the location.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
