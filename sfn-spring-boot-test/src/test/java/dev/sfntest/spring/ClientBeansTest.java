package dev.sfntest.spring;

import static dev.sfntest.assertj.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.ForwardingSfnClient;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;

@SpringBootTest(classes = ClientBeansTest.App.class)
@AutoConfigureSfnTest
@DeployStateMachine(name = "hello", definition = "classpath:workflows/hello.asl.json", arnProperty = "greeter.arn")
class ClientBeansTest {

  /** The application's configuration: how it builds its clients is its own business. */
  @Configuration(proxyBeanMethods = false)
  static class App {
    static final AtomicInteger FACTORY_CALLS = new AtomicInteger();

    @Bean
    @Primary
    SfnClient sfnClient() {
      FACTORY_CALLS.incrementAndGet();
      return SfnClient.create();
    }

    @Bean
    @Qualifier("audit")
    SfnClient auditClient() {
      FACTORY_CALLS.incrementAndGet();
      return SfnClient.create();
    }

    @Bean
    SfnAsyncClient sfnAsyncClient() {
      FACTORY_CALLS.incrementAndGet();
      return SfnAsyncClient.create();
    }

    @Bean
    Greeter greeter(SfnClient sfn, SfnAsyncClient async, @Value("${greeter.arn}") String arn) {
      return new Greeter(sfn, async, arn);
    }
  }

  @Autowired Greeter greeter;
  @Autowired SfnClient client;
  @Autowired @Qualifier("audit") SfnClient audit;
  @Autowired SfnAsyncClient asyncClient;
  @Autowired FakeSfn fake;
  @Autowired SfnExecutions executions;

  @Nested
  class sync_client_bean {

    @Test
    void answers_from_the_fake_of_the_context() {
      // WHEN
      String arn = greeter.greet("Ada");
      // THEN
      assertThat(executions.last()).hasSucceeded().hasVisitedStatesInOrder("Think", "Greet")
          .tookVirtualTime(Duration.ofMinutes(1));
      assertThat(fake.client().describeExecution(b -> b.executionArn(arn)).statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(ForwardingSfnClient.unwrap(client)).isSameAs(fake.client());
    }

    @Test
    void keeps_its_qualifier_and_never_calls_the_applications_factory_method() {
      // THEN
      assertThat(ForwardingSfnClient.unwrap(audit)).isSameAs(fake.client());
      assertThat(App.FACTORY_CALLS).hasValue(0);
    }

    @Test
    void closing_it_leaves_the_fake_open() {
      // WHEN
      client.close();
      // THEN
      assertThat(fake.isClosed()).isFalse();
      assertThat(greeter.greet("Grace")).endsWith(":greet-Grace");
    }
  }

  @Nested
  class async_client_bean {

    @Test
    void answers_from_the_same_fake() {
      // WHEN
      String arn = greeter.greetLater("Ada").join();
      // THEN
      assertThat(executions.last().arn()).isEqualTo(arn);
      assertThat(executions.last()).hasSucceeded().hasOutputAt("$.greeting").isText("Hello, Ada!");
    }
  }

  @Nested
  class executions {

    @Test
    void finds_them_by_state_machine_name_and_order() {
      // WHEN
      greeter.greet("Ada");
      greeter.greet("Alan");
      // THEN
      assertThat(executions.all()).extracting(e -> e.name()).containsExactly("greet-Ada", "greet-Alan");
      assertThat(executions.of("hello")).hasSize(2);
      assertThat(executions.last("hello").name()).isEqualTo("greet-Alan");
      assertThat(executions.named("greet-Ada")).hasSucceeded();
    }

    @Test
    void says_what_was_started_when_none_matches() {
      // GIVEN
      greeter.greet("Ada");
      // WHEN
      AssertionError error = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
          () -> executions.last("refunds"));
      // THEN
      assertThat(error).hasMessage("The application started no execution of state machine 'refunds' in this test; "
          + "it started 'greet-Ada' of 'hello'.");
    }

    @Test
    void says_when_the_application_started_none() {
      // WHEN
      AssertionError error = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, executions::last);
      // THEN
      assertThat(error).hasMessage("The application started no execution in this test (through its SfnClient or "
          + "SfnAsyncClient beans).");
    }
  }
}
