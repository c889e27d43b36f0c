package dev.sfntest.spring.internal;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.spring.AutoConfigureSfnTest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * What happens around each test of a context sfn-test set up: the test's record of what it
 * creates begins; when it ends, a failed test prints the histories of its executions, a passing
 * one with strict mocks fails if a mock was never called, what it created is removed and (fake)
 * the fake is reset, so the cached context serves the next test as new. In live mode, a test that
 * needs the fake, or a context that cannot reach its endpoint, is skipped with the reason.
 * Contexts without sfn-test are never loaded or touched.
 */
public final class SfnTestExecutionListener extends AbstractTestExecutionListener {

  /**
   * Before {@code DependencyInjectionTestExecutionListener} (2000): a live test is skipped before
   * its {@code FakeSfn} field fails to autowire.
   */
  private static final int ORDER = 1900;

  @Override
  public int getOrder() {
    return ORDER;
  }

  @Override
  public void prepareTestInstance(TestContext testContext) {
    if (!TestContextAnnotationUtils.hasAnnotation(testContext.getTestClass(), AutoConfigureSfnTest.class)) {
      return;
    }
    runtime(testContext.getApplicationContext()).ifPresent(runtime -> {
      if (runtime.settings().mode() == Mode.LIVE) {
        Optional<String> reason = runtime.notReadyReason()
            .or(() -> FakeOnlyNeeds.ofClass(testContext.getTestClass(), runtime.settings()));
        reason.ifPresent(Assumptions::abort);
      }
    });
  }

  @Override
  public void beforeTestMethod(TestContext testContext) {
    loaded(testContext).ifPresent(runtime -> {
      if (runtime.settings().mode() == Mode.LIVE) {
        runtime.notReadyReason().or(() -> FakeOnlyNeeds.ofMethod(testContext.getTestMethod()))
            .ifPresent(Assumptions::abort);
      }
      runtime.beginTest();
    });
  }

  @Override
  public void afterTestMethod(TestContext testContext) {
    Optional<SfnTestRuntime> found = loaded(testContext);
    if (found.isEmpty()) {
      return;
    }
    SfnTestRuntime runtime = found.get();
    Scopes.Scope ended = runtime.endTestScope();
    Throwable failure = testContext.getTestException();
    String test = testContext.getTestMethod().getName() + "()";
    if (failure != null && !isAborted(failure)) {
      print(FailureReport.of(test, runtime.plainClient(), ended.startedExecutions()));
    }
    // Read before the reset forgets the mocks; checked only when the test passed: after a failure
    // an unused mock is noise, not news.
    List<String> unused = failure == null && runtime.settings().strictMocks()
        ? runtime.fake().map(FakeSfn::unusedMocks).orElse(List.of())
        : List.of();
    print(LeakReport.of(test, runtime.endTest(ended)));
    if (!unused.isEmpty()) {
      throw new AssertionError("Strict mocks (sfntest.strict-mocks=true): no Task called " + String.join(", ", unused)
          + ". Remove the mock, correct its state name or resource, or turn strict mocks off with "
          + "@AutoConfigureSfnTest(strictMocks = false).");
    }
  }

  private static void print(String report) {
    if (!report.isEmpty()) {
      System.out.print(report);
      System.out.flush();
    }
  }

  /** The runtime of an already loaded context: a test that loaded none has nothing of sfn-test. */
  private static Optional<SfnTestRuntime> loaded(TestContext testContext) {
    return testContext.hasApplicationContext() ? runtime(testContext.getApplicationContext()) : Optional.empty();
  }

  private static Optional<SfnTestRuntime> runtime(ApplicationContext context) {
    return Optional.ofNullable(context.getBeanProvider(SfnTestRuntime.class).getIfAvailable());
  }

  private static boolean isAborted(Throwable failure) {
    return failure.getClass().getName().equals("org.opentest4j.TestAbortedException");
  }
}
