package dev.sfntest.junit5;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.SfnTestContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The JUnit 5 extension behind {@link SfnTest}: gives each test a fresh fake and resolves its
 * {@link SfnClient} and {@link SfnTestContext} parameters. The fake lives in the test's store and
 * is closed with it.
 */
public final class SfnExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SfnExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == SfnClient.class || type == SfnTestContext.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    SfnTestContext sfn = context(context);
    Class<?> type = parameter.getParameter().getType();
    if (type == SfnClient.class) {
      return sfn.client();
    }
    if (type == SfnTestContext.class) {
      return sfn;
    }
    throw new ParameterResolutionException("SfnExtension cannot resolve " + type);
  }

  private static SfnTestContext context(ExtensionContext context) {
    return context.getStore(NAMESPACE)
        .getOrComputeIfAbsent(FakeHolder.class, key -> new FakeHolder(FakeSfn.create()), FakeHolder.class)
        .context();
  }

  /** Keeps a test's fake in the JUnit store, which closes it after the test. */
  private static final class FakeHolder implements AutoCloseable {
    private final SfnTestContext context;

    FakeHolder(FakeSfn fake) {
      this.context = SfnTestContext.of(fake);
    }

    SfnTestContext context() {
      return context;
    }

    @Override
    public void close() {
      context.fake().close();
    }
  }
}
