package dev.sfntest.internal.backend;

import java.util.Arrays;
import java.util.List;

/**
 * Builds the ARNs of one fake's partition, region and account, and reads ARNs given to the API,
 * refusing malformed ones and ones of the wrong resource type with AWS's {@code InvalidArn}.
 *
 * <pre>{@code
 * arns.stateMachine("order")                       // arn:aws:states:us-east-1:123456789012:stateMachine:order
 * arns.version(machineArn, 3)                      // ...:stateMachine:order:3
 * Arns.require(arn, Kind.EXECUTION)                // InvalidArn unless an execution ARN
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsstepfunctions.html">Step Functions resource types</a>
 */
public final class Arns {

  /** The kinds of Step Functions ARN the API takes. */
  public enum Kind {
    /** {@code stateMachine:NAME} */
    STATE_MACHINE,
    /** {@code stateMachine:NAME:NUMBER} */
    VERSION,
    /** {@code stateMachine:NAME:ALIAS} (an alias name always has a non-digit) */
    ALIAS,
    /** {@code execution:MACHINE:NAME} */
    EXECUTION,
    /** {@code express:MACHINE:NAME:ID} */
    EXPRESS_EXECUTION,
    /** {@code activity:NAME} */
    ACTIVITY,
    /** {@code mapRun:MACHINE/LABEL:ID} */
    MAP_RUN
  }

  /**
   * A Step Functions ARN read apart.
   *
   * @param arn the ARN as given
   * @param kind its kind
   * @param resourceType the resource type as written ({@code stateMachine}, {@code express}, ...)
   * @param parts the parts after the resource type
   */
  public record Parsed(String arn, Kind kind, String resourceType, List<String> parts) {

    /** The state machine name of a state machine, version, alias or execution ARN. */
    public String machineName() {
      return parts.get(0);
    }

    /** The part after the machine name: version number, alias name or execution name. */
    public String qualifier() {
      return parts.size() > 1 ? parts.get(1) : null;
    }

    /** The number of a version ARN ({@link #parse} refused one that does not fit a long). */
    public long versionNumber() {
      if (kind != Kind.VERSION) {
        throw new IllegalStateException("Not a version ARN: " + arn);
      }
      return Long.parseLong(qualifier());
    }
  }

  private final String partition;
  private final String region;
  private final String account;
  /** {@link #prefix()}, made once: every execution's ARN starts with it. */
  private final String prefix;

  public Arns(String region, String account) {
    this.region = region;
    this.account = account;
    this.partition = partitionOf(region);
    this.prefix = "arn:" + partition + ":states:" + region + ":" + account + ":";
  }

  /** The partition a region belongs to. */
  public static String partitionOf(String region) {
    if (region.startsWith("cn-")) {
      return "aws-cn";
    }
    if (region.startsWith("us-gov-")) {
      return "aws-us-gov";
    }
    return "aws";
  }

  public String partition() {
    return partition;
  }

  public String region() {
    return region;
  }

  public String account() {
    return account;
  }

  /** What every ARN of this fake starts with: {@code arn:aws:states:us-east-1:123456789012:}. */
  public String prefix() {
    return prefix;
  }

  public String stateMachine(String name) {
    return prefix() + "stateMachine:" + name;
  }

  /** A version ARN: the machine's ARN and the version number. */
  public static String version(String stateMachineArn, long number) {
    return stateMachineArn + ":" + number;
  }

  /** An alias ARN: the machine's ARN and the alias name. */
  public static String alias(String stateMachineArn, String aliasName) {
    return stateMachineArn + ":" + aliasName;
  }

  public String execution(String stateMachineName, String executionName) {
    return prefix + "execution:" + stateMachineName + ":" + executionName;
  }

  public String expressExecution(String stateMachineName, String executionName, String id) {
    return prefix() + "express:" + stateMachineName + ":" + executionName + ":" + id;
  }

  public String activity(String name) {
    return prefix() + "activity:" + name;
  }

  public String mapRun(String stateMachineName, String label, String id) {
    return prefix() + "mapRun:" + stateMachineName + "/" + label + ":" + id;
  }

  /**
   * Splits a Step Functions ARN of any partition: {@code [resourceType, part, part...]}; {@code
   * null} when the text is not such an ARN.
   */
  public String[] resource(String arn) {
    if (arn == null) {
      return null;
    }
    String[] parts = arn.split(":", -1);
    if (parts.length < 7 || !parts[0].equals("arn") || !parts[2].equals("states")) {
      return null;
    }
    return Arrays.copyOfRange(parts, 5, parts.length);
  }

  /**
   * Reads an ARN of one of the {@code allowed} kinds.
   *
   * @throws ApiException {@code InvalidArn}: {@code Invalid Arn: 'Invalid ARN prefix: X'} for text
   *     that is no Step Functions ARN, {@code Invalid Arn: 'Resource type not valid in this context:
   *     express'} for another kind (both recorded)
   */
  public static Parsed require(String arn, Kind... allowed) {
    return require(arn, "arn", allowed);
  }

  /** As {@link #require(String, Kind...)}, naming the request member in the validator's message. */
  public static Parsed require(String arn, String member, Kind... allowed) {
    Parsed parsed = parse(arn, member);
    for (Kind kind : allowed) {
      if (parsed.kind() == kind) {
        return parsed;
      }
    }
    throw ApiException.invalidArn("Invalid Arn: 'Resource type not valid in this context: "
        + parsed.resourceType() + "'");
  }

  /** Reads any Step Functions ARN; see {@link #require}. */
  public static Parsed parse(String arn) {
    return parse(arn, "arn");
  }

  /**
   * Reads any Step Functions ARN given as request member {@code member}; {@code null} is the
   * validator's {@code ValidationException}.
   */
  public static Parsed parse(String arn, String member) {
    Constraints.required(arn, member);
    String[] parts = arn.split(":", -1);
    if (parts.length < 6 || !parts[0].equals("arn") || parts[1].isEmpty() || !parts[2].equals("states")) {
      throw ApiException.invalidArn("Invalid Arn: 'Invalid ARN prefix: " + arn + "'");
    }
    String type = parts[5];
    List<String> rest = Arrays.asList(Arrays.copyOfRange(parts, 6, parts.length));
    Kind kind = kindOf(type, rest);
    if (kind == null) {
      throw ApiException.invalidArn("Invalid Arn: 'Resource type not valid in this context: " + type + "'");
    }
    for (String part : rest) {
      if (part.isEmpty()) {
        // AWS's text for a malformed ARN of a known type is not known; the shape is AWS's.
        throw ApiException.invalidArn("Invalid Arn: 'Invalid ARN format: " + arn + "'");
      }
    }
    if (kind == Kind.VERSION && !fitsALong(rest.get(1))) {
      // A version number is a long (versions count from 1): one past 2^63 - 1 names no version
      // there can be, so the ARN is malformed, InvalidArn, the one error every operation taking a
      // machine ARN documents for it. AWS's text is not known.
      throw ApiException.invalidArn("Invalid Arn: 'Invalid ARN format: " + arn + "'");
    }
    return new Parsed(arn, kind, type, List.copyOf(rest));
  }

  private static boolean fitsALong(String digits) {
    try {
      Long.parseLong(digits);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static Kind kindOf(String type, List<String> rest) {
    switch (type) {
      case "stateMachine":
        if (rest.size() == 1) {
          return Kind.STATE_MACHINE;
        }
        if (rest.size() == 2) {
          return rest.get(1).matches("\\d+") ? Kind.VERSION : Kind.ALIAS;
        }
        return null;
      case "execution":
        return rest.size() == 2 ? Kind.EXECUTION : null;
      case "express":
        return rest.size() == 3 ? Kind.EXPRESS_EXECUTION : null;
      case "activity":
        return rest.size() == 1 ? Kind.ACTIVITY : null;
      case "mapRun":
        return rest.size() == 2 && rest.get(0).contains("/") ? Kind.MAP_RUN : null;
      default:
        return null;
    }
  }

  /** The unqualified state machine ARN of a version or alias ARN (itself for a machine ARN). */
  public static String unqualified(Parsed parsed) {
    if (parsed.kind() == Kind.VERSION || parsed.kind() == Kind.ALIAS) {
      return parsed.arn().substring(0, parsed.arn().lastIndexOf(':'));
    }
    return parsed.arn();
  }
}
