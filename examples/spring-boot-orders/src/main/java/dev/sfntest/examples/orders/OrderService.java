package dev.sfntest.examples.orders;

import java.math.BigDecimal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;

/** Places orders by starting the order workflow, one execution per order, named after it. */
@Service
public class OrderService {

  private final SfnClient sfn;
  private final String stateMachineArn;

  public OrderService(SfnClient sfn, @Value("${orders.state-machine-arn}") String stateMachineArn) {
    this.sfn = sfn;
    this.stateMachineArn = stateMachineArn;
  }

  /** Starts the order's workflow and returns the execution's ARN. */
  public String place(String orderId, BigDecimal amount) {
    if (!orderId.matches("[A-Za-z0-9-]{1,40}")) {
      throw new IllegalArgumentException("An order id is 1 to 40 letters, digits or dashes: " + orderId);
    }
    try {
      return sfn.startExecution(b -> b.stateMachineArn(stateMachineArn).name("order-" + orderId)
          .input("{\"orderId\": \"" + orderId + "\", \"amount\": " + amount.toPlainString() + "}")).executionArn();
    } catch (ExecutionAlreadyExistsException e) {
      throw new IllegalStateException("Order " + orderId + " was already placed", e);
    }
  }

  /** The status of the order's workflow: RUNNING, SUCCEEDED, FAILED, ... */
  public String status(String executionArn) {
    return sfn.describeExecution(b -> b.executionArn(executionArn)).statusAsString();
  }
}
