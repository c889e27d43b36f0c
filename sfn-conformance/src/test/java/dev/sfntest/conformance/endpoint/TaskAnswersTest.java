package dev.sfntest.conformance.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.conformance.corpus.CaseParser;
import dev.sfntest.conformance.corpus.ConformanceCase;
import dev.sfntest.internal.shared.compare.Jsons;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TaskAnswersTest {

  @Nested
  class from {

    @Test
    void takes_each_result_event_from_the_recorded_history_with_concrete_names() {
      // GIVEN
      ConformanceCase c = CaseParser.parse(Jsons.parse("{\"id\": \"t\", \"definition\": {}, \"input_string\": \"{}\","
          + " \"needs\": [\"lambda\"], \"task_results_recorded\": true,"
          + " \"task_result_events\": [{\"eventId\": 2, \"type\": \"TaskFailed\", \"detailsKey\": \"taskFailedEventDetails\","
          + " \"resource\": \"arn:<partition>:states:::lambda:invoke\", \"scheduledEventId\": 1, \"state\": \"Call\"},"
          + " {\"eventId\": 9, \"type\": \"TaskSucceeded\", \"detailsKey\": \"taskSucceededEventDetails\", \"state\": \"Gone\"}],"
          + " \"expected\": {\"history\": [{\"id\": 1, \"type\": \"TaskScheduled\"}, {\"id\": 2, \"type\": \"TaskFailed\","
          + " \"taskFailedEventDetails\": {\"error\": \"E\", \"cause\": \"in <region>\"}}]}}"), "t.json");
      // WHEN
      TaskAnswers answers = TaskAnswers.from(c, text -> text.replace("<region>", "us-east-1").replace("arn:<partition>:", "arn:aws:"));
      // THEN the answer whose event is not in the recording is left out
      assertThat(answers.answers()).containsExactly(new TaskAnswer("Call", "arn:aws:states:::lambda:invoke", "TaskFailed",
          Jsons.parse("{\"error\": \"E\", \"cause\": \"in us-east-1\"}"), null, null));
      assertThat(answers.forState("Call").get(0).succeeded()).isFalse();
    }
  
    @Test
    void finds_the_results_of_a_branch_whose_events_lost_their_ids_when_one_state_owns_them() {
      // GIVEN: a re-sorted Parallel recording; branch events have no ids ([0])
      ConformanceCase c = CaseParser.parse(Jsons.parse("{\"id\": \"t\", \"definition\": {}, \"input_string\": \"{}\","
          + " \"needs\": [\"lambda\"], \"task_results_recorded\": true,"
          + " \"task_result_events\": [{\"eventId\": [0], \"type\": \"TaskFailed\", \"detailsKey\": \"taskFailedEventDetails\","
          + " \"state\": \"Call\"}],"
          + " \"expected\": {\"history\": [{\"id\": 1, \"type\": \"ParallelStateStarted\"},"
          + " {\"id\": [0], \"type\": \"TaskFailed\", \"taskFailedEventDetails\": {\"error\": \"E\"}},"
          + " {\"id\": [0], \"type\": \"TaskStarted\"}]}}"), "t.json");
      // WHEN
      TaskAnswers answers = TaskAnswers.from(c, text -> text);
      // THEN
      assertThat(answers.forState("Call")).extracting(TaskAnswer::details)
          .containsExactly(Jsons.parse("{\"error\": \"E\"}"));
    }
  }
}
