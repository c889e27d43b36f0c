package dev.sfntest.internal.engine;

/**
 * What a Task's {@code Resource} names, which decides the history events AWS writes for it.
 *
 * @param family LAMBDA, ACTIVITY or SERVICE
 * @param resourceType for SERVICE: the service part, e.g. {@code lambda}, {@code aws-sdk:s3}
 * @param resource for SERVICE: the action part, e.g. {@code invoke}, {@code sendMessage.waitForTaskToken}
 * @param pattern how the task completes
 */
public record ResourceKind(Family family, String resourceType, String resource, Pattern pattern) {

  /** The event family: {@code LambdaFunction*}, {@code Activity*} or {@code Task*}. */
  public enum Family {
    LAMBDA,
    ACTIVITY,
    SERVICE
  }

  /** The integration pattern. */
  public enum Pattern {
    REQUEST_RESPONSE,
    SYNC,
    SYNC2,
    WAIT_FOR_TASK_TOKEN
  }

  /**
   * Classifies a resource ARN: a Lambda function ARN, an activity ARN, or a service integration
   * {@code arn:PARTITION:states:[REGION:ACCOUNT]:SERVICE:ACTION[.sync|.sync:2|.waitForTaskToken]}.
   * Returns {@code null} when it is none of these. An integration that names a region and account
   * is the same integration as without them (see {@link #regionless}).
   */
  public static ResourceKind of(String arn) {
    String[] parts = arn.split(":", 7);
    if (parts.length < 6 || !parts[0].equals("arn")) {
      return null;
    }
    String service = parts[2];
    if (service.equals("lambda") && parts.length >= 7 && parts[5].equals("function")) {
      return new ResourceKind(Family.LAMBDA, null, arn, Pattern.REQUEST_RESPONSE);
    }
    if (service.equals("states") && parts[5].equals("activity")) {
      return new ResourceKind(Family.ACTIVITY, null, arn, Pattern.WAIT_FOR_TASK_TOKEN);
    }
    if (service.equals("states") && parts.length >= 7 && !isStatesResource(parts[5])) {
      String rest = parts[5] + ":" + parts[6];
      int split;
      if (rest.startsWith("aws-sdk:")) {
        split = rest.indexOf(':', "aws-sdk:".length());
      } else {
        split = rest.indexOf(':');
      }
      if (split < 0) {
        return null;
      }
      String type = rest.substring(0, split);
      String action = rest.substring(split + 1);
      Pattern pattern = Pattern.REQUEST_RESPONSE;
      if (action.endsWith(".sync:2")) {
        pattern = Pattern.SYNC2;
      } else if (action.endsWith(".sync")) {
        pattern = Pattern.SYNC;
      } else if (action.endsWith(".waitForTaskToken")) {
        pattern = Pattern.WAIT_FOR_TASK_TOKEN;
      }
      return new ResourceKind(Family.SERVICE, type, action, pattern);
    }
    return null;
  }

  /**
   * The integration ARN without its region and account, {@code arn:aws:states:::sqs:sendMessage}
   * for {@code arn:aws:states:us-east-1:123456789012:sqs:sendMessage}: AWS runs both alike, and
   * mocks and handlers see this one form. Any other ARN is returned as it is.
   */
  public static String regionless(String arn) {
    String[] parts = arn.split(":", 7);
    if (parts.length < 7 || !parts[0].equals("arn") || !parts[2].equals("states")
        || parts[3].isEmpty() && parts[4].isEmpty() || isStatesResource(parts[5])) {
      return arn;
    }
    return "arn:" + parts[1] + ":states:::" + parts[5] + ":" + parts[6];
  }

  /**
   * The region an integration ARN names ({@code us-east-1} in {@code
   * arn:aws:states:us-east-1:123456789012:sqs:sendMessage}), or {@code null}.
   */
  public static String region(String arn) {
    String[] parts = arn.split(":", 7);
    if (parts.length < 7 || !parts[0].equals("arn") || !parts[2].equals("states") || parts[3].isEmpty()
        || isStatesResource(parts[5])) {
      return null;
    }
    return parts[3];
  }

  /** Step Functions' own resource types, which an ARN with a region names rather than an integration. */
  private static boolean isStatesResource(String type) {
    return switch (type) {
      case "activity", "stateMachine", "execution", "express", "mapRun", "alias", "version" -> true;
      default -> false;
    };
  }
}
