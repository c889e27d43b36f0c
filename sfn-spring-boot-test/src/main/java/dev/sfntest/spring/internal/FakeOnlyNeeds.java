package dev.sfntest.spring.internal;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.VirtualClock;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Why a test needs the fake, so live mode skips it rather than fails it: its class has fields of a
 * type only the fake has ({@code FakeSfn}, {@code SfnTestContext}, {@code VirtualClock}), or the
 * test method or its {@code @BeforeEach} / {@code @AfterEach} methods take one, or the context
 * uses a mock configuration file. Task mocks and the clock are only reachable through those.
 */
final class FakeOnlyNeeds {

  private static final Set<Class<?>> FAKE_ONLY = Set.of(FakeSfn.class, SfnTestContext.class, VirtualClock.class);
  private static final Set<String> LIFECYCLE = Set.of("org.junit.jupiter.api.BeforeEach",
      "org.junit.jupiter.api.AfterEach");

  private FakeOnlyNeeds() {}

  /** What the test class's fields need. */
  static Optional<String> ofClass(Class<?> testClass, Settings settings) {
    List<String> needs = new ArrayList<>();
    for (Class<?> type = testClass; type != null; type = enclosingOfInner(type)) {
      for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
        for (Field field : level.getDeclaredFields()) {
          if (!Modifier.isStatic(field.getModifiers()) && FAKE_ONLY.contains(field.getType())) {
            needs.add(field.getType().getSimpleName() + " field '" + field.getName() + "' of "
                + level.getSimpleName());
          }
        }
        for (Method method : level.getDeclaredMethods()) {
          if (isLifecycle(method)) {
            parameters(method, needs);
          }
        }
      }
    }
    if (settings.mockConfig() != null) {
      needs.add("the mock configuration file " + settings.mockConfig());
    }
    return reason(needs);
  }

  /** What the test method's parameters need. */
  static Optional<String> ofMethod(Method testMethod) {
    List<String> needs = new ArrayList<>();
    parameters(testMethod, needs);
    return reason(needs);
  }

  private static Optional<String> reason(List<String> needs) {
    if (needs.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("Needs the fake (" + String.join(", ", needs) + "), so it does not run in live mode "
        + "(sfntest.mode=live).");
  }

  private static boolean isLifecycle(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      if (LIFECYCLE.contains(annotation.annotationType().getName())) {
        return true;
      }
    }
    return false;
  }

  private static void parameters(Method method, List<String> needs) {
    for (Parameter parameter : method.getParameters()) {
      if (FAKE_ONLY.contains(parameter.getType())) {
        needs.add(parameter.getType().getSimpleName() + " parameter of " + method.getName() + "()");
      }
    }
  }

  /** The class around a {@code @Nested} (inner) class, whose fields its tests see too. */
  private static Class<?> enclosingOfInner(Class<?> type) {
    return type.isMemberClass() && !Modifier.isStatic(type.getModifiers()) ? type.getEnclosingClass() : null;
  }
}
