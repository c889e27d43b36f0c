package dev.sfntest.spring.internal;

import dev.sfntest.spring.AutoConfigureSfnTest;
import dev.sfntest.spring.DeployActivity;
import dev.sfntest.spring.DeployStateMachine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Turns a test class's {@link DeployStateMachine @DeployStateMachine} and {@link DeployActivity
 * @DeployActivity} annotations into the {@code sfntest.deploy.*} and {@code sfntest.activity.*}
 * properties they stand for, ahead of the application's own: one model of what a context deploys,
 * however it was written. The properties are part of the context's cache key, so classes that
 * deploy the same share a context and classes that deploy differently do not.
 */
public final class DeployAnnotationsCustomizerFactory implements ContextCustomizerFactory {

  @Override
  public ContextCustomizer createContextCustomizer(Class<?> testClass,
      List<ContextConfigurationAttributes> configAttributes) {
    var machines = TestContextAnnotationUtils.getMergedRepeatableAnnotations(testClass, DeployStateMachine.class);
    var activities = TestContextAnnotationUtils.getMergedRepeatableAnnotations(testClass, DeployActivity.class);
    if (machines.isEmpty() && activities.isEmpty()) {
      return null;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    String problem = null;
    for (DeployActivity activity : activities) {
      String prefix = "sfntest.activity." + activity.name() + ".";
      properties.put(prefix + "name", activity.name());
      putIfSet(properties, prefix + "arn-property", activity.arnProperty());
      properties.put(prefix + DeploymentSpecs.DECLARED_BY, "@DeployActivity(name = \"" + activity.name() + "\")");
    }
    for (DeployStateMachine machine : machines) {
      String prefix = "sfntest.deploy." + machine.name() + ".";
      String where = "@DeployStateMachine(name = \"" + machine.name() + "\")"; // no class name: a @Nested class shares its outer context
      properties.put(prefix + "definition", machine.definition());
      properties.put(prefix + "type", machine.type().toString());
      putIfSet(properties, prefix + "arn-property", machine.arnProperty());
      for (String entry : machine.substitutions()) {
        int eq = entry.indexOf('=');
        if (eq <= 0) {
          problem = where + ": substitutions entry \"" + entry + "\" is not Name=value. Write each as Name=value, "
              + "like \"TableName=orders\".";
          continue;
        }
        properties.put(prefix + "substitutions." + entry.substring(0, eq).trim(), entry.substring(eq + 1));
      }
      properties.put(prefix + DeploymentSpecs.DECLARED_BY, where);
    }
    boolean autoConfigured = TestContextAnnotationUtils.hasAnnotation(testClass, AutoConfigureSfnTest.class);
    if (problem == null && !autoConfigured) {
      problem = "@DeployStateMachine and @DeployActivity on " + testClass.getSimpleName() + " need @AutoConfigureSfnTest on the test class: add "
          + "it, or nothing gets deployed.";
    }
    return new Customizer(properties, problem);
  }

  private static void putIfSet(Map<String, Object> properties, String name, String value) {
    if (!value.isBlank()) {
      properties.put(name, value);
    }
  }

  /** Adds the properties first, or stops the context with what is wrong. */
  private record Customizer(Map<String, Object> properties, String problem) implements ContextCustomizer {

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
      if (problem != null) {
        throw new Misconfigured(problem);
      }
      context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("sfntest-deploy-annotations",
          properties));
    }
  }
}
