package dev.sfntest.examples.orders;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;

/**
 * Completes the workflow's payment step, a callback: it takes the payment task of the {@code
 * payments} activity, charges the card, and answers with SendTaskSuccess (or SendTaskFailure for
 * a declined card). In production it polls in the background; tests call {@link #handleNext()}.
 */
@Component
public class PaymentListener {

  /** Cards are declined above this amount (a stand-in for the payment provider's answer). */
  static final BigDecimal LIMIT = new BigDecimal("1000");

  private static final Pattern AMOUNT = Pattern.compile("\"amount\"\\s*:\\s*([0-9.]+)");
  private static final Pattern ORDER = Pattern.compile("\"orderId\"\\s*:\\s*\"([^\"]+)\"");

  /** A payment task taken from the activity. */
  public record PaymentTask(String taskToken, String orderId, BigDecimal amount) {}

  private final SfnClient sfn;
  private final String activityArn;
  private final boolean enabled;

  public PaymentListener(SfnClient sfn, @Value("${payments.activity-arn}") String activityArn,
      @Value("${payments.listener.enabled:true}") boolean enabled) {
    this.sfn = sfn;
    this.activityArn = activityArn;
    this.enabled = enabled;
  }

  /** The background loop: one long poll at a time. */
  @Scheduled(fixedDelayString = "${payments.listener.delay:1000}")
  void listen() {
    if (enabled) {
      handleNext();
    }
  }

  /** Takes the next payment task, if one waits, and answers it; returns whether there was one. */
  public boolean handleNext() {
    Optional<PaymentTask> task = receive();
    task.ifPresent(this::charge);
    return task.isPresent();
  }

  /** Takes the next payment task (GetActivityTask), without answering it yet. */
  public Optional<PaymentTask> receive() {
    GetActivityTaskResponse polled = sfn.getActivityTask(b -> b.activityArn(activityArn).workerName("payments"));
    if (polled.taskToken() == null || polled.taskToken().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new PaymentTask(polled.taskToken(), find(ORDER, polled.input()),
        new BigDecimal(find(AMOUNT, polled.input()))));
  }

  /** Charges the order and completes its payment task. */
  public void charge(PaymentTask task) {
    if (task.amount().compareTo(LIMIT) > 0) {
      sfn.sendTaskFailure(b -> b.taskToken(task.taskToken()).error("Payment.Declined")
          .cause("Amount " + task.amount() + " is over the card's limit"));
      return;
    }
    sfn.sendTaskSuccess(b -> b.taskToken(task.taskToken())
        .output("{\"paymentId\": \"pay-" + task.orderId() + "\", \"charged\": " + task.amount().toPlainString() + "}"));
  }

  private static String find(Pattern pattern, String json) {
    Matcher matcher = pattern.matcher(json);
    return matcher.find() ? matcher.group(1) : "";
  }
}
