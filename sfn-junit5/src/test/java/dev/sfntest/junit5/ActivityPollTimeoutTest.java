package dev.sfntest.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.sfn.SfnClient;

class ActivityPollTimeoutTest {

  @Fixture
  @SfnTest(activityPollTimeout = "200ms")
  static class PollsAnActivityNobodySchedulesOn {
    @Test
    void polls(SfnClient client, TestReporter reporter) {
      String activity = client.createActivity(b -> b.name("pack")).activityArn();
      Instant start = Instant.now();
      String token = client.getActivityTask(b -> b.activityArn(activity)).taskToken();
      reporter.publishEntry("token", String.valueOf(token));
      reporter.publishEntry("waited", Duration.between(start, Instant.now()).toString());
    }
  }

  @Nested
  class set_on_the_annotation {
    @Test
    void ends_an_empty_poll_after_that_long_instead_of_a_minute() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(PollsAnActivityNobodySchedulesOn.class);
      // THEN: AWS's empty answer, long before AWS's 60 s
      assertThat(Fixtures.failures(results)).isEmpty();
      assertThat(Fixtures.reported(results, "token").get("polls")).isEqualTo("null");
      assertThat(Duration.parse(Fixtures.reported(results, "waited").get("polls")))
          .isGreaterThanOrEqualTo(Duration.ofMillis(200)).isLessThan(Duration.ofSeconds(30));
    }
  }
}
