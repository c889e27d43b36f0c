/**
 * The intrinsic functions of JSONPath states: a parser ({@link
 * dev.sfntest.internal.expr.intrinsic.IntrinsicParser}) that compiles a call once into a tree of arguments
 * and calls, and the 18 {@code States.*} functions, grouped by family as AWS documents them.
 *
 * <p>Behaviour follows AWS, not only the ASL spec: argument problems fail with {@code
 * States.Runtime} when the call runs (AWS accepts a wrong argument count at creation); numbers are
 * truncated by the array and random functions but rounded by {@code States.MathAdd}; values are
 * printed and compared as AWS's Java runtime holds them ({@code JavaValues}).
 * Random values come from {@link dev.sfntest.internal.expr.EvalContext#random()}, never from real
 * randomness.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html">Intrinsic functions</a>
 * @see <a href="https://states-language.net/spec.html#appendix-b">ASL appendix B</a>
 */
package dev.sfntest.internal.expr.intrinsic;
