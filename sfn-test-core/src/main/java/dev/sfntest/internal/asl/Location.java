package dev.sfntest.internal.asl;

/**
 * Where a problem is, written the way AWS writes it in a diagnostic: {@code /States/Charge/Next},
 * {@code /States/C/Choices[0]/Next}, {@code /States/P/Branches[0]/States/Ghost}, and {@code /} for
 * the definition itself.
 *
 * <p>This is not a JSON pointer: array elements take {@code [i]} after their field, and a state
 * name is written as it is, so a name containing {@code /} is not escaped (AWS reports {@code
 * /States/a/b} for the state {@code "a/b"}).
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_ValidateStateMachineDefinitionDiagnostic.html">ValidateStateMachineDefinitionDiagnostic</a>
 */
final class Location {

  static final Location ROOT = new Location("");

  private final String path;

  private Location(String path) {
    this.path = path;
  }

  /** The location of a field of the object here. */
  Location field(String name) {
    return new Location(path + "/" + name);
  }

  /** The location of an element of the array here. */
  Location index(int i) {
    return new Location(path + "[" + i + "]");
  }

  /**
   * The location of a value inside a field's JSON template ({@code /States/S/Output/list/1}): a
   * JSON pointer continued from the field, as the JSONata layer reports where an expression sits.
   */
  Location pointer(String member) {
    return new Location(path + "/" + member.replace("~", "~0").replace("/", "~1"));
  }

  Location pointer(int element) {
    return new Location(path + "/" + element);
  }

  @Override
  public String toString() {
    return path.isEmpty() ? "/" : path;
  }
}
