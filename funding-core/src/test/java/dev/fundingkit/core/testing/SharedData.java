package dev.fundingkit.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.zip.GZIPInputStream;

/**
 * Locates the real venue data in {@code ../shared/data} for conformance tests. The folder is
 * read by path and never copied into the repository; the system property
 * {@code fundingkit.shared.data} overrides the location. A test that needs a file calls
 * {@link #require(String)}, which skips the test with a clear message when the file is absent.
 */
public final class SharedData {

  /** The system property that overrides where the shared data folder is. */
  public static final String PROPERTY = "fundingkit.shared.data";

  private SharedData() {}

  /**
   * The shared data folder: the system property if set, else the first of
   * {@code ../shared/data} and {@code ../../shared/data} that exists (module or repo root).
   *
   * @return the folder path (may not exist)
   */
  public static Path root() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Paths.get(configured);
    }
    Path one = Paths.get("..", "shared", "data");
    return Files.isDirectory(one) ? one : Paths.get("..", "..", "shared", "data");
  }

  /**
   * The path of a data file, skipping the calling test when it is absent.
   *
   * @param relative the path below the data folder
   * @return the existing file
   */
  public static Path require(String relative) {
    Path file = root().resolve(relative);
    assumeTrue(
        Files.isRegularFile(file),
        () -> "Skipped: shared data file " + file.toAbsolutePath().normalize()
            + " is absent (set -D" + PROPERTY + "=DIR to point at ../shared/data)");
    return file;
  }

  /**
   * Opens a data file as UTF-8 text, decompressing {@code .gz}.
   *
   * @param file the file
   * @return a reader the caller closes
   * @throws IOException if it cannot be opened
   */
  public static BufferedReader open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }
}
