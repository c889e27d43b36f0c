package dev.sfntest.spring.internal;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.UniqueNames;
import dev.sfntest.core.VirtualClock;
import dev.sfntest.spring.SfnDeployments;
import dev.sfntest.spring.SfnExecutions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ResourceLoader;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * Sets sfn-test up in an application context once every bean definition is known and before any
 * application bean exists, so that what the application reads at its start is already there:
 * <ol>
 *   <li>reads the {@code sfntest.*} settings and builds the fake (or the live clients);
 *   <li>creates the activities, then the state machines, the context deploys, and publishes their
 *       ARNs as properties ahead of every other property source;
 *   <li>overrides every {@code SfnClient} and {@code SfnAsyncClient} bean the application defines
 *       with a recording client on the fake, the way Spring's {@code @MockitoBean} replaces a bean:
 *       the bean definition stays (name, aliases, qualifiers, primary), a singleton instance is
 *       registered in its place, so the application's factory method is never called;
 *   <li>registers {@code FakeSfn}, {@code VirtualClock}, {@code SfnTestContext}, {@link
 *       SfnExecutions}, {@link SfnDeployments} and {@code UniqueNames} for the test to autowire.
 * </ol>
 * It runs first among the post-processors, so that placeholders in bean definitions already see
 * the published ARNs.
 */
public final class SfnTestPostProcessor implements BeanFactoryPostProcessor, EnvironmentAware, ResourceLoaderAware,
    PriorityOrdered {

  /** The name of the {@link SfnTestRuntime} bean. */
  public static final String RUNTIME_BEAN = "sfnTestRuntime";

  private Environment environment;
  private ResourceLoader resourceLoader;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void setResourceLoader(ResourceLoader resourceLoader) {
    this.resourceLoader = resourceLoader;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    if (!(beanFactory instanceof BeanDefinitionRegistry registry)
        || !(environment instanceof ConfigurableEnvironment configurable)) {
      throw new IllegalStateException("sfn-test needs a bean factory that takes bean definitions and a "
          + "configurable environment, as Spring Boot's application contexts have");
    }
    Set<String> syncBeans = clientBeans(beanFactory, SfnClient.class);
    Set<String> asyncBeans = clientBeans(beanFactory, SfnAsyncClient.class);
    if (syncBeans.isEmpty() && asyncBeans.isEmpty()) {
      throw new Misconfigured("@AutoConfigureSfnTest found no SfnClient or SfnAsyncClient bean in the application "
          + "context: sfn-test answers through the clients the application defines. Define one, like @Bean "
          + "SfnClient sfnClient() { return SfnClient.create(); }, in a @Configuration the test loads; in a slice "
          + "test (@WebMvcTest, ...) @Import the configuration that defines it.");
    }
    Settings settings = new SettingsReader(Binder.get(environment)).read();
    SfnTestRuntime runtime = SfnTestRuntime.start(settings, resourceLoader);
    try {
      configurable.getPropertySources().addFirst(new MapPropertySource("sfntest-deployed", runtime.published()));
      deploy(runtime);
    } catch (RuntimeException e) {
      runtime.close();
      throw e;
    }
    register(registry, RUNTIME_BEAN, SfnTestRuntime.class, () -> runtime);
    for (String name : syncBeans) {
      override(beanFactory, name, runtime.applicationClient());
    }
    for (String name : asyncBeans) {
      override(beanFactory, name, runtime.applicationAsyncClient());
    }
    runtime.fake().ifPresent(fake -> {
      register(registry, "sfnTestFake", FakeSfn.class, () -> fake);
      register(registry, "sfnTestClock", VirtualClock.class, fake::clock);
      register(registry, "sfnTestContext", SfnTestContext.class, () -> runtime.testContext().orElseThrow());
    });
    register(registry, "sfnExecutions", SfnExecutions.class, () -> new RecordedExecutions(runtime));
    register(registry, "sfnDeployments", SfnDeployments.class, () -> new ContextDeployments(runtime));
    register(registry, "sfnUniqueNames", UniqueNames.class, runtime::names);
  }

  /** Activities first: a definition may name one's ARN in a placeholder. */
  private void deploy(SfnTestRuntime runtime) {
    for (DeploymentSpecs.Activity activity : DeploymentSpecs.activities(Binder.get(environment))) {
      runtime.deployActivity(activity);
    }
    // Bound again: a substitution may read an activity's ARN published just now.
    Binder binder = Binder.get(environment);
    Map<String, String> global = new SettingsReader(binder).substitutions();
    for (DeploymentSpecs.Machine machine : DeploymentSpecs.machines(binder)) {
      runtime.deployStateMachine(machine, definition(machine, global));
    }
  }

  private String definition(DeploymentSpecs.Machine machine, Map<String, String> global) {
    String text;
    try {
      text = SfnTestRuntime.read(resourceLoader, machine.definition());
    } catch (IllegalArgumentException e) {
      String path = machine.definition().replaceFirst("^classpath\\*?:/?", "");
      throw new Misconfigured(machine.declaredBy() + ": " + e.getMessage() + ". Put the definition under "
          + "src/test/resources/" + path + " (or src/main/resources), or correct the location; a file outside "
          + "the classpath is written file:path/to/it.asl.json.", e);
    }
    DefinitionText.Result filled = DefinitionText.fill(text, name -> {
      String value = machine.substitutions().get(name);
      if (value == null) {
        value = global.get(name);
      }
      return value != null ? value : environment.getProperty(name);
    });
    if (!filled.missing().isEmpty()) {
      String first = filled.missing().iterator().next();
      throw new Misconfigured(machine.declaredBy() + ": the definition " + machine.definition() + " has placeholders "
          + filled.missing().stream().map(n -> "${" + n + "}").collect(Collectors.joining(", "))
          + " with no value. Give each one a value: @DeployStateMachine(substitutions = \"" + first + "=...\"), "
          + "sfntest.deploy." + machine.key() + ".substitutions." + first + "=..., sfntest.substitution." + first
          + "=..., or a property " + first + " of the application.");
    }
    return filled.text();
  }

  /**
   * The beans of that client type the application defines, by name, FactoryBeans included, as
   * Spring's bean override finds them.
   */
  private static Set<String> clientBeans(ConfigurableListableBeanFactory beanFactory, Class<?> type) {
    Set<String> names = new LinkedHashSet<>(List.of(beanFactory.getBeanNamesForType(type, true, false)));
    for (String factory : beanFactory.getBeanNamesForType(FactoryBean.class, true, false)) {
      String name = BeanFactoryUtils.transformedBeanName(factory);
      Class<?> produced = beanFactory.getType(name, false);
      if (produced != null && type.isAssignableFrom(produced)) {
        names.add(name);
      }
    }
    names.removeIf(ScopedProxyUtils::isScopedTarget);
    return names;
  }

  /** As Spring's {@code @MockitoBean} replaces: keep the definition, register the instance. */
  private static void override(ConfigurableListableBeanFactory beanFactory, String name, Object client) {
    if (beanFactory.containsBeanDefinition(name)) {
      BeanDefinition definition = beanFactory.getBeanDefinition(name);
      if (!definition.isSingleton()) {
        // A prototype or scoped client becomes one shared client: there is one fake behind it anyway.
        definition.setScope(BeanDefinition.SCOPE_SINGLETON);
      }
    }
    if (beanFactory.containsSingleton(name) && beanFactory instanceof org.springframework.beans.factory.support
        .DefaultSingletonBeanRegistry registry) {
      registry.destroySingleton(name);
    }
    beanFactory.registerSingleton(name, client);
  }

  private static <T> void register(BeanDefinitionRegistry registry, String name, Class<T> type, Supplier<T> instance) {
    RootBeanDefinition definition = new RootBeanDefinition(type, instance);
    definition.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
    // The runtime closes the fake; no bean here should be closed twice or guessed at.
    definition.setDestroyMethodName(type == SfnTestRuntime.class ? "close" : "");
    registry.registerBeanDefinition(name, definition);
  }
}
