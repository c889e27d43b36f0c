/**
 * How a history the fake recorded is compared with one AWS recorded: the comparison rules of the
 * conformance corpus (notes/aws-history-format.md, sections 3 to 7) as a library. A {@link
 * dev.sfntest.internal.shared.compare.Normaliser} brings an answer into the recordings' shape, a
 * {@link dev.sfntest.internal.shared.compare.HistoryMatcher} finds the first {@link
 * dev.sfntest.internal.shared.compare.Difference}, event by event.
 *
 * <p>Not API. It is shared because two tools compare the same way: sfn-conformance's runner, which
 * holds the fake to the corpus, and {@code Replay}, which holds it to a user's own recorded
 * execution; one set of rules keeps their verdicts the same.
 *
 * <pre>{@code
 * ObjectNode actual = Normaliser.builder().generic().build().normalise(history);
 * Difference first = new HistoryMatcher(new Bindings()).compare(expectedEvents, (ArrayNode) actual.get("events"), false);
 * }</pre>
 */
package dev.sfntest.internal.shared.compare;
