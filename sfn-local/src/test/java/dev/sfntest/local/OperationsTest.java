package dev.sfntest.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.local.internal.Operations;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.SfnRequest;
import software.amazon.awssdk.services.sfn.model.StartExecutionRequest;

class OperationsTest {

  @Test
  void finds_every_operation_of_the_sdk_client_and_nothing_else() {
    // GIVEN every request type the SDK's client takes
    List<String> expected = new ArrayList<>();
    for (Method method : SfnClient.class.getMethods()) {
      if (method.getParameterCount() == 1 && SfnRequest.class.isAssignableFrom(method.getParameterTypes()[0])
          && !method.getName().endsWith("Paginator")) {
        expected.add(method.getParameterTypes()[0].getSimpleName().replaceFirst("Request$", ""));
      }
    }

    // WHEN
    List<String> names = new ArrayList<>();
    Operations.names().forEach(names::add);

    // THEN
    assertThat(names).containsExactlyInAnyOrderElementsOf(expected)
        .contains("StartExecution", "ValidateStateMachineDefinition", "TestState", "GetActivityTask");
    assertThat(Operations.requestType("StartExecution")).isEqualTo(StartExecutionRequest.class);
    assertThat(Operations.exists("StartExecutionPaginator")).isFalse();
  }
}
