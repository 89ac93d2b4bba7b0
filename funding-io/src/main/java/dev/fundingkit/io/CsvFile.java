package dev.fundingkit.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An open CSV file with its header read: plain, gzip or the first entry of a zip (told from the
 * content), UTF-8, cells trimmed, blank lines skipped, a byte-order mark dropped. Finds columns
 * by name and knows each record's line. Every failure, including a quote error or truncated
 * compressed data in the middle of the file, is a {@link FundingInputException} naming the file
 * and line. Not thread-safe; close it.
 */
final class CsvFile implements Closeable {

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).build();
  private static final int MAX_COLUMNS_LISTED = 30;

  private final Path file;
  private final Closeable owner;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final List<String> header;
  private final long lineOffset;
  private long lastLine = 1;

  CsvFile(Path file, CSVParser parser, Closeable owner) {
    this.file = file;
    this.parser = parser;
    this.owner = owner;
    this.records = parser.iterator();
    this.lineOffset = 0;
    if (!hasNext()) {
      throw error(0, null, "empty file, expected a header row");
    }
    this.header = header(file, next().toList());
  }

  /**
   * The rest of a file whose header and first {@code linesBefore} lines were read already
   * (by {@link PlainCsv}, which hands over here at the first line it does not read itself):
   * lines are counted on from there.
   */
  CsvFile(Path file, List<String> header, java.io.Reader rest, long linesBefore,
      Closeable owner) throws IOException {
    this.file = file;
    this.parser = FORMAT.parse(rest);
    this.owner = owner;
    this.records = parser.iterator();
    this.header = header;
    this.lineOffset = linesBefore;
    this.lastLine = linesBefore;
  }

  /** The header's names: trimmed, a byte-order mark dropped, binary data refused. */
  static List<String> header(Path file, List<String> cells) {
    List<String> names = new ArrayList<>(cells);
    // A UTF-8 byte-order mark would otherwise stick to the first column's name.
    if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
      names.set(0, names.get(0).substring(1).trim());
    }
    for (String name : names) {
      if (name.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7f || c == 0xfffd)) {
        throw new FundingInputException(file, 1, null, "the header is binary data, not CSV text"
            + " (is this a compressed or spreadsheet file of another kind?)");
      }
    }
    return List.copyOf(names);
  }

  /** Opens a file (its first entry if a zip) and reads its header. */
  static CsvFile open(Path file) throws IOException {
    InputFiles.Entries entries = InputFiles.open(file);
    try {
      InputFiles.Entry entry = entries.next();
      if (entry == null) {
        throw new FundingInputException(file, 0, null, "the zip holds no file");
      }
      return of(entry, entries);
    } catch (IOException | RuntimeException e) {
      entries.close();
      throw e;
    }
  }

  /** Reads the header of an entry; closing the CSV closes {@code owner}. */
  static CsvFile of(InputFiles.Entry entry, Closeable owner) throws IOException {
    CSVParser parser =
        FORMAT.parse(new InputStreamReader(entry.content(), StandardCharsets.UTF_8));
    return new CsvFile(entry.name(), parser, owner);
  }

  Path file() {
    return file;
  }

  List<String> header() {
    return header;
  }

  boolean hasNext() {
    try {
      return records.hasNext();
    } catch (UncheckedIOException e) {
      throw failure(e);
    } catch (IllegalStateException e) {
      throw error(lineOffset + parser.getCurrentLineNumber(), null, e.getMessage());
    }
  }

  CSVRecord next() {
    try {
      CSVRecord r = records.next();
      lastLine = lineOffset + parser.getCurrentLineNumber();
      return r;
    } catch (UncheckedIOException e) {
      throw failure(e);
    } catch (IllegalStateException e) {
      throw error(lineOffset + parser.getCurrentLineNumber(), null, e.getMessage());
    }
  }

  private FundingInputException failure(UncheckedIOException e) {
    IOException io = e.getCause();
    String m = io.getMessage() == null ? "" : io.getMessage();
    if (m.contains("encapsulated") || m.contains("EOF reached before")) {
      // commons-csv: "(line 12) invalid char between encapsulated token and delimiter ..."
      String problem = m.replaceFirst("^\\(line \\d+\\) ", "").replaceFirst(" at line: .*$", "");
      return error(lineOffset + parser.getCurrentLineNumber(), null, "CSV quote error: "
          + fileLines(problem));
    }
    return error(lastLine + 1, null, InputFiles.readFailure(io) + " after line " + lastLine);
  }

  /** Commons CSV's "(startline 3)" counted from the file's first line, not the parser's. */
  private String fileLines(String message) {
    if (lineOffset == 0) {
      return message;
    }
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\\(startline (\\d+)\\)").matcher(message);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, "(startline " + (Long.parseLong(m.group(1)) + lineOffset) + ")");
    }
    return m.appendTail(sb).toString();
  }

  /** The last line of the record {@link #next()} returned last (the header is line 1). */
  long line() {
    return lineOffset + parser.getCurrentLineNumber();
  }

  /** The index of a named column: exact name first, then the one name equal ignoring case. */
  int column(String name, String role) {
    int found = find(name);
    if (found == -2) {
      throw error(1, name,
          "two columns match '" + name + "' ignoring case; columns are: " + columns());
    }
    if (found < 0) {
      throw error(1, name, "no such " + role + " column; columns are: " + columns());
    }
    return found;
  }

  /** The index of a named column, -1 if absent, -2 if ambiguous ignoring case. */
  int find(String name) {
    int exact = header.indexOf(name);
    if (exact >= 0) {
      // Two columns of one name: picking either would silently drop the other's data.
      int last = header.lastIndexOf(name);
      if (last != exact) {
        throw error(1, name, "two columns are named " + Cells.quote(name) + " (columns "
            + (exact + 1) + " and " + (last + 1) + "); rename one or name another column");
      }
      return exact;
    }
    int found = -1;
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equalsIgnoreCase(name)) {
        if (found >= 0) {
          return -2;
        }
        found = i;
      }
    }
    return found;
  }

  /** The header names, comma separated and quoted safely, for messages. */
  String columns() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < header.size() && i < MAX_COLUMNS_LISTED; i++) {
      String h = header.get(i);
      String q = Cells.quote(h);
      sb.append(i == 0 ? "" : ", ").append(q.equals("'" + h + "'") ? h : q);
    }
    if (header.size() > MAX_COLUMNS_LISTED) {
      sb.append(", … (").append(header.size()).append(" columns)");
    }
    return sb.toString();
  }

  /** A record's cells must match the header one for one. */
  void checkWidth(CSVRecord record, long line) {
    if (record.size() != header.size()) {
      throw error(line, null,
          "row has " + record.size() + " cells but the header has " + header.size());
    }
  }

  FundingInputException error(long line, String column, String problem) {
    return new FundingInputException(file, line, column, problem);
  }

  @Override
  public void close() throws IOException {
    try {
      parser.close();
    } finally {
      owner.close();
    }
  }
}
