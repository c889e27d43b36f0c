package dev.sfntest.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.sdk.RequiredMembers;
import dev.sfntest.internal.sdk.SdkJson;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.SfnRequest;

/**
 * Requests of every operation with random members, built from the SDK's own model of each request:
 * every member present or not, strings from pools that fit the member (ARNs of things that exist,
 * that do not, and that are malformed; names, definitions, JSON, tokens, enum values) or not at all.
 */
final class RandomRequests {

  /** Every operation of the client that takes a request, by name (the paginators only call them). */
  static final List<Method> OPERATIONS = operations();

  /** Pools of strings: the first {@code good} of each fit their member, the rest do not. */
  private record Pool(List<String> values, int good) {}

  private static final Pool NAMES = new Pool(List.of("ok-name", "fixture", "live", "work", "1", "", "a".repeat(81),
      "bad name", "bad/name", "ünï", "x".repeat(5000)), 5);
  private static final Pool DEFINITIONS = new Pool(List.of(
      "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}",
      "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Output\":\"{% 1 %}\","
          + "\"End\":true}}}",
      "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":10,\"End\":true}}}",
      "{\"Type\":\"Pass\",\"Result\":{\"a\":1},\"End\":true}",
      "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\",\"Parameters\":{\"FunctionName\":\"f\","
          + "\"Payload.$\":\"$\"},\"Retry\":[{\"ErrorEquals\":[\"States.ALL\"]}],\"End\":true}",
      "{\"Type\":\"Map\",\"ItemProcessor\":{\"StartAt\":\"I\",\"States\":{\"I\":{\"Type\":\"Pass\","
          + "\"End\":true}}},\"End\":true}",
      "{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.a\",\"IsPresent\":true,\"Next\":\"X\"}]}",
      "{", "", "null", "{}", "{\"StartAt\":\"X\",\"States\":{}}", "x".repeat(1024 * 1024 + 1)), 7);
  private static final Pool JSON_TEXTS = new Pool(List.of("{}", "{\"a\":1}", "\"s\"", "[1,2]", "", "[", "null",
      "1e999", "[".repeat(1001) + "]".repeat(1001), "{\"s\":\"" + "x".repeat(262_144) + "\"}", "\ud800"), 4);
  private static final Pool WORDS = new Pool(List.of("STANDARD", "EXPRESS", "RUNNING", "SUCCEEDED", "FAILED",
      "ABORTED", "TIMED_OUT", "PENDING_REDRIVE", "ALL", "METADATA_ONLY", "INCLUDE", "ERROR", "WARNING", "FATAL", "OFF",
      "REDRIVEN", "NOT_REDRIVEN", "ACTIVE", "DELETING", "CUSTOMER_MANAGED_KMS_KEY", "AWS_OWNED_KEY", "garbage", "",
      "States.ALL", "Custom.Error", "0", "-1", "arn:aws:kms:us-east-1:123456789012:key/k", "DEBUG", "TRACE", "INFO"), 29);

  private RandomRequests() {}

  private static List<Method> operations() {
    List<Method> operations = new ArrayList<>();
    for (Method method : SfnClient.class.getMethods()) {
      if (method.getParameterCount() == 1 && SfnRequest.class.isAssignableFrom(method.getParameterTypes()[0])
          && !method.getName().endsWith("Paginator")) {
        operations.add(method);
      }
    }
    operations.sort(Comparator.comparing(Method::getName));
    return List.copyOf(operations);
  }

  /**
   * A request for {@code operation}, its members drawn from {@code random} with the fixtures' ARNs.
   * A plausible request has fewer members, each from the pool that fits it, so that more of them
   * get past validation to the operation itself; a chaotic one has anything anywhere.
   */
  static SfnRequest request(Method operation, Random random, List<String> arns, int existing, boolean plausible) {
    Class<?> type = operation.getParameterTypes()[0];
    String name = type.getSimpleName().substring(0, type.getSimpleName().length() - "Request".length());
    Draw draw = new Draw(random, new Pool(arns, existing), plausible, RequiredMembers.of(name));
    ObjectNode json = members(pojo(type).sdkFields(), draw, 0);
    return (SfnRequest) SdkJson.toSdk(type, json);
  }

  /** The source of one request's values. */
  private record Draw(Random random, Pool arns, boolean plausible, List<String> required) {
    boolean chance(int outOf) {
      return random.nextInt(outOf) == 0;
    }

    /** A value of the pool: a fitting one most of the time when plausible, any one otherwise. */
    String pick(Pool pool) {
      if (plausible && pool.good() > 0 && random.nextInt(7) > 0) {
        return pool.values().get(random.nextInt(pool.good()));
      }
      return pool.values().get(random.nextInt(pool.values().size()));
    }
  }

  private static SdkPojo pojo(Class<?> type) {
    try {
      return (SdkPojo) type.getMethod("builder").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode members(List<SdkField<?>> fields, Draw draw, int depth) {
    ObjectNode json = Json.object();
    for (SdkField<?> field : fields) {
      boolean structured = field.marshallingType() != MarshallingType.STRING
          && field.marshallingType() != MarshallingType.BOOLEAN;
      boolean present;
      if (!draw.plausible()) {
        present = !draw.chance(4);
      } else if (depth == 0 && draw.required().contains(field.locationName())) {
        present = true;
      } else {
        present = field.locationName().equals("nextToken") ? draw.chance(8) : draw.chance(structured ? 5 : 2);
      }
      if (!present) {
        continue;
      }
      json.set(field.locationName(), value(field, draw, depth));
    }
    return json;
  }

  private static JsonNode value(SdkField<?> field, Draw draw, int depth) {
    MarshallingType<?> type = field.marshallingType();
    Random random = draw.random();
    if (type == MarshallingType.STRING) {
      return Json.NODES.textNode(string(field.locationName(), draw));
    }
    if (type == MarshallingType.INTEGER || type == MarshallingType.LONG) {
      int[] numbers = draw.plausible() ? new int[] {0, 1, 2, 7, 100}
          : new int[] {-1, 0, 1, 2, 7, 100, 1000, 1001, Integer.MAX_VALUE, Integer.MIN_VALUE};
      return Json.NODES.numberNode(numbers[random.nextInt(numbers.length)]);
    }
    if (type == MarshallingType.BOOLEAN) {
      return Json.NODES.booleanNode(random.nextBoolean());
    }
    if (type == MarshallingType.SDK_POJO && depth < 3) {
      return members(((SdkPojo) field.constructor().get()).sdkFields(), draw, depth + 1);
    }
    if (type == MarshallingType.LIST && depth < 3) {
      SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
      ArrayNode list = Json.array();
      int size = !draw.plausible() && draw.chance(10) ? 60 : random.nextInt(4);
      for (int i = 0; i < size; i++) {
        list.add(value(member, draw, depth + 1));
      }
      return list;
    }
    if (type == MarshallingType.MAP && depth < 3) {
      SdkField<?> member = field.getTrait(MapTrait.class).valueFieldInfo();
      ObjectNode map = Json.object();
      for (int i = random.nextInt(3); i > 0; i--) {
        map.set(string("key", draw), value(member, draw, depth + 1));
      }
      return map;
    }
    return Json.NODES.nullNode();
  }

  /** A string for a member, from the pool its name suggests most of the time. */
  private static String string(String member, Draw draw) {
    Random random = draw.random();
    Pool arns = draw.arns();
    String name = member.toLowerCase(Locale.ROOT);
    if (draw.plausible() || random.nextInt(5) > 0) {
      if (name.endsWith("arn") || name.endsWith("arns")) {
        return draw.pick(arns);
      }
      if (name.contains("token")) {
        return draw.pick(arns);
      }
      if (name.equals("definition")) {
        return draw.pick(DEFINITIONS);
      }
      if (name.equals("input") || name.equals("output")) {
        return draw.pick(JSON_TEXTS);
      }
      if (name.endsWith("name") || name.equals("key") || name.equals("value")) {
        return draw.pick(NAMES);
      }
      if (draw.plausible()) {
        return draw.pick(WORDS);
      }
    }
    return switch (random.nextInt(4)) {
      case 0 -> draw.pick(WORDS);
      case 1 -> draw.pick(arns);
      case 2 -> draw.pick(NAMES);
      default -> randomText(random);
    };
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(12); i > 0; i--) {
      text.appendCodePoint(random.nextInt(3) == 0 ? random.nextInt(0x10FFFF) : 0x20 + random.nextInt(0x5F));
    }
    return text.toString();
  }

}
