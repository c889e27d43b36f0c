package dev.sfntest.conformance.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.MockedTask;
import dev.sfntest.internal.shared.JsonValues;
import dev.sfntest.trace.EventKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Answers each Task state with what AWS recorded, attempt by attempt, through the fake's own task
 * mocks: a recorded success returns its output (and its {@code TaskSubmitted} output for {@code
 * .sync} and callback tasks), a failure fails with its error and cause, a timeout stays silent so
 * that the state's own timeout fires.
 */
public final class RecordedTaskMocking implements TaskMocking {

  @Override
  public void install(FakeSfn fake, TaskAnswers answers) {
    Set<String> states = new LinkedHashSet<>();
    answers.answers().forEach(a -> states.add(a.state()));
    for (String state : states) {
      List<TaskAnswer> attempts = answers.forState(state);
      MockedTask mock = fake.mockTask(state);
      for (TaskAnswer attempt : attempts) {
        program(mock, attempt);
      }
      // The recording holds exactly these attempts: a further call is a deviation to report.
      mock.times(1);
    }
  }

  private static void program(MockedTask mock, TaskAnswer attempt) {
    JsonNode details = attempt.details();
    if (attempt.succeeded()) {
      mock.thenReturn(value(details.get("output")));
    } else if (attempt.timedOut() || EventKind.ofAwsName(attempt.eventType()) == EventKind.TASK_SUBMITTED) {
      mock.staysSilent();
    } else {
      mock.thenFail(text(details.get("error")), text(details.get("cause")));
    }
    if (attempt.workerName() != null) {
      mock.byWorker(attempt.workerName());
    }
    if (attempt.submitted() != null) {
      mock.submitting(JsonValues.write(value(attempt.submitted())));
    }
  }

  /** A recorded JSON-text field: parsed one level when it held an object, raw text otherwise. */
  private static JsonNode value(JsonNode recorded) {
    if (recorded == null) {
      return JsonValues.nodes().nullNode();
    }
    if (recorded.isTextual()) {
      try {
        return JsonValues.parse(recorded.asText());
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        return recorded;
      }
    }
    return recorded;
  }

  private static String text(JsonNode recorded) {
    if (recorded == null || recorded.isNull()) {
      return null;
    }
    return recorded.isTextual() ? recorded.asText() : JsonValues.write(recorded);
  }
}
