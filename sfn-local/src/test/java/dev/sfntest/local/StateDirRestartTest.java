package dev.sfntest.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.local.internal.cli.Main;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineVersionListItem;
import software.amazon.awssdk.services.sfn.model.Tag;

/**
 * {@code serve --state-dir}: a real sfn-local process, killed with SIGKILL between requests, comes
 * back with every state machine, version, alias, activity and tag it had acknowledged, under the
 * same ARNs, numbers, revision ids and dates; executions are gone, as documented. Every wait is on
 * a condition (a line of output, the process's end), with a timeout.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StateDirRestartTest {

  private static final Pattern LISTENING = Pattern.compile("sfn-local listening on (http://\\S+)");
  private static final String PASS = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
  private static final String PASS_RESULT = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\","
      + "\"Result\":1,\"End\":true}}}";

  @TempDir
  Path stateDir;

  /** A served sfn-local in a child JVM: {@code java -cp <this test's classpath> ...Main serve}. */
  private static final class Served implements AutoCloseable {
    final Process process;
    final URI endpoint;
    final SfnClient client;

    Served(Path stateDir) throws Exception {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve",
          "--port", "0", "--virtual-time", "--state-dir", stateDir.toString())
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line = CompletableFuture.supplyAsync(() -> {
        try {
          for (String read = out.readLine(); read != null; read = out.readLine()) {
            if (LISTENING.matcher(read).find()) {
              return read;
            }
          }
          return null;
        } catch (IOException e) {
          return null;
        }
      }).get(30, TimeUnit.SECONDS);
      assertThat(line).as("the start-up line").isNotNull();
      Matcher matcher = LISTENING.matcher(line);
      assertThat(matcher.find()).isTrue();
      endpoint = URI.create(matcher.group(1));
      client = SdkClients.sync(endpoint);
    }

    /** SIGKILL: no shutdown hook, no flush, nothing the process does on its way out. */
    void kill() throws InterruptedException {
      client.close();
      process.destroyForcibly();
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("the killed process ended").isTrue();
    }

    @Override
    public void close() {
      client.close();
      process.destroyForcibly();
    }
  }

  @Test
  void definitions_survive_a_kill_9_between_requests_and_executions_do_not() throws Exception {
    // GIVEN a server that was told everything there is to keep
    String machineArn;
    String execution;
    DescribeStateMachineResponse before;
    try (Served first = new Served(stateDir)) {
      SfnClient client = first.client;
      machineArn = client.createStateMachine(b -> b.name("order").roleArn("arn:aws:iam::123456789012:role/r")
          .definition(PASS).publish(true).tags(Tag.builder().key("team").value("pay").build())).stateMachineArn();
      client.updateStateMachine(b -> b.stateMachineArn(machineArn).definition(PASS_RESULT).publish(true));
      client.deleteStateMachineVersion(b -> b.stateMachineVersionArn(machineArn + ":1"));
      client.createStateMachineAlias(b -> b.name("prod").description("live")
          .routingConfiguration(r -> r.stateMachineVersionArn(machineArn + ":2").weight(100)));
      client.createActivity(b -> b.name("pack").tags(Tag.builder().key("k").value("v").build()));
      execution = client.startExecution(b -> b.stateMachineArn(machineArn + ":prod")).executionArn();
      before = client.describeStateMachine(b -> b.stateMachineArn(machineArn));
      String gone = client.createStateMachine(b -> b.name("gone").roleArn("arn:aws:iam::123456789012:role/r")
          .definition(PASS)).stateMachineArn();
      client.deleteStateMachine(b -> b.stateMachineArn(gone));

      // WHEN it is killed between requests
      first.kill();
    }

    // THEN a new process on the same directory has them all
    try (Served second = new Served(stateDir)) {
      SfnClient client = second.client;
      DescribeStateMachineResponse after = client.describeStateMachine(b -> b.stateMachineArn(machineArn));
      assertThat(after.definition()).isEqualTo(PASS_RESULT);
      assertThat(after.creationDate()).isEqualTo(before.creationDate());
      assertThat(after.revisionId()).isEqualTo(before.revisionId());
      assertThat(client.listStateMachineVersions(b -> b.stateMachineArn(machineArn)).stateMachineVersions())
          .extracting(StateMachineVersionListItem::stateMachineVersionArn).containsExactly(machineArn + ":2");
      var alias = client.describeStateMachineAlias(b -> b.stateMachineAliasArn(machineArn + ":prod"));
      assertThat(alias.description()).isEqualTo("live");
      assertThat(alias.routingConfiguration().get(0).stateMachineVersionArn()).isEqualTo(machineArn + ":2");
      assertThat(client.listTagsForResource(b -> b.resourceArn(machineArn)).tags())
          .containsExactly(Tag.builder().key("team").value("pay").build());
      String activity = client.listActivities().activities().get(0).activityArn();
      assertThat(client.listTagsForResource(b -> b.resourceArn(activity)).tags())
          .containsExactly(Tag.builder().key("k").value("v").build());
      // an execution through the restored alias runs the restored version
      String rerun = client.startExecution(b -> b.stateMachineArn(machineArn + ":prod")).executionArn();
      assertThat(client.describeExecution(b -> b.executionArn(rerun)).output()).isEqualTo("1");
      // version numbers go on where they were, never reused
      client.updateStateMachine(b -> b.stateMachineArn(machineArn).definition(PASS));
      assertThat(client.publishStateMachineVersion(b -> b.stateMachineArn(machineArn)).stateMachineVersionArn())
          .isEqualTo(machineArn + ":3");
      // a deletion acknowledged before the kill stays deleted
      assertThat(client.listStateMachines().stateMachines().stream().map(m -> m.name())
          .collect(Collectors.toList())).containsExactly("order");
      // executions are not kept
      assertThatThrownBy(() -> client.describeExecution(b -> b.executionArn(execution)))
          .isInstanceOf(ExecutionDoesNotExistException.class);
      second.kill();
    }
    // and no temporary file is left beside the saved one
    try (var files = Files.list(stateDir)) {
      assertThat(files.map(Path::getFileName).map(Path::toString).collect(Collectors.toList()))
          .containsExactly("definitions.json");
    }
  }

  @Test
  void a_file_that_cannot_be_restored_stops_the_server_from_starting_and_says_which() throws Exception {
    // GIVEN
    Files.writeString(stateDir.resolve("definitions.json"), "{\"format\":99}");

    // WHEN
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "serve", "--port", "0", "--state-dir", stateDir.toString()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    // THEN
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(output).contains(stateDir.resolve("definitions.json").toString()).contains("format");
  }
}
