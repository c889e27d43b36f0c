package dev.sfntest.examples.cdk;

import static dev.sfntest.assertj.SfnAssertions.assertThat;

import dev.sfntest.core.Execution;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.StateMachine;
import dev.sfntest.junit5.Deploy;
import dev.sfntest.junit5.SfnExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A definition written for CDK ({@code DefinitionBody.fromFile("statemachine/invoice.asl.json")}
 * with {@code definitionSubstitutions}), tested as it is: the extension fills in each {@code
 * ${Name}} placeholder from {@code @Deploy(substitutions = ...)}, the extension's builder, or the
 * configuration parameter {@code sfntest.substitution.Name}. To test the very file CDK deploys, add
 * its folder to the test resources (Maven's {@code <testResources>}).
 */
// tag::cdk-class[]
class InvoiceDefinitionTest {

  @RegisterExtension   // placeholders every definition of this class shares
  SfnExtension sfn = SfnExtension.builder()
      .substitution("InvoiceTopicArn", "arn:aws:sns:us-east-1:123456789012:invoices")
      .build();

  @Deploy(value = "statemachine/invoice.asl.json", substitutions = {
      "CreateInvoiceFunctionArn=arn:aws:lambda:us-east-1:123456789012:function:create-invoice",
      "InvoicesTableName=invoices-test"})
  StateMachine invoice;

  @Test
  void the_placeholders_are_filled_in(SfnTestContext sfn) {
    // GIVEN
    sfn.mockTask("CreateInvoice").thenReturn("{\"StatusCode\": 200, \"Payload\": {\"invoiceId\": \"inv-9\"}}");
    sfn.mockTask("SaveInvoice").thenReturn("{}");
    sfn.mockTask("NotifyCustomer").thenReturn("{\"MessageId\": \"m-1\"}");
    // WHEN
    Execution run = invoice.start("{\"customer\": \"ada@example.com\"}");
    // THEN: each Task called the resource the stack would give it
    assertThat(run).hasSucceeded();
    assertThat(run).task("CreateInvoice").hasParameters("{\"FunctionName\": "
        + "\"arn:aws:lambda:us-east-1:123456789012:function:create-invoice\", \"Payload\": {\"customer\": \"ada@example.com\"}}");
    assertThat(run).task("SaveInvoice").hasParameters("{\"TableName\": \"invoices-test\", \"Item\": "
        + "{\"invoiceId\": {\"S\": \"inv-9\"}, \"customer\": {\"S\": \"ada@example.com\"}}}");
    assertThat(run).task("NotifyCustomer").hasParameters("{\"TopicArn\": \"arn:aws:sns:us-east-1:123456789012:invoices\","
        + " \"Message\": \"Invoice inv-9 is ready\"}");
  }
}
// end::cdk-class[]
