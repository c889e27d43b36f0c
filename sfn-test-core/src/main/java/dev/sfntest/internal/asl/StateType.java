package dev.sfntest.internal.asl;

/** The eight state types. */
public enum StateType {
  PASS("Pass"),
  TASK("Task"),
  CHOICE("Choice"),
  WAIT("Wait"),
  SUCCEED("Succeed"),
  FAIL("Fail"),
  PARALLEL("Parallel"),
  MAP("Map");

  private final String aslName;

  StateType(String aslName) {
    this.aslName = aslName;
  }

  /** The spelling used in definitions and in history event types ({@code PassStateEntered}). */
  public String aslName() {
    return aslName;
  }

  /** Looks up the ASL spelling; {@code null} when it is not a state type. */
  public static StateType fromAslName(String name) {
    for (StateType type : values()) {
      if (type.aslName.equals(name)) {
        return type;
      }
    }
    return null;
  }
}
