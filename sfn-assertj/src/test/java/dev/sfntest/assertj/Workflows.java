package dev.sfntest.assertj;

/** The state machines the suites run (single quotes become double quotes when deployed). */
final class Workflows {

  private Workflows() {}

  /** Validate, then Ship when $.ok, else Reject (a Fail state). */
  static final String ORDER = """
      {'StartAt': 'Validate', 'States': {
        'Validate': {'Type': 'Pass', 'Next': 'Route'},
        'Route': {'Type': 'Choice', 'Choices': [
          {'Variable': '$.ok', 'BooleanEquals': true, 'Next': 'Ship'}], 'Default': 'Reject'},
        'Ship': {'Type': 'Pass', 'Result': {'status': 'SHIPPED', 'items': [1, 2]}, 'Next': 'Done'},
        'Done': {'Type': 'Succeed'},
        'Reject': {'Type': 'Fail', 'Error': 'Order.Rejected', 'Cause': 'not ok'}}}""";

  /**
   * ChargeCard retries Payment.Throttled (2 s, backoff 2, three times), catches Payment.Declined
   * into Refund; then Ship.
   */
  static final String PAYMENT = """
      {'StartAt': 'ChargeCard', 'States': {
        'ChargeCard': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke',
          'Parameters': {'FunctionName': 'charge', 'Payload.$': '$'},
          'Retry': [{'ErrorEquals': ['Payment.Throttled'], 'IntervalSeconds': 2, 'BackoffRate': 2, 'MaxAttempts': 3}],
          'Catch': [{'ErrorEquals': ['Payment.Declined'], 'ResultPath': '$.error', 'Next': 'Refund'}],
          'ResultPath': '$.charge', 'Next': 'Ship'},
        'Ship': {'Type': 'Pass', 'End': true},
        'Refund': {'Type': 'Pass', 'End': true}}}""";

  /**
   * Pack (a Lambda function by ARN) times out after 5 s or misses its 2 s heartbeat; both are
   * caught into Compensate.
   */
  static final String PACKING = """
      {'StartAt': 'Pack', 'States': {
        'Pack': {'Type': 'Task', 'Resource': 'arn:aws:lambda:us-east-1:123456789012:function:pack',
          'TimeoutSeconds': 5,
          'HeartbeatSeconds': 2,
          'Catch': [{'ErrorEquals': ['States.Timeout', 'States.HeartbeatTimeout'], 'Next': 'Compensate'}],
          'End': true},
        'Compensate': {'Type': 'Pass', 'End': true}}}""";

  /** Waits for a task token at Approve, then Ship. */
  static final String APPROVAL = """
      {'StartAt': 'Approve', 'States': {
        'Approve': {'Type': 'Task', 'Resource': 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
          'Parameters': {'QueueUrl': 'q', 'MessageBody': {'token.$': '$$.Task.Token'}}, 'Next': 'Ship'},
        'Ship': {'Type': 'Pass', 'End': true}}}""";

  /** Waits for a task token at Approve, whose worker must send a heartbeat every 5 s. */
  static final String APPROVAL_WITH_HEARTBEAT = """
      {'StartAt': 'Approve', 'States': {
        'Approve': {'Type': 'Task', 'Resource': 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
          'HeartbeatSeconds': 5,
          'Parameters': {'QueueUrl': 'q', 'MessageBody': {'token.$': '$$.Task.Token'}}, 'End': true}}}""";

  /** Two branches, each a Task: ReserveHotel (branch 0) and ReserveFlight (branch 1). */
  static final String BOOK_TRIP = """
      {'StartAt': 'BookTrip', 'States': {
        'BookTrip': {'Type': 'Parallel', 'End': true, 'Branches': [
          {'StartAt': 'ReserveHotel', 'States': {'ReserveHotel': {'Type': 'Task',
            'Resource': 'arn:aws:states:::lambda:invoke', 'Parameters': {'FunctionName': 'hotel'}, 'End': true}}},
          {'StartAt': 'ReserveFlight', 'States': {'ReserveFlight': {'Type': 'Task',
            'Resource': 'arn:aws:states:::lambda:invoke', 'Parameters': {'FunctionName': 'flight'}, 'End': true}}}]}}}""";

  /** A one-hour Wait under a 10-second execution timeout. */
  static final String SLOW = """
      {'StartAt': 'Sleep', 'TimeoutSeconds': 10, 'States': {
        'Sleep': {'Type': 'Wait', 'Seconds': 3600, 'End': true}}}""";

  /** A Map over $.items: Small or Big by value, one at a time. */
  static final String ITEMS = """
      {'StartAt': 'Prepare', 'States': {
        'Prepare': {'Type': 'Pass', 'Next': 'Items'},
        'Items': {'Type': 'Map', 'ItemsPath': '$.items', 'MaxConcurrency': 1, 'ItemProcessor': {
          'StartAt': 'Size', 'States': {
            'Size': {'Type': 'Choice', 'Choices': [{'Variable': '$', 'NumericGreaterThan': 10, 'Next': 'Big'}],
              'Default': 'Small'},
            'Big': {'Type': 'Pass', 'Result': 'big', 'End': true},
            'Small': {'Type': 'Pass', 'Result': 'small', 'End': true}}},
          'Next': 'Report'},
        'Report': {'Type': 'Pass', 'End': true}}}""";

  /** A Parallel: branch 0 Waits then notes; branch 1 notifies; then Join. */
  static final String FORK = """
      {'StartAt': 'Fork', 'States': {
        'Fork': {'Type': 'Parallel', 'Branches': [
          {'StartAt': 'Hold', 'States': {
            'Hold': {'Type': 'Wait', 'Seconds': 5, 'Next': 'Note'},
            'Note': {'Type': 'Pass', 'Result': 'noted', 'End': true}}},
          {'StartAt': 'Notify', 'States': {'Notify': {'Type': 'Pass', 'Result': 'sent', 'End': true}}}],
          'Next': 'Join'},
        'Join': {'Type': 'Pass', 'End': true}}}""";

  /** Assigns count twice and a name. */
  static final String VARIABLES = """
      {'StartAt': 'First', 'States': {
        'First': {'Type': 'Pass', 'Assign': {'count': 1, 'name.$': '$.name'}, 'Next': 'Second'},
        'Second': {'Type': 'Pass', 'Assign': {'count': 2}, 'End': true}}}""";

  /** A parent that runs a child state machine with states:startExecution.sync:2. */
  static String parent(String childArn) {
    return """
        {'StartAt': 'RunChild', 'States': {
          'RunChild': {'Type': 'Task', 'Resource': 'arn:aws:states:::states:startExecution.sync:2',
            'Parameters': {'StateMachineArn': '%s', 'Input': {'n': 1}, 'Name': 'kid'}, 'End': true}}}"""
        .formatted(childArn);
  }

  /** The child of {@link #parent(String)}. */
  static final String CHILD = """
      {'StartAt': 'Work', 'States': {'Work': {'Type': 'Pass', 'Result': {'done': true}, 'End': true}}}""";

  /** A Map whose iteration fails on an item over 10 (the others are aborted); caught into Recover. */
  static final String FRAGILE_ITEMS = """
      {'StartAt': 'Items', 'States': {
        'Items': {'Type': 'Map', 'ItemProcessor': {
          'StartAt': 'Check', 'States': {
            'Check': {'Type': 'Choice', 'Choices': [{'Variable': '$', 'NumericGreaterThan': 10, 'Next': 'TooBig'}],
              'Default': 'Work'},
            'Work': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke',
              'Parameters': {'FunctionName': 'work', 'Payload.$': '$'}, 'End': true},
            'TooBig': {'Type': 'Fail', 'Error': 'Item.TooBig', 'Cause': 'over 10'}}},
          'Catch': [{'ErrorEquals': ['States.ALL'], 'Next': 'Recover'}], 'End': true},
        'Recover': {'Type': 'Pass', 'End': true}}}""";

  /** A Parallel inside each Map iteration: the nesting the navigation must tell apart. */
  static final String NESTED = """
      {'StartAt': 'Outer', 'States': {
        'Outer': {'Type': 'Map', 'MaxConcurrency': 0, 'ItemProcessor': {
          'StartAt': 'Both', 'States': {
            'Both': {'Type': 'Parallel', 'Branches': [
              {'StartAt': 'Left', 'States': {'Left': {'Type': 'Pass', 'End': true}}},
              {'StartAt': 'Right', 'States': {
                'Right': {'Type': 'Wait', 'Seconds': 1, 'Next': 'RightDone'},
                'RightDone': {'Type': 'Pass', 'End': true}}}],
              'End': true}}},
          'End': true}}}""";
}
