package dev.sfntest.conformance.execute;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.trace.EventKind;
import java.util.List;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * The status, output, error and cause of an Express execution, read from its log's last event the
 * way DescribeExecution would report them for a standard one.
 */
final class ExpressOutcome {

  private ExpressOutcome() {}

  static ObjectNode of(List<HistoryEvent> log) {
    HistoryEvent last = log.isEmpty() ? null : log.get(log.size() - 1);
    if (last == null) {
      return CaseExecution.result("RUNNING", null, null, null);
    }
    switch (EventKind.of(last)) {
      case EXECUTION_SUCCEEDED:
        return CaseExecution.result("SUCCEEDED", last.executionSucceededEventDetails().output(), null, null);
      case EXECUTION_FAILED:
        return CaseExecution.result("FAILED", null, last.executionFailedEventDetails().error(),
            last.executionFailedEventDetails().cause());
      case EXECUTION_TIMED_OUT:
        return CaseExecution.result("TIMED_OUT", null, last.executionTimedOutEventDetails().error(),
            last.executionTimedOutEventDetails().cause());
      case EXECUTION_ABORTED:
        return CaseExecution.result("ABORTED", null, last.executionAbortedEventDetails().error(),
            last.executionAbortedEventDetails().cause());
      default:
        return CaseExecution.result("RUNNING", null, null, null);
    }
  }
}
