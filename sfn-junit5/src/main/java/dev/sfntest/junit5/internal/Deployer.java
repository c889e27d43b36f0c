package dev.sfntest.junit5.internal;

import dev.sfntest.core.StateMachine;
import dev.sfntest.core.UniqueNames;
import dev.sfntest.junit5.Deploy;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.Tag;

/**
 * Deploys the state machines of one test's {@link Deploy @Deploy} fields and parameters, and
 * deletes them after it. Live names get the test's unique suffix; two deployments under one name
 * in a test get {@code -2}, {@code -3}.
 */
public final class Deployer {

  /** What a default name cannot hold; compiled once, as every test deploys. */
  private static final java.util.regex.Pattern NOT_IN_A_NAME = java.util.regex.Pattern.compile("[^A-Za-z0-9_-]");

  /** AWS's longest state machine name. */
  private static final int MAX_NAME = UniqueNames.MAX_LENGTH;

  private final SfnClient client;
  private final Environment environment;
  private final ClassLoader classLoader;
  private final DefinitionTexts texts;
  private final Function<String, Optional<String>> substitutions;
  private final UniqueNames uniqueNames;
  private final Set<String> names = new HashSet<>();
  private final List<String> deployed = new ArrayList<>();

  /**
   * @param client the test's (recording) client: the handles it returns start executions through it
   * @param classLoader where definitions are read from
   * @param texts the definitions read so far in the run
   * @param substitutions the value of a placeholder {@code @Deploy} does not give, if any
   * @param uniqueNames what makes live names unique to this test
   */
  public Deployer(SfnClient client, Environment environment, ClassLoader classLoader, DefinitionTexts texts,
      Function<String, Optional<String>> substitutions, UniqueNames uniqueNames) {
    this.client = client;
    this.environment = environment;
    this.classLoader = classLoader;
    this.texts = texts;
    this.substitutions = substitutions;
    this.uniqueNames = uniqueNames;
  }

  /**
   * Creates the state machine {@code deploy} describes.
   *
   * @param target what receives it, for messages: {@code field 'order'}
   * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException when the definition
   *     cannot be found or completed, or the service refuses it
   */
  public synchronized StateMachine deploy(Deploy deploy, String target) {
    String where = "@Deploy(\"" + deploy.value() + "\") on " + target;
    String definition = definition(deploy, where);
    String name = uniqueName(deploy.name().isEmpty() ? defaultName(deploy.value()) : deploy.name());
    List<Tag> tags = pairs(deploy.tags(), "tags", where).entrySet().stream()
        .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
        .collect(Collectors.toList());
    String arn;
    try {
      arn = client.createStateMachine(b -> b.name(name).definition(definition).roleArn(environment.roleArn())
          .type(deploy.type() == Deploy.Type.EXPRESS ? StateMachineType.EXPRESS : StateMachineType.STANDARD)
          .tags(tags)).stateMachineArn();
    } catch (SdkException e) {
      throw Misconfigured.because(where + " could not create the state machine '" + name + "': " + e.getMessage(), e);
    }
    deployed.add(arn);
    return StateMachine.of(client, arn);
  }

  /** Deletes every state machine deployed so far, newest first; returns what went wrong. */
  public synchronized List<Throwable> deleteAll() {
    List<Throwable> errors = new ArrayList<>();
    for (int i = deployed.size() - 1; i >= 0; i--) {
      String arn = deployed.get(i);
      try {
        environment.client().deleteStateMachine(b -> b.stateMachineArn(arn));
      } catch (RuntimeException e) {
        errors.add(new IllegalStateException("Could not delete the state machine " + arn + " the test deployed: "
            + e.getMessage(), e));
      }
    }
    deployed.clear();
    return errors;
  }

  private String definition(Deploy deploy, String where) {
    DefinitionTemplate template = new DefinitionTemplate(read(deploy.value(), where));
    Map<String, String> given = pairs(deploy.substitutions(), "substitutions", where);
    try {
      return template.substitute(name -> given.containsKey(name)
          ? Optional.of(given.get(name))
          : substitutions.apply(name));
    } catch (DefinitionTemplate.MissingValues e) {
      String first = e.names().get(0);
      throw Misconfigured.because(where + ": the definition's placeholders "
          + e.names().stream().map(n -> "${" + n + "}").collect(Collectors.joining(", "))
          + " have no value. Give each one in @Deploy(substitutions = \"" + first + "=...\"), in "
          + "SfnExtension.builder().substitution(\"" + first + "\", ...), or as the configuration parameter "
          + "or system property sfntest.substitution." + first + ".");
    }
  }

  private String read(String resource, String where) {
    String path = resource.startsWith("/") ? resource.substring(1) : resource;
    Optional<String> text;
    try {
      text = texts.read(classLoader, path);
    } catch (UncheckedIOException e) {
      throw Misconfigured.because(where + ": cannot read " + path + ": " + e.getCause().getMessage(), e.getCause());
    }
    return text.orElseThrow(() -> Misconfigured.because(where + ": there is no " + path + " on the test "
        + "classpath. Put the definition under src/test/resources/" + path + ", or correct the path."));
  }

  /** {@code workflows/order.asl.json} → {@code order}, with what AWS refuses in a name made {@code -}. */
  static String defaultName(String resource) {
    String file = resource.substring(resource.lastIndexOf('/') + 1);
    for (String extension : List.of(".asl.json", ".json")) {
      if (file.endsWith(extension)) {
        file = file.substring(0, file.length() - extension.length());
        break;
      }
    }
    return NOT_IN_A_NAME.matcher(file).replaceAll("-");
  }

  private String uniqueName(String base) {
    String tail = uniqueNames.suffix().isEmpty() ? "" : "-" + uniqueNames.suffix();
    String candidate = fit(base, tail);
    for (int n = 2; !names.add(candidate); n++) {
      candidate = fit(base, "-" + n + tail);
    }
    return candidate;
  }

  private static String fit(String base, String tail) {
    int room = MAX_NAME - tail.length();
    return (base.length() > room ? base.substring(0, room) : base) + tail;
  }

  /** Reads {@code key=value} entries. */
  private static Map<String, String> pairs(String[] entries, String attribute, String where) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (String entry : entries) {
      int eq = entry.indexOf('=');
      if (eq <= 0) {
        throw Misconfigured.because(where + ": " + attribute + " entry \"" + entry + "\" is not key=value. "
            + "Write each as key=value, like \"" + (attribute.equals("tags") ? "team=orders" : "TableName=orders")
            + "\".");
      }
      pairs.put(entry.substring(0, eq).trim(), entry.substring(eq + 1));
    }
    return pairs;
  }
}
