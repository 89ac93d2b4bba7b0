package dev.fundingkit.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 6 as a sweep: every public constructor and method of funding-core and
 * funding-stats that takes a {@code double} (or a {@code double[]}) is called once with plain
 * sample arguments and then with NaN and with infinity in each such position. A call that
 * accepted the sample arguments must reject the non-finite one with an
 * {@link IllegalArgumentException}, never return (a silent NaN) or throw anything else.
 *
 * <p>The sweep finds the methods by reflection, so a new method cannot be forgotten. Calls the
 * samples cannot set up (a receiver the sweep cannot build, sample arguments the method
 * rejects) are skipped; the sweep asserts it reached a floor of methods so a broken sample
 * factory cannot make it pass vacuously. {@link #MEANINGFUL_INFINITY} lists the parameters
 * where infinity has a documented meaning (an unbounded bound).
 */
class NonFiniteInputSweepTest {

  /**
   * Parameters where infinity is documented as meaningful, "Class.method#index": a band's or
   * an interval's open end.
   */
  private static final java.util.Set<String> MEANINGFUL_INFINITY = java.util.Set.of(
      "Band.<init>#0", "Band.<init>#1", "Band.atMost#0", "Band.atLeast#0",
      "Band.contains#0", "ConfidenceInterval.<init>#1", "ConfidenceInterval.of#1",
      "ConfidenceInterval.contains#0", "Comparison.holds#0", "Comparison.holds#1");

  /**
   * Predicates whose javadoc gives NaN a meaning ("false for NaN"): a regime feature that the
   * input cannot compute is NaN, and a NaN reading satisfies no rule; NaN lies in no interval.
   */
  private static final java.util.Set<String> MEANINGFUL_NAN = java.util.Set.of(
      "Band.contains#0", "Comparison.holds#0", "Comparison.holds#1",
      "ConfidenceInterval.contains#0");

  private final Map<Class<?>, Object> instances = new HashMap<>();

  @Test
  void everyPublicDoubleParameterRejectsNonFiniteInput() throws Exception {
    List<String> violations = new ArrayList<>();
    int checked = 0;
    for (Class<?> type : publicClasses()) {
      List<Executable> members = new ArrayList<>();
      Collections.addAll(members, type.getConstructors());
      for (Method m : type.getMethods()) {
        if (m.getDeclaringClass() == type && !m.isSynthetic() && !m.isBridge()) {
          members.add(m);
        }
      }
      for (Executable member : members) {
        if (Modifier.isAbstract(type.getModifiers()) && member instanceof Constructor) {
          continue;
        }
        Class<?>[] params = member.getParameterTypes();
        List<Integer> doubles = new ArrayList<>();
        for (int i = 0; i < params.length; i++) {
          if (params[i] == double.class || params[i] == double[].class) {
            doubles.add(i);
          }
        }
        if (doubles.isEmpty()) {
          continue;
        }
        Object receiver = null;
        if (member instanceof Method m && !Modifier.isStatic(m.getModifiers())) {
          receiver = instance(type, 0);
          if (receiver == null) {
            continue;
          }
        }
        Object[] args = new Object[params.length];
        boolean ok = true;
        for (int i = 0; i < params.length && ok; i++) {
          args[i] = sample(params[i], 0);
          ok = args[i] != null || !params[i].isPrimitive();
          if (args[i] == null) {
            ok = false;
          }
        }
        if (!ok || !succeeds(member, receiver, args)) {
          continue;
        }
        checked++;
        for (int i : doubles) {
          if (params[i] == double[].class && isOutput(member, receiver, args, i)) {
            continue;
          }
          for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY}) {
            String key = type.getSimpleName() + "." + name(member) + "#" + i;
            if (Double.isInfinite(bad) && MEANINGFUL_INFINITY.contains(key)
                || Double.isNaN(bad) && MEANINGFUL_NAN.contains(key)) {
              continue;
            }
            Object[] badArgs = args.clone();
            if (params[i] == double.class) {
              badArgs[i] = bad;
            } else {
              double[] a = ((double[]) args[i]).clone();
              a[a.length / 2] = bad;
              badArgs[i] = a;
            }
            String outcome = outcome(member, receiver, badArgs);
            if (outcome != null) {
              violations.add(key + " with " + bad + ": " + outcome);
            }
          }
          if (params[i] == double.class) {
            overflow(member, receiver, args, i, type.getSimpleName() + "." + name(member) + "#"
                + i);
          }
        }
      }
    }
    violations.addAll(overflows);
    int reached = checked;
    assertTrue(reached >= 50, "the sweep reached only " + reached + " members");
    assertTrue(violations.isEmpty(), () -> violations.size() + " calls of " + reached + " members accept"
        + " non-finite input or throw outside the contract:\n" + String.join("\n",
            new TreeSet<>(violations)));
  }

  /**
   * Whether array argument {@code i} is written by the call (an {@code out} array): filled
   * with a marker first, it no longer holds only the marker afterwards.
   */
  private static boolean isOutput(Executable member, Object receiver, Object[] args, int i) {
    Object[] probe = args.clone();
    double[] marked = new double[((double[]) args[i]).length];
    java.util.Arrays.fill(marked, -7.77e-3);
    probe[i] = marked;
    try {
      invoke(member, receiver, probe);
    } catch (Throwable t) {
      return false;
    }
    for (double v : marked) {
      if (v != -7.77e-3) {
        return true;
      }
    }
    return false;
  }

  private final List<String> overflows = new ArrayList<>();

  /**
   * The one overflow rule (issue 15 item 9): a finite input whose double result would
   * overflow is an {@link IllegalArgumentException}, never a silent infinity or NaN.
   */
  private void overflow(Executable member, Object receiver, Object[] args, int i, String key) {
    if (!(member instanceof Method m) || m.getReturnType() != double.class) {
      return;
    }
    for (double big : new double[] {1e308, -1e308, Double.MIN_VALUE}) {
      Object[] probe = args.clone();
      probe[i] = big;
      try {
        Object result = invoke(member, receiver, probe);
        if (result instanceof Double d && !Double.isFinite(d)) {
          overflows.add(key + " with " + big + ": returned " + d);
        }
      } catch (InvocationTargetException e) {
        if (!(e.getCause() instanceof IllegalArgumentException)) {
          overflows.add(key + " with " + big + ": threw " + e.getCause());
        }
      } catch (ReflectiveOperationException e) {
        overflows.add(key + " with " + big + ": could not call: " + e);
      }
    }
  }

  private static String name(Executable e) {
    return e instanceof Constructor ? "<init>" : e.getName();
  }

  private static boolean succeeds(Executable member, Object receiver, Object[] args) {
    try {
      invoke(member, receiver, args);
      return true;
    } catch (Throwable t) {
      return false;
    }
  }

  /** Null if the call rejected the input as the contract says, else what happened. */
  private static String outcome(Executable member, Object receiver, Object[] args) {
    try {
      Object result = invoke(member, receiver, args);
      return "returned " + describe(result);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException) {
        return null;
      }
      return "threw " + cause;
    } catch (ReflectiveOperationException e) {
      return "could not call: " + e;
    }
  }

  private static String describe(Object result) {
    if (result instanceof double[] a) {
      return java.util.Arrays.toString(a.length > 8 ? java.util.Arrays.copyOf(a, 8) : a);
    }
    String s = String.valueOf(result);
    return s.length() > 120 ? s.substring(0, 120) + "…" : s;
  }

  private static Object invoke(Executable member, Object receiver, Object[] args)
      throws ReflectiveOperationException {
    if (member instanceof Constructor<?> c) {
      return c.newInstance(args);
    }
    return ((Method) member).invoke(receiver, args);
  }

  /** A plain value of a type, or null when the sweep has none. */
  private Object sample(Class<?> type, int depth) {
    if (type == double.class || type == Double.class) {
      return 0.5;
    }
    if (type == int.class || type == Integer.class) {
      return 3;
    }
    if (type == long.class || type == Long.class) {
      return 3L;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == double[].class) {
      double[] a = new double[48];
      java.util.SplittableRandom r = new java.util.SplittableRandom(6);
      for (int i = 0; i < a.length; i++) {
        a[i] = 1e-4 * (1 + 0.5 * Math.sin(i) + 0.1 * r.nextDouble());
      }
      return a;
    }
    if (type == Duration.class) {
      return Duration.ofHours(8);
    }
    if (type == Instant.class) {
      return Instant.parse("2025-01-01T00:00:00Z");
    }
    if (type == Instant[].class) {
      Instant[] t = new Instant[48];
      for (int i = 0; i < t.length; i++) {
        t[i] = Instant.parse("2025-01-01T00:00:00Z").plus(Duration.ofHours(8L * i));
      }
      return t;
    }
    if (type == long[].class) {
      long[] t = new long[48];
      for (int i = 0; i < t.length; i++) {
        t[i] = 1_735_689_600_000L + i * 8 * 3_600_000L;
      }
      return t;
    }
    if (type == String.class || type == CharSequence.class) {
      return null;
    }
    if (type.isEnum()) {
      Object[] constants = type.getEnumConstants();
      return constants.length == 0 ? null : constants[0];
    }
    if (type.getName().startsWith("dev.fundingkit.") && depth < 3) {
      return instance(type, depth + 1);
    }
    return null;
  }

  /** An instance of a library type: a public constant, or a factory fed samples. */
  private Object instance(Class<?> type, int depth) {
    if (instances.containsKey(type)) {
      return instances.get(type);
    }
    instances.put(type, null); // a cycle gives up rather than recursing
    Object found = null;
    for (Field f : type.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && type.isAssignableFrom(f.getType())) {
        try {
          found = f.get(null);
        } catch (IllegalAccessException e) {
          found = null;
        }
        if (found != null) {
          break;
        }
      }
    }
    List<Executable> makers = new ArrayList<>();
    if (found == null) {
      for (Method m : type.getMethods()) {
        if (Modifier.isStatic(m.getModifiers()) && type.isAssignableFrom(m.getReturnType())) {
          makers.add(m);
        }
      }
      if (!Modifier.isAbstract(type.getModifiers())) {
        Collections.addAll(makers, type.getConstructors());
      }
      makers.sort(java.util.Comparator.comparingInt(Executable::getParameterCount));
    }
    for (Executable maker : makers) {
      Class<?>[] params = maker.getParameterTypes();
      Object[] args = new Object[params.length];
      boolean ok = true;
      for (int i = 0; i < params.length && ok; i++) {
        args[i] = sample(params[i], depth);
        ok = args[i] != null;
      }
      if (!ok) {
        continue;
      }
      try {
        found = invoke(maker, null, args);
        if (found != null) {
          break;
        }
      } catch (Throwable t) {
        found = null;
      }
    }
    instances.put(type, found);
    return found;
  }

  /** Every public top-level or nested class of the library's packages. */
  private static List<Class<?>> publicClasses() throws IOException, URISyntaxException {
    TreeSet<String> names = new TreeSet<>();
    for (String root : List.of("dev/fundingkit/core", "dev/fundingkit/stats")) {
      Enumeration<URL> urls = NonFiniteInputSweepTest.class.getClassLoader().getResources(root);
      while (urls.hasMoreElements()) {
        URL url = urls.nextElement();
        if (url.getProtocol().equals("file")) {
          Path base = Path.of(url.toURI());
          if (base.toString().contains("test-classes")) {
            continue;
          }
          try (Stream<Path> walk = Files.walk(base)) {
            walk.map(p -> root + "/" + base.relativize(p).toString().replace('\\', '/'))
                .filter(n -> n.endsWith(".class")).forEach(names::add);
          }
        } else if (url.getProtocol().equals("jar")) {
          JarURLConnection conn = (JarURLConnection) url.openConnection();
          try (JarFile jar = conn.getJarFile()) {
            for (JarEntry e : Collections.list(jar.entries())) {
              if (e.getName().startsWith(root) && e.getName().endsWith(".class")) {
                names.add(e.getName());
              }
            }
          }
        }
      }
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String n : names) {
      String className = n.substring(0, n.length() - ".class".length()).replace('/', '.');
      if (className.contains(".testing.") || className.endsWith("Test")
          || className.endsWith("package-info")) {
        continue;
      }
      try {
        Class<?> c = Class.forName(className, false,
            NonFiniteInputSweepTest.class.getClassLoader());
        if (Modifier.isPublic(c.getModifiers()) && !c.isAnonymousClass()) {
          classes.add(c);
        }
      } catch (ClassNotFoundException | LinkageError e) {
        // Not loadable here: not part of the swept API.
      }
    }
    return classes;
  }
}
