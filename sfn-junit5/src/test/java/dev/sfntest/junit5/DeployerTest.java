package dev.sfntest.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.StateMachine;
import dev.sfntest.core.UniqueNames;
import dev.sfntest.junit5.internal.DefinitionTexts;
import dev.sfntest.junit5.internal.Deployer;
import dev.sfntest.junit5.internal.Environment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineRequest;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.DeleteStateMachineRequest;
import software.amazon.awssdk.services.sfn.model.DeleteStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.Tag;

class DeployerTest {

  /** Keeps the requests it gets, and answers them as a service would. */
  static final class CapturingClient implements SfnClient {
    final List<CreateStateMachineRequest> created = new ArrayList<>();
    final List<String> deleted = new ArrayList<>();

    @Override
    public CreateStateMachineResponse createStateMachine(CreateStateMachineRequest request) {
      created.add(request);
      return CreateStateMachineResponse.builder()
          .stateMachineArn("arn:aws:states:us-east-1:123456789012:stateMachine:" + request.name()).build();
    }

    @Override
    public DeleteStateMachineResponse deleteStateMachine(DeleteStateMachineRequest request) {
      deleted.add(request.stateMachineArn());
      return DeleteStateMachineResponse.builder().build();
    }

    @Override
    public String serviceName() {
      return "states";
    }

    @Override
    public void close() {
      // nothing to release
    }
  }

  /** An environment over the capturing client; live or not. */
  record StubEnvironment(SfnClient client, boolean needsUniqueNames) implements Environment {
    @Override
    public SfnAsyncClient asyncClient() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<FakeSfn> fake() {
      return Optional.empty();
    }

    @Override
    public String roleArn() {
      return "arn:aws:iam::123456789012:role/Tests";
    }

    @Override
    public void close() {
      // nothing to release
    }
  }

  @Deploy(value = "workflows/hello.asl.json", type = Deploy.Type.EXPRESS, tags = {"team=orders", "cost=low=ish"})
  static final Object EXPRESS_WITH_TAGS = null;

  @Deploy("workflows/hello.asl.json")
  static final Object PLAIN = null;

  @Deploy(value = "workflows/hello.asl.json", name = "a-name-long-enough-to-leave-no-room-for-the-suffix-of-a-live-"
      + "test-abcdefghij")
  static final Object LONG_NAME = null;

  static Deploy deploy(String field) throws NoSuchFieldException {
    return DeployerTest.class.getDeclaredField(field).getAnnotation(Deploy.class);
  }

  static Deployer deployer(CapturingClient client, boolean live) {
    return new Deployer(client, new StubEnvironment(client, live), DeployerTest.class.getClassLoader(),
        DefinitionTexts.unshared(), name -> Optional.empty(), live ? UniqueNames.withSuffix("5f3a9c1e") : UniqueNames.none());
  }

  @Nested
  class deploy {
    @Test
    void creates_the_state_machine_with_its_type_tags_and_role() throws Exception {
      // GIVEN
      CapturingClient client = new CapturingClient();
      // WHEN
      StateMachine machine = deployer(client, false).deploy(deploy("EXPRESS_WITH_TAGS"), "field 'hello'");
      // THEN
      CreateStateMachineRequest request = client.created.get(0);
      assertThat(machine.name()).isEqualTo("hello");
      assertThat(request.type()).isEqualTo(StateMachineType.EXPRESS);
      assertThat(request.roleArn()).isEqualTo("arn:aws:iam::123456789012:role/Tests");
      assertThat(request.tags()).containsExactly(Tag.builder().key("team").value("orders").build(),
          Tag.builder().key("cost").value("low=ish").build());
      assertThat(request.definition()).contains("\"StartAt\": \"Greet\"");
    }

    @Test
    void suffixes_live_names_and_numbers_repeated_ones() throws Exception {
      // GIVEN
      CapturingClient client = new CapturingClient();
      Deployer deployer = deployer(client, true);
      // WHEN
      deployer.deploy(deploy("PLAIN"), "field 'first'");
      deployer.deploy(deploy("PLAIN"), "field 'second'");
      // THEN
      assertThat(client.created).extracting(CreateStateMachineRequest::name)
          .containsExactly("hello-5f3a9c1e", "hello-2-5f3a9c1e");
    }

    @Test
    void keeps_a_live_name_within_80_characters_suffix_included() throws Exception {
      // GIVEN
      CapturingClient client = new CapturingClient();
      // WHEN
      deployer(client, true).deploy(deploy("LONG_NAME"), "field 'long'");
      // THEN
      String name = client.created.get(0).name();
      assertThat(name).hasSize(80).endsWith("-5f3a9c1e").startsWith("a-name-long-enough");
    }
  }

  @Nested
  class delete_all {
    @Test
    void deletes_every_deployment_newest_first_once() throws Exception {
      // GIVEN
      CapturingClient client = new CapturingClient();
      Deployer deployer = deployer(client, false);
      deployer.deploy(deploy("PLAIN"), "field 'first'");
      deployer.deploy(deploy("PLAIN"), "field 'second'");
      // WHEN
      List<Throwable> errors = deployer.deleteAll();
      deployer.deleteAll();
      // THEN
      assertThat(errors).isEmpty();
      assertThat(client.deleted).containsExactly("arn:aws:states:us-east-1:123456789012:stateMachine:hello-2",
          "arn:aws:states:us-east-1:123456789012:stateMachine:hello");
    }
  }
}
