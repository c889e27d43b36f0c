package dev.sfntest.examples.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.sfntest.local.LocalSfn;
import dev.sfntest.local.LocalSettings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs {@link ShippingQuoteTest} a second time, in live mode, against sfn-local started in this
 * JVM on 127.0.0.1 and a free port: the same configuration a user gives on the command line, here
 * as JUnit configuration parameters. The portable tests must pass there, over HTTP and the real
 * AWS SDK client; the fake-only one must be skipped, not failed.
 */
class ShippingQuoteLiveTest {

  // tag::live-in-process[]
  @Test
  void the_same_tests_pass_against_sfn_local() {
    try (LocalSfn local = LocalSfn.start(LocalSettings.defaults().withPort(0).withVirtualTime(true))) {
      // WHEN
      EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
          .selectors(selectClass(ShippingQuoteTest.class))
          .configurationParameter("sfntest.mode", "live")
          .configurationParameter("sfntest.endpoint", local.endpoint().toString())
          .configurationParameter("sfntest.credentials", "dummy")
          .execute();
      // THEN
      results.testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0).skipped(1));
      List<String> skipReasons = results.testEvents().skipped().stream()
          .map(event -> event.getPayload(String.class).orElse("")).toList();
      assertThat(skipReasons).singleElement().asString().startsWith("Needs the fake (VirtualClock parameter");
      // THEN: what the tests deployed on the server is gone
      assertThat(local.fake().client().listStateMachines().stateMachines()).isEmpty();
    }
  }
  // end::live-in-process[]
}
