package dev.sfntest.examples.live;

import static dev.sfntest.assertj.SfnAssertions.assertThat;

import dev.sfntest.core.Execution;
import dev.sfntest.core.StateMachine;
import dev.sfntest.junit5.Deploy;
import dev.sfntest.junit5.SfnTest;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A workflow that waits an hour: in milliseconds on the fake and on sfn-local with virtual time;
 * on an endpoint that runs on the wall clock (AWS, Step Functions Local, sfn-local without
 * {@code --virtual-time}) the hour is longer than the live time limit, so the test is skipped
 * with that reason instead of waiting and failing. Portable: CI runs it on both kinds of endpoint.
 */
@Tag("portable")
// tag::live-time-limit[]
@SfnTest(liveTimeout = "30s")   // live: an assertion waits at most 30 s for an execution to end
class ReminderTest {

  @Deploy("workflows/reminder.asl.json")   // its Wait of an hour needs virtual time to end within 30 s
  StateMachine reminder;

  @Test
  void reminds_an_hour_later() {
    Execution run = reminder.start("{\"to\": \"ada@example.com\"}");

    assertThat(run).hasSucceeded()
        .hasVisitedStatesInOrder("WaitAnHour", "Remind")
        .tookVirtualTime(Duration.ofHours(1));
  }
}
// end::live-time-limit[]
