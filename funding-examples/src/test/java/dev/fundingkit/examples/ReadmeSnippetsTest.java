package dev.fundingkit.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README quotes the examples between their {@code tag::}/{@code end::} comments; this test
 * fails when an example changes and the README still shows the old code, so the README never
 * shows code that does not compile.
 */
class ReadmeSnippetsTest {

  private static final Pattern TAGGED =
      Pattern.compile("// tag::([\\w-]+)\\[\\]\\R(.*?)\\R\\s*// end::\\1\\[\\]", Pattern.DOTALL);

  @Test
  void everyTaggedExampleSnippet_appearsVerbatimInTheReadme() throws IOException {
    String readme = Files.readString(Paths.get("..", "README.md"), StandardCharsets.UTF_8);
    Path examples = Paths.get("src", "main", "java", "dev", "fundingkit", "examples");
    List<String> missing = new ArrayList<>();
    int found = 0;
    try (Stream<Path> files = Files.list(examples)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        Matcher m = TAGGED.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          found++;
          if (!readme.contains(dedent(m.group(2)))) {
            missing.add(file.getFileName() + " tag " + m.group(1));
          }
        }
      }
    }
    assertTrue(found >= 7, "expected the seven tagged examples, found " + found);
    assertFalse(!missing.isEmpty(), "README.md does not quote the current code of " + missing);
  }

  private static String dedent(String block) {
    String[] lines = block.split("\\R", -1);
    int indent = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      out.append(lines[i].isBlank() ? "" : lines[i].substring(indent));
      if (i < lines.length - 1) {
        out.append('\n');
      }
    }
    return out.toString();
  }
}
