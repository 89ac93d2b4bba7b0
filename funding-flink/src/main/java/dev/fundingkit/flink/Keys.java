package dev.fundingkit.flink;

import java.util.Objects;

/** The one spelling of a (venue, symbol) key, and label checks shared by the flat records. */
final class Keys {

  private Keys() {}

  static String of(String venue, String symbol) {
    return venue + '|' + symbol;
  }

  static String label(String name, String value) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, was '" + value + "'");
    }
    return value;
  }
}
