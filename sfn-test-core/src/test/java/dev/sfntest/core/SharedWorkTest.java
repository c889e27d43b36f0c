package dev.sfntest.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;

/**
 * What fakes share to make each test cheap (a definition parsed once for every fake, a history
 * event converted once for every read) never shows: fakes stay apart, histories stay the same,
 * and every read answers what it asked for.
 */
class SharedWorkTest {

  private static final String GREET = "{\"StartAt\":\"Greet\",\"States\":{"
      + "\"Greet\":{\"Type\":\"Pass\",\"Parameters\":{\"greeting.$\":\"States.Format('Hello {}', $.name)\"},"
      + "\"Next\":\"Nap\"},\"Nap\":{\"Type\":\"Wait\",\"Seconds\":60,\"Next\":\"Done\"},"
      + "\"Done\":{\"Type\":\"Succeed\"}}}";
  private static final String JSONATA = "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"Add\",\"States\":{"
      + "\"Add\":{\"Type\":\"Pass\",\"Output\":\"{% $states.input.n + 1 %}\",\"End\":true}}}";

  private static String deploy(SfnClient client, String name, String definition) {
    return client.createStateMachine(b -> b.name(name).roleArn(FakeSfn.ROLE_ARN).definition(definition))
        .stateMachineArn();
  }

  private static List<HistoryEvent> history(SfnClient client, String executionArn, boolean data) {
    return client.getExecutionHistory(b -> b.executionArn(executionArn).includeExecutionData(data)).events();
  }

  @Nested
  class definitions {

    @Test
    void the_same_text_on_two_fakes_runs_apart_and_gives_the_same_history() {
      try (FakeSfn first = FakeSfn.create(); FakeSfn second = FakeSfn.create()) {
        // GIVEN
        String one = deploy(first.client(), "greet", GREET);
        String two = deploy(second.client(), "greet", GREET);

        // WHEN
        String a = first.client().startExecution(b -> b.stateMachineArn(one).input("{\"name\":\"Ada\"}")).executionArn();
        String b = second.client().startExecution(x -> x.stateMachineArn(two).input("{\"name\":\"Ada\"}"))
            .executionArn();
        second.client().deleteStateMachine(x -> x.stateMachineArn(two));

        // THEN
        assertThat(history(second.client(), b, true)).isEqualTo(history(first.client(), a, true));
        assertThat(first.client().listStateMachines().stateMachines()).hasSize(1);
        assertThat(first.client().describeExecution(x -> x.executionArn(a)).output())
            .isEqualTo("{\"greeting\":\"Hello Ada\"}");
      }
    }

    @Test
    void a_refused_definition_is_refused_every_time() {
      try (FakeSfn fake = FakeSfn.create()) {
        String broken = "{\"StartAt\":\"Nowhere\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
        for (int i = 0; i < 2; i++) {
          // WHEN
          InvalidDefinitionException error = catchThrowableOfType(InvalidDefinitionException.class,
              () -> deploy(fake.client(), "broken", broken));

          // THEN
          assertThat(error).isNotNull();
          assertThat(error.getMessage()).contains("Nowhere");
        }
      }
    }

    @Test
    void jsonata_definitions_run_on_fakes_of_several_threads_at_once() throws Exception {
      // GIVEN
      ExecutorService threads = Executors.newFixedThreadPool(4);
      try {
        List<Future<List<String>>> runs = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          runs.add(threads.submit(() -> {
            List<String> outputs = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
              try (FakeSfn fake = FakeSfn.create()) {
                String machine = deploy(fake.client(), "add", JSONATA);
                int n = i;
                // WHEN
                String run = fake.client().startExecution(b -> b.stateMachineArn(machine).input("{\"n\":" + n + "}"))
                    .executionArn();
                outputs.add(fake.client().describeExecution(b -> b.executionArn(run)).output());
              }
            }
            return outputs;
          }));
        }
        // THEN
        for (Future<List<String>> run : runs) {
          List<String> outputs = run.get(60, TimeUnit.SECONDS);
          for (int i = 0; i < outputs.size(); i++) {
            assertThat(outputs.get(i)).isEqualTo(String.valueOf(i + 1));
          }
        }
      } finally {
        threads.shutdownNow();
      }
    }
  }

  @Nested
  class history_events {

    @Test
    void a_read_without_execution_data_has_none_after_a_read_with_it() {
      try (FakeSfn fake = FakeSfn.create()) {
        // GIVEN
        String machine = deploy(fake.client(), "greet", GREET);
        String run = fake.client().startExecution(b -> b.stateMachineArn(machine).input("{\"name\":\"Ada\"}"))
            .executionArn();
        List<HistoryEvent> full = history(fake.client(), run, true);

        // WHEN
        List<HistoryEvent> bare = history(fake.client(), run, false);

        // THEN
        assertThat(full.get(0).executionStartedEventDetails().input()).isEqualTo("{\"name\":\"Ada\"}");
        assertThat(bare.get(0).executionStartedEventDetails().input()).isNull();
        assertThat(history(fake.client(), run, true)).isEqualTo(full);
      }
    }
  }
}
