package dev.sfntest.internal.asl;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes of a Task's {@code Resource}: a Lambda function ARN, an activity ARN, or {@code
 * arn:<partition>:states:::<service>:<action>[.sync|.sync:2|.waitForTaskToken]} for an optimized
 * integration, {@code arn:<partition>:states:::aws-sdk:<service>:<action>[.waitForTaskToken]} for an
 * AWS SDK integration. Either integration form may carry a region and account between the colons.
 *
 * <p>The services are those AWS lists as optimized integrations; the actions are not checked
 * (there are hundreds, and refusing a valid one is the failure this library exists to prevent).
 * AWS SDK integrations support no {@code .sync}. Express workflows support neither {@code .sync}
 * nor {@code .waitForTaskToken}, nor activities.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/integrate-optimized.html">Integrating optimized services</a>
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html">Service integration patterns</a>
 */
final class TaskResources {

  private static final Pattern ARN = Pattern.compile("arn:([^:]+):([^:]+):([^:]*):([^:]*):(.+)");
  private static final Pattern PARTITION = Pattern.compile("aws(-[a-z]+)*");
  private static final Pattern LAMBDA = Pattern.compile("function:[A-Za-z0-9_-]{1,140}(:[A-Za-z0-9$_-]+)?");
  private static final Pattern ACTIVITY = Pattern.compile("activity:[^:]{1,80}");
  private static final Pattern INTEGRATION =
      Pattern.compile("([a-z0-9-]+):([A-Za-z0-9]+)(\\.sync|\\.sync:2|\\.waitForTaskToken)?");
  private static final Pattern SDK_INTEGRATION =
      Pattern.compile("aws-sdk:([a-z0-9.-]+):([A-Za-z0-9]+)(\\.waitForTaskToken)?");

  /** The optimized integrations AWS documents, by the service name in their ARN. */
  private static final Set<String> OPTIMIZED = Set.of("apigateway", "athena", "batch", "bedrock", "codebuild",
      "dynamodb", "ecs", "eks", "elasticmapreduce", "emr-containers", "emr-serverless", "events", "glue",
      "databrew", "lambda", "mediaconvert", "sagemaker", "sns", "sqs", "states", "http");

  /**
   * Request fields AWS checks at create time for the common integrations (observed with
   * ValidateStateMachineDefinition: {@code The field 'FunctionName' is required but was missing}).
   */
  private static final Map<String, List<String>> REQUIRED_FIELDS = Map.of(
      "lambda:invoke", List.of("FunctionName"),
      "sqs:sendMessage", List.of("QueueUrl", "MessageBody"),
      "sns:publish", List.of("Message"),
      "dynamodb:putItem", List.of("TableName", "Item"),
      "dynamodb:getItem", List.of("TableName", "Key"),
      "states:startExecution", List.of("StateMachineArn"),
      "events:putEvents", List.of("Entries"),
      "ecs:runTask", List.of("TaskDefinition"),
      "glue:startJobRun", List.of("JobName"));

  private TaskResources() {}

  /** What a resource turned out to be. */
  record Kind(boolean optimized, String serviceAction) {
    static final Kind OTHER = new Kind(false, null);

    /** The request fields AWS requires for this integration. */
    List<String> requiredFields() {
      return serviceAction == null ? List.of() : REQUIRED_FIELDS.getOrDefault(serviceAction, List.of());
    }
  }

  /**
   * Checks a Task resource; {@code null} when it is refused (reported). {@code express}: the state
   * runs in an Express workflow.
   */
  static Kind check(String resource, boolean express, Location at, Diagnostics diagnostics) {
    Matcher arn = ARN.matcher(resource);
    if (!arn.matches() || !PARTITION.matcher(arn.group(1)).matches()) {
      diagnostics.schema(Messages.NOT_A_RESOURCE_ARN, at);
      return null;
    }
    String service = arn.group(2);
    boolean regional = !arn.group(3).isEmpty() || !arn.group(4).isEmpty();
    String rest = arn.group(5);
    if (service.equals("lambda") && regional && LAMBDA.matcher(rest).matches()) {
      return Kind.OTHER;
    }
    if (service.equals("states") && regional && ACTIVITY.matcher(rest).matches()) {
      if (express) {
        diagnostics.schema(Messages.EXPRESS_ACTIVITY, at);
        return null;
      }
      return Kind.OTHER;
    }
    if (!service.equals("states")) {
      diagnostics.schema(Messages.resourceNotRecognized(resource), at);
      return null;
    }
    // An integration may name a region and account (arn:aws:states:us-east-1:123456789012:sqs:sendMessage):
    // templates exported from live accounts carry them, and AWS accepts and runs them as without.
    Matcher sdk = SDK_INTEGRATION.matcher(rest);
    Matcher optimized = INTEGRATION.matcher(rest);
    String pattern;
    Kind kind;
    if (sdk.matches()) {
      pattern = sdk.group(3);
      kind = Kind.OTHER;
    } else if (optimized.matches() && OPTIMIZED.contains(optimized.group(1))) {
      pattern = optimized.group(3);
      kind = new Kind(true, optimized.group(1) + ":" + optimized.group(2));
    } else {
      diagnostics.schema(Messages.resourceNotRecognized(resource), at);
      return null;
    }
    if (express && pattern != null) {
      // Observed for .waitForTaskToken; Express workflows support only Request Response.
      diagnostics.schema(Messages.expressPattern(pattern.startsWith(".sync") ? ".sync" : pattern), at);
      return null;
    }
    return kind;
  }
}
