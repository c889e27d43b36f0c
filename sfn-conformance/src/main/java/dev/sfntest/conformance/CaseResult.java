package dev.sfntest.conformance;

import dev.sfntest.conformance.corpus.Tier;

/**
 * The outcome of one case.
 *
 * @param id the case id
 * @param tier its tier
 * @param outcome how it went
 * @param difference the first difference (fail), the refusal (rejected), the exception (error), why
 *     it was skipped (skipped); null when it passed
 */
public record CaseResult(String id, Tier tier, Outcome outcome, String difference) {}
