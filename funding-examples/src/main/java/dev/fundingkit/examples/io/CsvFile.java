package dev.fundingkit.examples.io;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An open CSV file with its header read: plain or gzip (told from the content), UTF-8, cells
 * trimmed, blank lines skipped, a byte-order mark dropped. Finds columns by name and knows each
 * record's line. Not thread-safe; close it.
 */
final class CsvFile implements Closeable {

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).build();
  private static final int GZIP_MAGIC = 0x8b1f;

  private final Path file;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final List<String> header;

  private CsvFile(Path file, CSVParser parser) {
    this.file = file;
    this.parser = parser;
    this.records = parser.iterator();
    if (!records.hasNext()) {
      throw error(0, null, "empty file, expected a header row");
    }
    List<String> names = new ArrayList<>(records.next().toList());
    // A UTF-8 byte-order mark would otherwise stick to the first column's name.
    if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
      names.set(0, names.get(0).substring(1).trim());
    }
    this.header = List.copyOf(names);
  }

  /** Opens a file and reads its header; an empty file is a {@link CsvInputException}. */
  static CsvFile open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    try {
      in.mark(2);
      int magic = in.read() | (in.read() << 8);
      in.reset();
      if (magic == GZIP_MAGIC) {
        in = new GZIPInputStream(in, 1 << 16);
      }
      CSVParser parser = FORMAT.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
      try {
        return new CsvFile(file, parser);
      } catch (RuntimeException e) {
        parser.close();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  Path file() {
    return file;
  }

  List<String> header() {
    return header;
  }

  boolean hasNext() {
    return records.hasNext();
  }

  CSVRecord next() {
    return records.next();
  }

  /** The last line of the record {@link #next()} returned last (the header is line 1). */
  long line() {
    return parser.getCurrentLineNumber();
  }

  /** The index of a named column: exact name first, then the one name equal ignoring case. */
  int column(String name, String role) {
    int exact = header.indexOf(name);
    if (exact >= 0) {
      return exact;
    }
    int found = -1;
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equalsIgnoreCase(name)) {
        if (found >= 0) {
          throw error(1, name,
              "two columns match '" + name + "' ignoring case; columns are: " + columns());
        }
        found = i;
      }
    }
    if (found < 0) {
      throw error(1, name, "no such " + role + " column; columns are: " + columns());
    }
    return found;
  }

  /** The header names, comma separated, for messages. */
  String columns() {
    return String.join(", ", header);
  }

  /** A record's cells must match the header one for one. */
  void checkWidth(CSVRecord record, long line) {
    if (record.size() != header.size()) {
      throw error(line, null,
          "row has " + record.size() + " cells but the header has " + header.size());
    }
  }

  CsvInputException error(long line, String column, String problem) {
    return new CsvInputException(file, line, column, problem);
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
