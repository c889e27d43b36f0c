package dev.sfntest.internal.backend;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.Json;
import java.util.List;

/**
 * Checks and defaults the logging, tracing and encryption configurations of state machines and
 * activities. The fake stores them and returns them; it sends no logs or traces and encrypts
 * nothing. Which configurations AWS refuses is documented; its exact messages, but for the first,
 * are not known, so they keep AWS's shape.
 *
 * <pre>{@code
 * Configurations.checkLogging(json);     // InvalidLoggingConfiguration for ALL without a destination
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_LoggingConfiguration.html">LoggingConfiguration</a>
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_EncryptionConfiguration.html">EncryptionConfiguration</a>
 */
public final class Configurations {

  // Compiled once: every CreateStateMachine checks its role.
  private static final java.util.regex.Pattern ROLE_ARN = java.util.regex.Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/.+");
  private static final java.util.regex.Pattern LOG_GROUP_ARN =
      java.util.regex.Pattern.compile("arn:aws[a-z-]*:logs:[a-z0-9-]+:\\d{12}:log-group:.+");

  private Configurations() {}

  /** What DescribeStateMachine returns when no logging was configured (recorded). */
  public static JsonNode defaultLogging() {
    return Json.object().put("level", "OFF").put("includeExecutionData", false);
  }

  /** What DescribeStateMachine returns when no tracing was configured (recorded). */
  public static JsonNode defaultTracing() {
    return Json.object().put("enabled", false);
  }

  /** What AWS returns when no encryption was configured (recorded since November 2024). */
  public static JsonNode defaultEncryption() {
    return Json.object().put("type", "AWS_OWNED_KEY");
  }

  /**
   * Refuses a logging configuration AWS refuses: an unknown level, or a level other than OFF
   * without exactly one CloudWatch Logs destination.
   */
  public static void checkLogging(JsonNode logging) {
    if (logging == null) {
      return;
    }
    String level = logging.path("level").asText("OFF");
    Constraints.oneOf(level, "loggingConfiguration.level", List.of("ALL", "ERROR", "FATAL", "OFF"));
    JsonNode destinations = logging.get("destinations");
    int count = destinations == null || !destinations.isArray() ? 0 : destinations.size();
    if (!level.equals("OFF") && count != 1) {
      throw new ApiException("InvalidLoggingConfiguration",
          "Invalid Logging Configuration: Must specify exactly one Log Destination.");
    }
    if (count > 1) {
      throw new ApiException("InvalidLoggingConfiguration",
          "Invalid Logging Configuration: Must specify exactly one Log Destination.");
    }
    if (count == 1) {
      String group = destinations.get(0).path("cloudWatchLogsLogGroup").path("logGroupArn").asText("");
      if (!LOG_GROUP_ARN.matcher(group).matches()) {
        throw new ApiException("InvalidLoggingConfiguration",
            "Invalid Logging Configuration: Invalid Log Group ARN: '" + group + "'");
      }
    }
  }

  /**
   * Refuses an encryption configuration AWS refuses: an unknown type, a customer managed key
   * without a key id (or an AWS owned key with one), a key reuse period outside 60 to 900 seconds.
   */
  public static void checkEncryption(JsonNode encryption) {
    if (encryption == null) {
      return;
    }
    String type = encryption.path("type").asText(null);
    Constraints.required(type, "encryptionConfiguration.type");
    Constraints.oneOf(type, "encryptionConfiguration.type", List.of("AWS_OWNED_KEY", "CUSTOMER_MANAGED_KMS_KEY"));
    JsonNode reuse = encryption.get("kmsDataKeyReusePeriodSeconds");
    if (reuse != null && reuse.isNumber()) {
      Constraints.range(reuse.asInt(), "encryptionConfiguration.kmsDataKeyReusePeriodSeconds", 60, 900);
    }
    boolean hasKey = encryption.hasNonNull("kmsKeyId");
    if (type.equals("CUSTOMER_MANAGED_KMS_KEY") && !hasKey) {
      throw new ApiException("InvalidEncryptionConfiguration",
          "Invalid Encryption Configuration: 'kmsKeyId is required for CUSTOMER_MANAGED_KMS_KEY'");
    }
    if (type.equals("AWS_OWNED_KEY") && (hasKey || reuse != null)) {
      throw new ApiException("InvalidEncryptionConfiguration",
          "Invalid Encryption Configuration: 'kmsKeyId and kmsDataKeyReusePeriodSeconds are only valid "
              + "for CUSTOMER_MANAGED_KMS_KEY'");
    }
  }

  /** Refuses an execution role that is no IAM role ARN (AWS checks its form, never permissions here). */
  public static void checkRoleArn(String roleArn) {
    Constraints.required(roleArn, "roleArn");
    Constraints.length(roleArn, "roleArn", 1, 256);
    if (!ROLE_ARN.matcher(roleArn).matches()) {
      throw ApiException.invalidArn("Invalid Arn: 'Invalid ARN prefix: " + roleArn + "'");
    }
  }
}
