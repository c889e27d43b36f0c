package dev.sfntest.junit5.internal;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.StateMachine;
import dev.sfntest.core.UniqueNames;
import dev.sfntest.core.VirtualClock;
import dev.sfntest.junit5.Deploy;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * Gives a test what it asks for by type: as parameters of test and lifecycle methods, and into
 * the non-final instance fields of its class (and of the classes around a {@code @Nested} one).
 * A {@code StateMachine} is given only with {@link Deploy @Deploy}.
 */
public final class Injector {

  /** The types given without an annotation. */
  public static final Set<Class<?>> TYPES = Set.of(SfnClient.class, SfnAsyncClient.class, SfnTestContext.class,
      VirtualClock.class, FakeSfn.class, UniqueNames.class);

  private Injector() {}

  /** Whether a parameter or field of this type (with or without {@code @Deploy}) is ours to give. */
  public static boolean supports(Class<?> type, boolean deploy) {
    return deploy || TYPES.contains(type);
  }

  /**
   * The value for a parameter or field.
   *
   * @param target what receives it, for messages: {@code field 'order'}
   */
  public static Object value(Class<?> type, Optional<Deploy> deploy, TestRun run, String target) {
    if (deploy.isPresent()) {
      if (type != StateMachine.class) {
        throw Misconfigured.because("@Deploy on " + target + " of type " + type.getSimpleName()
            + ": @Deploy gives a StateMachine. Declare it as StateMachine.");
      }
      return run.deploy(deploy.get(), target);
    }
    if (type == SfnClient.class) {
      return run.client();
    }
    if (type == SfnAsyncClient.class) {
      return run.asyncClient();
    }
    if (type == SfnTestContext.class) {
      return run.testContext();
    }
    if (type == VirtualClock.class) {
      return run.fake().clock();
    }
    if (type == FakeSfn.class) {
      return run.fake();
    }
    if (type == UniqueNames.class) {
      return run.names();
    }
    throw new IllegalArgumentException("Not an injectable type: " + type);
  }

  /** A parameter as messages name it: {@code parameter 1 of ships()}. */
  public static String parameterTarget(Executable executable, int index) {
    return "parameter " + (index + 1) + " of " + executable.getName() + "()";
  }

  /**
   * Sets the test's fields: every non-final instance field of a type in {@link #TYPES}, and every
   * {@code @Deploy} field, in the test instance and the instances around it.
   *
   * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException for a {@code @Deploy}
   *     field that is static or final
   */
  public static void injectFields(ExtensionContext context, TestRun run) {
    ExtensionContext.Store store = context.getRoot().getStore(FIELDS);
    for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
      for (Field field : Stores.computeIfAbsent(store, instance.getClass(), Injector::injectableFields,
          InjectableFields.class).fields()) {
        inject(field, instance, run);
      }
    }
  }

  /** Where the injectable fields of each test class are kept for the run: found once, not per test. */
  private static final ExtensionContext.Namespace FIELDS = ExtensionContext.Namespace.create(Injector.class);

  private record InjectableFields(List<Field> fields) {}

  private static InjectableFields injectableFields(Class<?> type) {
    return new InjectableFields(List.copyOf(ReflectionSupport.findFields(type,
        f -> f.isAnnotationPresent(Deploy.class) || TYPES.contains(f.getType()), HierarchyTraversalMode.TOP_DOWN)));
  }

  private static void inject(Field field, Object instance, TestRun run) {
    Optional<Deploy> deploy = Optional.ofNullable(field.getAnnotation(Deploy.class));
    boolean isStatic = Modifier.isStatic(field.getModifiers());
    boolean isFinal = Modifier.isFinal(field.getModifiers());
    String target = "field '" + field.getName() + "' of " + SettingsResolver.describe(field.getDeclaringClass());
    if (deploy.isPresent() && (isStatic || isFinal)) {
      throw Misconfigured.because("@Deploy on " + target + ", which is " + (isStatic ? "static" : "final")
          + ": a state machine is deployed for each test. Make it a non-final instance field.");
    }
    if (isStatic || isFinal) {
      return; // the test's own: a static or final field of these types is none of our business
    }
    Object value = value(field.getType(), deploy, run, target);
    try {
      ReflectionSupport.makeAccessible(field).set(instance, value);
    } catch (IllegalAccessException e) {
      throw Misconfigured.because("Cannot set " + target + ": " + e.getMessage(), e);
    }
  }
}
