package dev.sfntest.internal.asl;

/**
 * The two query languages of ASL.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html">Transforming data with JSONata</a>
 */
public enum QueryLanguage {
  JSONPATH("JSONPath"),
  JSONATA("JSONata");

  private final String aslName;

  QueryLanguage(String aslName) {
    this.aslName = aslName;
  }

  /** The spelling used in definitions. */
  public String aslName() {
    return aslName;
  }

  /** Looks up the ASL spelling; {@code null} when it is neither. */
  public static QueryLanguage fromAslName(String name) {
    for (QueryLanguage language : values()) {
      if (language.aslName.equals(name)) {
        return language;
      }
    }
    return null;
  }
}
