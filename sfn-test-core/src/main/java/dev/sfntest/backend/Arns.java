package dev.sfntest.backend;

/**
 * Builds and reads the ARNs of one fake's region and account.
 *
 * @see <a href="https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsstepfunctions.html">Step Functions resource types</a>
 */
public final class Arns {

  private final String partition;
  private final String region;
  private final String account;

  public Arns(String region, String account) {
    this.region = region;
    this.account = account;
    this.partition = partitionOf(region);
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

  private String prefix() {
    return "arn:" + partition + ":states:" + region + ":" + account + ":";
  }

  public String stateMachine(String name) {
    return prefix() + "stateMachine:" + name;
  }

  public String execution(String stateMachineName, String executionName) {
    return prefix() + "execution:" + stateMachineName + ":" + executionName;
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
   * Splits a Step Functions ARN of this fake's partition: {@code [resourceType, part, part...]};
   * {@code null} when the text is not such an ARN.
   */
  public String[] resource(String arn) {
    if (arn == null) {
      return null;
    }
    String[] parts = arn.split(":", -1);
    if (parts.length < 7 || !parts[0].equals("arn") || !parts[2].equals("states")) {
      return null;
    }
    String[] resource = new String[parts.length - 5];
    System.arraycopy(parts, 5, resource, 0, resource.length);
    return resource;
  }
}
