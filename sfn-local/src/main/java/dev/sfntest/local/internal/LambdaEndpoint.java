package dev.sfntest.local.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.shared.JsonValues;
import dev.sfntest.internal.shared.OutsideTasks.Answer;
import dev.sfntest.internal.shared.OutsideTasks.Target;
import dev.sfntest.internal.shared.OutsideTasks.Task;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * Invokes Lambda functions at an endpoint of the caller's choosing ({@code --lambda-endpoint},
 * {@code LAMBDA_ENDPOINT}: {@code sam local start-lambda}, LocalStack...), with the AWS SDK's
 * Lambda client, and turns the answer into what the Task state records on AWS:
 *
 * <ul>
 *   <li>a Lambda function ARN resource: the function's payload is the result;
 *   <li>{@code arn:aws:states:::lambda:invoke}: {@code Payload}, {@code StatusCode}, {@code
 *       ExecutedVersion} and the SDK's HTTP and response metadata, as AWS records them;
 *   <li>a function error ({@code X-Amz-Function-Error}): the task fails with the payload's {@code
 *       errorType} and the payload as cause (recorded);
 *   <li>a service error: {@code Lambda.<ErrorCode>} with the Java SDK's cause text (recorded), and
 *       an endpoint that cannot be reached {@code Lambda.SdkClientException}.
 * </ul>
 *
 * As on Step Functions Local, the calls carry no real credentials. The client does not retry:
 * the state's Retry decides.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/sfn-local-lambda.html">Step Functions Local with AWS SAM CLI Local</a>
 */
final class LambdaEndpoint implements AutoCloseable {

  /** Lambda's longest run: an answer may take that long. */
  private static final Duration LONGEST_INVOCATION = Duration.ofMinutes(15);

  private final URI endpoint;
  private final LambdaClient client;

  LambdaEndpoint(URI endpoint, String region) {
    this.endpoint = endpoint;
    this.client = LambdaClient.builder()
        .endpointOverride(endpoint)
        .region(Region.of(region))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("sfn-local", "sfn-local")))
        .httpClient(UrlConnectionHttpClient.builder().socketTimeout(LONGEST_INVOCATION).build())
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  URI endpoint() {
    return endpoint;
  }

  /** Whether the task calls Lambda: a function ARN, or {@code lambda:invoke} in any pattern. */
  static boolean handles(Task task) {
    return task.target() != Target.OTHER;
  }

  /** Calls the function; blocks until it answers. */
  Answer invoke(Task task) {
    boolean integration = task.target() == Target.LAMBDA_INVOKE;
    InvokeRequest call;
    try {
      call = integration ? integrationRequest(task.parameters()) : functionRequest(task.resource(), task.parameters());
    } catch (IllegalArgumentException e) {
      return Answer.failure("States.Runtime", e.getMessage());
    }
    InvokeResponse response;
    try {
      response = client.invoke(call);
    } catch (AwsServiceException e) {
      String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
      String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
      return Answer.failure("Lambda." + (code == null ? "AWSLambdaException" : code), message + " (Service: AWSLambda;"
          + " Status Code: " + e.statusCode() + "; Error Code: " + code + "; Request ID: " + e.requestId()
          + "; Proxy: null)");
    } catch (SdkException e) {
      return Answer.failure("Lambda.SdkClientException", "Unable to execute HTTP request to the Lambda endpoint "
          + endpoint + ": " + e.getMessage());
    }
    String payload = response.payload() == null ? "" : response.payload().asUtf8String();
    if (response.functionError() != null) {
      JsonNode parsed = parseOrNull(payload);
      String errorType = parsed != null && parsed.path("errorType").isTextual() ? parsed.get("errorType").asText()
          : response.functionError();
      return Answer.failure(errorType, payload);
    }
    if (!integration) {
      JsonNode result = parseOrNull(payload);
      if (result == null) {
        return Answer.failure("States.Runtime", "The Lambda function returned a payload that is not JSON: " + payload);
      }
      return Answer.success(result);
    }
    return Answer.success(integrationResult(response, payload));
  }

  /** A function ARN resource: the function named in the ARN (with its version or alias), the input as payload. */
  private static InvokeRequest functionRequest(String arn, JsonNode input) {
    String[] parts = arn.split(":");
    InvokeRequest.Builder call = InvokeRequest.builder()
        .functionName(parts[6])
        .payload(SdkBytes.fromUtf8String(JsonValues.write(input)));
    if (parts.length > 7) {
      call.qualifier(parts[7]);
    }
    return call.build();
  }

  /** {@code lambda:invoke}: the Invoke API's own fields, as the state's Parameters (or Arguments) give them. */
  private static InvokeRequest integrationRequest(JsonNode parameters) {
    JsonNode name = parameters.get("FunctionName");
    if (name == null || !name.isTextual()) {
      throw new IllegalArgumentException("The parameter 'FunctionName' of lambda:invoke must be a string");
    }
    InvokeRequest.Builder call = InvokeRequest.builder().functionName(name.asText());
    JsonNode payload = parameters.get("Payload");
    if (payload != null && !payload.isNull()) {
      // A string payload is sent as it is (it is JSON text already); anything else as JSON.
      call.payload(SdkBytes.fromUtf8String(payload.isTextual() ? payload.asText() : JsonValues.write(payload)));
    }
    text(parameters, "InvocationType").ifPresent(call::invocationType);
    text(parameters, "Qualifier").ifPresent(call::qualifier);
    text(parameters, "LogType").ifPresent(call::logType);
    text(parameters, "ClientContext").ifPresent(call::clientContext);
    return call.build();
  }

  private static java.util.Optional<String> text(JsonNode parameters, String field) {
    JsonNode value = parameters.get(field);
    return value != null && value.isTextual() ? java.util.Optional.of(value.asText()) : java.util.Optional.empty();
  }

  /** The integration's result as AWS records it (recorded shape). */
  private static ObjectNode integrationResult(InvokeResponse response, String payload) {
    ObjectNode result = JsonValues.object();
    if (response.executedVersion() != null) {
      result.put("ExecutedVersion", response.executedVersion());
    }
    if (response.logResult() != null) {
      result.put("LogResult", response.logResult());
    }
    JsonNode parsed = parseOrNull(payload);
    if (parsed != null) {
      result.set("Payload", parsed);
    } else {
      result.put("Payload", payload);
    }
    Map<String, List<String>> headers = response.sdkHttpResponse().headers();
    ObjectNode metadata = result.putObject("SdkHttpMetadata");
    ObjectNode all = metadata.putObject("AllHttpHeaders");
    ObjectNode first = metadata.putObject("HttpHeaders");
    headers.forEach((header, values) -> {
      var array = all.putArray(header);
      values.forEach(array::add);
      if (!values.isEmpty()) {
        first.put(header, values.get(0));
      }
    });
    metadata.put("HttpStatusCode", response.sdkHttpResponse().statusCode());
    String requestId = response.responseMetadata().requestId();
    result.putObject("SdkResponseMetadata").put("RequestId", requestId);
    result.put("StatusCode", response.statusCode());
    return result;
  }

  private static JsonNode parseOrNull(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return JsonValues.parse(text);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
