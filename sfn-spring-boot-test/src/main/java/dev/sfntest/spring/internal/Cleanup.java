package dev.sfntest.spring.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ActivityDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;

/**
 * Removes what a test (or, when the context closes, its start) created, so that the next test, or
 * the next run against the same account, finds nothing of it: executions it left running are
 * stopped, then aliases, versions, state machines and activities are deleted in that order (an
 * alias holds its versions; AWS deletes a machine's versions and aliases with it, but not those of
 * a machine the context deployed). What is already gone is fine; what cannot be removed is
 * returned, with its ARN, for the test's output. What sfn-test did not see being created is never
 * touched.
 *
 * <p>This is the one place that decides live-mode cleanup for the Spring support; the JUnit
 * extension's rules are the model (issue 22 extends them there).
 */
final class Cleanup {

  private Cleanup() {}

  /**
   * @param client a client that records nothing
   * @param keep ARNs never to delete (what the context deployed)
   * @return a line for each thing that could not be removed
   */
  static List<String> run(SfnClient client, Recorder.Record record, Set<String> keep) {
    List<String> leaks = new ArrayList<>();
    for (String arn : record.allExecutions()) {
      if (arn.contains(":express:")) {
        continue; // Express executions cannot be stopped, and end within five minutes anyway
      }
      attempt(leaks, "stop the execution", arn, a -> {
        if (client.describeExecution(b -> b.executionArn(a)).status() == ExecutionStatus.RUNNING) {
          client.stopExecution(b -> b.executionArn(a).error("sfn-test.TestEnded")
              .cause("The test that started this execution has ended."));
        }
      });
    }
    for (String arn : reversed(record.aliases(), keep)) {
      attempt(leaks, "delete the alias", arn, a -> client.deleteStateMachineAlias(b -> b.stateMachineAliasArn(a)));
    }
    for (String arn : reversed(record.versions(), keep)) {
      attempt(leaks, "delete the version", arn,
          a -> client.deleteStateMachineVersion(b -> b.stateMachineVersionArn(a)));
    }
    for (String arn : reversed(record.stateMachines(), keep)) {
      attempt(leaks, "delete the state machine", arn, a -> client.deleteStateMachine(b -> b.stateMachineArn(a)));
    }
    for (String arn : reversed(record.activities(), keep)) {
      attempt(leaks, "delete the activity", arn, a -> client.deleteActivity(b -> b.activityArn(a)));
    }
    return leaks;
  }

  private static List<String> reversed(List<String> arns, Set<String> keep) {
    List<String> list = new ArrayList<>(arns);
    list.removeAll(keep);
    java.util.Collections.reverse(list);
    return list;
  }

  private static void attempt(List<String> leaks, String what, String arn, Consumer<String> action) {
    try {
      action.accept(arn);
    } catch (ExecutionDoesNotExistException | StateMachineDoesNotExistException | ActivityDoesNotExistException
        | ResourceNotFoundException gone) {
      // deleted already, by the test itself or with its state machine
    } catch (RuntimeException e) {
      leaks.add("could not " + what + " " + arn + ": " + e.getMessage());
    }
  }
}
