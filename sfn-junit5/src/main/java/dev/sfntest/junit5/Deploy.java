package dev.sfntest.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Deploys a state machine from a definition on the classpath before each test and deletes it
 * after, into a {@code StateMachine} field or parameter. In live mode the name gets a unique
 * suffix ({@code order-5f3a9c1e}), so parallel runs and left-overs never collide.
 *
 * <pre>{@code
 * @SfnTest
 * class OrderWorkflowTest {
 *   @Deploy("workflows/order.asl.json")
 *   StateMachine order;
 *
 *   @Test
 *   void audit_runs_express(@Deploy(value = "workflows/audit.asl.json", type = Deploy.Type.EXPRESS,
 *       substitutions = "TableName=audit") StateMachine audit) { ... }
 * }
 * }</pre>
 *
 * <p><b>Placeholders.</b> As in CDK's and CloudFormation's {@code DefinitionSubstitutions}, every
 * {@code ${Name}} in the definition ({@code Name} of letters, digits, {@code _ . -}) is replaced by
 * its value: from {@link #substitutions()}, else from {@code SfnExtension.builder().substitution(
 * "Name", value)}, else from the JUnit configuration parameter or system property {@code
 * sfntest.substitution.Name}. A placeholder with no value fails the test before it runs, naming
 * each missing one. Nothing else in the definition changes.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Deploy {

  /** The definition's classpath resource, e.g. {@code workflows/order.asl.json}. */
  String value();

  /**
   * The state machine's name; default the resource's file name without {@code .asl.json}
   * or {@code .json} ({@code order}).
   */
  String name() default "";

  /** STANDARD (the default) or EXPRESS. */
  Type type() default Type.STANDARD;

  /** Tags, each {@code key=value}. */
  String[] tags() default {};

  /** Values of the definition's {@code ${Name}} placeholders, each {@code Name=value}. */
  String[] substitutions() default {};

  /** The state machine type. */
  enum Type {
    /** Exactly-once, with a history: the default. */
    STANDARD,
    /** At-least-once, short-lived; {@code StartSyncExecution} runs it to its end. */
    EXPRESS
  }
}
