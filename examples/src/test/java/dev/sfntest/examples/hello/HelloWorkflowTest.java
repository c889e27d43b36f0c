package dev.sfntest.examples.hello;

// tag::first-test[]
import static dev.sfntest.assertj.SfnAssertions.assertThat;

import dev.sfntest.core.Execution;
import dev.sfntest.core.StateMachine;
import dev.sfntest.junit5.Deploy;
import dev.sfntest.junit5.SfnTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@SfnTest
class HelloWorkflowTest {

  @Deploy("workflows/hello.asl.json")   // from src/test/resources: created before each test, deleted after
  StateMachine hello;

  @Test
  void greets_a_named_visitor_after_a_day() {
    Execution run = hello.start("{\"name\": \"Ada\"}");

    assertThat(run).hasSucceeded()
        .hasVisitedStates("CheckName", "Greet", "WaitADay", "Done")
        .hasOutput("{\"greeting\": \"Hello\", \"name\": \"Ada\"}")
        .tookVirtualTime(Duration.ofDays(1));   // a day-long Wait, done in milliseconds
  }
}
// end::first-test[]
