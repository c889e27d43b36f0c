package dev.sfntest.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class with the sfn-test extension, {@link SfnExtension}: each test gets its own fake
 * Step Functions (or a live client, see {@link Mode}), and takes what it needs as parameters or
 * fields: {@code SfnClient}, {@code SfnAsyncClient}, {@code UniqueNames}, {@code SfnTestContext},
 * {@code VirtualClock}, {@code FakeSfn}, and {@code StateMachine}s deployed with {@link Deploy @Deploy}.
 *
 * <pre>{@code
 * @SfnTest(initialTime = "2025-01-01T00:00:00Z", seed = 7)
 * class OrderWorkflowTest {
 *   @Deploy("workflows/order.asl.json")
 *   StateMachine order;
 *
 *   @Test
 *   void ships(SfnTestContext sfn) {
 *     sfn.mockTask("Ship").thenReturn("{}");
 *     assertThat(order.start("{}")).hasSucceeded();
 *   }
 *
 *   @Test
 *   @SfnTest(timeSkipping = false)       // on a method: overrides the class for this test
 *   void waits_for_the_clock(SfnTestContext sfn) { ... }
 * }
 * }</pre>
 *
 * <p>Every attribute is optional: one left out is taken, in this order, from the class's
 * annotation (when this one is on a method), from {@link SfnExtension#builder()} when the extension
 * is registered with {@code @RegisterExtension}, from the JUnit configuration parameter {@code
 * sfntest.<attribute>} ({@code junit-platform.properties} or {@code -D}), and last from the
 * default. The attributes of a type that has no "unset" value ({@code long}, {@code boolean},
 * {@link Mode}) are arrays for that reason: {@code seed = 7} sets one, the empty default sets
 * none.
 *
 * <p>With {@code @RegisterExtension SfnExtension} on a field, this annotation only adds settings;
 * it does not register a second extension.
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SfnExtension.class)
public @interface SfnTest {

  /** Fake or live ({@code sfntest.mode=fake|live}); default {@link Mode#FAKE}. */
  Mode[] mode() default {};

  /**
   * Where the fake's clock starts, an ISO-8601 instant such as {@code 2025-01-01T00:00:00Z}
   * ({@code sfntest.initialTime}); default {@code 2024-01-01T00:00:00Z}. Fake only.
   */
  String initialTime() default "";

  /**
   * The seed of generated names, tokens and random functions ({@code sfntest.seed}). Fake only.
   * When no seed is set, each fake is seeded from the unique id of its test (or, for a fake a
   * class shares, of its class): the same test gets the same names on every run, and different
   * tests get different ones. A seed that is set is used as it is.
   */
  long[] seed() default {};

  /**
   * Whether the fake's clock jumps to the next timer when nothing else can happen ({@code
   * sfntest.timeSkipping}); default true. Fake only.
   */
  boolean[] timeSkipping() default {};

  /**
   * A Step Functions Local mock configuration file on the classpath, or {@code file:} and a path
   * ({@code sfntest.mockConfig}); default none. Start an execution on {@code arn#TestCase} to
   * use one of its test cases. Tests of a class with one are skipped in live mode.
   */
  String mockConfig() default "";

  /** The region in ARNs, and in live mode the region to call ({@code sfntest.region}); default us-east-1. */
  String region() default "";

  /** The fake's account id, 12 digits ({@code sfntest.account}); default 123456789012. Fake only. */
  String account() default "";

  /**
   * Whether a test that passes but programmed a mock no Task called fails ({@code
   * sfntest.strictMocks}); default false.
   */
  boolean[] strictMocks() default {};

  /**
   * In live mode, the longest an assertion waits for an execution to end ({@code
   * sfntest.liveTimeout}): {@code 90s}, {@code 2m}, {@code 500ms} or ISO-8601 {@code PT2M};
   * default 60 s. An assertion on an execution that sits in a Wait state longer than this fails at
   * once, naming the state; a test that {@code @Deploy}s a definition with such a Wait is skipped
   * unless the endpoint runs on virtual time. Live only.
   */
  String liveTimeout() default "";

  /**
   * How long the fake's {@code GetActivityTask} waits, in real time, for a task before it answers
   * none ({@code sfntest.activityPollTimeout}): {@code 200ms}, {@code 5s}, ISO-8601; default 60
   * s, as AWS. A test that polls an activity nobody schedules on returns after this long. Fake only.
   */
  String activityPollTimeout() default "";
}
