package dev.sfntest.junit5.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Tells how an extension instance was registered for a test, from the test class's fields, so
 * that no instance keeps state of its own.
 *
 * <p>{@code @SfnTest} registers an instance through {@code @ExtendWith}; a {@code
 * @RegisterExtension} field registers another. When a field holds one, that instance serves the
 * test and the annotation's instance stands aside (the annotation still gives settings). A
 * static field shares one environment among the tests of its class; an instance field, like the
 * annotation, gives each test its own.
 */
public final class Registration {

  private final List<Field> fields;

  private Registration(List<Field> fields) {
    this.fields = fields;
  }

  /** The {@code @RegisterExtension} fields of {@code extensionType} that apply to the test class of {@code context}. */
  public static Registration of(ExtensionContext context, Class<? extends Extension> extensionType) {
    Optional<Class<?>> testClass = context.getTestClass();
    if (testClass.isEmpty()) {
      return new Registration(List.of());
    }
    // Asked several times per test (its condition, callbacks, parameters): the fields of a class
    // are found once per run, in the run's store.
    return Stores.computeIfAbsent(context.getRoot().getStore(NAMESPACE), new Key(testClass.get(), extensionType),
        key -> new Registration(fieldsOf(key)), Registration.class);
  }

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Registration.class);

  private record Key(Class<?> testClass, Class<? extends Extension> extensionType) {}

  private static List<Field> fieldsOf(Key key) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> type = key.testClass(); type != null; type = SettingsResolver.enclosingOfInner(type)) {
      fields.addAll(AnnotationSupport.findAnnotatedFields(type, RegisterExtension.class,
          f -> key.extensionType().isAssignableFrom(f.getType()), HierarchyTraversalMode.TOP_DOWN));
    }
    return List.copyOf(fields);
  }

  /**
   * Whether {@code extension} is the instance that serves this test: the one a field holds, or
   * the annotation's when no field holds one.
   */
  public boolean isActive(Object extension, ExtensionContext context) {
    return fields.isEmpty() || holder(extension, context).isPresent();
  }

  /** Whether a static field holds {@code extension}: its class then shares one environment. */
  public boolean isShared(Object extension, ExtensionContext context) {
    return holder(extension, context).map(f -> Modifier.isStatic(f.getModifiers())).orElse(false);
  }

  /**
   * Checks that one field at most registers the extension.
   *
   * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException when two do
   */
  public void checkSingle() {
    if (fields.size() > 1) {
      throw Misconfigured.because("Register one SfnExtension per test, not " + fields.size() + " ("
          + fields.stream().map(f -> SettingsResolver.describe(f.getDeclaringClass()) + "." + f.getName())
              .sorted().collect(Collectors.joining(", "))
          + "): each would give the test its own client. Keep one @RegisterExtension field.");
    }
  }

  private Optional<Field> holder(Object extension, ExtensionContext context) {
    for (Field field : fields) {
      if (Modifier.isStatic(field.getModifiers())) {
        if (read(field, null) == extension) {
          return Optional.of(field);
        }
        continue;
      }
      // Instance fields hold an extension only once the test instance exists: JUnit registers it
      // then, so an instance-field extension is never asked anything before.
      List<Object> instances = context.getTestInstances().map(t -> t.getAllInstances()).orElse(List.of());
      for (Object instance : instances) {
        if (field.getDeclaringClass().isInstance(instance) && read(field, instance) == extension) {
          return Optional.of(field);
        }
      }
    }
    return Optional.empty();
  }

  private static Object read(Field field, Object instance) {
    return ReflectionSupport.tryToReadFieldValue(field, instance).toOptional().orElse(null);
  }
}
