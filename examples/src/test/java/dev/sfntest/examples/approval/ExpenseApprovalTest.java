package dev.sfntest.examples.approval;

import static dev.sfntest.assertj.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.core.Execution;
import dev.sfntest.core.MockedTask;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.StateMachine;
import dev.sfntest.junit5.Deploy;
import dev.sfntest.junit5.SfnTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;

/**
 * Human approval with {@code .waitForTaskToken}: the execution sends a message with its task token
 * and waits. The test plays the manager and answers with SendTaskSuccess or SendTaskFailure, as
 * the approval app would. While the execution waits on the test, the clock stands still; the
 * test moves it a day on to reach the timeout branch.
 */
@SfnTest
class ExpenseApprovalTest {

  @Deploy("workflows/expense-approval.asl.json")
  StateMachine approval;

  MockedTask askManager;

  // tag::approval-token[]
  @BeforeEach
  void the_message_waits_for_its_token(SfnTestContext sfn) {
    askManager = sfn.mockTask("AskManager").completesViaToken();
  }

  @Test
  void the_manager_approves(SfnClient client) {
    // GIVEN
    Execution run = approval.start("{\"expenseId\": \"e-7\", \"amount\": 420}");
    assertThat(run).isWaitingAt("AskManager");
    String token = askManager.invocations().get(0).taskToken();   // what the queue's consumer reads
    // WHEN: the test is the approver
    client.sendTaskSuccess(b -> b.taskToken(token).output("{\"approved\": true, \"by\": \"grace\"}"));
    // THEN
    assertThat(run).hasSucceeded()
        .hasOutput("{\"expenseId\": \"e-7\", \"status\": \"APPROVED\", \"by\": \"grace\"}");
  }
  // end::approval-token[]

  @Test
  void the_manager_refuses(SfnClient client) {
    // GIVEN
    Execution run = approval.start("{\"expenseId\": \"e-8\", \"amount\": 9000}");
    // WHEN: the message the manager received carries the token too
    String token = askManager.invocations().get(0).input().at("/MessageBody/taskToken").asText();
    client.sendTaskFailure(b -> b.taskToken(token).error("Expense.NotAllowed").cause("over budget"));
    // THEN: no Catch matches that error, so the execution fails with it
    assertThat(run).hasFailedWith("Expense.NotAllowed", "over budget").hasNotVisited("Escalate");
  }

  @Test
  void a_yes_that_says_no_goes_to_the_rejection(SfnClient client) {
    // GIVEN
    Execution run = approval.start("{\"expenseId\": \"e-9\", \"amount\": 50}");
    // WHEN
    client.sendTaskSuccess(b -> b.taskToken(askManager.invocations().get(0).taskToken())
        .output("{\"approved\": false, \"by\": \"grace\"}"));
    // THEN
    assertThat(run).hasFailedWith("Expense.Rejected").hasVisitedStatesInOrder("AskManager", "IsApproved", "Rejected");
  }

  // tag::approval-timeout[]
  @Test
  void nobody_answers_within_a_day(SfnTestContext sfn, SfnClient client) {
    // GIVEN
    Execution run = approval.start("{\"expenseId\": \"e-10\", \"amount\": 420}");
    // WHEN: a day passes on the virtual clock (it does not move by itself while the task waits on the test)
    sfn.clock().advance(Duration.ofDays(1));
    // THEN: TimeoutSeconds fired, and the Catch escalated the expense
    assertThat(run).hasSucceeded().hasVisitedStates("Escalate").tookVirtualTime(Duration.ofDays(1));
    assertThat(run).state("AskManager").timedOut();
    // THEN: an answer that comes too late is refused, as AWS refuses it
    String token = askManager.invocations().get(0).taskToken();
    assertThatThrownBy(() -> client.sendTaskSuccess(b -> b.taskToken(token).output("{\"approved\": true}")))
        .isInstanceOf(TaskTimedOutException.class);
  }
  // end::approval-timeout[]
}
