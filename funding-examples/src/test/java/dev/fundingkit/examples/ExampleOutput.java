package dev.fundingkit.examples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Runs an example's {@code main} with standard output captured, for the example tests. */
final class ExampleOutput {

  /** An example's entry point. */
  @FunctionalInterface
  interface Main {
    void run(String[] args) throws Exception;
  }

  private ExampleOutput() {}

  /** What {@code main} prints to standard output, with {@code \n} line ends. */
  static synchronized String of(Main main, String... args) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      main.run(args);
    } finally {
      System.setOut(original);
    }
    String out = buffer.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    original.print(out);
    return out;
  }

  /** Asserts that the output holds every fragment, naming each one that is missing. */
  static void assertPrints(String out, String... fragments) {
    assertAll(Arrays.stream(fragments).map(fragment -> () -> assertTrue(out.contains(fragment),
        () -> "missing <" + fragment + "> in output:\n" + out)));
  }
}
