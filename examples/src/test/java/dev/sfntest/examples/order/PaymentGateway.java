package dev.sfntest.examples.order;

/**
 * The user's own payment service, which the {@code charge-card} Lambda function calls. In a real
 * project it lives in the application's sources; the example mocks it with Mockito.
 */
public interface PaymentGateway {

  /** Charges {@code amount} for the order and returns the receipt. */
  Receipt charge(String orderId, int amount);

  /** What a successful charge returns. */
  record Receipt(String chargeId) {}
}
