package dev.sfntest.conformance.endpoint;

import dev.sfntest.core.FakeSfn;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Runs each case on a fresh {@link FakeSfn}, so cases share nothing and every history is
 * deterministic (fixed seed, virtual clock).
 */
public final class FakeTarget implements Target {

  private static final String REGION = "us-east-1";
  private static final String ACCOUNT = "123456789012";

  private final TaskMocking mocking;

  /** A fake target whose tasks answer what AWS recorded. */
  public FakeTarget() {
    this(new RecordedTaskMocking());
  }

  public FakeTarget(TaskMocking mocking) {
    this.mocking = Objects.requireNonNull(mocking);
  }

  @Override
  public String region() {
    return REGION;
  }

  @Override
  public String account() {
    return ACCOUNT;
  }

  @Override
  public Session open(TaskAnswers answers) {
    return open(answers, true);
  }

  /** Without time skipping, an execution waits where it is until the runner stops it. */
  @Override
  public Session openForStop(TaskAnswers answers) {
    return open(answers, false);
  }

  private Session open(TaskAnswers answers, boolean timeSkipping) {
    FakeSfn fake = FakeSfn.builder().region(REGION).account(ACCOUNT).seed(0).timeSkipping(timeSkipping).build();
    mocking.install(fake, answers);
    return new Session() {
      @Override
      public SfnClient client() {
        return fake.client();
      }

      @Override
      public List<HistoryEvent> expressExecutionLog(String executionArn) {
        return fake.expressExecutionLog(executionArn);
      }

      @Override
      public void close() {
        fake.close();
      }
    };
  }
}
