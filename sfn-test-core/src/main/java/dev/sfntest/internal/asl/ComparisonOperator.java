package dev.sfntest.internal.asl;

/**
 * The Choice comparison operators. Each {@code *Path} variant compares with the value at a path
 * instead of a literal.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html">Choice state</a>
 */
public enum ComparisonOperator {
  StringEquals, StringEqualsPath,
  StringLessThan, StringLessThanPath,
  StringGreaterThan, StringGreaterThanPath,
  StringLessThanEquals, StringLessThanEqualsPath,
  StringGreaterThanEquals, StringGreaterThanEqualsPath,
  StringMatches,
  NumericEquals, NumericEqualsPath,
  NumericLessThan, NumericLessThanPath,
  NumericGreaterThan, NumericGreaterThanPath,
  NumericLessThanEquals, NumericLessThanEqualsPath,
  NumericGreaterThanEquals, NumericGreaterThanEqualsPath,
  BooleanEquals, BooleanEqualsPath,
  TimestampEquals, TimestampEqualsPath,
  TimestampLessThan, TimestampLessThanPath,
  TimestampGreaterThan, TimestampGreaterThanPath,
  TimestampLessThanEquals, TimestampLessThanEqualsPath,
  TimestampGreaterThanEquals, TimestampGreaterThanEqualsPath,
  IsNull, IsPresent, IsNumeric, IsString, IsBoolean, IsTimestamp;

  /** Computed once: Choice rules ask for it on every evaluation. */
  private final String baseName = name().endsWith("Path") ? name().substring(0, name().length() - 4) : name();

  /** Whether the operand is a path ({@code NumericEqualsPath}) rather than a literal. */
  public boolean isPath() {
    return name().endsWith("Path");
  }

  /** Whether this is a type test ({@code IsNull}, {@code IsPresent}, ...), whose operand is a boolean. */
  public boolean isTypeTest() {
    return name().startsWith("Is");
  }

  /** The operator without its {@code Path} suffix. */
  public String baseName() {
    return baseName;
  }

  /** Looks up an ASL field name; {@code null} when it is not an operator. */
  public static ComparisonOperator fromField(String field) {
    for (ComparisonOperator op : values()) {
      if (op.name().equals(field)) {
        return op;
      }
    }
    return null;
  }
}
