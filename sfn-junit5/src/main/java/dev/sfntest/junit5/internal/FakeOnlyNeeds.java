package dev.sfntest.junit5.internal;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.VirtualClock;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Finds why a test needs the fake, so live mode can skip it rather than fail it. A test needs the
 * fake when it, its {@code @BeforeEach} or {@code @AfterEach} methods, or its class's fields take
 * what only the fake has ({@link SfnTestContext}, {@link VirtualClock}, {@link FakeSfn}), or when
 * its settings name a mock configuration file. Task mocks are only reachable through those, so a
 * test that mocks a task is found too.
 */
public final class FakeOnlyNeeds {

  /** The types only the fake can give. */
  public static final Set<Class<?>> FAKE_ONLY_TYPES = Set.of(SfnTestContext.class, VirtualClock.class, FakeSfn.class);

  private FakeOnlyNeeds() {}

  /** The reason the test of {@code context} cannot run live, if it cannot. */
  public static Optional<String> of(ExtensionContext context, Settings settings) {
    List<String> needs = new ArrayList<>();
    context.getTestMethod().ifPresent(method -> parameters(method, needs));
    for (Class<?> type = context.getTestClass().orElse(null); type != null;
        type = SettingsResolver.enclosingOfInner(type)) {
      for (Method method : lifecycleMethods(type)) {
        parameters(method, needs);
      }
      for (Field field : ReflectionSupport.findFields(type,
          f -> !Modifier.isStatic(f.getModifiers()) && FAKE_ONLY_TYPES.contains(f.getType()),
          HierarchyTraversalMode.TOP_DOWN)) {
        needs.add(field.getType().getSimpleName() + " field '" + field.getName() + "' of "
            + SettingsResolver.describe(field.getDeclaringClass()));
      }
    }
    if (settings.mockConfig() != null) {
      needs.add("mockConfig " + settings.mockConfig());
    }
    if (needs.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("Needs the fake (" + String.join(", ", needs) + "), so it does not run in live mode "
        + "(sfntest.mode=live).");
  }

  private static List<Method> lifecycleMethods(Class<?> type) {
    List<Method> methods = new ArrayList<>(
        AnnotationSupport.findAnnotatedMethods(type, BeforeEach.class, HierarchyTraversalMode.TOP_DOWN));
    methods.addAll(AnnotationSupport.findAnnotatedMethods(type, AfterEach.class, HierarchyTraversalMode.TOP_DOWN));
    return methods;
  }

  private static void parameters(Method method, List<String> needs) {
    for (Parameter parameter : method.getParameters()) {
      if (FAKE_ONLY_TYPES.contains(parameter.getType())) {
        String entry = parameter.getType().getSimpleName() + " parameter of " + method.getName() + "()";
        if (!needs.contains(entry)) {
          needs.add(entry);
        }
      }
    }
  }
}
