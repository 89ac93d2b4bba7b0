package dev.fundingkit.io;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Opens an input file as a stream of its content: plain, gzip or zip (told from the first
 * bytes, whatever the name). A zip is read entry by entry ({@link Entries}). Failures are
 * {@link FundingInputException}s naming the file.
 */
final class InputFiles {

  private static final int BUFFER = 1 << 16;

  private InputFiles() {}

  /** The entries of a file: one for plain or gzip content, one per file entry of a zip. */
  interface Entries extends java.io.Closeable {
    /** The next entry's display name and stream, or null at the end. */
    Entry next() throws IOException;

    @Override
    void close() throws IOException;
  }

  /**
   * One entry: where it is (for messages), its content, and whether that content is the
   * file's own bytes (not decompressed), which {@link PlainCsv} requires.
   */
  record Entry(Path name, InputStream content, boolean plain) {
    Entry(Path name, InputStream content) {
      this(name, content, false);
    }
  }

  static Entries open(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new FundingInputException(file, 0, null, "is a directory, expected a file");
    }
    if (!Files.exists(file)) {
      throw new FundingInputException(file, 0, null, "no such file");
    }
    InputStream raw;
    try {
      raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
    } catch (AccessDeniedException e) {
      throw new FundingInputException(file, 0, null, "permission denied");
    } catch (NoSuchFileException e) {
      throw new FundingInputException(file, 0, null, "no such file");
    }
    raw.mark(4);
    int b0 = raw.read();
    int b1 = raw.read();
    int b2 = raw.read();
    int b3 = raw.read();
    raw.reset();
    if (b0 == 0x1f && b1 == 0x8b) {
      InputStream gz;
      try {
        gz = new GZIPInputStream(raw, BUFFER);
      } catch (EOFException e) {
        raw.close();
        throw new FundingInputException(file, 0, null, "truncated gzip data (no complete header)");
      }
      return single(file, gz, false);
    }
    if (b0 == 'P' && b1 == 'K' && b2 == 3 && b3 == 4) {
      return zip(file, new ZipInputStream(raw));
    }
    return single(file, raw, true);
  }

  private static Entries single(Path file, InputStream in, boolean plain) {
    return new Entries() {
      private boolean done;

      @Override
      public Entry next() {
        if (done) {
          return null;
        }
        done = true;
        return new Entry(file, in, plain);
      }

      @Override
      public void close() throws IOException {
        in.close();
      }
    };
  }

  private static Entries zip(Path file, ZipInputStream zip) {
    return new Entries() {
      @Override
      public Entry next() throws IOException {
        ZipEntry entry;
        do {
          entry = zip.getNextEntry();
        } while (entry != null && (entry.isDirectory() || entry.getName().startsWith("__MACOSX")));
        if (entry == null) {
          return null;
        }
        InputStream shield = new java.io.FilterInputStream(zip) {
          @Override
          public void close() {
            // the zip stream stays open for the next entry
          }
        };
        return new Entry(Path.of(file + "!" + entry.getName()), shield);
      }

      @Override
      public void close() throws IOException {
        zip.close();
      }
    };
  }

  /** A one-line description of a read failure in the middle of a file. */
  static String readFailure(IOException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof EOFException || m.contains("Unexpected end of ZLIB")
        || m.contains("Corrupt GZIP trailer") || m.contains("invalid stored block")) {
      return "truncated or corrupt compressed data (" + m + ")";
    }
    return "cannot read: " + m;
  }
}
