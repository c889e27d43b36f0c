package dev.sfntest.report;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.StateMachine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Runs the test workflows on a fresh fake and records the executions. */
final class Runs {

  static final String ROLE = "arn:aws:iam::123456789012:role/test";

  private Runs() {}

  static String definition(String file) {
    try {
      return Files.readString(Path.of("src/test/resources/workflows").resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code input} through the workflow on a fake with these mocks. */
  static ExecutionRecord run(String file, String input, Consumer<FakeSfn> mocks) {
    try (FakeSfn fake = FakeSfn.create()) {
      mocks.accept(fake);
      String name = file.substring(0, file.indexOf('.'));
      StateMachine machine = StateMachine.create(fake.client(), name, definition(file), ROLE);
      String arn = machine.start(input).arn();
      return ExecutionRecord.read(fake.client(), arn);
    }
  }

  /** An order that is charged after two throttles, packed in parallel with its receipt, and shipped. */
  static ExecutionRecord orderShipped() {
    return run("order.asl.json", "{\"total\": 5, \"items\": [1, 2]}", fake -> {
      fake.mockTask("ChargeCard").thenFail("Payment.Throttled", "busy").times(2).thenReturn("{}");
      fake.mockTask("Pack").thenReturn("{}");
    });
  }

  /** A large order: reviewed, then the card is declined and the order rejected. */
  static ExecutionRecord orderDeclined() {
    return run("order.asl.json", "{\"total\": 5000, \"items\": [1]}",
        fake -> fake.mockTask("ChargeCard").thenFail("Payment.Declined", "card expired"));
  }
}
