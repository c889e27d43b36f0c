package dev.sfntest.local.internal.cli;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.internal.shared.JsonValues;
import dev.sfntest.internal.shared.SdkWire;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionDiagnostic;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResponse;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionSeverity;

/**
 * {@code sfn-local validate DEFINITION}: the diagnostics AWS's {@code ValidateStateMachineDefinition}
 * gives, as text or ({@code --json}) in that operation's response shape. Exit 0 when the result is
 * OK (warnings allowed), 1 when FAIL, 2 when the file cannot be read.
 *
 * <pre>
 * $ sfn-local validate broken.asl.json
 * FAIL
 * ERROR  MISSING_TRANSITION_TARGET  /States/A/Next  ...
 * </pre>
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Validates a definition as ValidateStateMachineDefinition does.")
public final class ValidateCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "DEFINITION", description = "The ASL file ('-' for standard input).")
  private String definition;

  @Option(names = "--json", description = "Print the ValidateStateMachineDefinition response as JSON.")
  private boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String text;
    try {
      text = Sources.read(definition, Sources::file);
    } catch (BadUsage e) {
      spec.commandLine().getErr().println(e.getMessage());
      return ExitCodes.USAGE;
    }
    ValidateStateMachineDefinitionResponse response = validate(text);
    if (json) {
      out.println(JsonValues.write(SdkWire.toJson(response)));
    } else {
      print(response, out);
    }
    out.flush();
    return response.resultAsString().equals("OK") ? ExitCodes.OK : ExitCodes.FAILED;
  }

  /**
   * The response AWS gives for {@code definition}, warnings included: FAIL when any diagnostic is
   * an error. The fake's own ValidateStateMachineDefinition answers, so the CLI and the API agree.
   */
  static ValidateStateMachineDefinitionResponse validate(String definition) {
    try (FakeSfn fake = FakeSfn.create()) {
      return fake.client().validateStateMachineDefinition(b -> b.definition(definition)
          .severity(ValidateStateMachineDefinitionSeverity.WARNING));
    }
  }

  private static void print(ValidateStateMachineDefinitionResponse response, PrintWriter out) {
    out.println(response.resultAsString());
    List<ValidateStateMachineDefinitionDiagnostic> diagnostics = response.diagnostics();
    int severityWidth = 0;
    int codeWidth = 0;
    int locationWidth = 0;
    for (ValidateStateMachineDefinitionDiagnostic d : diagnostics) {
      severityWidth = Math.max(severityWidth, d.severityAsString().length());
      codeWidth = Math.max(codeWidth, d.code().length());
      locationWidth = Math.max(locationWidth, location(d).length());
    }
    for (ValidateStateMachineDefinitionDiagnostic d : diagnostics) {
      out.println(pad(d.severityAsString(), severityWidth) + "  " + pad(d.code(), codeWidth) + "  "
          + pad(location(d), locationWidth) + "  " + d.message());
    }
  }

  private static String location(ValidateStateMachineDefinitionDiagnostic diagnostic) {
    return diagnostic.location() == null ? "-" : diagnostic.location();
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
