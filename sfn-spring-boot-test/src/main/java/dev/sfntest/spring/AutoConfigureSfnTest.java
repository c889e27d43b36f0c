package dev.sfntest.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.PropertyMapping;
import org.springframework.boot.test.context.PropertyMapping.Skip;

/**
 * Puts one sfn-test fake in the test's application context and makes every {@code SfnClient} and
 * {@code SfnAsyncClient} bean the application defines answer from it: the beans keep their names,
 * qualifiers and {@code @Primary}, but the application's own {@code @Bean} methods and client
 * builders are not called (no region, credentials or endpoint needed). For {@code @SpringBootTest}
 * and slice tests ({@code @WebMvcTest} with the configuration that defines the client imported).
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureMockMvc
 * @AutoConfigureSfnTest(initialTime = "2025-01-01T00:00:00Z")
 * @DeployStateMachine(name = "orders", definition = "classpath:workflows/order.asl.json",
 *     arnProperty = "orders.state-machine-arn")
 * class OrderApiTest {
 *   @Autowired MockMvc mvc;
 *   @Autowired SfnTestContext sfn;          // mocks and the clock, as in the JUnit extension
 *   @Autowired SfnExecutions executions;    // what the application started in this test
 *
 *   @Test
 *   void places_an_order() throws Exception {
 *     sfn.mockTask("Charge").thenReturn("{\"charged\": true}");
 *     mvc.perform(post("/orders").contentType(APPLICATION_JSON).content("{\"orderId\": \"42\"}"))
 *         .andExpect(status().isAccepted());
 *     assertThat(executions.last()).hasSucceeded().hasVisitedStatesInOrder("Validate", "Charge", "Ship");
 *   }
 * }
 * }</pre>
 *
 * <p><b>What the test can autowire:</b> {@code FakeSfn}, {@code VirtualClock}, {@code
 * SfnTestContext} (fake mode only), {@link SfnExecutions} and {@link SfnDeployments}.
 *
 * <p><b>Settings</b> are the JUnit extension's, as {@code sfntest.*} properties (application
 * properties, {@code @SpringBootTest(properties = ...)}, {@code -D}); an attribute set here wins
 * over the property. {@code sfntest.mode=live} points the application's clients at {@code
 * sfntest.endpoint} (or AWS in {@code sfntest.region}) instead of the fake; tests that autowire
 * what only the fake has are then skipped with the reason.
 *
 * <p><b>Between tests</b> the context stays cached: after each test, what it created through the
 * application's clients or {@code SfnTestContext} is deleted, executions it left running are
 * stopped, and (fake) {@code FakeSfn.reset()} forgets executions, mocks and S3 objects and puts the
 * clock and seed back. What the context deployed stays until the context closes. One context
 * serves one test at a time: classes that run in parallel need contexts of their own.
 *
 * <p>See {@code docs/spring-boot.md} for the whole picture.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
@PropertyMapping(value = "sfntest", skip = Skip.ON_DEFAULT_VALUE)
public @interface AutoConfigureSfnTest {

  /**
   * Where the fake's clock starts, an ISO-8601 instant such as {@code 2025-01-01T00:00:00Z}
   * ({@code sfntest.initial-time}); default {@code 2024-01-01T00:00:00Z}. After each test the
   * clock goes back to it.
   */
  String initialTime() default "";

  /**
   * The seed of generated names, tokens and random functions ({@code sfntest.seed}); default 0.
   * An array only so that "unset" can be told from 0: write {@code seed = 7}.
   */
  long[] seed() default {};

  /**
   * Whether the fake's clock jumps to the next timer when nothing else can happen ({@code
   * sfntest.time-skipping}); default true.
   */
  boolean[] timeSkipping() default {};

  /**
   * Whether a test that passes but programmed a mock no Task called fails ({@code
   * sfntest.strict-mocks}); default false.
   */
  boolean[] strictMocks() default {};

  /**
   * A Step Functions Local mock configuration file, as a Spring resource location ({@code
   * classpath:mocks/MockConfigFile.json}, {@code file:...}; a bare path is on the classpath)
   * ({@code sfntest.mock-config}); default none. Tests of a context with one do not run live.
   */
  String mockConfig() default "";

  /**
   * How long GetActivityTask waits for a task before answering none, as {@code 500ms}, {@code
   * 5s} or {@code PT1M} ({@code sfntest.activity-poll-timeout}); default 60 seconds, as AWS.
   */
  String activityPollTimeout() default "";

  /** The region in the fake's ARNs, and the live region ({@code sfntest.region}); default us-east-1. */
  String region() default "";

  /** The fake's account id, 12 digits ({@code sfntest.account}); default 123456789012. */
  String account() default "";
}
