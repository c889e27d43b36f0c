package dev.sfntest.backend;

import java.util.List;

/**
 * One page of a list operation.
 *
 * @param items the items on this page
 * @param nextToken the token for the next page, or {@code null} on the last page
 */
public record Page<T>(List<T> items, String nextToken) {

  /**
   * Cuts {@code all} into pages. Tokens are opaque to callers; a token the fake did not issue for
   * this listing gets AWS's {@code InvalidToken}.
   *
   * @param listing names the listing, so that a token from another listing is refused
   */
  public static <T> Page<T> of(List<T> all, Integer maxResults, String nextToken, String listing) {
    int size = maxResults == null || maxResults == 0 ? 100 : maxResults;
    if (size < 0 || size > 1000) {
      throw ApiException.validation("1 validation error detected: Value '" + maxResults
          + "' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000");
    }
    int start = 0;
    if (nextToken != null) {
      start = decode(nextToken, listing);
      if (start > all.size()) {
        throw new ApiException("InvalidToken", "Invalid Token: '" + nextToken + "'");
      }
    }
    int end = Math.min(all.size(), start + size);
    String next = end < all.size() ? encode(end, listing) : null;
    return new Page<>(List.copyOf(all.subList(start, end)), next);
  }

  private static String encode(int offset, String listing) {
    String raw = listing + "|" + offset;
    return java.util.Base64.getUrlEncoder().withoutPadding()
        .encodeToString(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static int decode(String token, String listing) {
    try {
      String raw = new String(java.util.Base64.getUrlDecoder().decode(token), java.nio.charset.StandardCharsets.UTF_8);
      int bar = raw.lastIndexOf('|');
      if (bar < 0 || !raw.substring(0, bar).equals(listing)) {
        throw new IllegalArgumentException();
      }
      return Integer.parseInt(raw.substring(bar + 1));
    } catch (IllegalArgumentException e) {
      throw new ApiException("InvalidToken", "Invalid Token: '" + token + "'");
    }
  }
}
