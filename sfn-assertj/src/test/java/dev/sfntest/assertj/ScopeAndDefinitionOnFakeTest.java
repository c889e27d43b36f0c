package dev.sfntest.assertj;

/** Iterations, branches, definitions and assert factories on the fake's own client. */
class ScopeAndDefinitionOnFakeTest extends ScopeAndDefinitionSuite {
  @Override
  Mode mode() {
    return Mode.FAKE;
  }
}
