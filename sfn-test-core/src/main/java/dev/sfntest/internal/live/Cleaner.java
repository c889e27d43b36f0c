package dev.sfntest.internal.live;

import dev.sfntest.core.CreatedResources.Leak;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ActivityDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.ListExecutionsRequest;
import software.amazon.awssdk.services.sfn.model.ListMapRunsRequest;
import software.amazon.awssdk.services.sfn.model.MapRunListItem;
import software.amazon.awssdk.services.sfn.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sfn.model.StateMachineDeletingException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;

/**
 * Cleans up after a test what its {@link Ledger} recorded, in the order the service needs: first
 * the executions still running (those the test started, those of the state machines it created,
 * and the child executions of their map runs) are stopped; then the aliases are deleted (a
 * version an alias routes to cannot be deleted), the versions, the state machines, and the
 * activities.
 *
 * <p>What is already gone is no error: the test may have deleted it itself, and AWS deletes a
 * machine asynchronously (it is DELETING until its last execution has ended), taking its versions
 * and aliases with it. What cannot be cleaned becomes a {@link Leak}, with the ARN and the
 * service's reason; one failure never stops the rest of the clean-up.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_DeleteStateMachine.html">DeleteStateMachine</a>
 */
public final class Cleaner {

  /** The error a stopped execution ends with, so a reader of its history knows who stopped it. */
  public static final String STOP_ERROR = "sfn-test.TestEnded";

  private final SfnClient service;

  /** @param service a client that records nothing */
  public Cleaner(SfnClient service) {
    this.service = Objects.requireNonNull(service);
  }

  /** Cleans up what the ledger holds (and forgets it); returns what could not be cleaned. */
  public List<Leak> cleanUp(Ledger ledger) {
    Ledger.Inventory inventory = ledger.takeInventory();
    List<Leak> leaks = new ArrayList<>();
    stopExecutions(inventory, leaks);
    for (String alias : inventory.aliases()) {
      delete(alias, () -> service.deleteStateMachineAlias(b -> b.stateMachineAliasArn(alias)), leaks);
    }
    for (String version : inventory.versions()) {
      delete(version, () -> service.deleteStateMachineVersion(b -> b.stateMachineVersionArn(version)), leaks);
    }
    for (String machine : inventory.machines()) {
      delete(machine, () -> service.deleteStateMachine(b -> b.stateMachineArn(machine)), leaks);
    }
    for (String activity : inventory.activities()) {
      delete(activity, () -> service.deleteActivity(b -> b.activityArn(activity)), leaks);
    }
    for (Ledger.Unsure unsure : inventory.unsure()) {
      leaks.add(new Leak(unsure.arn(), "not deleted: " + unsure.why()));
    }
    return leaks;
  }

  private void stopExecutions(Ledger.Inventory inventory, List<Leak> leaks) {
    Set<String> running = new LinkedHashSet<>();
    for (String execution : inventory.executions()) {
      if (!LiveArns.isExpress(execution) && isRunning(execution, leaks)) {
        running.add(execution);
      }
    }
    // Executions the test did not start itself, on machines it created: started by a nested
    // execution, an EventBridge rule, or the code under test through a client of its own.
    for (String machine : inventory.machines()) {
      running.addAll(runningExecutions(ListExecutionsRequest.builder().stateMachineArn(machine), machine, leaks));
    }
    for (String execution : running) {
      stop(execution, leaks);
    }
    // Stopping a parent aborts its map runs; their child executions may still be running until
    // the service gets to them.
    for (String execution : running) {
      for (String mapRun : mapRuns(execution, leaks)) {
        for (String child : runningExecutions(ListExecutionsRequest.builder().mapRunArn(mapRun), mapRun, leaks)) {
          stop(child, leaks);
        }
      }
    }
  }

  private boolean isRunning(String execution, List<Leak> leaks) {
    try {
      return service.describeExecution(b -> b.executionArn(execution)).status() == ExecutionStatus.RUNNING;
    } catch (ExecutionDoesNotExistException | StateMachineDoesNotExistException e) {
      return false;
    } catch (RuntimeException e) {
      leaks.add(new Leak(execution, "could not tell whether it still runs: " + message(e)));
      return false;
    }
  }

  private List<String> runningExecutions(ListExecutionsRequest.Builder request, String of, List<Leak> leaks) {
    try {
      return service.listExecutionsPaginator(request.statusFilter(ExecutionStatus.RUNNING).build()).executions()
          .stream().map(ExecutionListItem::executionArn).filter(arn -> !LiveArns.isExpress(arn)).toList();
    } catch (StateMachineDoesNotExistException | ResourceNotFoundException e) {
      return List.of();
    } catch (RuntimeException e) {
      leaks.add(new Leak(of, "could not list its running executions: " + message(e)));
      return List.of();
    }
  }

  private List<String> mapRuns(String execution, List<Leak> leaks) {
    try {
      return service.listMapRunsPaginator(ListMapRunsRequest.builder().executionArn(execution).build()).mapRuns()
          .stream().map(MapRunListItem::mapRunArn).toList();
    } catch (ExecutionDoesNotExistException | ResourceNotFoundException e) {
      return List.of();
    } catch (RuntimeException e) {
      leaks.add(new Leak(execution, "could not list its map runs: " + message(e)));
      return List.of();
    }
  }

  private void stop(String execution, List<Leak> leaks) {
    try {
      service.stopExecution(b -> b.executionArn(execution).error(STOP_ERROR)
          .cause("The test that started this execution has ended."));
    } catch (ExecutionDoesNotExistException e) {
      // gone already
    } catch (RuntimeException e) {
      // It may have ended between the listing and the stop: only a running one is a leak.
      if (isRunning(execution, new ArrayList<>())) {
        leaks.add(new Leak(execution, "could not stop it: " + message(e)));
      }
    }
  }

  private static void delete(String arn, Runnable call, List<Leak> leaks) {
    try {
      call.run();
    } catch (StateMachineDoesNotExistException | ActivityDoesNotExistException | ResourceNotFoundException
        | StateMachineDeletingException e) {
      // deleted already, or on its way out with its machine
    } catch (RuntimeException e) {
      leaks.add(new Leak(arn, "could not delete it: " + message(e)));
    }
  }

  /** The service's message without the SDK's request details. */
  private static String message(RuntimeException e) {
    String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int details = text.indexOf(" (Service: ");
    return details > 0 ? text.substring(0, details) : text;
  }
}
