package dev.fundingkit.examples.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where {@code report --out DIR} writes, checked before any analysis and written so that a
 * failed run leaves nothing half written: the files go into a temporary directory beside
 * {@code DIR} (same file system, so the final step is a rename), and only a complete set is
 * moved into place. The temporary directory is removed whatever happens.
 */
final class ReportOutput {

  /** Thrown for an {@code --out} the report cannot be written to; its message is the line. */
  static final class Unwritable extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    Unwritable(String message) {
      super(message);
    }
  }

  private final Path target;
  private final Path parent;

  private ReportOutput(Path target, Path parent) {
    this.target = target;
    this.parent = parent;
  }

  /**
   * Checks {@code --out} before the analysis: a non-empty path that is a directory or does
   * not exist yet, none of whose output files is a directory, under a writable directory.
   *
   * @param text the option's value as given
   * @param files the file names the run will write into it
   * @return the checked output
   * @throws Unwritable naming {@code --out} and why
   */
  static ReportOutput check(String text, List<String> files) {
    if (text == null || text.isBlank()) {
      throw new Unwritable("Invalid value for option '--out': a directory is required, was '"
          + (text == null ? "" : text) + "'");
    }
    Path target;
    try {
      target = Path.of(text).toAbsolutePath().normalize();
    } catch (RuntimeException e) {
      throw new Unwritable("Invalid value for option '--out': '" + clip(text)
          + "' is not a path (" + e.getMessage() + ")");
    }
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new Unwritable("Invalid value for option '--out': " + clip(text)
          + " exists and is not a directory");
    }
    if (Files.isDirectory(target)) {
      for (String f : files) {
        Path p = target.resolve(f);
        if (Files.isDirectory(p)) {
          throw new Unwritable("Invalid value for option '--out': " + clip(text) + "/" + f
              + " is a directory, so the report cannot be written there");
        }
        if (Files.exists(p) && !Files.isWritable(p)) {
          throw new Unwritable("Invalid value for option '--out': " + clip(text) + "/" + f
              + " exists and is not writable");
        }
      }
    }
    // The temporary directory sits beside the target; its parent is the nearest existing
    // ancestor when the target and some of its parents are still to be created.
    Path parent = target.getParent();
    if (parent == null) {
      throw new Unwritable("Invalid value for option '--out': " + clip(text)
          + " is a file system root; name a directory under it");
    }
    Path existing = parent;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null || !Files.isDirectory(existing)) {
      throw new Unwritable("Invalid value for option '--out': " + (existing == null ? clip(text)
          : existing + " is not a directory, so " + text + " cannot be created"));
    }
    if (!Files.isWritable(existing)) {
      throw new Unwritable("Invalid value for option '--out': " + existing
          + " is not writable, so " + text + " cannot be written");
    }
    return new ReportOutput(target, parent);
  }

  /** The directory the report ends in. */
  Path target() {
    return target;
  }

  /** Writes the report's files into a directory, returning their names in order. */
  interface Writer {
    /**
     * Writes into {@code dir}.
     *
     * @param dir an empty directory
     * @throws IOException if a file cannot be written
     */
    void write(Path dir) throws IOException;
  }

  /**
   * Runs {@code writer} into a fresh temporary directory beside the target, then moves every
   * file it wrote into the target (created if absent, existing files of the same names
   * replaced). Nothing of a failed write reaches the target.
   *
   * @param writer what writes the files
   * @throws Unwritable if the files cannot be written or moved, naming {@code --out}
   */
  void writeAtomically(Writer writer) {
    Path tmp = null;
    try {
      Files.createDirectories(parent);
      tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
      writer.write(tmp);
      if (!Files.exists(target)) {
        move(tmp, target);
        tmp = null;
        return;
      }
      List<Path> written = new ArrayList<>();
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(tmp)) {
        ds.forEach(written::add);
      }
      for (Path f : written) {
        move(f, target.resolve(f.getFileName().toString()));
      }
    } catch (IOException | RuntimeException e) {
      throw new Unwritable("cannot write the report to " + target + " (--out): " + reason(e));
    } finally {
      if (tmp != null) {
        deleteQuietly(tmp);
      }
    }
  }

  private static String reason(Exception e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : clip(e.getMessage());
  }

  /** Long text cut for a one-line message, its length given. */
  static String clip(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "… (" + text.length() + " chars)";
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // Best effort: a leftover temporary directory is hidden and harmless.
        }
      });
    } catch (IOException ignored) {
      // As above.
    }
  }
}
