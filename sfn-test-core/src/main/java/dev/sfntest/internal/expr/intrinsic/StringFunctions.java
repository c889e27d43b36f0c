package dev.sfntest.internal.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.sfntest.internal.expr.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.StringTokenizer;

/**
 * {@code States.Format} and {@code States.StringSplit}.
 *
 * <pre>{@code
 * States.Format('Hello {}, you are {}', $.name, $.age)   // "Hello Ada, you are 36"
 * States.StringSplit('a,b;c', ',;')                      // ["a","b","c"]
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html#asl-intrsc-func-generic">States.Format</a>
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html#asl-intrsc-func-string-operation">States.StringSplit</a>
 */
final class StringFunctions {

  private StringFunctions() {}

  /**
   * Fills the template's {@code {}} with the other arguments' Java text: a string as itself,
   * {@code null} as {@code null}, an object as {@code {Id=arn..., Name=...}} (recorded on AWS).
   * The template may be a literal or come from a path; it must be a string.
   */
  static JsonNode format(Invocation call) {
    FormatTemplate template = call.argument(0) instanceof StringArgument literal
        ? literal.template()
        : FormatTemplate.parse(call.string(0));
    List<String> values = new ArrayList<>(call.size() - 1);
    for (int i = 1; i < call.size(); i++) {
      values.add(JavaValues.text(call.value(i)));
    }
    return TextNode.valueOf(template.render(values));
  }

  /**
   * Splits at every character of the delimiter string and drops empty pieces, as Java's {@code
   * StringTokenizer} does. Recorded on AWS: {@code ",,,,"} gives {@code []} and {@code
   * "This.is+a,test=string"} split on {@code ".+,="} gives five words.
   */
  static JsonNode split(Invocation call) {
    StringTokenizer tokens = new StringTokenizer(call.string(0), call.string(1));
    ArrayNode out = Json.array();
    while (tokens.hasMoreTokens()) {
      out.add(tokens.nextToken());
    }
    return out;
  }
}
