/**
 * An execution's history read back as what ran: {@link dev.sfntest.trace.Trace} places every
 * event in the state visit it belongs to, visits in the execution, Parallel branches and Map
 * iterations ({@link dev.sfntest.trace.Scope}), with their attempts and outcomes; {@link
 * dev.sfntest.trace.EventKind} tells what each event is without comparing type names; {@link
 * dev.sfntest.trace.HistoryTable} prints a history for people. Built on the AWS SDK's {@code
 * HistoryEvent} only, so it reads histories from the fake and from AWS alike.
 *
 * <pre>{@code
 * Trace trace = Trace.of(execution.history());
 * Visit charge = trace.visitsOf("ChargeCard").get(0);
 * if (charge.outcome() == Outcome.CAUGHT) { ... charge.failure().error() ... }
 * System.out.print(HistoryTable.of(trace).last(10).render());
 * }</pre>
 */
package dev.sfntest.trace;
