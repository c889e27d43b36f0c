package dev.sfntest.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ExecutionAwaitTest {

  private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:f";

  FakeSfn fake;
  SfnTestContext sfn;

  @BeforeEach
  void start() {
    fake = FakeSfn.builder().timeSkipping(false).build();
    sfn = SfnTestContext.of(fake);
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private static String q(String json) {
    return json.replace('\'', '"');
  }

  private Execution start(String definition, String name) {
    return sfn.deploy("machine-" + name, q(definition)).start(name, "{}");
  }

  private static String awaitFailure(Execution run) {
    return catchThrowableOfType(IllegalStateException.class, run::await).getMessage();
  }

  @Nested
  class Await {
    @Test
    void names_the_wait_state_and_when_its_timer_is_due() {
      // GIVEN
      Execution run = start("{'StartAt':'Nap','States':{'Nap':{'Type':'Wait','Seconds':90,'End':true}}}", "nap");
      // WHEN / THEN
      assertThat(awaitFailure(run)).isEqualTo("Execution 'nap' is still RUNNING: it waits in state 'Nap' (Wait) "
          + "for its Wait timer: its Wait ends at 2024-01-01T00:01:30Z (in 1m30s on the virtual clock). "
          + "Time skipping is off: advance the clock to let it go on.");
    }

    @Test
    void names_a_task_waiting_for_its_token_and_its_heartbeat_deadline() {
      // GIVEN
      sfn.mockTask("Approve").completesViaToken();
      Execution run = start("{'StartAt':'Approve','States':{'Approve':{'Type':'Task',"
          + "'Resource':'arn:aws:states:::sqs:sendMessage.waitForTaskToken','HeartbeatSeconds':30,"
          + "'Parameters':{'QueueUrl':'q','MessageBody':{'t.$':'$$.Task.Token'}},'End':true}}}", "approve");
      // WHEN / THEN
      assertThat(awaitFailure(run)).isEqualTo("Execution 'approve' is still RUNNING: it waits in state 'Approve' "
          + "(Task) for a task token: SendTaskSuccess, SendTaskFailure or SendTaskHeartbeat with the token it sent "
          + "(sqs:sendMessage.waitForTaskToken): it times out unless a heartbeat comes (HeartbeatSeconds) at "
          + "2024-01-01T00:00:30Z (in 30s on the virtual clock). Complete it from the test, or advance the clock.");
    }

    @Test
    void names_a_task_waiting_for_an_activity_worker() {
      // GIVEN
      String activity = fake.client().createActivity(b -> b.name("pack")).activityArn();
      Execution run = start("{'StartAt':'Pack','States':{'Pack':{'Type':'Task','Resource':'" + activity
          + "','End':true}}}", "pack");
      // WHEN / THEN
      assertThat(awaitFailure(run)).isEqualTo("Execution 'pack' is still RUNNING: it waits in state 'Pack' (Task) "
          + "for a worker to take its activity task (GetActivityTask on " + activity + "). "
          + "Complete it from the test, or advance the clock.");
    }

    @Test
    void names_a_retry_and_when_it_comes() {
      // GIVEN
      sfn.mockTask("Charge").thenFail("Busy", "later").thenReturn("{}");
      Execution run = start("{'StartAt':'Charge','States':{'Charge':{'Type':'Task','Resource':'" + LAMBDA + "',"
          + "'Retry':[{'ErrorEquals':['Busy'],'IntervalSeconds':4}],'End':true}}}", "charge");
      // WHEN / THEN
      assertThat(awaitFailure(run)).isEqualTo("Execution 'charge' is still RUNNING: it waits in state 'Charge' "
          + "(Task) for the interval before its next retry (after Busy): its Retry interval ends and it tries again "
          + "at 2024-01-01T00:00:04Z (in 4s on the virtual clock). Time skipping is off: advance the clock to let it "
          + "go on.");
    }

    @Test
    void names_every_branch_that_waits_and_the_executions_timeout() {
      // GIVEN
      sfn.mockTask("Ship").thenReturn("{}").takes(java.time.Duration.ofMinutes(5));
      Execution run = start("{'StartAt':'Both','TimeoutSeconds':3600,'States':{'Both':{'Type':'Parallel','End':true,"
          + "'Branches':[{'StartAt':'Nap','States':{'Nap':{'Type':'Wait','Seconds':60,'End':true}}},"
          + "{'StartAt':'Ship','States':{'Ship':{'Type':'Task','Resource':'" + LAMBDA + "','End':true}}}]}}}", "both");
      // WHEN / THEN
      assertThat(awaitFailure(run)).isEqualTo("Execution 'both' is still RUNNING; it waits:\n"
          + "  - in state 'Nap' (Wait) for its Wait timer: its Wait ends at 2024-01-01T00:01:00Z (in 1m on the "
          + "virtual clock)\n"
          + "  - in state 'Ship' (Task) for the answer of its task call (" + LAMBDA + "): its mocked answer comes at "
          + "2024-01-01T00:05:00Z (in 5m on the virtual clock)\n"
          + "  - the execution times out (TimeoutSeconds) at 2024-01-01T01:00:00Z (in 1h on the virtual clock)\n"
          + "Time skipping is off: advance the clock to let it go on.");
    }

    @Test
    void names_the_child_execution_a_parent_waits_for() {
      // GIVEN
      String child = sfn.deploy("child", q("{'StartAt':'Nap','States':{'Nap':{'Type':'Wait','Seconds':5,'End':true}}}"))
          .arn();
      Execution run = start("{'StartAt':'Run','States':{'Run':{'Type':'Task',"
          + "'Resource':'arn:aws:states:::states:startExecution.sync:2',"
          + "'Parameters':{'StateMachineArn':'" + child + "','Input':{}},'End':true}}}", "parent");
      // WHEN
      String message = awaitFailure(run);
      // THEN
      assertThat(message).startsWith("Execution 'parent' is still RUNNING: it waits in state 'Run' (Task) for child "
          + "execution arn:aws:states:us-east-1:123456789012:execution:child:").endsWith(" to end. Time skipping is "
          + "off: advance the clock to let it go on.");
    }
  }
}
