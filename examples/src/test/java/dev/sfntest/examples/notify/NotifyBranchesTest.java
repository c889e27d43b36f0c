package dev.sfntest.examples.notify;

import static dev.sfntest.assertj.SfnAssertions.assertThat;

import dev.sfntest.core.Execution;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.StateMachine;
import dev.sfntest.junit5.Deploy;
import dev.sfntest.junit5.SfnTest;
import dev.sfntest.trace.HistoryTable;
import dev.sfntest.trace.Outcome;
import dev.sfntest.trace.Scope;
import dev.sfntest.trace.Trace;
import dev.sfntest.trace.Visit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the branches of a Parallel state end when one fails: the customer is told by e-mail, SMS and
 * push at once (branches 0, 1 and 2 of {@code Notify}); the SMS provider fails while the e-mail
 * is still being sent. The definition is {@code workflows/notify-customer.asl.json}.
 */
@SfnTest
class NotifyBranchesTest {

  @Deploy("workflows/notify-customer.asl.json")
  StateMachine notifyCustomer;

  /** E-mail takes 30 s, SMS fails after 5 s, push answers at once. */
  private Execution notifyWhileTheSmsProviderIsDown(SfnTestContext sfn) {
    sfn.mockTask("Email").thenReturn("{\"sent\": \"email\"}").takes(Duration.ofSeconds(30));
    sfn.mockTask("Sms").thenFail("Sms.ProviderDown", "503 from the SMS gateway").takes(Duration.ofSeconds(5));
    sfn.mockTask("Push").thenReturn("{\"sent\": \"push\"}");
    return notifyCustomer.start("{\"orderId\": \"42\"}");
  }

  // tag::branch-outcomes[]
  @Test
  void the_branch_that_failed_failed_and_the_one_still_running_was_aborted(SfnTestContext sfn) {
    // GIVEN / WHEN: the SMS fails while the e-mail is still being sent; push is done
    Execution run = notifyWhileTheSmsProviderIsDown(sfn);
    // THEN
    assertThat(run).hasFailedWith("Sms.ProviderDown")
        .state("Notify").hasFailedWith("Sms.ProviderDown");   // a Parallel fails with its branch's error
    assertThat(run).branch("Notify", 1).hasFailed()           // AWS records the failed Task's abort too:
        .state("Sms").hasFailedWith("Sms.ProviderDown");      // it still failed, it was not aborted
    assertThat(run).branch("Notify", 0).wasAborted();         // stopped in its Task by the failure
    assertThat(run).branch("Notify", 2).hasSucceeded();       // over before the failure
  }
  // end::branch-outcomes[]

  @Test
  void a_tool_reads_the_same_history_through_the_trace(SfnTestContext sfn) {
    // GIVEN
    Execution run = notifyWhileTheSmsProviderIsDown(sfn);
    // WHEN
    List<String> lines = describeBranches(run);
    // THEN
    org.assertj.core.api.Assertions.assertThat(lines).containsExactly(
        "branch 0 of Parallel 'Notify': ABORTED [Email]",
        "branch 1 of Parallel 'Notify': FAILED [Sms] Sms.ProviderDown",
        "branch 2 of Parallel 'Notify': SUCCEEDED [Push]");
    org.assertj.core.api.Assertions.assertThat(HistoryTable.of(run.history()).last(4).render()).isEqualTo(""
        + "Last events (4 of 19):\n"
        + "  #16  +5s  TaskStateAborted     Sms\n"
        + "  #17  +5s  TaskStateAborted     Email\n"
        + "  #18  +5s  ParallelStateFailed  Notify\n"
        + "  #19  +5s  ExecutionFailed              Sms.ProviderDown: 503 from the SMS gateway\n");
  }

  // tag::trace-model[]
  /** One line per branch of each Parallel: how it ended, the states it ran, its error. */
  static List<String> describeBranches(Execution run) {
    Trace trace = Trace.of(run.history());
    List<String> lines = new ArrayList<>();
    for (Visit visit : trace.visits()) {
      for (Scope branch : visit.children()) {
        if (branch.kind() != Scope.Kind.BRANCH) {
          continue;
        }
        String line = branch.describe() + ": " + branch.outcome() + " " + branch.path();
        if (branch.outcome() == Outcome.FAILED) {
          line += " " + branch.failure().error();
        }
        lines.add(line);
      }
    }
    lines.sort(null);
    return lines;
  }
  // end::trace-model[]
}
