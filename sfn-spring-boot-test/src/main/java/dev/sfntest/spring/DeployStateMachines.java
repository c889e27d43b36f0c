package dev.sfntest.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The container of repeated {@link DeployStateMachine @DeployStateMachine}s; write those instead.
 *
 * <pre>{@code
 * @DeployStateMachine(name = "orders", definition = "classpath:workflows/order.asl.json")
 * @DeployStateMachine(name = "refunds", definition = "classpath:workflows/refund.asl.json")
 * class ShopTest { ... }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface DeployStateMachines {

  /** The deployments. */
  DeployStateMachine[] value();
}
