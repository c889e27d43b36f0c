package dev.sfntest.conformance.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One case of the conformance corpus: a state machine, the exact input an execution was started
 * with, and what real AWS answered. The file format is described in the corpus README.
 *
 * @param id the originating test (pytest node id, {@code #key} when a test ran several executions)
 * @param fileName the case file's name
 * @param definition the ASL definition, with placeholders
 * @param inputString the exact text sent to StartExecution, with placeholders; null when the
 *     execution was started without input
 * @param stateMachineType {@code STANDARD} or {@code EXPRESS}
 * @param startApi {@code StartExecution} or {@code StartSyncExecution}
 * @param expected AWS's answer
 * @param needs the services the machine calls; empty for pure ASL
 * @param taskResultsRecorded whether every task's result is in the recorded history (null when
 *     there are no tasks)
 * @param features the ASL features used, e.g. {@code state:Map}
 * @param placeholders each placeholder of the definition and input, and what it stands for
 * @param historyPlaceholders the {@code <name>} tokens of the expected history
 * @param normalisation lossy rewrites of the recording, e.g. {@code parallel_branch_events_sorted}
 * @param transformers the test's own rewrites of recorded values
 * @param taskResultEvents which recorded events carry each task's result
 * @param snapshotRules the snapshot rule sets the recording went through, e.g. {@code stepfunctions_api}
 * @param actionsOnExecution what the test did to the running execution
 *     ({@code test_context.sfn_actions_on_execution}), e.g. {@code stop_execution}
 */
public record ConformanceCase(
    String id,
    String fileName,
    JsonNode definition,
    String inputString,
    String stateMachineType,
    String startApi,
    Expected expected,
    List<String> needs,
    Boolean taskResultsRecorded,
    List<String> features,
    Map<String, String> placeholders,
    List<String> historyPlaceholders,
    List<String> normalisation,
    List<SnapshotTransformer> transformers,
    List<TaskResultEvent> taskResultEvents,
    List<String> snapshotRules,
    List<String> actionsOnExecution) {

  public static final String START_EXECUTION = "StartExecution";
  public static final String START_SYNC_EXECUTION = "StartSyncExecution";

  /** Whether Parallel branch events were re-sorted in the recording (section 5 of the notes). */
  public boolean parallelBranchEventsSorted() {
    return normalisation.contains(SnapshotTransformer.PARALLEL_BRANCH_EVENTS_SORTED)
        || transformers.stream().anyMatch(t -> SnapshotTransformer.PARALLEL_BRANCH_EVENTS_SORTED.equals(t.kind()));
  }

  /** Whether the recording went through the Step Functions snapshot fixture's rules. */
  public boolean usesStepFunctionsApiRules() {
    return snapshotRules.contains("stepfunctions_api");
  }

  public boolean isSyncStart() {
    return START_SYNC_EXECUTION.equals(startApi);
  }

  public boolean isExpress() {
    return "EXPRESS".equals(stateMachineType);
  }
}
