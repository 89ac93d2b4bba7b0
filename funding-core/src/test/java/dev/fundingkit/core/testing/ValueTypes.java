package dev.fundingkit.core.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

/**
 * What the serialization tests of every module count as a public value type, and the one
 * Java-serialization round trip they all use (shared through core's test jar).
 */
public final class ValueTypes {

  private ValueTypes() {}

  /**
   * A public record, or a public final class with instance state that is not a builder.
   *
   * @param c the class
   * @return whether the serialization tests must cover it
   */
  public static boolean isValueType(JavaClass c) {
    if (!c.getModifiers().contains(JavaModifier.PUBLIC) || c.isInterface() || c.isEnum()
        || c.isAnnotation()) {
      return false;
    }
    if (c.isRecord()) {
      return true;
    }
    boolean hasState = c.getFields().stream()
        .anyMatch(f -> !f.getModifiers().contains(JavaModifier.STATIC));
    return c.getModifiers().contains(JavaModifier.FINAL) && hasState
        && !c.getSimpleName().equals("Builder");
  }

  /**
   * Writes {@code o} with Java serialization and reads it back.
   *
   * @param o the object
   * @return the object read back
   * @throws IOException if writing or reading fails
   * @throws ClassNotFoundException if a class of the stream is absent
   */
  public static Object roundTrip(Object o) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
