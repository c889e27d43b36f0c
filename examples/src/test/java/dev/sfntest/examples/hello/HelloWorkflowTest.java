package dev.sfntest.examples.hello;

import static dev.sfntest.assertj.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.Execution;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.StateMachine;
import dev.sfntest.junit5.SfnTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The first example: a state machine from the classpath, run on the fake, checked with the
 * assertions. The day-long Wait passes in virtual time: the test takes milliseconds.
 */
@SfnTest
class HelloWorkflowTest {

  @Test
  void greets_a_named_visitor_after_a_day(SfnTestContext sfn) throws IOException {
    // GIVEN
    StateMachine hello = sfn.deploy("hello", definition("workflows/hello.asl.json"));
    // WHEN
    Execution run = hello.start("{\"name\": \"Ada\"}");
    // THEN
    assertThat(run).hasSucceeded().hasVisitedStates("CheckName", "Greet", "WaitADay", "Done");
    assertThat(run.output().toString()).isEqualTo("{\"greeting\":\"Hello\",\"name\":\"Ada\"}");
    assertThat(Duration.between(run.describe().startDate(), run.describe().stopDate())).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void refuses_an_anonymous_visitor(SfnTestContext sfn) throws IOException {
    // GIVEN
    StateMachine hello = sfn.deploy("hello", definition("workflows/hello.asl.json"));
    // WHEN
    Execution run = hello.start("{}");
    // THEN
    assertThat(run).hasFailedWith("Visitor.Anonymous").hasVisitedStates("CheckName", "NoName");
  }

  private static String definition(String resource) throws IOException {
    try (InputStream in = HelloWorkflowTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
