package dev.sfntest.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The container of repeated {@link DeployActivity @DeployActivity}s; write those instead.
 *
 * <pre>{@code
 * @DeployActivity(name = "payments")
 * @DeployActivity(name = "reviews")
 * class ShopTest { ... }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface DeployActivities {

  /** The activities. */
  DeployActivity[] value();
}
