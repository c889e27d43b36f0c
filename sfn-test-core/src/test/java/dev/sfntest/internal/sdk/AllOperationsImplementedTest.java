package dev.sfntest.internal.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.FakeSfn;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.SfnRequest;
import software.amazon.awssdk.services.sfn.model.SfnResponse;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Fails when an {@link SfnClient} operation (its request-object overload) still throws
 * UnsupportedOperationException on the fake, through either client. Each operation is called with
 * an empty request: AWS's validation answers it, never "unsupported".
 */
class AllOperationsImplementedTest {

  /** Operations the fake does not support yet, each with its reason (none now). */
  private static final Set<String> NOT_YET = Set.of();

  @ParameterizedTest
  @EnumSource(ClientKind.class)
  void every_operation_but_the_listed_ones_is_implemented(ClientKind kind) throws Exception {
    // GIVEN
    List<String> unsupported = new ArrayList<>();
    try (FakeSfn fake = FakeSfn.builder().activityPollTimeout(Duration.ZERO).build()) {
      SfnClient client = kind.of(fake);
      // WHEN
      for (Method operation : operations()) {
        Object request = emptyRequest(operation.getParameterTypes()[0]);
        try {
          operation.invoke(client, request);
        } catch (InvocationTargetException e) {
          if (e.getCause() instanceof UnsupportedOperationException) {
            unsupported.add(operation.getName());
          }
        }
      }
    }
    // THEN
    assertThat(new TreeSet<>(unsupported)).containsExactlyInAnyOrderElementsOf(NOT_YET);
  }

  @Test
  void the_sdk_has_the_operations_this_test_expects() {
    // A new SDK version with new operations shows up here first.
    assertThat(operations()).hasSize(37);
  }

  private static List<Method> operations() {
    return Arrays.stream(SfnClient.class.getMethods())
        .filter(m -> m.getParameterCount() == 1 && SfnRequest.class.isAssignableFrom(m.getParameterTypes()[0])
            && SfnResponse.class.isAssignableFrom(m.getReturnType()))
        .sorted((a, b) -> a.getName().compareTo(b.getName()))
        .collect(Collectors.toList());
  }

  private static Object emptyRequest(Class<?> type) throws ReflectiveOperationException {
    return ((SdkBuilder<?, ?>) type.getMethod("builder").invoke(null)).build();
  }
}
