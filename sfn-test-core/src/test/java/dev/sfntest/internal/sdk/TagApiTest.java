package dev.sfntest.internal.sdk;

import static dev.sfntest.internal.sdk.Api.PASS;
import static dev.sfntest.internal.sdk.Api.PREFIX;
import static dev.sfntest.internal.sdk.Api.ROLE;
import static dev.sfntest.internal.sdk.Api.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sfn.model.Tag;
import software.amazon.awssdk.services.sfn.model.TooManyTagsException;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/** TagResource, UntagResource and ListTagsForResource on state machines and activities. */
@ParameterizedClass
@EnumSource(ClientKind.class)
class TagApiTest {

  private final Api api;

  TagApiTest(ClientKind kind) {
    this.api = new Api(kind);
  }

  @AfterEach
  void close() {
    api.close();
  }

  private static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }

  private List<Tag> tags(String arn) {
    return api.client.listTagsForResource(b -> b.resourceArn(arn)).tags();
  }

  @Nested
  class TagResource {
    @Test
    void adds_and_replaces_tags_of_a_state_machine() {
      // GIVEN
      String arn = api.client.createStateMachine(b -> b.name("order").definition(PASS).roleArn(ROLE)
          .tags(tag("team", "a"))).stateMachineArn();
      // WHEN
      api.client.tagResource(b -> b.resourceArn(arn).tags(tag("team", "b"), tag("cost", "")));
      // THEN: an empty value is a value (recorded)
      assertThat(tags(arn)).containsExactly(tag("team", "b"), tag("cost", ""));
    }

    @Test
    void tags_an_activity() {
      String arn = api.client.createActivity(b -> b.name("pack")).activityArn();
      api.client.tagResource(b -> b.resourceArn(arn).tags(tag("k", "v")));
      assertThat(tags(arn)).containsExactly(tag("k", "v"));
    }

    @Test
    void a_version_takes_no_tags() {
      // GIVEN
      String arn = api.client.createStateMachine(b -> b.name("order").definition(PASS).roleArn(ROLE).publish(true))
          .stateMachineVersionArn();
      // WHEN / THEN (recorded)
      assertAwsError(() -> api.client.tagResource(b -> b.resourceArn(arn).tags(tag("k", "v"))),
          ResourceNotFoundException.class, "ResourceNotFound", "Resource not found: '" + arn + "'");
    }

    @Test
    void a_resource_that_does_not_exist_is_resource_not_found() {
      String arn = PREFIX + "stateMachine:nope";
      assertAwsError(() -> api.client.tagResource(b -> b.resourceArn(arn).tags(tag("k", "v"))),
          ResourceNotFoundException.class, "ResourceNotFound", "Resource not found: '" + arn + "'");
    }

    @Test
    void more_than_50_tags_in_all_are_too_many_and_none_is_added() {
      // GIVEN
      String arn = api.machine("order", PASS);
      api.client.tagResource(b -> b.resourceArn(arn).tags(tag("first", "1")));
      List<Tag> fifty = IntStream.range(0, 50).mapToObj(i -> tag("k" + i, "v")).collect(Collectors.toList());
      // WHEN
      assertAwsError(() -> api.client.tagResource(b -> b.resourceArn(arn).tags(fifty)), TooManyTagsException.class,
          "TooManyTags", "Too Many Tags: '" + arn + "' would have more than 50 tags");
      // THEN
      assertThat(tags(arn)).containsExactly(tag("first", "1"));
    }

    @Test
    void a_key_over_128_characters_fails_validation() {
      String arn = api.machine("order", PASS);
      String key = "k".repeat(129);
      assertAwsError(() -> api.client.tagResource(b -> b.resourceArn(arn).tags(tag(key, "v"))),
          ValidationException.class, "ValidationException", "1 validation error detected: Value '" + key
              + "' at 'tags.1.member.key' failed to satisfy constraint: Member must have length less than or equal to 128");
    }

    @Test
    void text_that_is_no_arn_is_invalid_arn() {
      assertAwsError(() -> api.client.tagResource(b -> b.resourceArn("nope").tags(tag("k", "v"))),
          InvalidArnException.class, "InvalidArn", "Invalid Arn: 'Invalid ARN prefix: nope'");
    }
  }

  @Nested
  class UntagResource {
    @Test
    void removes_tags_and_ignores_keys_it_does_not_have() {
      // GIVEN
      String arn = api.machine("order", PASS);
      api.client.tagResource(b -> b.resourceArn(arn).tags(tag("a", "1"), tag("b", "2")));
      // WHEN
      api.client.untagResource(b -> b.resourceArn(arn).tagKeys("a", "missing"));
      // THEN
      assertThat(tags(arn)).containsExactly(tag("b", "2"));
    }

    @Test
    void a_resource_that_does_not_exist_is_resource_not_found() {
      String arn = PREFIX + "activity:nope";
      assertAwsError(() -> api.client.untagResource(b -> b.resourceArn(arn).tagKeys("a")),
          ResourceNotFoundException.class, "ResourceNotFound", "Resource not found: '" + arn + "'");
    }
  }

  @Nested
  class ListTagsForResource {
    @Test
    void a_resource_without_tags_has_an_empty_list() {
      assertThat(tags(api.machine("order", PASS))).isEmpty();
    }

    @Test
    void an_execution_takes_no_tags() {
      String run = api.start(api.machine("order", PASS), "x", "{}");
      assertAwsError(() -> tags(run), ResourceNotFoundException.class, "ResourceNotFound",
          "Resource not found: '" + run + "'");
    }
  }
}
