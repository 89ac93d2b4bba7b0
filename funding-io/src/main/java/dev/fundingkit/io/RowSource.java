package dev.fundingkit.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * Rows of named fields from a CSV (header and records) or a JSON payload (an array of objects,
 * at the top or inside a venue's envelope), streamed one at a time. Not thread-safe.
 */
abstract class RowSource implements Closeable {

  /** Envelope keys under which venues put the array of records, tried in this order. */
  private static final List<String> ARRAY_KEYS =
      List.of("list", "data", "result", "historicalFunding", "rates");

  /**
   * Whether uncompressed CSV is split by {@link PlainCsv} (true) or read by Commons CSV alone;
   * false only in tests, which compare the two.
   */
  static volatile boolean plainCsv = true;

  final Path file;

  RowSource(Path file) {
    this.file = file;
  }

  /** The field names: the CSV header, or the first JSON object's keys. */
  abstract List<String> fields();

  /** Where the records were found: {@code ""} for a CSV or a top-level array, else the key. */
  abstract String envelope();

  /** Advances to the next row; false at the end. */
  abstract boolean next() throws IOException;

  /** The cell of field {@code index} in the current row, or null when absent or JSON null. */
  abstract String cell(int index);

  /** The current row's line (a CSV's header is line 1). */
  abstract long line();

  /** Whether the rows come from JSON. */
  abstract boolean isJson();

  /** The index of a field by exact name, else the one equal ignoring case; -1 if none. */
  int find(String name) {
    List<String> f = fields();
    int exact = f.indexOf(name);
    if (exact >= 0) {
      // Two fields of one name: picking either would silently drop the other's data.
      int last = f.lastIndexOf(name);
      if (last != exact) {
        throw error(1, name, "two columns are named " + Cells.quote(name) + " (columns "
            + (exact + 1) + " and " + (last + 1) + "); rename one or name another column");
      }
      return exact;
    }
    int found = -1;
    for (int i = 0; i < f.size(); i++) {
      if (f.get(i).equalsIgnoreCase(name)) {
        if (found >= 0) {
          throw error(1, name, "two columns match '" + name + "' ignoring case; columns are: "
              + columns());
        }
        found = i;
      }
    }
    return found;
  }

  /** The field names for messages. */
  String columns() {
    StringBuilder sb = new StringBuilder();
    List<String> f = fields();
    for (int i = 0; i < f.size() && i < 30; i++) {
      String q = Cells.quote(f.get(i));
      sb.append(i == 0 ? "" : ", ").append(q.equals("'" + f.get(i) + "'") ? f.get(i) : q);
    }
    return f.size() > 30 ? sb + ", … (" + f.size() + " columns)" : sb.toString();
  }

  FundingInputException error(long line, String column, String problem) {
    return new FundingInputException(file, line, column, problem);
  }

  /** Opens an entry as CSV or JSON, told from its first non-blank character. */
  static RowSource open(InputFiles.Entry entry, Closeable owner) throws IOException {
    InputStream in = entry.content() instanceof BufferedInputStream ? entry.content()
        : new BufferedInputStream(entry.content(), 1 << 16);
    in.mark(4096);
    byte[] head = in.readNBytes(512);
    in.reset();
    int bad = 0;
    for (byte b : head) {
      if (b == 0 || (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7f) {
        bad++;
      }
    }
    if (head.length > 0 && bad * 20 > head.length) {
      throw new FundingInputException(entry.name(), 1, null, "binary data, not CSV or JSON"
          + " text (" + bad + " control bytes in the first " + head.length + ")");
    }
    in.mark(4096);
    int c;
    int skipped = 0;
    do {
      c = in.read();
      skipped++;
    } while (c != -1 && skipped < 4096 && (c == ' ' || c == '\n' || c == '\r' || c == '\t'
        || c == 0xef || c == 0xbb || c == 0xbf));
    in.reset();
    InputFiles.Entry buffered = new InputFiles.Entry(entry.name(), in, entry.plain());
    if (c == '[' || c == '{') {
      return new Json(buffered, owner);
    }
    return entry.plain() && plainCsv ? PlainCsv.open(buffered, owner)
        : new Csv(CsvFile.of(buffered, owner));
  }

  // ------------------------------------------------------------------------------- CSV

  static final class Csv extends RowSource {
    private final CsvFile csv;
    private CSVRecord record;

    Csv(CsvFile csv) {
      super(csv.file());
      this.csv = csv;
    }

    @Override
    List<String> fields() {
      return csv.header();
    }

    @Override
    String envelope() {
      return "";
    }

    @Override
    boolean next() {
      if (!csv.hasNext()) {
        return false;
      }
      record = csv.next();
      csv.checkWidth(record, csv.line());
      return true;
    }

    @Override
    String cell(int index) {
      return record.get(index);
    }

    @Override
    long line() {
      return csv.line();
    }

    @Override
    boolean isJson() {
      return false;
    }

    @Override
    public void close() throws IOException {
      csv.close();
    }
  }

  // ------------------------------------------------------------------------------- JSON

  static final class Json extends RowSource {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private final JsonParser parser;
    private final Closeable owner;
    private final List<String> fields = new ArrayList<>();
    private String envelope = "";
    private JsonNode first;
    private JsonNode current;
    private boolean done;
    private long currentLine;
    private long firstLine;

    Json(InputFiles.Entry entry, Closeable owner) throws IOException {
      super(entry.name());
      this.owner = owner;
      this.parser = FACTORY.createParser(new InputStreamReader(entry.content(),
          StandardCharsets.UTF_8));
      try {
        locateArray();
        if (parser.currentToken() == JsonToken.START_ARRAY) {
          JsonToken t = parser.nextToken();
          if (t == JsonToken.START_OBJECT) {
            firstLine = parser.currentTokenLocation().getLineNr();
            first = MAPPER.readTree(parser);
            for (Iterator<String> it = first.fieldNames(); it.hasNext(); ) {
              fields.add(it.next());
            }
          } else if (t == JsonToken.START_ARRAY) {
            throw error(parser.currentTokenLocation().getLineNr(), null,
                "records are arrays, not objects (a kline payload such as Binance"
                    + " premiumIndexKlines?); FundingKit reads funding histories by field name");
          } else if (t != JsonToken.END_ARRAY) {
            throw error(parser.currentTokenLocation().getLineNr(), null,
                "expected an array of objects, found " + t);
          }
        }
      } catch (JsonProcessingException e) {
        parser.close();
        owner.close();
        throw jsonError(e);
      } catch (IOException e) {
        parser.close();
        owner.close();
        throw error(0, null, InputFiles.readFailure(e));
      } catch (RuntimeException e) {
        parser.close();
        owner.close();
        throw e;
      }
    }

    private FundingInputException jsonError(JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String m = e.getOriginalMessage();
      return error(at == null ? 0 : Math.max(at.getLineNr(), 0), null, "invalid JSON: "
          + (m == null ? "" : m.length() > 120 ? m.substring(0, 120) + "…" : m)
          + (at == null ? "" : " (column " + at.getColumnNr() + ")"));
    }

    /** Moves the parser onto the START_ARRAY of the records, checking venue error codes. */
    private void locateArray() throws IOException {
      JsonToken t = parser.nextToken();
      if (t == JsonToken.START_ARRAY) {
        return;
      }
      if (t != JsonToken.START_OBJECT) {
        throw error(1, null, "expected a JSON array or object, found " + t);
      }
      List<String> keys = new ArrayList<>();
      if (!descend(keys, "")) {
        throw error(0, null, "no array of records found in the JSON object (keys: "
            + String.join(", ", keys) + ")");
      }
    }

    /** Inside an object: finds a records array under a known key, descending one level. */
    private boolean descend(List<String> keys, String path) throws IOException {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        keys.add(path + name);
        JsonToken v = parser.nextToken();
        if (v == JsonToken.START_ARRAY && ARRAY_KEYS.contains(name)) {
          envelope = path + name;
          return true;
        }
        if (v == JsonToken.START_OBJECT && (name.equals("result") || name.equals("data"))) {
          if (descend(keys, name + ".")) {
            return true;
          }
          continue;
        }
        if (v == JsonToken.START_OBJECT && name.equals("error")) {
          JsonNode err = MAPPER.readTree(parser);
          throw error(parser.currentLocation().getLineNr(), null, "the payload is an error"
              + " response: " + Cells.quote(err.toString()));
        }
        if (v.isScalarValue()) {
          checkStatus(name, parser.getValueAsString());
        }
        parser.skipChildren();
      }
      return false;
    }

    private static final Set<String> OK_CODES = Set.of("0", "success", "OK");

    private void checkStatus(String name, String value) {
      if ((name.equals("retCode") || name.equals("code")) && value != null
          && !OK_CODES.contains(value)) {
        throw error(parser.currentLocation().getLineNr(), name,
            "the payload is an error response (" + name + " " + Cells.quote(value) + ")");
      }
      if (name.equals("result") && "error".equals(value)) {
        throw error(parser.currentLocation().getLineNr(), name,
            "the payload is an error response (result 'error')");
      }
    }

    @Override
    List<String> fields() {
      return fields;
    }

    @Override
    String envelope() {
      return envelope;
    }

    @Override
    boolean next() throws IOException {
      if (first != null) {
        current = first;
        currentLine = firstLine;
        first = null;
        return true;
      }
      if (done || fields.isEmpty()) {
        done = true;
        return false;
      }
      try {
        JsonToken t = parser.nextToken();
        if (t == null || t == JsonToken.END_ARRAY) {
          done = true;
          return false;
        }
        currentLine = parser.currentTokenLocation().getLineNr();
        if (t != JsonToken.START_OBJECT) {
          throw error(currentLine, null, "expected an object in the records array, found " + t);
        }
        current = MAPPER.readTree(parser);
        return true;
      } catch (JsonProcessingException e) {
        throw jsonError(e);
      } catch (IOException e) {
        throw error(currentLine, null, InputFiles.readFailure(e) + " after line " + currentLine);
      }
    }

    @Override
    String cell(int index) {
      JsonNode n = current.get(fields.get(index));
      if (n == null || n.isNull()) {
        return null;
      }
      return n.isValueNode() ? n.asText() : n.toString();
    }

    @Override
    long line() {
      return currentLine;
    }

    @Override
    boolean isJson() {
      return true;
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
}
