package dev.sfntest.junit5.internal;

import dev.sfntest.core.Execution;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.junit5.Mode;
import dev.sfntest.junit5.SfnTest;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Decides each setting of a test. The first place that sets it wins: the test method's
 * {@code @SfnTest}, the class's (then, for a {@code @Nested} class, its enclosing classes'), the
 * builder of a registered extension, the JUnit configuration parameter {@code sfntest.<name>}
 * ({@code junit-platform.properties}, or a system property), and last the default.
 */
public final class SettingsResolver {

  /** The prefix of every configuration parameter the extension reads. */
  public static final String PREFIX = "sfntest.";

  private final BuilderValues builder;

  public SettingsResolver(BuilderValues builder) {
    this.builder = builder;
  }

  /** The settings of the test (or class) {@code context} describes, method annotation included. */
  public Settings resolve(ExtensionContext context) {
    Optional<Method> method = context.getTestMethod();
    Optional<Class<?>> testClass = context.getTestClass();
    if (testClass.isEmpty() || method.isPresent() && AnnotationSupport.isAnnotated(method.get(), SfnTest.class)) {
      return resolve(context, layers(context, true));
    }
    // Without a method annotation, every test of a class resolves the same settings (the
    // configuration parameters are the run's): resolved once per class and run. Not through
    // computeIfAbsent, so that a misconfiguration is thrown to each test, never kept.
    ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
    ClassKey key = new ClassKey(this, testClass.get());
    Settings settings = store.get(key, Settings.class);
    if (settings == null) {
      settings = resolve(context, layers(context, false));
      store.put(key, settings);
    }
    return settings;
  }

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SettingsResolver.class);

  /** The settings of a class's tests that set nothing themselves, as this resolver (its builder) decides them. */
  private record ClassKey(SettingsResolver resolver, Class<?> testClass) {}

  /** The settings a class-wide environment is built with: what the method annotation says is left out. */
  public Settings resolveForClass(ExtensionContext context) {
    return resolve(context, layers(context, false));
  }

  /**
   * The attributes of the test method's {@code @SfnTest} that shape the environment (all but
   * strictMocks and liveTimeout): a test cannot change those of an environment its class shares.
   */
  public List<String> environmentSetOnMethod(ExtensionContext context) {
    Optional<SfnTest> annotation = context.getTestMethod().flatMap(m -> AnnotationSupport.findAnnotation(m, SfnTest.class));
    List<String> set = new ArrayList<>();
    annotation.ifPresent(a -> {
      addIf(set, a.mode().length > 0, "mode");
      addIf(set, !a.initialTime().isEmpty(), "initialTime");
      addIf(set, a.seed().length > 0, "seed");
      addIf(set, a.timeSkipping().length > 0, "timeSkipping");
      addIf(set, !a.mockConfig().isEmpty(), "mockConfig");
      addIf(set, !a.region().isEmpty(), "region");
      addIf(set, !a.account().isEmpty(), "account");
      addIf(set, !a.activityPollTimeout().isEmpty(), "activityPollTimeout");
    });
    return set;
  }

  /** The value of a definition placeholder from the builder or the configuration parameters, if any. */
  public Optional<String> substitution(ExtensionContext context, String name) {
    String fromBuilder = builder.substitutions().get(name);
    if (fromBuilder != null) {
      return Optional.of(fromBuilder);
    }
    return context.getConfigurationParameter(PREFIX + "substitution." + name);
  }

  private static void addIf(List<String> list, boolean condition, String name) {
    if (condition) {
      list.add(name);
    }
  }

  private Settings resolve(ExtensionContext context, List<Layer> layers) {
    return new Settings(
        pick(context, layers, "mode", (a, w) -> single(a.mode(), "mode", w), builder.mode(), Values::mode, Mode.FAKE),
        pick(context, layers, "initialTime", (a, w) -> text(a.initialTime()).map(t -> Values.initialTime(t, w)),
            builder.initialTime(), Values::initialTime, FakeSfn.DEFAULT_INITIAL_TIME),
        pick(context, layers, "seed", (a, w) -> single(a.seed(), "seed", w), builder.seed(), Values::seed, null),
        pick(context, layers, "timeSkipping", (a, w) -> single(a.timeSkipping(), "timeSkipping", w),
            builder.timeSkipping(), (t, w) -> Values.flag("timeSkipping", t, w), true),
        pick(context, layers, "mockConfig", (a, w) -> text(a.mockConfig()).map(t -> Values.mockConfig(t, w)),
            builder.mockConfig(), Values::mockConfig, null),
        pick(context, layers, "region", (a, w) -> text(a.region()).map(t -> Values.region(t, w)),
            builder.region(), Values::region, null),
        pick(context, layers, "account", (a, w) -> text(a.account()).map(t -> Values.account(t, w)),
            builder.account(), Values::account, "123456789012"),
        pick(context, List.of(), "endpoint", null, builder.endpoint(), Values::endpoint, null),
        pick(context, List.of(), "roleArn", null, builder.roleArn(), Values::roleArn, null),
        pick(context, List.of(), "credentials", null, builder.credentials(), CredentialsChoice::parse,
            CredentialsChoice.DEFAULT),
        pick(context, layers, "strictMocks", (a, w) -> single(a.strictMocks(), "strictMocks", w),
            builder.strictMocks(), (t, w) -> Values.flag("strictMocks", t, w), false),
        pick(context, layers, "liveTimeout",
            (a, w) -> text(a.liveTimeout()).map(t -> Values.duration("liveTimeout", t, w)),
            builder.liveTimeout(), (t, w) -> Values.duration("liveTimeout", t, w), Execution.DEFAULT_TIMEOUT),
        pick(context, layers, "activityPollTimeout",
            (a, w) -> text(a.activityPollTimeout()).map(t -> Values.duration("activityPollTimeout", t, w)),
            builder.activityPollTimeout(), (t, w) -> Values.duration("activityPollTimeout", t, w), null));
  }

  private static <T> T pick(ExtensionContext context, List<Layer> layers, String name,
      BiFunction<SfnTest, String, Optional<T>> fromAnnotation, T fromBuilder, BiFunction<String, String, T> parse,
      T fallback) {
    for (Layer layer : layers) {
      Optional<T> value = fromAnnotation.apply(layer.annotation(), layer.where());
      if (value.isPresent()) {
        return value.get();
      }
    }
    if (fromBuilder != null) {
      return fromBuilder;
    }
    String key = PREFIX + name;
    Optional<String> text = context.getConfigurationParameter(key).map(String::trim).filter(t -> !t.isEmpty());
    if (text.isPresent()) {
      return parse.apply(text.get(), "configuration parameter " + key);
    }
    return fallback;
  }

  private static Optional<String> text(String attribute) {
    return attribute.isEmpty() ? Optional.empty() : Optional.of(attribute);
  }

  private static Optional<Mode> single(Mode[] values, String name, String where) {
    check(values.length, Arrays.toString(values), name, where);
    return values.length == 0 ? Optional.empty() : Optional.of(values[0]);
  }

  private static Optional<Long> single(long[] values, String name, String where) {
    check(values.length, Arrays.toString(values), name, where);
    return values.length == 0 ? Optional.empty() : Optional.of(values[0]);
  }

  private static Optional<Boolean> single(boolean[] values, String name, String where) {
    check(values.length, Arrays.toString(values), name, where);
    return values.length == 0 ? Optional.empty() : Optional.of(values[0]);
  }

  /** The array attributes only say "unset" by being empty: more than one value is a mistake. */
  private static void check(int length, String text, String name, String where) {
    if (length > 1) {
      throw Misconfigured.setting(name, text, where, "give one value, like " + name + " = "
          + text.substring(1, text.indexOf(',')) + ".");
    }
  }

  /** The annotations that may set a test's settings, most specific first. */
  private static List<Layer> layers(ExtensionContext context, boolean withMethod) {
    List<Layer> layers = new ArrayList<>();
    if (withMethod) {
      Optional<Method> method = context.getTestMethod();
      method.flatMap(m -> AnnotationSupport.findAnnotation(m, SfnTest.class))
          .ifPresent(a -> layers.add(new Layer(a, "@SfnTest on method " + method.get().getName() + "()")));
    }
    Optional<Class<?>> testClass = context.getTestClass();
    for (Class<?> type = testClass.orElse(null); type != null; type = enclosingOfInner(type)) {
      Class<?> declaring = type;
      AnnotationSupport.findAnnotation(type, SfnTest.class)
          .ifPresent(a -> layers.add(new Layer(a, "@SfnTest on class " + describe(declaring))));
    }
    return layers;
  }

  /** The class around a non-static inner ({@code @Nested}) class, whose settings it inherits. */
  static Class<?> enclosingOfInner(Class<?> type) {
    return type.isMemberClass() && !Modifier.isStatic(type.getModifiers()) ? type.getEnclosingClass() : null;
  }

  /** A class as a reader finds it: {@code OrderTest.WhenPaid}, without the package. */
  public static String describe(Class<?> type) {
    String name = type.getName();
    return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
  }

  private record Layer(SfnTest annotation, String where) {}
}
