package dev.sfntest.local.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.internal.shared.JsonValues;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.ListStateMachinesResponse;
import software.amazon.awssdk.services.sfn.model.TestStateResponse;

/**
 * {@code sfn-local serve} started with the Step Functions Local JAR's flags, and a Lambda endpoint
 * ({@code --lambda-endpoint}): a Lambda Task no mock answers invokes its function there, as Step
 * Functions Local does beside {@code sam local start-lambda}. The endpoint is a small server of the
 * Lambda Invoke API this test starts on the loopback address.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LambdaEndpointTest {

  private static final String FUNCTION_ARN = "arn:aws:lambda:eu-west-1:111122223333:function:";

  /** A call the Lambda endpoint received: the function's name, its qualifier and the payload. */
  record Invocation(String function, String query, String invocationType, String payload) {}

  private final List<Invocation> invocations = new CopyOnWriteArrayList<>();
  private HttpServer lambda;
  /** The function's threads: several calls may be in flight at once. */
  private ExecutorService functions;
  private Cli cli;
  private ServeCommand serve;
  private CompletableFuture<Integer> exit;
  private SfnClient sfn;

  @BeforeEach
  void start() throws Exception {
    lambda = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    lambda.createContext("/2015-03-31/functions/", this::invoke);
    functions = Executors.newCachedThreadPool();
    lambda.setExecutor(functions);
    lambda.start();
    String endpoint = "http://127.0.0.1:" + lambda.getAddress().getPort();
    cli = new Cli(Map.of());
    serve = cli.commandLine().getSubcommands().get("serve").getCommand();
    exit = CompletableFuture.supplyAsync(() -> cli.execute("serve", "-account", "111122223333", "-region",
        "eu-west-1", "-waitTimeScale", "0", "--lambda-endpoint", endpoint, "--port", "0"));
    assertThat(serve.awaitStarted(Duration.ofSeconds(10))).isTrue();
    assertThat(serve.running()).as(cli.err.toString()).isNotNull();
    sfn = SfnClient.builder().endpointOverride(serve.running().endpoint()).region(Region.EU_WEST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "y")))
        .httpClient(UrlConnectionHttpClient.create())
        // TestState and StartSyncExecution go to a "sync-" host otherwise, which 127.0.0.1 has not
        .overrideConfiguration(c -> c.putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
        .build();
  }

  @AfterEach
  void stop() throws Exception {
    sfn.close();
    serve.stop();
    assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
    lambda.stop(0);
    functions.shutdownNow();
  }

  /** The Lambda Invoke API, as far as these functions need it. */
  private void invoke(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    String function = URLDecoder.decode(path.substring("/2015-03-31/functions/".length(),
        path.length() - "/invocations".length()), StandardCharsets.UTF_8);
    String payload = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    invocations.add(new Invocation(function, exchange.getRequestURI().getQuery(),
        exchange.getRequestHeaders().getFirst("X-Amz-Invocation-Type"), payload));
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("x-amzn-RequestId", "req-1");
    switch (function) {
      case "greet" -> {
        exchange.getResponseHeaders().set("X-Amz-Executed-Version", "$LATEST");
        JsonNode input = JsonValues.parseUnchecked(payload);
        respond(exchange, 200, "{\"greeting\":\"hello " + input.path("name").asText() + "\"}");
      }
      case "reject" -> {
        exchange.getResponseHeaders().set("X-Amz-Function-Error", "Unhandled");
        respond(exchange, 200, "{\"errorType\":\"OrderRejected\",\"errorMessage\":\"no stock\",\"stackTrace\":[]}");
      }
      default -> {
        exchange.getResponseHeaders().set("x-amzn-ErrorType", "ResourceNotFoundException");
        respond(exchange, 404, "{\"Type\":\"User\",\"message\":\"Function not found: " + FUNCTION_ARN + function + "\"}");
      }
    }
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private String machine(String name, String task) {
    return sfn.createStateMachine(b -> b.name(name).roleArn(FakeSfn.ROLE_ARN)
        .definition("{\"StartAt\":\"Call\",\"States\":{\"Call\":" + task + "}}")).stateMachineArn();
  }

  /** Starts an execution and waits until it is no longer running (the call is answered on another thread). */
  private DescribeExecutionResponse run(String machine, String input) {
    String execution = sfn.startExecution(b -> b.stateMachineArn(machine).input(input)).executionArn();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    DescribeExecutionResponse described = sfn.describeExecution(b -> b.executionArn(execution));
    while (described.statusAsString().equals("RUNNING") && System.nanoTime() < deadline) {
      LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
      described = sfn.describeExecution(b -> b.executionArn(execution));
    }
    return described;
  }

  private List<String> types(DescribeExecutionResponse execution) {
    return sfn.getExecutionHistory(b -> b.executionArn(execution.executionArn())).events().stream()
        .map(HistoryEvent::typeAsString).toList();
  }

  @Nested
  class serve_with_the_jar_flags {
    @Test
    void starts_with_their_account_region_and_clock() {
      // GIVEN / WHEN: started in setUp with -account, -region and -waitTimeScale
      URI endpoint = serve.running().endpoint();

      // THEN
      assertThat(cli.out.toString()).isEqualTo("sfn-local listening on " + endpoint + " (region eu-west-1, account"
          + " 111122223333, wall clock, waits take no time (WAIT_TIME_SCALE 0), Lambda at http://127.0.0.1:"
          + lambda.getAddress().getPort() + ")\n");
      assertThat(machine("m", "{\"Type\":\"Succeed\"}")).isEqualTo("arn:aws:states:eu-west-1:111122223333:stateMachine:m");
    }
  }

  @Nested
  class a_lambda_function_arn {
    @Test
    void invokes_the_function_at_the_endpoint_and_returns_its_payload() {
      // GIVEN
      String machine = machine("greeter", "{\"Type\":\"Task\",\"Resource\":\"" + FUNCTION_ARN + "greet\",\"End\":true}");

      // WHEN
      DescribeExecutionResponse execution = run(machine, "{\"name\":\"Ada\"}");

      // THEN
      assertThat(execution.statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(execution.output()).isEqualTo("{\"greeting\":\"hello Ada\"}");
      assertThat(invocations).containsExactly(new Invocation("greet", null, null, "{\"name\":\"Ada\"}"));
      assertThat(types(execution)).containsExactly("ExecutionStarted", "TaskStateEntered", "LambdaFunctionScheduled",
          "LambdaFunctionStarted", "LambdaFunctionSucceeded", "TaskStateExited", "ExecutionSucceeded");
    }

    @Test
    void a_qualified_arn_invokes_that_version() {
      // GIVEN
      String machine = machine("versioned", "{\"Type\":\"Task\",\"Resource\":\"" + FUNCTION_ARN + "greet:live\","
          + "\"End\":true}");

      // WHEN
      run(machine, "{\"name\":\"Bo\"}");

      // THEN
      assertThat(invocations).singleElement().satisfies(call -> assertThat(call.query()).isEqualTo("Qualifier=live"));
    }

    @Test
    void a_function_error_fails_the_task_with_its_error_type_and_payload() {
      // GIVEN
      String machine = machine("rejecter", "{\"Type\":\"Task\",\"Resource\":\"" + FUNCTION_ARN + "reject\",\"End\":true}");

      // WHEN
      DescribeExecutionResponse execution = run(machine, "{}");

      // THEN
      assertThat(execution.statusAsString()).isEqualTo("FAILED");
      assertThat(execution.error()).isEqualTo("OrderRejected");
      assertThat(execution.cause()).isEqualTo("{\"errorType\":\"OrderRejected\",\"errorMessage\":\"no stock\","
          + "\"stackTrace\":[]}");
      assertThat(types(execution)).contains("LambdaFunctionFailed");
    }
  }

  @Nested
  class the_lambda_invoke_integration {
    @Test
    void returns_the_payload_with_the_invoke_response() {
      // GIVEN
      String machine = machine("invoker", "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\","
          + "\"Parameters\":{\"FunctionName\":\"greet\",\"Payload\":{\"name.$\":\"$.who\"}},\"End\":true}");

      // WHEN
      DescribeExecutionResponse execution = run(machine, "{\"who\":\"Cy\"}");

      // THEN
      assertThat(execution.statusAsString()).isEqualTo("SUCCEEDED");
      JsonNode output = JsonValues.parseUnchecked(execution.output());
      assertThat(output.get("Payload")).isEqualTo(JsonValues.parseUnchecked("{\"greeting\":\"hello Cy\"}"));
      assertThat(output.get("StatusCode").asInt()).isEqualTo(200);
      assertThat(output.get("ExecutedVersion").asText()).isEqualTo("$LATEST");
      assertThat(output.at("/SdkHttpMetadata/HttpStatusCode").asInt()).isEqualTo(200);
      assertThat(output.at("/SdkResponseMetadata/RequestId").asText()).isEqualTo("req-1");
      assertThat(types(execution)).contains("TaskScheduled", "TaskStarted", "TaskSucceeded");
    }

    @Test
    void a_missing_function_is_the_service_error() {
      // GIVEN
      String machine = machine("missing", "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\","
          + "\"Parameters\":{\"FunctionName\":\"nope\"},\"End\":true}");

      // WHEN
      DescribeExecutionResponse execution = run(machine, "{}");

      // THEN (the recorded shape)
      assertThat(execution.error()).isEqualTo("Lambda.ResourceNotFoundException");
      assertThat(execution.cause()).isEqualTo("Function not found: " + FUNCTION_ARN + "nope (Service: AWSLambda;"
          + " Status Code: 404; Error Code: ResourceNotFoundException; Request ID: req-1; Proxy: null)");
    }

    @Test
    void a_callback_invokes_then_waits_for_its_token() {
      // GIVEN
      String machine = machine("callback", "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke"
          + ".waitForTaskToken\",\"Parameters\":{\"FunctionName\":\"greet\",\"Payload\":{\"name.$\":\"$$.Task.Token\"}},"
          + "\"End\":true}");
      String execution = sfn.startExecution(b -> b.stateMachineArn(machine).input("{}")).executionArn();
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (!sfn.getExecutionHistory(b -> b.executionArn(execution)).events().stream()
          .anyMatch(e -> e.typeAsString().equals("TaskSubmitted")) && System.nanoTime() < deadline) {
        LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
      }
      String token = JsonValues.parseUnchecked(invocations.get(0).payload()).get("name").asText();

      // WHEN
      sfn.sendTaskSuccess(b -> b.taskToken(token).output("{\"done\":true}"));

      // THEN
      DescribeExecutionResponse described = sfn.describeExecution(b -> b.executionArn(execution));
      assertThat(described.statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(described.output()).isEqualTo("{\"done\":true}");
      assertThat(types(described)).containsSubsequence("TaskSubmitted", "TaskSucceeded");
    }
  }

  @Nested
  class a_function_that_answers_its_own_callback {
    @Test
    void completes_the_task_while_it_is_invoked() {
      // GIVEN a function that sends the task token back before it returns
      lambda.removeContext("/2015-03-31/functions/");
      lambda.createContext("/2015-03-31/functions/", exchange -> {
        String token = JsonValues.parseUnchecked(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
            .get("token").asText();
        sfn.sendTaskSuccess(b -> b.taskToken(token).output("{\"answered\":\"inside\"}"));
        exchange.getResponseHeaders().set("x-amzn-RequestId", "req-2");
        respond(exchange, 200, "null");
      });
      String machine = machine("self", "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke"
          + ".waitForTaskToken\",\"Parameters\":{\"FunctionName\":\"self\",\"Payload\":{\"token.$\":\"$$.Task.Token\"}},"
          + "\"End\":true}");

      // WHEN
      DescribeExecutionResponse execution = run(machine, "{}");

      // THEN
      assertThat(execution.statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(execution.output()).isEqualTo("{\"answered\":\"inside\"}");
    }
  }

  @Nested
  class test_state {
    @Test
    void invokes_the_function_within_the_request() {
      // GIVEN
      String state = "{\"Type\":\"Task\",\"Resource\":\"" + FUNCTION_ARN + "greet\",\"End\":true}";

      // WHEN
      var response = sfn.testState(b -> b.definition(state).roleArn(FakeSfn.ROLE_ARN).input("{\"name\":\"Di\"}"));

      // THEN
      assertThat(response.statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(response.output()).isEqualTo("{\"greeting\":\"hello Di\"}");
    }

    @Test
    void another_request_is_answered_while_the_function_runs() throws Exception {
      // GIVEN a function that answers only when the test lets it, called by more TestStates at
      // once than the server has I/O threads (two), so that a TestState holding the thread that
      // read it would leave no thread for the next request
      int calls = 3;
      CountDownLatch called = new CountDownLatch(calls);
      CountDownLatch release = new CountDownLatch(1);
      lambda.removeContext("/2015-03-31/functions/");
      lambda.createContext("/2015-03-31/functions/", exchange -> {
        exchange.getRequestBody().readAllBytes();
        called.countDown();
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        exchange.getResponseHeaders().set("x-amzn-RequestId", "req-3");
        respond(exchange, 200, "{\"slow\":true}");
      });
      String state = "{\"Type\":\"Task\",\"Resource\":\"" + FUNCTION_ARN + "slow\",\"End\":true}";
      List<CompletableFuture<TestStateResponse>> testing = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        testing.add(CompletableFuture.supplyAsync(
            () -> sfn.testState(b -> b.definition(state).roleArn(FakeSfn.ROLE_ARN)), functions));
      }
      try {
        assertThat(called.await(20, TimeUnit.SECONDS)).as("the function was called %d times", calls).isTrue();

        // WHEN another request comes while the calls are in flight
        CompletableFuture<ListStateMachinesResponse> listed = CompletableFuture.supplyAsync(
            () -> sfn.listStateMachines(b -> { }), functions);

        // THEN it is answered before the function answers
        assertThat(listed.get(20, TimeUnit.SECONDS).stateMachines()).isEmpty();
        assertThat(testing).noneMatch(CompletableFuture::isDone);
      } finally {
        release.countDown();
      }
      for (CompletableFuture<TestStateResponse> call : testing) {
        assertThat(call.get(20, TimeUnit.SECONDS).output()).isEqualTo("{\"slow\":true}");
      }
    }

    @Test
    void a_task_nothing_answers_points_at_the_requests_mock() {
      // GIVEN
      String state = "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::sns:publish\","
          + "\"Parameters\":{\"Message\":\"m\"},\"End\":true}";

      // WHEN
      var response = sfn.testState(b -> b.definition(state).roleArn(FakeSfn.ROLE_ARN));

      // THEN
      assertThat(response.error()).isEqualTo("States.Runtime");
      assertThat(response.cause()).isEqualTo("No mock answers the Task state under test (resource"
          + " arn:aws:states:::sns:publish). Give the TestState request a mock (mock.result or mock.errorOutput).");
    }
  }

  @Nested
  class any_other_task {
    @Test
    void fails_saying_how_to_mock_it_in_the_mock_file() {
      // GIVEN
      String machine = machine("queue", "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::sqs:sendMessage\","
          + "\"Parameters\":{\"QueueUrl\":\"q\",\"MessageBody\":\"m\"},\"End\":true}");

      // WHEN
      DescribeExecutionResponse execution = run(machine, "{}");

      // THEN
      assertThat(execution.error()).isEqualTo("States.Runtime");
      assertThat(execution.cause()).endsWith("No mock answers the Task state 'Call' (resource"
          + " arn:aws:states:::sqs:sendMessage). Mock it in a test case of the mock configuration file"
          + " (MockConfigFile.json in the working directory, SFN_MOCK_CONFIG or --mock-config) for the state machine"
          + " 'queue', and start the execution on its ARN followed by #TestCase.");
      assertThat(execution.cause()).doesNotContain("sfn.mockTask");
    }
  }
}
