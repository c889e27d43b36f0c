package dev.sfntest.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineRequest;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionRequest;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StartExecutionRequest;
import software.amazon.awssdk.services.sfn.model.StartExecutionResponse;

class ForwardingSfnClientTest {

  static final String WAIT = "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":60,\"End\":true}}}";

  /** A wrapper of the operations these tests use, as the JUnit extension's recorder is of all. */
  record Wrapper(SfnClient delegate) implements ForwardingSfnClient {
    @Override
    public String serviceName() {
      return delegate.serviceName();
    }

    @Override
    public void close() {
      delegate.close();
    }

    @Override
    public CreateStateMachineResponse createStateMachine(CreateStateMachineRequest request) {
      return delegate.createStateMachine(request);
    }

    @Override
    public StartExecutionResponse startExecution(StartExecutionRequest request) {
      return delegate.startExecution(request);
    }

    @Override
    public DescribeExecutionResponse describeExecution(DescribeExecutionRequest request) {
      return delegate.describeExecution(request);
    }
  }

  @Nested
  class unwrap {
    @Test
    void finds_the_client_beneath_every_wrapper() {
      try (FakeSfn fake = FakeSfn.create()) {
        // THEN
        assertThat(ForwardingSfnClient.unwrap(new Wrapper(new Wrapper(fake.client())))).isSameAs(fake.client());
        assertThat(ForwardingSfnClient.unwrap(fake.client())).isSameAs(fake.client());
      }
    }
  }

  @Nested
  class an_execution_through_a_wrapper {
    @Test
    void is_known_for_the_fake_and_says_what_it_waits_on() {
      try (FakeSfn fake = FakeSfn.builder().timeSkipping(false).build()) {
        // GIVEN
        StateMachine machine = StateMachine.create(new Wrapper(fake.client()), "wait", WAIT, FakeSfn.ROLE_ARN);
        // WHEN
        Execution run = machine.start("late", "{}");
        IllegalStateException error = catchThrowableOfType(IllegalStateException.class, run::await);
        // THEN: no polling for a minute: the fake answers at once
        assertThat(run.isFake()).isTrue();
        assertThat(error).hasMessageStartingWith("Execution 'late' is still RUNNING: it waits in state ")
            .hasMessageEndingWith("Time skipping is off: advance the clock to let it go on.");
      }
    }
  }

  @Nested
  class a_test_context {
    @Test
    void made_with_a_wrapper_deploys_and_calls_through_it() {
      try (FakeSfn fake = FakeSfn.create()) {
        // GIVEN
        Wrapper wrapper = new Wrapper(fake.client());
        // WHEN
        SfnTestContext sfn = SfnTestContext.of(fake, wrapper);
        StateMachine machine = sfn.deploy("wait", WAIT);
        // THEN
        assertThat(sfn.client()).isSameAs(wrapper);
        assertThat(machine.client()).isSameAs(wrapper);
      }
    }

    @Test
    void refuses_a_client_of_another_fake() {
      try (FakeSfn fake = FakeSfn.create(); FakeSfn other = FakeSfn.create()) {
        // WHEN
        IllegalArgumentException error = catchThrowableOfType(IllegalArgumentException.class,
            () -> SfnTestContext.of(fake, new Wrapper(other.client())));
        // THEN
        assertThat(error).hasMessage("The client of a test context must be the fake's client or a "
            + "ForwardingSfnClient around it");
      }
    }
  }
}
