package dev.sfntest.examples.live;

import static dev.sfntest.assertj.SfnAssertions.assertThat;

import dev.sfntest.core.Execution;
import dev.sfntest.core.StateMachine;
import dev.sfntest.core.VirtualClock;
import dev.sfntest.junit5.Deploy;
import dev.sfntest.junit5.SfnTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One test class for the fake and for a live endpoint, chosen by configuration: by default it runs
 * on the in-JVM fake; with {@code -Dsfntest.mode=live -Dsfntest.endpoint=http://127.0.0.1:8083
 * -Dsfntest.credentials=dummy} the same tests run against sfn-local (or Step Functions Local, or
 * AWS without the endpoint). {@link ShippingQuoteLiveTest} runs it live against sfn-local started
 * in the JVM, so the build checks both.
 *
 * <p>The portable tests take only what a live endpoint has: the {@code @Deploy}ed state machine
 * (and {@code SfnClient}, if they want it). A test that takes what only the fake has, here the
 * {@code VirtualClock}, is skipped in live mode with the reason.
 */
@Tag("portable")   // runs anywhere: CI runs it live on virtual time and on the wall clock
// tag::live-class[]
@SfnTest(initialTime = "2025-01-01T08:00:00Z")
class ShippingQuoteTest {

  @Deploy("workflows/shipping-quote.asl.json")   // live: a unique name, deleted after the test
  StateMachine shipping;

  @Test
  void ships_domestic_orders_next_day() {
    Execution run = shipping.start("{\"orderId\": \"42\", \"country\": \"DE\", \"parcels\": [{}, {}]}");
    // live: waits for the execution to end (up to the handle's timeout), then checks
    assertThat(run).hasSucceeded().hasVisitedStatesInOrder("CheckDestination", "Domestic", "Quote");
    assertThat(run).hasOutputAt("$.carrier").isText("DHL");
    assertThat(run).hasOutputAt("$.parcels").isNumber(2);
  }

  @Test
  void does_not_ship_outside_europe() {
    Execution run = shipping.start("{\"orderId\": \"43\", \"country\": \"NZ\", \"parcels\": [{}]}");
    assertThat(run).hasFailedWith("Shipping.Unsupported").hasNotVisited("Quote");
  }

  @Test
  void dates_the_quote_by_the_virtual_clock(VirtualClock clock) {   // fake only: skipped live
    Execution run = shipping.start("{\"orderId\": \"44\", \"country\": \"FR\", \"parcels\": [{}]}");
    assertThat(run).hasOutputAt("$.quotedAt").isText("2025-01-01T08:00:00.000Z");
  }
}
// end::live-class[]
