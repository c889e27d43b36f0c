package dev.sfntest.examples.jsonata;

import static dev.sfntest.assertj.SfnAssertions.assertThat;

import dev.sfntest.core.Execution;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.StateMachine;
import dev.sfntest.junit5.Deploy;
import dev.sfntest.junit5.SfnTest;
import org.junit.jupiter.api.Test;

/**
 * A modern definition end to end: JSONata for every expression ({@code QueryLanguage: JSONata}),
 * {@code Arguments} and {@code Output} instead of paths, and variables ({@code Assign}) carrying
 * values from state to state. {@code $now()} reads the virtual clock, so even the timestamp is
 * known to the test.
 */
@SfnTest(initialTime = "2025-06-01T09:30:00Z")
class QuoteTest {

  @Deploy("workflows/quote.asl.json")
  StateMachine quote;

  static final String BASKET = "{\"customer\": {\"id\": \"c-1\", \"name\": \"Ada\"}, \"lines\": ["
      + "{\"sku\": \"book\", \"price\": 25, \"qty\": 2}, {\"sku\": \"lamp\", \"price\": 65, \"qty\": 1}]}";

  // tag::jsonata-variables[]
  @Test
  void a_gold_customer_gets_ten_percent_off(SfnTestContext sfn) {
    // GIVEN
    sfn.mockTask("GetLoyaltyTier").thenReturn("{\"StatusCode\": 200, \"Payload\": {\"tier\": \"GOLD\"}}");
    // WHEN
    Execution run = quote.start(BASKET);
    // THEN: the variables each state assigned
    assertThat(run).hasSucceeded()
        .hasAssignedVariable("subtotal", "115")
        .hasAssignedVariable("tier", "\"GOLD\"")
        .hasAssignedVariable("discount", "11.5")
        .hasVisitedStatesInOrder("PriceBasket", "GetLoyaltyTier", "IsLoyal", "GoldDiscount", "Quote");
    // THEN: Arguments evaluated with the variable $customer
    assertThat(run).task("GetLoyaltyTier")
        .hasParameters("{\"FunctionName\": \"loyalty-tier\", \"Payload\": {\"customerId\": \"c-1\"}}");
    assertThat(run).hasOutput("{\"customer\": \"Ada\", \"subtotal\": 115, \"discount\": 11.5, \"total\": 103.5,"
        + " \"quotedAt\": \"2025-06-01T09:30:00.000Z\"}");
  }
  // end::jsonata-variables[]

  @Test
  void other_customers_pay_the_full_price(SfnTestContext sfn) {
    // GIVEN
    sfn.mockTask("GetLoyaltyTier").thenReturn("{\"StatusCode\": 200, \"Payload\": {\"tier\": \"SILVER\"}}");
    // WHEN
    Execution run = quote.start(BASKET);
    // THEN
    assertThat(run).hasSucceeded().hasNotVisited("GoldDiscount").hasAssignedVariable("discount", "0");
    assertThat(run).hasOutputAt("$.total").isNumber(115);
  }
}
