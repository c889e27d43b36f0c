package dev.sfntest.core.replay;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.core.MockedTask;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.internal.expr.ErrorNames;
import dev.sfntest.internal.expr.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A replay's answers as mocks: per Task state, its answers in the order the fake called it (the
 * order the mocks' call counter follows), each as {@code MockedTask} steps, Java source for them,
 * or a Step Functions Local mock file.
 */
final class MockExport {

  /** One programmed answer, for {@code times} calls in a row. */
  private record Step(RecordedAnswer answer, Duration heartbeatEvery, boolean silent, int times) {

    /** Whether it answers as {@code other} does: then one step answers both calls. */
    boolean sameAs(Step other) {
      RecordedAnswer a = answer;
      RecordedAnswer b = other.answer;
      return silent == other.silent && java.util.Objects.equals(heartbeatEvery, other.heartbeatEvery)
          && a.kind() == b.kind() && java.util.Objects.equals(a.output(), b.output())
          && java.util.Objects.equals(a.error(), b.error()) && java.util.Objects.equals(a.cause(), b.cause())
          && java.util.Objects.equals(a.submitted(), b.submitted())
          && java.util.Objects.equals(a.workerName(), b.workerName()) && a.took().equals(b.took());
    }
  }

  private final Map<String, List<Step>> byState;

  private MockExport(Map<String, List<Step>> byState) {
    this.byState = byState;
  }

  static MockExport of(List<RecordedAnswers.Call> calls) {
    Map<String, List<Step>> byState = new LinkedHashMap<>();
    for (RecordedAnswers.Call call : calls) {
      RecordedAnswer answer = call.answer();
      Long heartbeat = call.heartbeatSeconds();
      boolean silent = answer.kind() == RecordedAnswer.Kind.TIMED_OUT || answer.kind() == RecordedAnswer.Kind.NO_ANSWER;
      // A silent call sends heartbeats only to let TimeoutSeconds (not HeartbeatSeconds) end it, as the replay did.
      boolean beats = heartbeat != null && (silent ? answer.kind() == RecordedAnswer.Kind.TIMED_OUT
          && !ErrorNames.HEARTBEAT_TIMEOUT.equals(answer.error()) && answer.took().getSeconds() >= heartbeat
          : !answer.took().isZero());
      List<Step> steps = byState.computeIfAbsent(call.state(), k -> new ArrayList<>());
      Step step = new Step(answer, beats ? Duration.ofMillis(heartbeat * 500) : null, silent, 1);
      Step last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
      if (last != null && last.sameAs(step)) {
        steps.set(steps.size() - 1, new Step(last.answer(), last.heartbeatEvery(), last.silent(), last.times() + 1));
      } else {
        steps.add(step);
      }
    }
    return new MockExport(byState);
  }

  void program(SfnTestContext sfn) {
    byState.forEach((state, steps) -> {
      MockedTask mock = sfn.mockTask(state);
      for (Step step : steps) {
        RecordedAnswer answer = step.answer();
        if (step.silent()) {
          mock.staysSilent();
        } else if (answer.kind() == RecordedAnswer.Kind.RETURNED) {
          mock.thenReturn(answer.output() == null ? Json.NODES.nullNode() : answer.output());
        } else {
          mock.thenFail(answer.error(), answer.cause());
        }
        if (!step.silent() && !answer.took().isZero()) {
          mock.takes(answer.took());
        }
        if (step.heartbeatEvery() != null) {
          mock.heartbeatsEvery(step.heartbeatEvery());
        }
        if (answer.submitted() != null) {
          mock.submitting(Json.write(answer.submitted()));
        }
        if (answer.workerName() != null) {
          mock.byWorker(answer.workerName());
        }
        if (step.times() > 1) {
          mock.times(step.times());
        }
      }
    });
  }

  String java() {
    StringBuilder java = new StringBuilder();
    byState.forEach((state, steps) -> {
      java.append("sfn.mockTask(").append(literal(state)).append(")");
      for (Step step : steps) {
        RecordedAnswer answer = step.answer();
        java.append("\n    ");
        if (step.silent()) {
          java.append(".staysSilent()");
        } else if (answer.kind() == RecordedAnswer.Kind.RETURNED) {
          java.append(".thenReturn(").append(literal(answer.output() == null ? "null" : Json.write(answer.output())))
              .append(")");
        } else {
          java.append(".thenFail(").append(literal(answer.error())).append(", ").append(literal(answer.cause()))
              .append(")");
        }
        if (!step.silent() && !answer.took().isZero()) {
          java.append(".takes(Duration.parse(\"").append(answer.took()).append("\"))");
        }
        if (step.heartbeatEvery() != null) {
          java.append(".heartbeatsEvery(Duration.parse(\"").append(step.heartbeatEvery()).append("\"))");
        }
        if (answer.submitted() != null) {
          java.append(".submitting(").append(literal(Json.write(answer.submitted()))).append(")");
        }
        if (answer.workerName() != null) {
          java.append(".byWorker(").append(literal(answer.workerName())).append(")");
        }
        if (step.times() > 1) {
          java.append(".times(").append(step.times()).append(")");
        }
      }
      java.append(";\n");
    });
    return java.toString();
  }

  String mockConfig(String stateMachine, String testCase) {
    ObjectNode file = Json.object();
    ObjectNode cases = file.putObject("StateMachines").putObject(stateMachine).putObject("TestCases");
    ObjectNode mapping = cases.putObject(testCase);
    ObjectNode responses = file.putObject("MockedResponses");
    byState.forEach((state, steps) -> {
      String name = state + "-" + testCase;
      mapping.put(state, name);
      ObjectNode sequence = responses.putObject(name);
      int invocation = 0;
      for (Step step : steps) {
        RecordedAnswer answer = step.answer();
        // Step Functions Local's "0-3" key answers invocations 0 to 3 with one response
        String key = step.times() == 1 ? String.valueOf(invocation) : invocation + "-" + (invocation + step.times() - 1);
        invocation += step.times();
        ObjectNode response = sequence.putObject(key);
        if (answer.kind() == RecordedAnswer.Kind.RETURNED) {
          response.set("Return", answer.output() == null ? Json.NODES.nullNode() : answer.output());
        } else {
          // The mock file has no silence: a time-out is thrown as the error it ended with.
          ObjectNode thrown = response.putObject("Throw");
          thrown.put("Error", answer.error() == null ? ErrorNames.TIMEOUT : answer.error());
          thrown.put("Cause", answer.cause() == null ? "" : answer.cause());
        }
      }
    });
    return file.toPrettyString();
  }

  /** A Java string literal. */
  private static String literal(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder literal = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        case '\n' -> literal.append("\\n");
        case '\r' -> literal.append("\\r");
        case '\t' -> literal.append("\\t");
        default -> {
          if (c < 0x20) {
            literal.append(String.format("\\u%04x", (int) c));
          } else {
            literal.append(c);
          }
        }
      }
    }
    return literal.append('"').toString();
  }
}
