package dev.sfntest.internal.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * {@code States.Hash(data, algorithm)}: the lower-case hex digest of the data's UTF-8 bytes.
 *
 * <pre>{@code
 * States.Hash('input data', 'SHA-1')   // "aaff4a450a104cd177d28d18d74485e8cae074b7"
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html#asl-intrsc-func-hash-calc">Intrinsic for hash calculation</a>
 */
final class HashFunction {

  /**
   * Exactly the names AWS accepts. Java's digest lookup ignores case; AWS does not ({@code
   * 'sha-256'} and {@code 'SHA256'} fail), so the names are checked here first.
   */
  static final Set<String> ALGORITHMS = Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

  /** AWS: "The length of the stringified version of the first argument must be 10,000 characters or less." */
  static final int MAX_DATA_CHARS = 10_000;

  private HashFunction() {}

  /** Hashes the data; data that is not a string is hashed in its Java text form, as AWS does. */
  static JsonNode hash(Invocation call) {
    String data = JavaValues.text(call.value(0));
    if (data.length() > MAX_DATA_CHARS) {
      throw call.invalid();
    }
    String algorithm = call.string(1);
    if (!ALGORITHMS.contains(algorithm)) {
      throw call.invalid();
    }
    try {
      byte[] digest = MessageDigest.getInstance(algorithm).digest(data.getBytes(StandardCharsets.UTF_8));
      return TextNode.valueOf(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM provides " + algorithm, e);
    }
  }
}
