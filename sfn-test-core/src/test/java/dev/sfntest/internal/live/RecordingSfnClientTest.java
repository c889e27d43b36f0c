package dev.sfntest.internal.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.StateMachine;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.StartExecutionRequest;
import software.amazon.awssdk.services.sfn.model.StartExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionRequest;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;

class RecordingSfnClientTest {

  static final String ARN = "arn:aws:states:us-east-1:123456789012:execution:m:e";
  static final String EXPRESS_ARN = "arn:aws:states:us-east-1:123456789012:express:m:e:1";

  /** The operations of an SDK client interface: its methods that take one request object. */
  static List<String> operations(Class<?> clientInterface) {
    return Arrays.stream(clientInterface.getMethods())
        .filter(m -> m.getParameterCount() == 1 && SdkRequest.class.isAssignableFrom(m.getParameterTypes()[0]))
        .filter(m -> !m.getName().endsWith("Paginator"))
        .map(Method::getName).sorted().collect(Collectors.toList());
  }

  /** The operations a class implements itself. */
  static List<String> declared(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> m.getParameterCount() == 1 && SdkRequest.class.isAssignableFrom(m.getParameterTypes()[0]))
        .map(Method::getName).sorted().collect(Collectors.toList());
  }

  @Nested
  class forwarding {
    @Test
    void covers_every_operation_of_the_sync_client() {
      // THEN: an operation the SDK adds shows up here, not as an UnsupportedOperationException in a test
      assertThat(declared(RecordingSfnClient.class)).isEqualTo(operations(SfnClient.class));
    }

    @Test
    void covers_every_operation_of_the_async_client() {
      // THEN
      assertThat(declared(RecordingSfnAsyncClient.class)).isEqualTo(operations(SfnAsyncClient.class));
    }
  }

  @Nested
  class recording {
    @Test
    void notes_each_execution_started_in_any_form() {
      // GIVEN
      try (FakeSfn fake = FakeSfn.create()) {
        Ledger ledger = new Ledger(fake.client());
        RecordingSfnClient client = new RecordingSfnClient(fake.client(), ledger, null);
        StateMachine machine = StateMachine.create(client, "pass",
            "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}", FakeSfn.ROLE_ARN);
        // WHEN
        String byRequest = client.startExecution(StartExecutionRequest.builder().stateMachineArn(machine.arn())
            .build()).executionArn();
        String byBuilder = client.startExecution(b -> b.stateMachineArn(machine.arn())).executionArn();
        String byHandle = machine.start("{}").arn();
        client.listStateMachines();
        // THEN
        assertThat(ledger.startedExecutions()).containsExactly(byRequest, byBuilder, byHandle);
      }
    }

    @Test
    void notes_synchronous_executions() {
      // GIVEN
      SfnClient service = new SfnClient() {
        @Override
        public StartSyncExecutionResponse startSyncExecution(StartSyncExecutionRequest request) {
          return StartSyncExecutionResponse.builder().executionArn(EXPRESS_ARN).build();
        }

        @Override
        public String serviceName() {
          return "states";
        }

        @Override
        public void close() {
          // nothing to release
        }
      };
      Ledger ledger = new Ledger(service);
      // WHEN
      new RecordingSfnClient(service, ledger, null).startSyncExecution(b -> b.stateMachineArn("arn"));
      // THEN
      assertThat(ledger.startedExecutions()).containsExactly(EXPRESS_ARN);
    }

    @Test
    void notes_executions_started_through_the_async_client_once_answered() {
      // GIVEN
      SfnAsyncClient service = new SfnAsyncClient() {
        @Override
        public CompletableFuture<StartExecutionResponse> startExecution(StartExecutionRequest request) {
          return CompletableFuture.completedFuture(StartExecutionResponse.builder().executionArn(ARN).build());
        }

        @Override
        public CompletableFuture<StartSyncExecutionResponse> startSyncExecution(StartSyncExecutionRequest request) {
          return CompletableFuture.failedFuture(new IllegalStateException("refused"));
        }

        @Override
        public String serviceName() {
          return "states";
        }

        @Override
        public void close() {
          // nothing to release
        }
      };
      try (FakeSfn fake = FakeSfn.create()) {
        Ledger ledger = new Ledger(fake.client());
        RecordingSfnAsyncClient client = new RecordingSfnAsyncClient(service, ledger);
        // WHEN
        client.startExecution(b -> b.stateMachineArn("arn")).join();
        client.startSyncExecution(b -> b.stateMachineArn("arn")).exceptionally(e -> null).join();
        // THEN
        assertThat(ledger.startedExecutions()).containsExactly(ARN);
      }
    }

    @Test
    void leaves_the_client_beneath_open_when_closed() {
      // GIVEN
      try (FakeSfn fake = FakeSfn.create()) {
        // WHEN
        new RecordingSfnClient(fake.client(), new Ledger(fake.client()), null).close();
        // THEN
        assertThat(fake.isClosed()).isFalse();
      }
    }
  }
}
