package dev.sfntest.internal.expr.intrinsic;

/**
 * A known intrinsic function: its name, how many arguments it takes, and its body.
 *
 * @param maxArgs {@link Integer#MAX_VALUE} for functions taking any number
 */
record FunctionSpec(String name, int minArgs, int maxArgs, IntrinsicFunction body) {

  static FunctionSpec of(String name, int args, IntrinsicFunction body) {
    return new FunctionSpec(name, args, args, body);
  }

  static FunctionSpec atLeast(String name, int minArgs, IntrinsicFunction body) {
    return new FunctionSpec(name, minArgs, Integer.MAX_VALUE, body);
  }

  boolean accepts(int count) {
    return count >= minArgs && count <= maxArgs;
  }
}
