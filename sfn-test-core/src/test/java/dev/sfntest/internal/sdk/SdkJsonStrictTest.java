package dev.sfntest.internal.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sfntest.internal.expr.Json;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineRequest;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryRequest;

class SdkJsonStrictTest {

  @Nested
  class to_sdk_strict {

    @Test
    void builds_a_request_whose_members_fit() {
      // GIVEN
      var json = Json.parseUnchecked("{\"name\":\"m\",\"definition\":\"{}\",\"tags\":[{\"key\":\"k\",\"value\":\"v\"}],"
          + "\"tracingConfiguration\":{\"enabled\":true},\"unknownMember\":1,\"roleArn\":null}");

      // WHEN
      CreateStateMachineRequest request = SdkJson.toSdkStrict(CreateStateMachineRequest.class, json);

      // THEN
      assertThat(request.name()).isEqualTo("m");
      assertThat(request.tags().get(0).value()).isEqualTo("v");
      assertThat(request.tracingConfiguration().enabled()).isTrue();
      assertThat(request.roleArn()).isNull();
    }

    @Test
    void refuses_a_number_for_a_string() {
      // GIVEN
      var json = Json.parseUnchecked("{\"name\":42}");

      // WHEN
      var error = catchThrowableOfType(SdkJson.ShapeMismatchException.class,
          () -> SdkJson.toSdkStrict(CreateStateMachineRequest.class, json));

      // THEN
      assertThat(error).hasMessage("Expected a string at 'name' but got a number");
    }

    @Test
    void refuses_a_string_for_a_number() {
      // GIVEN
      var json = Json.parseUnchecked("{\"executionArn\":\"a\",\"maxResults\":\"two\"}");

      // WHEN
      var error = catchThrowableOfType(SdkJson.ShapeMismatchException.class,
          () -> SdkJson.toSdkStrict(GetExecutionHistoryRequest.class, json));

      // THEN
      assertThat(error).hasMessage("Expected a number at 'maxResults' but got a string");
    }

    @Test
    void names_the_path_of_a_nested_member() {
      // GIVEN
      var json = Json.parseUnchecked("{\"tags\":[{\"key\":\"k\",\"value\":true}]}");

      // WHEN
      var error = catchThrowableOfType(SdkJson.ShapeMismatchException.class,
          () -> SdkJson.toSdkStrict(CreateStateMachineRequest.class, json));

      // THEN
      assertThat(error).hasMessage("Expected a string at 'tags[0].value' but got a boolean");
    }

    @Test
    void refuses_a_body_that_is_not_an_object() {
      // GIVEN
      var json = Json.parseUnchecked("[1]");

      // WHEN
      var error = catchThrowableOfType(SdkJson.ShapeMismatchException.class,
          () -> SdkJson.toSdkStrict(CreateStateMachineRequest.class, json));

      // THEN
      assertThat(error).hasMessage("Expected a JSON object but got an array");
    }
  }

  @Nested
  class to_sdk {

    @Test
    void still_coerces_what_does_not_fit() {
      // GIVEN
      var json = Json.parseUnchecked("{\"name\":42,\"definition\":{\"StartAt\":\"A\"}}");

      // WHEN
      CreateStateMachineRequest request = SdkJson.toSdk(CreateStateMachineRequest.class, json);

      // THEN
      assertThat(request.name()).isEqualTo("42");
      assertThat(request.definition()).isEqualTo("{\"StartAt\":\"A\"}");
    }
  }
}
