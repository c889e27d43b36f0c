package dev.sfntest.internal.asl;

import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one validation, in the order the rules find them. */
final class Diagnostics {

  private final List<Diagnostic> found = new ArrayList<>();

  void error(String code, String message, Location at) {
    found.add(Diagnostic.error(code, message, at == null ? null : at.toString()));
  }

  /** The code AWS gives every violation of its definition schema. */
  void schema(String message, Location at) {
    error(Diagnostic.SCHEMA_VALIDATION_FAILED, message, at);
  }

  /** A diagnostic whose location is not a place in the definition (a JSON parser position). */
  void add(Diagnostic diagnostic) {
    found.add(diagnostic);
  }

  void warning(String code, String message, Location at) {
    found.add(Diagnostic.warning(code, message, at == null ? null : at.toString()));
  }

  int errorCount() {
    return (int) found.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
  }

  /** Errors first, then warnings, each group in the order found. */
  List<Diagnostic> sorted() {
    List<Diagnostic> sorted = new ArrayList<>(found);
    sorted.sort((a, b) -> a.severity().compareTo(b.severity()));
    return List.copyOf(sorted);
  }
}
