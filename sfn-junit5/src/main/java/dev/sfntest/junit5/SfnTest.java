package dev.sfntest.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class with the sfn-test extension: each test gets its own fake Step Functions,
 * whose {@code SfnClient} and {@code SfnTestContext} it may take as parameters.
 *
 * <pre>{@code
 * @SfnTest
 * class OrderFlowTest {
 *   @Test
 *   void ships(SfnClient client, SfnTestContext sfn) { ... }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SfnExtension.class)
public @interface SfnTest {}
