package dev.sfntest.core.explore;

import dev.sfntest.internal.engine.ResourceKind;
import java.util.List;

/**
 * The service errors an integration's call can end with, which every Task on it is explored with.
 * Only what AWS documents: for Lambda, the transient service errors Step Functions' best practices
 * say to retry, throttling, and {@code Lambda.Unknown} for a function that crashed or timed out.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/bp-lambda-serviceexception.html">Handle Lambda service exceptions</a>
 */
final class ServiceErrors {

  static final List<String> LAMBDA = List.of(
      "Lambda.ServiceException",
      "Lambda.AWSLambdaException",
      "Lambda.SdkClientException",
      "Lambda.ClientExecutionTimeoutException",
      "Lambda.TooManyRequestsException",
      "Lambda.Unknown");

  private ServiceErrors() {}

  /** The errors of the integration {@code kind} names; empty for those AWS documents none of. */
  static List<String> of(ResourceKind kind) {
    boolean lambda = kind.family() == ResourceKind.Family.LAMBDA
        || kind.family() == ResourceKind.Family.SERVICE && "lambda".equals(kind.resourceType());
    return lambda ? LAMBDA : List.of();
  }
}
