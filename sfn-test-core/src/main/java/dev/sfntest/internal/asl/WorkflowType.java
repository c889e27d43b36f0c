package dev.sfntest.internal.asl;

/**
 * The type of the state machine a definition is for. Express workflows support fewer Task
 * integration patterns, so a definition valid for STANDARD may be refused for EXPRESS.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/choosing-workflow-type.html">Choosing workflow type</a>
 */
public enum WorkflowType {
  STANDARD,
  EXPRESS
}
