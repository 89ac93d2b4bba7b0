package dev.fundingkit.io;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV rows of an uncompressed file, split by hand from its bytes while they are plain:
 * lines ending in {@code \n} or {@code \r\n} with no quote character, cells between commas,
 * trimmed as Commons CSV trims them. Reading a million-row file through Commons CSV's lexer
 * and a string per cell was most of the CLI's {@code fit}; here a row is a pair of index
 * arrays over the buffer, and {@link #epochMillis(int)} and {@link #decimal(int)} read the
 * common cell forms without making a string.
 *
 * <p>At the first line it does not read itself (a quote, a lone {@code \r}, a line of blanks,
 * a last line without a line end, a line longer than 16 MB) it hands the rest of the file, from
 * the start of that line, to Commons CSV ({@link CsvFile}) and counts lines on from there, so
 * every row, cell and error is what Commons CSV alone would give. A header it does not read
 * itself sends the whole file that way. Compressed entries never come here: a read failure in
 * the middle of one is reported at the line Commons CSV's buffering reaches.
 *
 * <p>Not thread-safe.
 */
final class PlainCsv extends RowSource {

  private static final int BUFFER = 1 << 16;
  private static final int LONGEST_LINE = 1 << 24;

  private final InputStream in;
  private final Closeable owner;
  private final List<String> header;
  private final int width;
  private byte[] buf;
  private int pos;
  private int lim;
  private boolean eof;
  private long line = 1;
  private final int[] start;
  private final int[] end;
  private static final int SMALL_FILLS = 64;
  private static final int SMALL_READ = 4096;
  private int fills;
  private CsvFile rest;
  private CSVRecord record;

  private PlainCsv(Path file, InputStream in, Closeable owner, byte[] buf, int pos, int lim,
      boolean eof, List<String> header) {
    super(file);
    this.in = in;
    this.owner = owner;
    this.buf = buf;
    this.pos = pos;
    this.lim = lim;
    this.eof = eof;
    this.header = header;
    this.width = header.size();
    this.start = new int[width];
    this.end = new int[width];
  }

  /**
   * Opens an uncompressed CSV entry: by hand when its first line is a plain header, else
   * through Commons CSV from the first byte.
   */
  static RowSource open(InputFiles.Entry entry, Closeable owner) throws IOException {
    InputStream in = entry.content();
    byte[] buf = new byte[BUFFER];
    int lim = 0;
    boolean eof = false;
    int nl = -1;
    while (nl < 0 && !eof && lim < LONGEST_LINE) {
      if (lim == buf.length) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
      int r = in.read(buf, lim, Math.min(SMALL_READ, buf.length - lim));
      if (r < 0) {
        eof = true;
      } else {
        int from = lim;
        lim += r;
        nl = indexOf(buf, from, lim, (byte) '\n');
      }
    }
    List<String> header = nl < 0 ? null : plainHeader(buf, nl);
    if (header == null) {
      InputStream all = new SequenceInputStream(new ByteArrayInputStream(buf, 0, lim), in);
      return new Csv(CsvFile.of(new InputFiles.Entry(entry.name(), all), owner));
    }
    return new PlainCsv(entry.name(), in, owner, buf, nl + 1, lim, eof,
        CsvFile.header(entry.name(), header));
  }

  /** The trimmed cells of a first line {@code buf[0, nl)} that is plain, else null. */
  private static List<String> plainHeader(byte[] buf, int nl) {
    int e = nl > 0 && buf[nl - 1] == '\r' ? nl - 1 : nl;
    boolean blank = true;
    for (int i = 0; i < e; i++) {
      byte c = buf[i];
      if (c == '"' || c == '\r') {
        return null;
      }
      blank &= (c & 0xff) <= ' ';
    }
    if (blank) {
      return null;
    }
    List<String> cells = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= e; i++) {
      if (i == e || buf[i] == ',') {
        cells.add(new String(buf, from, i - from, StandardCharsets.UTF_8).trim());
        from = i + 1;
      }
    }
    return cells;
  }

  private static int indexOf(byte[] b, int from, int to, byte c) {
    for (int i = from; i < to; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }

  @Override
  List<String> fields() {
    return header;
  }

  @Override
  String envelope() {
    return "";
  }

  @Override
  boolean next() throws IOException {
    if (rest != null) {
      return nextRest();
    }
    while (true) {
      int r = split();
      if (r == ROW) {
        return true;
      }
      if (r == END) {
        return false;
      }
      if (r == HAND_OVER) {
        InputStream remaining =
            new SequenceInputStream(new ByteArrayInputStream(buf, pos, lim - pos), in);
        buf = null;
        rest = new CsvFile(file, header, new InputStreamReader(remaining,
            StandardCharsets.UTF_8), line, owner);
        return nextRest();
      }
      // MORE: no line end in the buffer yet
      fill();
    }
  }

  private static final int ROW = 0;
  private static final int END = 1;
  private static final int HAND_OVER = 2;
  private static final int MORE = 3;

  /** Splits the next line of the buffer into cells, skipping empty lines as Commons does. */
  private int split() {
    while (true) {
      int p = pos;
      int cell = 0;
      int from = p;
      byte[] b = buf;
      int n = lim;
      int cells = width;
      int i = p;
      for (; i < n; i++) {
        byte c = b[i];
        // Digits, letters, '.', '-' and every byte above ',' need nothing: one comparison.
        if (c > ',') {
          continue;
        }
        if (c == ',') {
          if (cell < cells) {
            trim(cell, from, i);
          }
          cell++;
          from = i + 1;
        } else if (c == '\n') {
          break;
        } else if (c == '"') {
          return HAND_OVER;
        } else if (c == '\r' && (i + 1 == n || b[i + 1] != '\n')) {
          // a \r at the buffer's end may be half of a \r\n: read on before judging it
          return i + 1 == n && !eof && n - p < LONGEST_LINE ? MORE : HAND_OVER;
        }
      }
      if (i == n) {
        if (!eof && n - p < LONGEST_LINE) {
          return MORE;
        }
        // the last line has no line end (Commons counts it differently), or a huge line
        return i == p ? END : HAND_OVER;
      }
      int e = i > p && b[i - 1] == '\r' ? i - 1 : i;
      if (e == p) {
        // an empty line: Commons CSV skips it (ignoreEmptyLines), counting it
        line++;
        pos = i + 1;
        continue;
      }
      if (cell < cells) {
        trim(cell, from, e);
      }
      if (cell == 0 && start[0] == end[0]) {
        // no comma and nothing but blanks: a line Commons reads its own way
        return HAND_OVER;
      }
      cell++;
      line++;
      pos = i + 1;
      if (cell != cells) {
        throw error(line, null, "row has " + cell + " cells but the header has " + cells);
      }
      return ROW;
    }
  }

  private void trim(int cell, int from, int to) {
    byte[] b = buf;
    while (from < to && (b[from] & 0xff) <= ' ') {
      from++;
    }
    while (to > from && (b[to - 1] & 0xff) <= ' ') {
      to--;
    }
    start[cell] = from;
    end[cell] = to;
  }

  /** Moves the unread bytes to the front, grows the buffer if a line fills it, reads on. */
  private void fill() throws IOException {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, lim - pos);
      lim -= pos;
      pos = 0;
    }
    if (lim == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    try {
      // The first reads are small, so the JIT's profile of split() has seen a buffer end
      // before it compiles it; otherwise the first refill deoptimises the compiled loop.
      int r = in.read(buf, lim, fills++ < SMALL_FILLS ? Math.min(SMALL_READ, buf.length - lim)
          : buf.length - lim);
      if (r < 0) {
        eof = true;
      } else {
        lim += r;
      }
    } catch (IOException e) {
      throw error(line + 1, null, InputFiles.readFailure(e) + " after line " + line);
    }
  }

  private boolean nextRest() {
    if (!rest.hasNext()) {
      return false;
    }
    record = rest.next();
    rest.checkWidth(record, rest.line());
    return true;
  }

  /** Whether the current row was split here (so the byte readers below apply). */
  boolean plain() {
    return rest == null;
  }

  /** Whether a cell of the current plain row is empty once trimmed. */
  boolean isEmpty(int index) {
    return start[index] == end[index];
  }

  /** {@link Timestamps#epochMillisAscii} of a cell of the current plain row. */
  long epochMillis(int index) {
    return Timestamps.epochMillisAscii(buf, start[index], end[index]);
  }

  /** {@link Decimals#parseAscii} of a cell of the current plain row. */
  double decimal(int index) {
    return Decimals.parseAscii(buf, start[index], end[index]);
  }

  @Override
  String cell(int index) {
    if (rest != null) {
      return record.get(index);
    }
    return new String(buf, start[index], end[index] - start[index], StandardCharsets.UTF_8);
  }

  @Override
  long line() {
    return rest != null ? rest.line() : line;
  }

  @Override
  boolean isJson() {
    return false;
  }

  @Override
  public void close() throws IOException {
    if (rest != null) {
      rest.close();
      return;
    }
    try {
      in.close();
    } finally {
      owner.close();
    }
  }
}
