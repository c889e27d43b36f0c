package dev.sfntest.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Creates an activity when the test's context starts, before the state machines (whose
 * definitions may name its ARN in a placeholder) and before any application bean, and publishes
 * its ARN as {@code sfntest.deployed.<name>.arn} and, with {@link #arnProperty()}, as the
 * application's own property. Deleted when the context closes; live, its name gets a unique
 * suffix. Needs {@link AutoConfigureSfnTest @AutoConfigureSfnTest}.
 *
 * <pre>{@code
 * @DeployActivity(name = "payments", arnProperty = "payments.activity-arn")
 * }</pre>
 *
 * <p>As properties: {@code sfntest.activity.payments.arn-property=payments.activity-arn} (and
 * {@code .name} for an activity name other than the key).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(DeployActivities.class)
public @interface DeployActivity {

  /** The key of the deployment and the activity's name (live: with a unique suffix). */
  String name();

  /** The application's property that gets the ARN, like {@code payments.activity-arn}; default none. */
  String arnProperty() default "";
}
