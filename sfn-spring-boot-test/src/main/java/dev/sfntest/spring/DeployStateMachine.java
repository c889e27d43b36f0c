package dev.sfntest.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

/**
 * Creates a state machine when the test's context starts, before any application bean, and
 * publishes its ARN as the property {@code sfntest.deployed.<name>.arn} and, with {@link
 * #arnProperty()}, as the application's own property, so {@code
 * @Value("${orders.state-machine-arn}")} reads it. It is deleted when the context closes (live
 * mode: its name gets a unique suffix). Needs {@link AutoConfigureSfnTest @AutoConfigureSfnTest}.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureSfnTest
 * @DeployActivity(name = "payments", arnProperty = "payments.activity-arn")
 * @DeployStateMachine(name = "orders", definition = "classpath:workflows/order.asl.json",
 *     arnProperty = "orders.state-machine-arn", substitutions = "PaymentActivityArn=${payments.activity-arn}")
 * class OrderApiTest { ... }
 * }</pre>
 *
 * <p>The same as properties, e.g. in {@code src/test/resources/application.properties}:
 * <pre>
 * sfntest.deploy.orders=classpath:workflows/order.asl.json
 * sfntest.deploy.orders.arn-property=orders.state-machine-arn     # long form: .definition, .type, .name
 * sfntest.deploy.orders.substitutions.PaymentActivityArn=${payments.activity-arn}
 * </pre>
 *
 * <p><b>Placeholders.</b> Every {@code ${Name}} in the definition is replaced, as CloudFormation's
 * {@code DefinitionSubstitutions} do, by the first value found: {@link #substitutions()} (or
 * {@code sfntest.deploy.<name>.substitutions.Name}), {@code sfntest.substitution.Name}, or the
 * property {@code Name} of the application's environment ({@code ${payments.activity-arn}}); {@code
 * ${Name:default}} gives a default. A placeholder with no value stops the context, naming each.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(DeployStateMachines.class)
public @interface DeployStateMachine {

  /** The key of the deployment and the state machine's name (live: with a unique suffix). */
  String name();

  /**
   * The definition, as a Spring resource location: {@code classpath:workflows/order.asl.json},
   * {@code file:...}; a bare path is on the classpath.
   */
  String definition();

  /** STANDARD (the default) or EXPRESS. */
  StateMachineType type() default StateMachineType.STANDARD;

  /** The application's property that gets the ARN, like {@code orders.state-machine-arn}; default none. */
  String arnProperty() default "";

  /** Values of the definition's {@code ${Name}} placeholders, each {@code Name=value}. */
  String[] substitutions() default {};
}
