package dev.sfntest.internal.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineRequest;
import software.amazon.awssdk.services.sfn.model.ListStateMachinesRequest;
import software.amazon.awssdk.services.sfn.model.SfnException;
import software.amazon.awssdk.services.sfn.model.TagResourceRequest;
import software.amazon.awssdk.services.sfn.model.ValidationException;

class RequiredMembersTest {

  @Test
  void refuses_one_missing_member_with_aws_validation_message() {
    // GIVEN
    var request = CreateStateMachineRequest.builder().name("m").definition("{}").build();

    // WHEN
    var error = catchThrowableOfType(SfnException.class, () -> RequiredMembers.check(request));

    // THEN
    assertThat(error).isInstanceOf(ValidationException.class);
    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
    assertThat(error.awsErrorDetails().errorMessage()).isEqualTo(
        "1 validation error detected: Value null at 'roleArn' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void lists_every_missing_member() {
    // GIVEN
    var request = CreateStateMachineRequest.builder().build();

    // WHEN
    var error = catchThrowableOfType(SfnException.class, () -> RequiredMembers.check(request));

    // THEN
    assertThat(error.awsErrorDetails().errorMessage()).startsWith("3 validation errors detected: "
        + "Value null at 'name' failed to satisfy constraint: Member must not be null; Value null at 'definition'");
  }

  @Test
  void counts_an_unset_list_as_missing() {
    // GIVEN
    var request = TagResourceRequest.builder().resourceArn("arn").build();

    // WHEN
    var error = catchThrowableOfType(SfnException.class, () -> RequiredMembers.check(request));

    // THEN
    assertThat(error.awsErrorDetails().errorMessage()).contains("Value null at 'tags'");
  }

  @Test
  void accepts_an_operation_without_required_members() {
    assertThatNoException().isThrownBy(() -> RequiredMembers.check(ListStateMachinesRequest.builder().build()));
  }
}
