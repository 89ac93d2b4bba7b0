package dev.fundingkit.stats.ou;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/** Golden vectors from ou_reference.py in src/test/resources/.../golden (see README there). */
final class Golden {

  final double[] t;
  final double[] x;
  private final Properties p = new Properties();
  private final String name;

  Golden(String name) {
    this(name, true);
  }

  /** With {@code withCsv} false only the properties are read (real data lives elsewhere). */
  Golden(String name, boolean withCsv) {
    this.name = name;
    List<double[]> rows = new ArrayList<>();
    try {
      if (withCsv) {
        try (BufferedReader r = reader(name + ".csv")) {
          r.readLine();
          for (String line = r.readLine(); line != null; line = r.readLine()) {
            String[] f = line.split(",");
            rows.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])});
          }
        }
      }
      try (BufferedReader pr = reader(name + ".properties")) {
        p.load(pr);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    t = rows.stream().mapToDouble(a -> a[0]).toArray();
    x = rows.stream().mapToDouble(a -> a[1]).toArray();
  }

  private static BufferedReader reader(String file) {
    InputStream in = Golden.class.getResourceAsStream("golden/" + file);
    Objects.requireNonNull(in, "missing golden resource " + file);
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  double get(String key) {
    String v = p.getProperty(key);
    Objects.requireNonNull(v, () -> name + ": no key " + key);
    return Double.parseDouble(v);
  }

  String text(String key) {
    return Objects.requireNonNull(p.getProperty(key), () -> name + ": no key " + key);
  }

  void close(String key, double actual, double relTol) {
    double expected = get(key);
    assertEquals(expected, actual, relTol * Math.abs(expected), name + " " + key);
  }
}
