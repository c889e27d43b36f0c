package dev.sfntest.examples.orders;

import java.math.BigDecimal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /orders}: places an order; 202 with the execution that now runs it. */
@RestController
public class OrderController {

  /** What a client sends. */
  public record PlaceOrder(String orderId, BigDecimal amount) {}

  /** What the service answers. */
  public record OrderPlaced(String orderId, String executionArn) {}

  private final OrderService orders;

  public OrderController(OrderService orders) {
    this.orders = orders;
  }

  @PostMapping("/orders")
  public ResponseEntity<OrderPlaced> place(@RequestBody PlaceOrder order) {
    BigDecimal amount = order.amount() == null ? BigDecimal.ZERO : order.amount();
    String executionArn = orders.place(order.orderId(), amount);
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(new OrderPlaced(order.orderId(), executionArn));
  }

  @ExceptionHandler(IllegalArgumentException.class)
  public ResponseEntity<String> badOrder(IllegalArgumentException e) {
    return ResponseEntity.badRequest().body(e.getMessage());
  }

  @ExceptionHandler(IllegalStateException.class)
  public ResponseEntity<String> placedAlready(IllegalStateException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(e.getMessage());
  }
}
