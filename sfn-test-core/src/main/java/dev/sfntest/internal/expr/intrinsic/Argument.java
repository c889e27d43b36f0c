package dev.sfntest.internal.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;

/** One argument of an intrinsic call as written: a literal, a path, a variable or a nested call. */
interface Argument {

  /** The argument's value; paths and nested calls are evaluated against the evaluation's context. */
  JsonNode value(Evaluation evaluation);

  /** The argument as written in the definition. */
  String text();
}
