package dev.fundingkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every library jar names its module, so users on the module path get stable names. Reads the
 * jars the reactor built before this module's tests ran (core, stats and io are packaged
 * first); skips with a message when a module was not packaged in this build.
 */
class ModuleManifestTest {

  @ParameterizedTest
  @CsvSource({"funding-core, dev.fundingkit.core", "funding-io, dev.fundingkit.io",
      "funding-stats, dev.fundingkit.stats"})
  void libraryJarNamesItsModule(String module, String expected) throws IOException {
    Path target = Path.of("..", module, "target");
    Path jar = null;
    if (Files.isDirectory(target)) {
      try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, module + "-*.jar")) {
        for (Path p : jars) {
          String name = p.getFileName().toString();
          if (!name.contains("-tests") && !name.contains("-sources")
              && !name.contains("-javadoc")) {
            jar = p;
          }
        }
      }
    }
    assumeTrue(jar != null, () -> module + " was not packaged in this build; "
        + "run the reactor's package phase (./mvnw verify) to check its manifest");
    try (JarFile file = new JarFile(jar.toFile())) {
      assertEquals(expected,
          file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"), jar::toString);
    }
  }
}
