package dev.sfntest.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

class SmokeTest {
  @Test
  void runs_a_pass_machine() {
    try (FakeSfn sfn = FakeSfn.create()) {
      SfnClient client = sfn.client();
      String arn = client.createStateMachine(b -> b.name("hello").roleArn(FakeSfn.ROLE_ARN)
          .definition("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":{\"a\":1},\"ResultPath\":\"$.r\",\"Next\":\"W\"},"
              + "\"W\":{\"Type\":\"Wait\",\"Seconds\":3600,\"Next\":\"C\"},"
              + "\"C\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.r.a\",\"NumericEquals\":1,\"Next\":\"S\"}],\"Default\":\"F\"},"
              + "\"S\":{\"Type\":\"Succeed\"},\"F\":{\"Type\":\"Fail\",\"Error\":\"E\"}}}"))
          .stateMachineArn();
      String exec = client.startExecution(b -> b.stateMachineArn(arn).input("{\"x\": 1.0}")).executionArn();
      var d = client.describeExecution(b -> b.executionArn(exec));
      System.out.println(d);
      for (HistoryEvent e : client.getExecutionHistory(b -> b.executionArn(exec)).events()) {
        System.out.println(e);
      }
      assertThat(d.statusAsString()).isEqualTo("SUCCEEDED");
    }
  }
}
