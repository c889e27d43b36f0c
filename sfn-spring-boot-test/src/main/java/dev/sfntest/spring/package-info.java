/**
 * Spring Boot test support: {@link dev.sfntest.spring.AutoConfigureSfnTest @AutoConfigureSfnTest}
 * makes the application's own {@code SfnClient} beans answer from the sfn-test fake (or a live
 * endpoint), {@link dev.sfntest.spring.DeployStateMachine @DeployStateMachine} creates what the
 * application needs and publishes the ARNs as properties, and {@link
 * dev.sfntest.spring.SfnExecutions} finds the executions the application started.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureSfnTest
 * @DeployStateMachine(name = "orders", definition = "classpath:workflows/order.asl.json",
 *     arnProperty = "orders.state-machine-arn")
 * class OrderServiceTest {
 *   @Autowired OrderService orders;
 *   @Autowired SfnExecutions executions;
 *
 *   @Test
 *   void places_an_order() {
 *     orders.place("42");
 *     assertThat(executions.last()).hasSucceeded();
 *   }
 * }
 * }</pre>
 */
package dev.sfntest.spring;
