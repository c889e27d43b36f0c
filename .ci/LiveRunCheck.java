import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * After a live run of the examples (issue 22): prints how many tests passed, were skipped (each
 * with its reason) and failed, from the surefire reports, and checks that the sfn-local server
 * they ran against holds no state machine and no activity. Exits 1 when a test failed or
 * something was left behind.
 *
 * <pre>java .ci/LiveRunCheck.java "virtual time" examples/target/surefire-reports http://127.0.0.1:PORT</pre>
 */
public class LiveRunCheck {

  public static void main(String[] args) throws Exception {
    String label = args[0];
    Path reports = Path.of(args[1]);
    URI endpoint = URI.create(args[2]);
    int passed = 0;
    int failed = 0;
    List<String> skipped = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    try (Stream<Path> files = Files.list(reports)) {
      for (Path file : files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList()) {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        NodeList cases = xml.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
          Element test = (Element) cases.item(i);
          String name = simple(test.getAttribute("classname")) + "." + test.getAttribute("name");
          Element skip = first(test, "skipped");
          Element failure = first(test, "failure") != null ? first(test, "failure") : first(test, "error");
          if (skip != null) {
            skipped.add(name + ": " + reason(skip));
          } else if (failure != null) {
            failed++;
            failures.add(name + ": " + failure.getAttribute("message"));
          } else {
            passed++;
          }
        }
      }
    }
    System.out.printf("live run of the examples on %s: %d passed, %d skipped, %d failed%n", label, passed,
        skipped.size(), failed);
    skipped.forEach(line -> System.out.println("  skipped " + line));
    failures.forEach(line -> System.out.println("  FAILED " + line));
    List<String> left = new ArrayList<>();
    left.addAll(list(endpoint, "ListStateMachines", "stateMachineArn"));
    left.addAll(list(endpoint, "ListActivities", "activityArn"));
    if (left.isEmpty()) {
      System.out.println("  the server holds no state machine and no activity");
    } else {
      left.forEach(arn -> System.out.println("  LEFT BEHIND " + arn));
    }
    if (failed > 0 || !left.isEmpty() || passed == 0) {
      System.exit(1);
    }
  }

  /** The ARNs an operation lists (all pages), through the server's AWS JSON 1.0 protocol. */
  static List<String> list(URI endpoint, String operation, String field) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    List<String> arns = new ArrayList<>();
    Pattern arn = Pattern.compile("\"" + field + "\":\"([^\"]+)\"");
    Pattern next = Pattern.compile("\"nextToken\":\"([^\"]+)\"");
    String token = null;
    do {
      String body = token == null ? "{}" : "{\"nextToken\":\"" + token + "\"}";
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint.resolve("/"))
          .timeout(Duration.ofSeconds(10))
          .header("X-Amz-Target", "AWSStepFunctions." + operation)
          .header("Content-Type", "application/x-amz-json-1.0")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(operation + " answered " + response.statusCode() + ": " + response.body());
      }
      Matcher found = arn.matcher(response.body());
      while (found.find()) {
        arns.add(found.group(1));
      }
      Matcher more = next.matcher(response.body());
      token = more.find() ? more.group(1) : null;
    } while (token != null);
    return arns;
  }

  /**
   * Why a test was skipped: the message of a disabled one; for an aborted one (an assumption, or
   * the Spring module's live-mode skip) surefire writes only the stack trace, whose first line
   * carries the reason after the exception's name.
   */
  private static String reason(Element skip) {
    String message = skip.getAttribute("message");
    if (!message.isBlank()) {
      return message;
    }
    String first = skip.getTextContent().strip().lines().findFirst().orElse("");
    int colon = first.indexOf(": ");
    return colon > 0 ? first.substring(colon + 2) : first;
  }

  private static Element first(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
  }

  private static String simple(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
