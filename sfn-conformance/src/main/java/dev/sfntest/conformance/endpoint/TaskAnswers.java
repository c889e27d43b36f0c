package dev.sfntest.conformance.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.conformance.corpus.ConformanceCase;
import dev.sfntest.conformance.corpus.TaskResultEvent;
import dev.sfntest.internal.shared.compare.Jsons;
import dev.sfntest.trace.EventKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The recorded answers of a case's Task states, in the order AWS recorded them: the hook through
 * which tier C cases will answer their tasks once the fake has task mocks. A {@link TaskMocking}
 * turns them into the target's mocks; per state, the n-th attempt gets the n-th answer (retries
 * count as attempts).
 *
 * <p>Answers whose event cannot be found in the recording (e.g. inside a Parallel whose branch
 * events lost their ids, section 5 of notes/aws-history-format.md) are left out.
 */
public record TaskAnswers(List<TaskAnswer> answers) {

  public static final TaskAnswers NONE = new TaskAnswers(List.of());

  public TaskAnswers {
    answers = List.copyOf(answers);
  }

  /**
   * The answers of a case's {@code task_result_events}.
   *
   * @param toConcrete replaces the corpus's placeholders in text by the runner's concrete values
   */
  public static TaskAnswers from(ConformanceCase c, UnaryOperator<String> toConcrete) {
    if (c.expected().history() == null || c.taskResultEvents().isEmpty()) {
      return NONE;
    }
    List<TaskAnswer> answers = new ArrayList<>();
    java.util.Map<String, JsonNode> submittedByState = new java.util.HashMap<>();
    java.util.Map<String, Integer> unknownSeen = new java.util.HashMap<>();
    for (TaskResultEvent result : c.taskResultEvents()) {
      JsonNode event = result.eventId() > 0 ? eventWithId(c, result.eventId()) : branchEvent(c, result, unknownSeen);
      if (event == null) {
        continue;
      }
      JsonNode details = event.get(result.detailsKey());
      if (EventKind.ofAwsName(result.type()) == EventKind.TASK_SUBMITTED) {
        // The service's response of a .sync or callback task belongs to the attempt's result that follows.
        JsonNode output = details == null ? null : details.get("output");
        if (output != null) {
          submittedByState.put(result.state(), Jsons.parse(toConcrete.apply(Jsons.write(output))));
        }
        continue;
      }
      answers.add(new TaskAnswer(
          result.state(),
          result.resource() == null ? null : toConcrete.apply(result.resource()),
          result.type(),
          details == null ? Jsons.object() : Jsons.parse(toConcrete.apply(Jsons.write(details))),
          submittedByState.remove(result.state()),
          workerName(c, event)));
    }
    // A task submitted but never answered in the recording (the execution waited on) still submits.
    submittedByState.forEach((state, output) -> answers.add(new TaskAnswer(state, null,
        EventKind.TASK_SUBMITTED.awsName(),
        Jsons.object(), output, null)));
    return new TaskAnswers(answers);
  }

  /**
   * The result event of a task inside a Parallel whose branch events were re-sorted and lost their
   * ids (section 5 of notes/aws-history-format.md): the k-th such result of a type is the k-th
   * id-less event of that type, which is sound only when every id-less result of that type belongs
   * to the same Task state; otherwise null (the answer is left out).
   */
  private static JsonNode branchEvent(ConformanceCase c, TaskResultEvent result, java.util.Map<String, Integer> seen) {
    boolean oneState = c.taskResultEvents().stream()
        .filter(r -> r.eventId() <= 0 && result.type().equals(r.type()))
        .allMatch(r -> result.state().equals(r.state()));
    if (!oneState || c.expected().history() == null) {
      return null;
    }
    int index = seen.merge(result.type(), 1, Integer::sum) - 1;
    int found = 0;
    for (JsonNode event : c.expected().history()) {
      JsonNode id = event.get("id");
      if ((id == null || !id.isNumber()) && result.type().equals(event.path("type").asText()) && found++ == index) {
        return event;
      }
    }
    return null;
  }

  /** The worker name of the {@code ActivityStarted} an activity's result follows, or null. */
  private static String workerName(ConformanceCase c, JsonNode result) {
    JsonNode previous = result.get("previousEventId");
    JsonNode started = previous == null || !previous.isNumber() ? null : eventWithId(c, previous.asLong());
    if (started == null || EventKind.ofAwsName(started.path("type").asText()) != EventKind.ACTIVITY_STARTED) {
      return null;
    }
    JsonNode name = started.path("activityStartedEventDetails").get("workerName");
    return name == null || !name.isTextual() ? null : name.asText();
  }

  private static JsonNode eventWithId(ConformanceCase c, long id) {
    for (JsonNode event : c.expected().history()) {
      JsonNode eventId = event.get("id");
      if (eventId != null && eventId.isNumber() && eventId.asLong() == id) {
        return event;
      }
    }
    return null;
  }

  /** The answers of one state, in attempt order. */
  public List<TaskAnswer> forState(String state) {
    return answers.stream().filter(a -> state.equals(a.state())).toList();
  }

  public boolean isEmpty() {
    return answers.isEmpty();
  }
}
