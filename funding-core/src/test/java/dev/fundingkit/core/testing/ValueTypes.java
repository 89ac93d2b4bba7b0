package dev.fundingkit.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * What the serialization tests of every module count as a public value type, the one
 * Java-serialization round trip they all use, and the helpers that tamper with a serial form
 * to check that reading it back re-validates (shared through core's test jar).
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

  /**
   * The serial bytes of {@code value} with the first big-endian occurrence of {@code from}
   * replaced by {@code to}: a stream a forger could write, to check that reading it
   * re-validates.
   *
   * @param value the object to write
   * @param from a double that its serial form holds
   * @param to the double written in its place
   * @return the tampered bytes
   * @throws IOException if writing fails
   * @throws AssertionError if {@code from} is not in the serial form
   */
  public static byte[] serialWithDoubleReplaced(Object value, double from, double to)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    byte[] b = bytes.toByteArray();
    byte[] f = ByteBuffer.allocate(8).putDouble(from).array();
    byte[] t = ByteBuffer.allocate(8).putDouble(to).array();
    for (int i = 0; i + 8 <= b.length; i++) {
      if (Arrays.equals(b, i, i + 8, f, 0, 8)) {
        System.arraycopy(t, 0, b, i, 8);
        return b;
      }
    }
    throw new AssertionError(from + " is not in the serial form");
  }

  /**
   * Reads {@code serial} and asserts that reading fails with an {@link InvalidObjectException}.
   *
   * @param serial a serial stream
   * @return the exception, for its message and cause
   */
  public static InvalidObjectException readFails(byte[] serial) {
    return assertThrows(InvalidObjectException.class, () -> {
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serial))) {
        in.readObject();
      }
    });
  }

  /**
   * Asserts that the class of {@code value} refuses to be read directly: its private
   * {@code readObject(ObjectInputStream)} throws {@link InvalidObjectException}, so the only
   * way in is its serialization proxy.
   *
   * @param value an instance of the class
   * @throws Exception if the class has no such method or it cannot be made accessible
   */
  public static void refusesADirectStream(Object value) throws Exception {
    Method m = value.getClass().getDeclaredMethod("readObject", ObjectInputStream.class);
    m.setAccessible(true);
    InvocationTargetException e = assertThrows(InvocationTargetException.class,
        () -> m.invoke(value, (ObjectInputStream) null));
    assertEquals(InvalidObjectException.class, e.getCause().getClass());
  }
}
