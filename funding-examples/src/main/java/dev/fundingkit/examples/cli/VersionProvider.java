package dev.fundingkit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version from the Maven metadata packed into the jar; "development build" otherwise. */
final class VersionProvider implements IVersionProvider {

  private static final String POM_PROPERTIES =
      "/META-INF/maven/dev.fundingkit/funding-examples/pom.properties";

  @Override
  public String[] getVersion() throws IOException {
    String version = "development build";
    try (InputStream in = VersionProvider.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        version = properties.getProperty("version", version);
      }
    }
    return new String[] {
      "fundingkit " + version,
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
          + ")"
    };
  }
}
