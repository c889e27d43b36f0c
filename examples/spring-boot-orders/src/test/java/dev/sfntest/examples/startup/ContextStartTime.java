package dev.sfntest.examples.startup;

import dev.sfntest.examples.orders.OrdersApplication;
import dev.sfntest.spring.AutoConfigureSfnTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * Measures what sfn-spring-boot-test adds to the start of the example's application context (issue
 * 24 asks for less than two seconds): {@code with} starts it as a test with the module does (the
 * fake, an activity and the order workflow deployed, the client bean overridden), {@code without}
 * as the application starts on its own (a real SDK client). Run in a fresh JVM per mode; prints
 * the first start (cold, what a test run pays once) and the median of the warm ones after it.
 * Outside the application's package, so its component scan never picks up {@link WithSfnTest}.
 * Not a test: a measurement, as the brief asks (figures in docs/spring-boot.md).
 *
 * <pre>
 * java -cp ... dev.sfntest.examples.startup.ContextStartTime with 10
 * </pre>
 */
public final class ContextStartTime {

  private ContextStartTime() {}

  /** What a test class with the annotation imports, outside a test: the annotation is an import. */
  @Configuration(proxyBeanMethods = false)
  @AutoConfigureSfnTest
  static class WithSfnTest {}

  public static void main(String[] args) {
    boolean with = args[0].equals("with");
    int starts = Integer.parseInt(args[1]);
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < starts; i++) {
      SpringApplicationBuilder builder = new SpringApplicationBuilder(OrdersApplication.class)
          .web(WebApplicationType.NONE)
          .logStartupInfo(false)
          .properties("spring.main.banner-mode=off", "logging.level.root=WARN", "payments.listener.enabled=false");
      if (with) {
        builder.sources(WithSfnTest.class).properties(
            "sfntest.activity.payments.arn-property=payments.activity-arn",
            "sfntest.deploy.orders=classpath:workflows/order.asl.json",
            "sfntest.deploy.orders.arn-property=orders.state-machine-arn",
            "sfntest.deploy.orders.substitutions.PaymentActivityArn=${payments.activity-arn}");
      }
      long start = System.nanoTime();
      try (ConfigurableApplicationContext context = builder.run()) {
        millis.add((System.nanoTime() - start) / 1_000_000);
      }
    }
    List<Long> warm = new ArrayList<>(millis.subList(1, millis.size()));
    warm.sort(null);
    System.out.println((with ? "with" : "without") + " sfn-spring-boot-test: first start " + millis.get(0)
        + " ms, warm median " + (warm.isEmpty() ? "-" : warm.get(warm.size() / 2)) + " ms, all " + Arrays.toString(
        millis.toArray()));
  }
}
