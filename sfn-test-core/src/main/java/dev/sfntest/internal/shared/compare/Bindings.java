package dev.sfntest.internal.shared.compare;

import java.util.HashMap;
import java.util.Map;

/**
 * Which text each wildcard placeholder stands for within one compared entry. A placeholder binds
 * to one text, and two placeholders never bind to the same text, since the recordings numbered
 * distinct values distinctly.
 */
public final class Bindings {

  private final Map<String, String> valueByToken = new HashMap<>();
  private final Map<String, String> tokenByValue = new HashMap<>();

  /** The text {@code token} is bound to, or null. */
  public String valueOf(String token) {
    return valueByToken.get(token);
  }

  /** Binds {@code token} to {@code value}; false when either is already bound otherwise. */
  public boolean bind(String token, String value) {
    String bound = valueByToken.get(token);
    if (bound != null) {
      return bound.equals(value);
    }
    String other = tokenByValue.get(value);
    if (other != null) {
      return false;
    }
    valueByToken.put(token, value);
    tokenByValue.put(value, token);
    return true;
  }

  public Bindings copy() {
    Bindings copy = new Bindings();
    copy.valueByToken.putAll(valueByToken);
    copy.tokenByValue.putAll(tokenByValue);
    return copy;
  }

  /** Makes this hold exactly what {@code other} holds. */
  public void restore(Bindings other) {
    valueByToken.clear();
    valueByToken.putAll(other.valueByToken);
    tokenByValue.clear();
    tokenByValue.putAll(other.tokenByValue);
  }

  @Override
  public String toString() {
    return valueByToken.toString();
  }
}
