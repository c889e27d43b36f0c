package dev.sfntest.internal.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sfntest.core.FakeSfn;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.SfnException;

/** One fake and one of its clients for an API test, with the definitions and steps tests share. */
final class Api implements AutoCloseable {

  static final String ROLE = FakeSfn.ROLE_ARN;
  static final String PASS = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
  static final String PASS_RESULT =
      "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":{\"done\":true},\"End\":true}}}";
  static final String WAIT_60 =
      "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":60,\"End\":true}}}";
  static final String FAIL =
      "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"Boom\",\"Cause\":\"it broke\"}}}";
  static final String PREFIX = "arn:aws:states:us-east-1:123456789012:";

  final FakeSfn fake;
  final SfnClient client;

  Api(ClientKind kind) {
    this(kind, FakeSfn.builder().activityPollTimeout(Duration.ofMillis(200)));
  }

  Api(ClientKind kind, FakeSfn.Builder builder) {
    this.fake = builder.build();
    this.client = kind.of(fake);
  }

  /** Creates a STANDARD machine and returns its ARN. */
  String machine(String name, String definition) {
    return client.createStateMachine(b -> b.name(name).definition(definition).roleArn(ROLE)).stateMachineArn();
  }

  /** Creates an EXPRESS machine and returns its ARN. */
  String express(String name, String definition) {
    return client.createStateMachine(b -> b.name(name).definition(definition).roleArn(ROLE).type("EXPRESS"))
        .stateMachineArn();
  }

  /** Starts an execution and returns its ARN. */
  String start(String stateMachineArn, String name, String input) {
    return client.startExecution(b -> b.stateMachineArn(stateMachineArn).name(name).input(input)).executionArn();
  }

  List<HistoryEvent> history(String executionArn) {
    return client.getExecutionHistoryPaginator(b -> b.executionArn(executionArn)).events().stream()
        .collect(Collectors.toList());
  }

  /** The event types of an execution's history, in order. */
  List<String> eventTypes(String executionArn) {
    return history(executionArn).stream().map(HistoryEvent::typeAsString).collect(Collectors.toList());
  }

  String status(String executionArn) {
    return client.describeExecution(b -> b.executionArn(executionArn)).statusAsString();
  }

  /**
   * Asserts that {@code call} fails as AWS would: the modelled exception, AWS's error code, HTTP
   * 400 and exactly {@code message}.
   */
  static <E extends SfnException> E assertAwsError(ThrowingCallable call, Class<E> type, String code, String message) {
    E error = catchThrowableOfType(type, call);
    assertThat(error).as("expected %s", type.getSimpleName()).isNotNull();
    assertThat(error.awsErrorDetails().errorCode()).isEqualTo(code);
    assertThat(error.statusCode()).isEqualTo(400);
    assertThat(error.awsErrorDetails().errorMessage()).isEqualTo(message);
    return error;
  }

  @Override
  public void close() {
    fake.close();
  }
}
