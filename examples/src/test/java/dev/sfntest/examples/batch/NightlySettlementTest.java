package dev.sfntest.examples.batch;

import static dev.sfntest.assertj.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.core.Execution;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.MockedTask;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.StateMachine;
import dev.sfntest.core.TaskFailure;
import dev.sfntest.junit5.Deploy;
import dev.sfntest.junit5.SfnTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A nightly batch: a Wait until a timestamp days ahead (which the virtual clock skips at once),
 * then a distributed Map over the rows of a CSV file in S3 (the fake's stand-in, {@code
 * fake.s3()}) that tolerates up to 10 percent of failed rows.
 */
@SfnTest(initialTime = "2025-03-01T12:00:00Z")
class NightlySettlementTest {

  @Deploy("workflows/nightly-settlement.asl.json")
  StateMachine settlement;

  /** The day's payments file: a header and {@code count} rows, pay-1 to pay-{@code count}. */
  static String payments(int count) {
    StringBuilder csv = new StringBuilder("paymentId,amount,currency\n");
    for (int i = 1; i <= count; i++) {
      csv.append("pay-").append(i).append(',').append(i * 10).append(",EUR\n");
    }
    return csv.toString();
  }

  /** Settles a row, unless its payment id is in {@code refused}. */
  static MockedTask settleAllBut(SfnTestContext sfn, Set<String> refused) {
    return sfn.mockTask("Settle").thenAnswer(call -> {
      String id = call.input().get("paymentId").asText();
      if (refused.contains(id)) {
        throw new TaskFailure("Settlement.Refused", id + " was refused");
      }
      return call.input();   // each row arrives as an object of strings: {"paymentId": "pay-1", "amount": "10", ...}
    });
  }

  // tag::batch-wait-and-map[]
  @Test
  void settles_the_days_payments_three_nights_later(FakeSfn fake, SfnTestContext sfn) {
    // GIVEN: the day's file in (the fake's) S3; one payment of 20 is refused: 5 % <= 10 % tolerated
    fake.s3().putObject("payments", "2025-03-03.csv", payments(20));
    settleAllBut(sfn, Set.of("pay-7"));
    long realStart = System.nanoTime();
    // WHEN: the run is due on the night of the 3rd to the 4th
    Execution run = settlement.start("{\"runAt\": \"2025-03-04T02:00:00Z\", \"file\": \"2025-03-03.csv\"}");
    // THEN: two and a half days of virtual time, in (much) less than a second of real time
    assertThat(run).hasSucceeded().tookVirtualTime(Duration.ofDays(2).plusHours(14));
    assertThat(Duration.ofNanos(System.nanoTime() - realStart)).isLessThan(Duration.ofSeconds(10));
    // THEN: every row has a result, in order; the refused one says why
    JsonNode results = run.output();
    assertThat(results).hasSize(20);
    assertThat(results.get(0).get("paymentId").asText()).isEqualTo("pay-1");
    assertThat(results.get(6).get("Status").asText()).isEqualTo("FAILED");
    assertThat(results.get(6).get("Error").asText()).isEqualTo("Settlement.Refused");
  }
  // end::batch-wait-and-map[]

  // tag::batch-threshold[]
  @Test
  void too_many_refused_payments_fail_the_run(FakeSfn fake, SfnTestContext sfn) {
    // GIVEN: 3 payments of 20 refused: 15 % > 10 % tolerated
    fake.s3().putObject("payments", "2025-03-03.csv", payments(20));
    settleAllBut(sfn, Set.of("pay-3", "pay-11", "pay-17"));
    // WHEN
    Execution run = settlement.start("{\"runAt\": \"2025-03-04T02:00:00Z\", \"file\": \"2025-03-03.csv\"}");
    // THEN
    assertThat(run).hasFailedWith("States.ExceedToleratedFailureThreshold");
    assertThat(run).history().containsEventTypesInOrder("MapRunStarted", "MapRunFailed", "ExecutionFailed");
  }
  // end::batch-threshold[]

  @Test
  void each_row_is_settled_once(FakeSfn fake, SfnTestContext sfn) {
    // GIVEN
    fake.s3().putObject("payments", "2025-03-03.csv", payments(5));
    MockedTask settle = settleAllBut(sfn, Set.of());
    // WHEN
    settlement.start("{\"runAt\": \"2025-03-04T02:00:00Z\", \"file\": \"2025-03-03.csv\"}");
    // THEN: the mock saw every row, as the CSV reader made it
    List<String> settled = new ArrayList<>();
    settle.invocations().forEach(call -> settled.add(call.input().get("paymentId").asText()));
    assertThat(settled).containsExactlyInAnyOrder("pay-1", "pay-2", "pay-3", "pay-4", "pay-5");
    assertThat(settle.invocations().get(0).input().get("amount").asText()).isEqualTo("10");
  }
}
