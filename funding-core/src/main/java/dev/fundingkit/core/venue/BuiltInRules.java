package dev.fundingkit.core.venue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The built-in venues, read once from the resource {@code builtin.rules} in the rules text
 * format ({@link FundingRulesFile}), exactly as a user's rules file is read.
 */
final class BuiltInRules {

  static final String RESOURCE = "builtin.rules";

  private static final Map<String, FundingConvention> BY_ID = load();

  private BuiltInRules() {}

  static FundingConvention get(String id) {
    FundingConvention c = BY_ID.get(id);
    if (c == null) {
      throw new IllegalStateException(RESOURCE + " has no venue " + id);
    }
    return c;
  }

  private static Map<String, FundingConvention> load() {
    try (InputStream in = BuiltInRules.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar");
      }
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      Map<String, FundingConvention> byId = new LinkedHashMap<>();
      for (FundingConvention c : FundingRulesFile.read(reader, RESOURCE, false)) {
        byId.put(c.id(), c);
      }
      return byId;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
