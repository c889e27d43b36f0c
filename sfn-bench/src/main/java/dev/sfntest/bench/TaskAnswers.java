package dev.sfntest.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.TaskFailure;
import dev.sfntest.core.TaskHandler;
import dev.sfntest.core.TaskInvocation;
import dev.sfntest.internal.shared.ReferencePaths;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Programs a fake's task mocks from a workload's {@code taskResults}: echo, fixed, error, sequence
 * (counted per execution and state, and per lookup key under a lookup) and lookup.
 */
final class TaskAnswers {

  private final AtomicInteger calls = new AtomicInteger();
  /** Lookup key paths, compiled once as a handler would. */
  private final Map<String, ReferencePaths> keyPaths = new java.util.concurrent.ConcurrentHashMap<>();

  /** How many task calls were answered so far. */
  int calls() {
    return calls.get();
  }

  void program(FakeSfn fake, JsonNode taskResults) {
    taskResults.fields().forEachRemaining(entry -> {
      // Per execution, then per counter key: sequence counters start at 0 for every execution.
      Map<String, Map<String, Integer>> counters = new HashMap<>();
      fake.mockTask(entry.getKey()).thenAnswer(handler(entry.getValue(), counters, entry.getKey()));
    });
  }

  private TaskHandler handler(JsonNode spec, Map<String, Map<String, Integer>> counters, String counterKey) {
    return call -> {
      calls.incrementAndGet();
      Map<String, Integer> ofExecution = counters.computeIfAbsent(call.executionArn(), arn -> new HashMap<>());
      return answer(spec, call, ofExecution, counterKey);
    };
  }

  private JsonNode answer(JsonNode spec, TaskInvocation call, Map<String, Integer> counters, String counterKey) {
    switch (spec.get("kind").asText()) {
      case "echo":
        return call.input();
      case "fixed":
        return spec.get("result").deepCopy();
      case "error":
        throw new TaskFailure(spec.get("error").asText(), spec.get("cause").asText());
      case "sequence": {
        int k = counters.merge(counterKey, 1, Integer::sum) - 1;
        JsonNode steps = spec.get("steps");
        return answer(steps.get(Math.min(k, steps.size() - 1)), call, counters, counterKey + "#" + k);
      }
      case "lookup": {
        JsonNode key = keyPaths.computeIfAbsent(spec.get("keyPath").asText(), ReferencePaths::compile).readOrNull(call.input());
        JsonNode chosen = key == null ? null : spec.get("cases").get(key.asText());
        if (chosen == null) {
          chosen = spec.get("default");
        }
        if (chosen == null) {
          throw new TaskFailure("Bench.NoMockCase", "no case for " + key);
        }
        return answer(chosen, call, counters, counterKey + "#" + (key == null ? "" : key.asText()));
      }
      default:
        throw new IllegalArgumentException("Unknown task result kind: " + spec);
    }
  }
}
