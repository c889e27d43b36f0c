package dev.sfntest.internal.live;

import java.util.List;
import software.amazon.awssdk.services.sfn.model.RoutingConfigurationListItem;

/** What the clean-up reads from ARNs without a call. */
final class LiveArns {

  private LiveArns() {}

  /**
   * The unqualified state machine ARN of the versions an alias routes to ({@code
   * ...:stateMachine:pricing:1} → {@code ...:stateMachine:pricing}), or {@code null} when there is
   * none to read.
   */
  static String machineOfRouting(List<RoutingConfigurationListItem> routing) {
    if (routing == null || routing.isEmpty() || routing.get(0).stateMachineVersionArn() == null) {
      return null;
    }
    return machineOfQualified(routing.get(0).stateMachineVersionArn());
  }

  /** {@code ...:stateMachine:name:qualifier} → {@code ...:stateMachine:name}; {@code null} if not qualified. */
  static String machineOfQualified(String arn) {
    int marker = arn.indexOf(":stateMachine:");
    int last = arn.lastIndexOf(':');
    return marker < 0 || last <= marker + ":stateMachine:".length() - 1 ? null : arn.substring(0, last);
  }

  /** Express executions cannot be stopped (and end within five minutes anyway). */
  static boolean isExpress(String executionArn) {
    return executionArn.contains(":express:");
  }
}
