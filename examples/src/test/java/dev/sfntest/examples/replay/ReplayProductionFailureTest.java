package dev.sfntest.examples.replay;

import static dev.sfntest.assertj.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.Execution;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.StateMachine;
import dev.sfntest.core.replay.Replay;
import dev.sfntest.core.replay.ReplayResult;
import dev.sfntest.junit5.Deploy;
import dev.sfntest.junit5.SfnTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A production failure replayed and kept as a regression test. An order failed: the payment
 * service throttled every charge, through all three retries. Its history, as {@code aws
 * stepfunctions get-execution-history --output json} writes it, is {@code
 * histories/order-throttled.json} (an illustration: the project has no AWS account, so the file
 * was made on the fake, with the AWS CLI's layout, offsets and microseconds). The replay runs {@code workflows/order.asl.json} on the fake
 * with the answers each Task got and finds the same history; its answers, as Java mocks, reproduce
 * the failure in a test, and show that the resilient definition handles it.
 */
@SfnTest
class ReplayProductionFailureTest {

  private static final String EXECUTION_ARN = "arn:aws:states:us-east-1:123456789012:execution:order:order-4711-8d2f6c1e";
  private static final String ORDER = "{\"orderId\": \"4711\", \"items\": [\"book\", \"lamp\"]}";

  @Deploy("workflows/order.asl.json")
  StateMachine order;

  @Deploy("workflows/order-resilient.asl.json")
  StateMachine resilientOrder;

  // tag::replay-run[]
  @Test
  void the_recorded_failure_replays_to_the_same_history() throws IOException {
    // GIVEN: the definition and the history AWS recorded
    String definition = resource("workflows/order.asl.json");
    String history = resource("histories/order-throttled.json");

    // WHEN
    ReplayResult result = Replay.of(definition, history).withExecutionArn(EXECUTION_ARN).run();

    // THEN: the fake did what AWS did, event by event
    assertThat(result.matches()).as(result.describe()).isTrue();
    assertThat(result.error()).isEqualTo("Payment.Throttled");
  }
  // end::replay-run[]

  // tag::replay-regression[]
  /** The recorded answers, as {@code result.toJavaMocks()} wrote them (sfn-local replay --java prints the same). */
  private static void mockTheRecordedAnswers(SfnTestContext sfn) {
    // tag::replay-kept-mocks[]
    sfn.mockTask("Validate")
        .thenReturn("{\"valid\":true,\"total\":120}").takes(Duration.parse("PT0.412S"));
    sfn.mockTask("ReserveStock")
        .thenReturn("{\"reservationId\":\"r-8d2f\"}").takes(Duration.parse("PT0.688S"));
    sfn.mockTask("ChargeCard")
        .thenFail("Payment.Throttled", "payment service busy (HTTP 429), retry later").takes(Duration.parse("PT1.307S")).times(4);
    // end::replay-kept-mocks[]
  }

  @Test
  void a_payment_service_that_throttles_every_retry_fails_the_order(SfnTestContext sfn) {
    // GIVEN
    mockTheRecordedAnswers(sfn);
    // WHEN
    Execution run = order.start(ORDER);
    // THEN: as in production, 14 s of backoff and four calls of 1.3 s later
    assertThat(run).hasFailedWith("Payment.Throttled", "payment service busy (HTTP 429), retry later")
        .tookVirtualTime(Duration.ofMillis(412 + 688 + 4 * 1307 + 14_000));
    assertThat(run).state("ChargeCard").wasRetried(3);
  }

  @Test
  void the_resilient_order_releases_the_stock_instead(SfnTestContext sfn) {
    // GIVEN: the same answers, and a warehouse that releases stock
    mockTheRecordedAnswers(sfn);
    sfn.mockTask("ReleaseStock").thenReturn("{}");
    // WHEN
    Execution run = resilientOrder.start(ORDER);
    // THEN
    assertThat(run).hasSucceeded()
        .hasVisitedStatesInOrder("ChargeCard", "ReleaseStock", "Cancelled")
        .hasNotVisited("Ship");
  }
  // end::replay-regression[]

  @Test
  void the_kept_mocks_are_what_the_replay_writes() throws IOException {
    // GIVEN
    ReplayResult result = Replay.of(resource("workflows/order.asl.json"), resource("histories/order-throttled.json"))
        .withExecutionArn(EXECUTION_ARN).run();
    // WHEN
    String kept = region("replay-kept-mocks");
    // THEN
    assertThat(kept).isEqualTo(result.toJavaMocks());
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ReplayProductionFailureTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A tagged region of this file, without its common indentation. */
  private static String region(String tag) throws IOException {
    Path source = Path.of(System.getProperty("basedir", "."),
        "src/test/java/dev/sfntest/examples/replay/ReplayProductionFailureTest.java");
    List<String> lines = Files.readAllLines(source);
    int start = lines.indexOf(lines.stream().filter(l -> l.strip().equals("// tag::" + tag + "[]")).findFirst().orElseThrow());
    int end = lines.indexOf(lines.stream().filter(l -> l.strip().equals("// end::" + tag + "[]")).findFirst().orElseThrow());
    List<String> region = lines.subList(start + 1, end);
    int indent = region.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
        .min().orElse(0);
    StringBuilder text = new StringBuilder();
    region.forEach(line -> text.append(line.isBlank() ? "" : line.substring(indent)).append('\n'));
    return text.toString();
  }
}
