package dev.sfntest.internal.engine;

import static dev.sfntest.internal.engine.Runs.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.Execution;
import dev.sfntest.core.TaskFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A Map's MaxConcurrencyPath and ToleratedFailureCountPath may find a number written as a string
 * ({@code "1"}): AWS accepts it (recorded) and refuses text that is no number ({@code "NoNumber"},
 * recorded).
 */
class MapNumbersInTextTest {

  private static final String DISTRIBUTED = "'ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED',"
      + "'ExecutionType':'STANDARD'},'StartAt':'Work','States':{'Work':{'Type':'Task',"
      + "'Resource':'arn:aws:lambda:us-east-1:123456789012:function:work','End':true}}}";
  private static final String INLINE = "'ItemProcessor':{'StartAt':'Work','States':{'Work':{'Type':'Pass','End':true}}}";
  private final Runs runs = new Runs();

  @AfterEach
  void close() {
    runs.close();
  }

  private Execution map(String fields, String processor, String input) {
    return runs.run("{'StartAt':'M','States':{'M':{'Type':'Map','ItemsPath':'$.xs'," + fields + processor
        + ",'End':true}}}", input);
  }

  private String mapRunArn(Execution run) {
    return run.history().stream().filter(e -> e.mapRunStartedEventDetails() != null).findFirst().orElseThrow()
        .mapRunStartedEventDetails().mapRunArn();
  }

  @Nested
  class max_concurrency_path {
    @Test
    void reads_a_number_in_a_string() {
      // GIVEN / WHEN
      Execution run = map("'MaxConcurrencyPath':'$.n',", INLINE, "{'n':'1','xs':[1,2,3]}");

      // THEN
      assertThat(run.describe().statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(run.output()).isEqualTo(json("[1,2,3]"));
    }

    @Test
    void sets_the_map_runs_concurrency() {
      // GIVEN
      runs.sfn.mockTask("Work").thenAnswer(call -> call.input());

      // WHEN
      Execution run = map("'MaxConcurrencyPath':'$.n',", DISTRIBUTED, "{'n':'2','xs':[1,2,3]}");

      // THEN
      String arn = mapRunArn(run);
      assertThat(runs.fake.client().describeMapRun(b -> b.mapRunArn(arn)).maxConcurrency()).isEqualTo(2);
    }

    @Test
    void still_refuses_text_that_is_no_integer() {
      // GIVEN / WHEN
      Execution decimal = map("'MaxConcurrencyPath':'$.n',", INLINE, "{'n':'1.5','xs':[1]}");
      Execution word = map("'MaxConcurrencyPath':'$.n',", INLINE, "{'n':'NoNumber','xs':[1]}");

      // THEN
      assertThat(decimal.describe().cause()).endsWith(
          "The MaxConcurrencyPath field refers to value \"1.5\" which is not a valid integer: $.n");
      assertThat(word.describe().cause()).endsWith(
          "The MaxConcurrencyPath field refers to value \"NoNumber\" which is not a valid integer: $.n");
    }
  }

  @Nested
  class tolerated_failure_count_path {
    @Test
    void reads_a_number_in_a_string() {
      // GIVEN
      runs.sfn.mockTask("Work").thenAnswer(call -> {
        if (call.input().asInt() == 2) {
          throw new TaskFailure("Boom", "bad item");
        }
        return call.input();
      });

      // WHEN
      Execution run = map("'ToleratedFailureCountPath':'$.t',", DISTRIBUTED, "{'t':'1','xs':[1,2,3]}");

      // THEN
      assertThat(run.describe().statusAsString()).isEqualTo("SUCCEEDED");
      String arn = mapRunArn(run);
      assertThat(runs.fake.client().describeMapRun(b -> b.mapRunArn(arn)).toleratedFailureCount()).isEqualTo(1L);
    }

    @Test
    void a_negative_number_in_a_string_is_negative() {
      // GIVEN / WHEN
      Execution run = map("'ToleratedFailureCountPath':'$.t',", DISTRIBUTED, "{'t':'-1','xs':[1]}");

      // THEN
      assertThat(run.describe().cause()).endsWith("ToleratedFailureCount cannot be negative.");
    }

    @Test
    void still_refuses_text_that_is_no_integer() {
      // GIVEN / WHEN
      Execution run = map("'ToleratedFailureCountPath':'$.t',", DISTRIBUTED, "{'t':'NoNumber','xs':[1]}");

      // THEN
      assertThat(run.describe().cause()).endsWith(
          "The ToleratedFailureCountPath field refers to value \"NoNumber\" which is not a valid integer: $.t");
    }
  }

  @Nested
  class tolerated_failure_percentage_path {
    @Test
    void reads_a_number_in_a_string_alike() {
      // GIVEN
      runs.sfn.mockTask("Work").thenAnswer(call -> call.input());

      // WHEN
      Execution run = map("'ToleratedFailurePercentagePath':'$.p',", DISTRIBUTED, "{'p':'12.5','xs':[1]}");

      // THEN
      String arn = mapRunArn(run);
      assertThat(runs.fake.client().describeMapRun(b -> b.mapRunArn(arn)).toleratedFailurePercentage())
          .isEqualTo(12.5f);
    }
  }
}
