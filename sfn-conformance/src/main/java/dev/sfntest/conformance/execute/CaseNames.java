package dev.sfntest.conformance.execute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.conformance.corpus.ConformanceCase;
import dev.sfntest.conformance.corpus.SnapshotTransformer;
import dev.sfntest.internal.shared.compare.Jsons;
import dev.sfntest.internal.shared.compare.TextRewriter;
import dev.sfntest.internal.shared.compare.Wildcards;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The concrete values the runner gives a case's placeholders and test-created names, and the way
 * back: the corpus writes {@code arn:<partition>:}, {@code <region>}, {@code 111111111111} and
 * names such as {@code <lambda_function_name>} in definitions and inputs, and the recordings show
 * the role, the state machine and the execution under placeholders too
 * (notes/aws-history-format.md, section 4, items 1 and 2, and section 6).
 *
 * <p>Which placeholder a name maps back to comes from the case's text rules ({@code stands_for});
 * without one, the shared helpers' defaults apply ({@code <ArnPart_0idx>}, {@code <ExecArnPart_0idx>},
 * {@code snf_role_arn}).
 */
public final class CaseNames {

  static final String PARTITION_PLACEHOLDER = "arn:<partition>:";
  static final String REGION_PLACEHOLDER = "<region>";
  static final String ACCOUNT_PLACEHOLDER = "111111111111";
  private static final String ROLE_NAME = "sfntest-role";
  private static final Pattern ROLE_NAME_PLACEHOLDER = Pattern.compile(":role/(<[^>]+>)");

  private final String region;
  private final String account;
  private final String stateMachineName;
  private final String executionName;
  private final String roleArn;
  private final Map<String, String> toConcrete = new LinkedHashMap<>();
  private final Map<String, String> toPlaceholder = new LinkedHashMap<>();
  private final String executionIdPlaceholder;

  private CaseNames(ConformanceCase c, String region, String account, String runTag, int serial) {
    this.region = region;
    this.account = account;
    String suffix = runTag.isEmpty() ? "" : "-" + runTag;
    this.stateMachineName = "sfntest-machine-" + serial + suffix;
    this.executionName = "sfntest-execution-" + serial + suffix;
    this.roleArn = "arn:aws:iam::" + account + ":role/" + ROLE_NAME;

    toConcrete.put(PARTITION_PLACEHOLDER, "arn:aws:");
    toConcrete.put(REGION_PLACEHOLDER, region);
    toConcrete.put(ACCOUNT_PLACEHOLDER, account);
    toConcrete.put("<ArnPart_0idx>", stateMachineName);
    c.placeholders().forEach((placeholder, standsFor) ->
        toConcrete.putIfAbsent(placeholder, concreteValue(placeholder, standsFor)));

    toConcrete.forEach((placeholder, value) -> toPlaceholder.put(value, placeholder));
    toPlaceholder.put(stateMachineName, nameRule(c, "state machine name", "<state-machine-name>", "<ArnPart_0idx>"));
    toPlaceholder.put(executionName, executionPlaceholder(c));
    mapRoleBack(c);
    this.executionIdPlaceholder = nameRule(c, c.isSyncStart() ? "sync execution id" : "express execution id",
        null, c.isSyncStart() ? "<SyncExecArn_Part2_0idx>" : "<ExpressExecArn_Part2_0idx>");
  }

  /**
   * The names of one case on one target.
   *
   * @param serial makes the names of this run's cases distinct from each other
   */
  public static CaseNames of(ConformanceCase c, String region, String account, int serial) {
    return of(c, region, account, "", serial);
  }

  /**
   * The names of one case on a target that keeps what earlier runs created.
   *
   * @param runTag added to the state machine and execution names (when not empty), so that they
   *     differ from every other run's: an endpoint keeps executions after their state machine is
   *     deleted, and refuses a second one of the same name
   */
  public static CaseNames of(ConformanceCase c, String region, String account, String runTag, int serial) {
    return new CaseNames(c, region, account, runTag, serial);
  }

  private String concreteValue(String placeholder, String standsFor) {
    String slug = placeholder.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "").toLowerCase(Locale.ROOT);
    String name = "sfntest-" + slug;
    String about = standsFor == null ? "" : standsFor.toLowerCase(Locale.ROOT);
    if (about.contains("queue url")) {
      return "https://sqs." + region + ".amazonaws.com/" + account + "/" + name;
    }
    if (about.startsWith("arn of a ")) {
      String service = about.substring("arn of a ".length()).split(" ")[0];
      return switch (service) {
        case "states" -> "arn:aws:states:" + region + ":" + account + ":activity:" + name;
        case "iam" -> "arn:aws:iam::" + account + ":role/" + name;
        default -> "arn:aws:" + service + ":" + region + ":" + account + ":" + name;
      };
    }
    return name;
  }

  /** The replacement of the first text rule standing for {@code standsFor}, else of {@code fixtureName}, else the default. */
  private static String nameRule(ConformanceCase c, String standsFor, String fixtureName, String otherwise) {
    for (SnapshotTransformer t : c.transformers()) {
      if (SnapshotTransformer.TEXT.equals(t.kind()) && standsFor.equals(t.standsFor())) {
        return t.replacement();
      }
    }
    for (SnapshotTransformer t : c.transformers()) {
      if (t.isNamedValue() && t.replacement().equals(fixtureName)) {
        return t.replacement();
      }
    }
    return otherwise;
  }

  /**
   * The execution-name placeholder: a test that ran several executions has one rule per execution
   * ({@code <ExecArnPart_Nidx>}); the case's is the one its recording mentions.
   */
  private static String executionPlaceholder(ConformanceCase c) {
    String standsFor = c.isSyncStart() ? "sync execution name" : c.isExpress() ? "express execution name" : "execution name";
    String expectedText = expectedText(c);
    String first = null;
    for (SnapshotTransformer t : c.transformers()) {
      if (SnapshotTransformer.TEXT.equals(t.kind()) && standsFor.equals(t.standsFor())) {
        if (first == null) {
          first = t.replacement();
        }
        if (expectedText.contains(t.replacement())) {
          return t.replacement();
        }
      }
    }
    if (first != null) {
      return first;
    }
    if (c.isSyncStart()) {
      return "<SyncExecArn_Part1_0idx>";
    }
    return c.isExpress() ? "<ExpressExecArn_Part1_0idx>" : "<ExecArnPart_0idx>";
  }

  private static String expectedText(ConformanceCase c) {
    StringBuilder text = new StringBuilder();
    for (JsonNode part : new JsonNode[] {c.expected().history(), c.expected().output(), c.expected().cause(),
        c.expected().syncResponse(), c.expected().expressLogEndEvent()}) {
      if (part != null) {
        text.append(Jsons.write(part));
      }
    }
    return text.toString();
  }

  /**
   * The role maps back as a whole ARN ({@code snf_role_arn}, or what the case's rule says), unless
   * the recording shows a role ARN whose name is a placeholder ({@code role/<role-name>}, or a
   * reference such as {@code role/<resource:2>} where a resource rule hit the role's name first):
   * then only the name maps back, or stays for the wildcard to bind.
   */
  private void mapRoleBack(ConformanceCase c) {
    Matcher namePlaceholder = ROLE_NAME_PLACEHOLDER.matcher(expectedText(c));
    if (namePlaceholder.find()) {
      String placeholder = namePlaceholder.group(1);
      if (!Wildcards.isToken(placeholder)) {
        toPlaceholder.put(ROLE_NAME, placeholder);
      }
      return;
    }
    for (SnapshotTransformer t : c.transformers()) {
      if (t.isNamedValue() && ("role ARN".equals(t.standsFor())
          || "ARN of a iam resource created by the test".equals(t.standsFor()))) {
        toPlaceholder.put(roleArn, t.replacement());
        return;
      }
    }
    toPlaceholder.put(roleArn, "snf_role_arn");
  }

  public String stateMachineName() {
    return stateMachineName;
  }

  public String executionName() {
    return executionName;
  }

  public String roleArn() {
    return roleArn;
  }

  /** Replaces the corpus's placeholders in a definition or input by the concrete values. */
  public String toConcrete(String text) {
    return TextRewriter.literals(toConcrete).apply(text);
  }

  /**
   * Learns the generated part of an express or sync execution's ARN
   * ({@code ...:express:machine:name:id}) so that it maps back to its placeholder.
   */
  public void learnExecutionArn(String executionArn) {
    String[] parts = executionArn.split(":");
    if (parts.length == 9 && parts[5].equals("express")) {
      toPlaceholder.put(parts[8], executionIdPlaceholder);
    }
  }

  /**
   * The rewrite from the target's text back to the corpus's: names, test-created values, then the
   * account, region and partition, in one longest-first pass.
   */
  public TextRewriter toPlaceholders() {
    return TextRewriter.literals(toPlaceholder);
  }
}
