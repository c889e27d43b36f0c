package dev.sfntest.internal.sdk;

import dev.sfntest.internal.backend.ApiException;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.sfn.model.ActivityAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ActivityDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ActivityLimitExceededException;
import software.amazon.awssdk.services.sfn.model.ActivityWorkerLimitExceededException;
import software.amazon.awssdk.services.sfn.model.ConflictException;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionLimitExceededException;
import software.amazon.awssdk.services.sfn.model.ExecutionNotRedrivableException;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.InvalidEncryptionConfigurationException;
import software.amazon.awssdk.services.sfn.model.InvalidExecutionInputException;
import software.amazon.awssdk.services.sfn.model.InvalidLoggingConfigurationException;
import software.amazon.awssdk.services.sfn.model.InvalidNameException;
import software.amazon.awssdk.services.sfn.model.InvalidOutputException;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.InvalidTracingConfigurationException;
import software.amazon.awssdk.services.sfn.model.KmsAccessDeniedException;
import software.amazon.awssdk.services.sfn.model.KmsInvalidStateException;
import software.amazon.awssdk.services.sfn.model.KmsThrottlingException;
import software.amazon.awssdk.services.sfn.model.MissingRequiredParameterException;
import software.amazon.awssdk.services.sfn.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sfn.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.sfn.model.StateMachineAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.StateMachineDeletingException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineLimitExceededException;
import software.amazon.awssdk.services.sfn.model.StateMachineTypeNotSupportedException;
import software.amazon.awssdk.services.sfn.model.TaskDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;
import software.amazon.awssdk.services.sfn.model.TooManyTagsException;
import software.amazon.awssdk.services.sfn.model.ValidationException;
import software.amazon.awssdk.services.sfn.model.SfnException;

/**
 * Turns the backend's refusals into the SDK exceptions a real client would throw: the modelled
 * exception class for the error code, HTTP status 400, and AWS's error details.
 */
public final class AwsErrors {

  private static final Map<String, Supplier<? extends SfnException.Builder>> BUILDERS = Map.ofEntries(
      Map.entry("ActivityAlreadyExists", ActivityAlreadyExistsException::builder),
      Map.entry("ActivityDoesNotExist", ActivityDoesNotExistException::builder),
      Map.entry("ActivityLimitExceeded", ActivityLimitExceededException::builder),
      Map.entry("ActivityWorkerLimitExceeded", ActivityWorkerLimitExceededException::builder),
      Map.entry("ConflictException", ConflictException::builder),
      Map.entry("ExecutionAlreadyExists", ExecutionAlreadyExistsException::builder),
      Map.entry("ExecutionDoesNotExist", ExecutionDoesNotExistException::builder),
      Map.entry("ExecutionLimitExceeded", ExecutionLimitExceededException::builder),
      Map.entry("ExecutionNotRedrivable", ExecutionNotRedrivableException::builder),
      Map.entry("InvalidArn", InvalidArnException::builder),
      Map.entry("InvalidDefinition", InvalidDefinitionException::builder),
      Map.entry("InvalidEncryptionConfiguration", InvalidEncryptionConfigurationException::builder),
      Map.entry("InvalidExecutionInput", InvalidExecutionInputException::builder),
      Map.entry("InvalidLoggingConfiguration", InvalidLoggingConfigurationException::builder),
      Map.entry("InvalidName", InvalidNameException::builder),
      Map.entry("InvalidOutput", InvalidOutputException::builder),
      Map.entry("InvalidToken", InvalidTokenException::builder),
      Map.entry("InvalidTracingConfiguration", InvalidTracingConfigurationException::builder),
      Map.entry("KmsAccessDeniedException", KmsAccessDeniedException::builder),
      Map.entry("KmsInvalidStateException", KmsInvalidStateException::builder),
      Map.entry("KmsThrottlingException", KmsThrottlingException::builder),
      Map.entry("MissingRequiredParameter", MissingRequiredParameterException::builder),
      Map.entry("ResourceNotFound", ResourceNotFoundException::builder),
      Map.entry("ServiceQuotaExceededException", ServiceQuotaExceededException::builder),
      Map.entry("StateMachineAlreadyExists", StateMachineAlreadyExistsException::builder),
      Map.entry("StateMachineDeleting", StateMachineDeletingException::builder),
      Map.entry("StateMachineDoesNotExist", StateMachineDoesNotExistException::builder),
      Map.entry("StateMachineLimitExceeded", StateMachineLimitExceededException::builder),
      Map.entry("StateMachineTypeNotSupported", StateMachineTypeNotSupportedException::builder),
      Map.entry("TaskDoesNotExist", TaskDoesNotExistException::builder),
      Map.entry("TaskTimedOut", TaskTimedOutException::builder),
      Map.entry("TooManyTags", TooManyTagsException::builder),
      Map.entry("ValidationException", ValidationException::builder));

  private AwsErrors() {}

  /** The SDK exception for an error code and message, as the SDK would build it from AWS's answer. */
  public static SfnException exception(String code, String message) {
    Supplier<? extends SfnException.Builder> supplier = BUILDERS.get(code);
    SfnException.Builder builder = supplier != null ? supplier.get() : SfnException.builder();
    AwsErrorDetails details = AwsErrorDetails.builder()
        .errorCode(code)
        .errorMessage(message)
        .serviceName("Sfn")
        .sdkHttpResponse(SdkHttpResponse.builder().statusCode(400).statusText("Bad Request").build())
        .build();
    return (SfnException) builder
        .message(message)
        .statusCode(400)
        .awsErrorDetails(details)
        .requestId(java.util.UUID.nameUUIDFromBytes(message.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString())
        .build();
  }

  /** The SDK exception for a backend refusal. */
  public static SfnException of(ApiException e) {
    return exception(e.code(), e.getMessage());
  }

  /** Whether the SDK models this error code with its own exception class. */
  public static boolean isModelled(String code) {
    return BUILDERS.containsKey(code);
  }
}
