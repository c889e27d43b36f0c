package dev.sfntest.assertj;

/** Iterations, branches, definitions and assert factories through the real SDK client, on the fake served by sfn-local. */
class ScopeAndDefinitionServedTest extends ScopeAndDefinitionSuite {
  @Override
  Mode mode() {
    return Mode.SERVED;
  }
}
