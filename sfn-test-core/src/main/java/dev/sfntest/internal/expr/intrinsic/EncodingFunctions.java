package dev.sfntest.internal.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * {@code States.Base64Encode} and {@code States.Base64Decode}, over the UTF-8 bytes of the text.
 *
 * <pre>{@code
 * States.Base64Encode('Data to encode')         // "RGF0YSB0byBlbmNvZGU="
 * States.Base64Decode('RGF0YSB0byBlbmNvZGU=')   // "Data to encode"
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html#asl-intrsc-func-data-encode-decode">Intrinsics for data encoding and decoding</a>
 */
final class EncodingFunctions {

  /** AWS: each function takes "a data string of up to 10,000 characters". */
  static final int MAX_INPUT_CHARS = 10_000;

  /** Values of the Base64 alphabet, both the standard and the URL-safe letters; -1 elsewhere. */
  private static final int[] ALPHABET = new int[128];

  static {
    java.util.Arrays.fill(ALPHABET, -1);
    String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < letters.length(); i++) {
      ALPHABET[letters.charAt(i)] = i;
    }
    ALPHABET['-'] = 62;
    ALPHABET['_'] = 63;
  }

  private EncodingFunctions() {}

  static JsonNode encode(Invocation call) {
    String text = limited(call);
    return TextNode.valueOf(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Decodes leniently, as AWS does: characters outside the alphabet (spaces, {@code !}) are
   * skipped, the first {@code =} ends the data, and missing padding is fine. AWS decodes {@code
   * 'abc'}, {@code ' YWJjZA== '} and even {@code '!!!invalid!!!'} instead of failing. Bytes that
   * are not UTF-8 become U+FFFD.
   */
  static JsonNode decode(Invocation call) {
    String text = limited(call);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() * 3 / 4);
    int bits = 0;
    int pending = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '=') {
        break;
      }
      int value = c < 128 ? ALPHABET[c] : -1;
      if (value < 0) {
        continue;
      }
      bits = (bits << 6) | value;
      pending += 6;
      if (pending >= 8) {
        pending -= 8;
        bytes.write((bits >> pending) & 0xff);
      }
    }
    // Fewer than 8 leftover bits are padding of the last group, not data
    return TextNode.valueOf(bytes.toString(StandardCharsets.UTF_8));
  }

  private static String limited(Invocation call) {
    String text = call.string(0);
    if (text.length() > MAX_INPUT_CHARS) {
      throw call.invalid();
    }
    return text;
  }
}
