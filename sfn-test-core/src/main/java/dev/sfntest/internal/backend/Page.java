package dev.sfntest.internal.backend;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * One page of a list operation.
 *
 * <pre>{@code
 * Page<StateMachineRecord> page = Page.of(all, request.maxResults(), request.nextToken(), "stateMachines");
 * }</pre>
 *
 * @param items the items on this page
 * @param nextToken the token for the next page, or {@code null} on the last page
 */
public record Page<T>(List<T> items, String nextToken) {

  /** AWS's page size when {@code maxResults} is absent or 0. */
  public static final int DEFAULT_SIZE = 100;

  /** The longest {@code nextToken} most list operations take (recorded for ListStateMachines). */
  public static final int MAX_TOKEN_LENGTH = 1024;

  /**
   * Cuts {@code all} into pages. Tokens are opaque to callers; one the fake did not issue for this
   * listing gets AWS's {@code InvalidToken}.
   *
   * @param listing names the listing (and what it lists), so that a token of another is refused
   */
  public static <T> Page<T> of(List<T> all, Integer maxResults, String nextToken, String listing) {
    return of(all, maxResults, nextToken, listing, MAX_TOKEN_LENGTH);
  }

  /** As {@link #of(List, Integer, String, String)}, with the operation's own longest token. */
  public static <T> Page<T> of(List<T> all, Integer maxResults, String nextToken, String listing,
      int maxTokenLength) {
    int size = checkedSize(maxResults);
    Constraints.length(nextToken, "nextToken", 1, maxTokenLength);
    long start = nextToken == null ? 0 : decode(nextToken, listing);
    if (start > all.size()) {
      throw ApiException.invalidToken();
    }
    int end = (int) Math.min(all.size(), start + size);
    String next = end < all.size() ? encode(end, listing) : null;
    return new Page<>(List.copyOf(all.subList((int) start, end)), next);
  }

  /**
   * As {@link #of(List, Integer, String, String, int)}, for a listing that changes while a caller
   * pages through it (executions start and stop, events are appended): the token holds the key of
   * the last item returned instead of an offset, and the next page starts after that key. So items
   * that leave the listing or join it ahead of the caller's position neither shift the later pages
   * (skipping items) nor repeat on them, as with AWS's tokens, which continue from where the last
   * page ended.
   *
   * @param key each item's key, unique in the listing; {@code all} is sorted by it
   * @param descending whether {@code all} is sorted by descending key
   */
  public static <T> Page<T> afterKey(List<T> all, Integer maxResults, String nextToken, String listing,
      int maxTokenLength, ToLongFunction<T> key, boolean descending) {
    int size = checkedSize(maxResults);
    Constraints.length(nextToken, "nextToken", 1, maxTokenLength);
    int start = 0;
    if (nextToken != null) {
      long last = decode(nextToken, listing);
      while (start < all.size() && !(descending ? key.applyAsLong(all.get(start)) < last
          : key.applyAsLong(all.get(start)) > last)) {
        start++;
      }
    }
    int end = Math.min(all.size(), start + size);
    String next = end < all.size() ? encode(key.applyAsLong(all.get(end - 1)), listing) : null;
    return new Page<>(List.copyOf(all.subList(start, end)), next);
  }

  /**
   * As {@link #afterKey(List, Integer, String, String, int, ToLongFunction, boolean)}, over items
   * indexed by their key: reads only the items of this page (and the filtered-out ones among
   * them), not the whole listing, so a page costs the same however long the listing is.
   *
   * @param byKey the listing's items by key
   * @param filter which of them the listing holds
   */
  public static <T> Page<T> afterKey(NavigableMap<Long, T> byKey, Predicate<T> filter, Integer maxResults,
      String nextToken, String listing, int maxTokenLength, boolean descending) {
    int size = checkedSize(maxResults);
    Constraints.length(nextToken, "nextToken", 1, maxTokenLength);
    NavigableMap<Long, T> rest = byKey;
    if (nextToken != null) {
      long last = decode(nextToken, listing);
      rest = descending ? byKey.headMap(last, false) : byKey.tailMap(last, false);
    }
    List<T> items = new ArrayList<>();
    long lastKey = 0;
    String next = null;
    for (Map.Entry<Long, T> entry : (descending ? rest.descendingMap() : rest).entrySet()) {
      if (!filter.test(entry.getValue())) {
        continue;
      }
      if (items.size() == size) {
        next = encode(lastKey, listing);
        break;
      }
      items.add(entry.getValue());
      lastKey = entry.getKey();
    }
    return new Page<>(List.copyOf(items), next);
  }

  /** The same page with each item mapped (to an immutable view of it, say). */
  public <R> Page<R> map(Function<T, R> mapping) {
    List<R> mapped = new ArrayList<>(items.size());
    for (T item : items) {
      mapped.add(mapping.apply(item));
    }
    return new Page<>(List.copyOf(mapped), nextToken);
  }

  /** Checks {@code maxResults} (0 to 1000) and returns the page size it means. */
  public static int checkedSize(Integer maxResults) {
    Constraints.range(maxResults, "maxResults", 0, 1000);
    return maxResults == null || maxResults == 0 ? DEFAULT_SIZE : maxResults;
  }

  private static String encode(long offset, String listing) {
    String raw = listing + "|" + offset;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  private static long decode(String token, String listing) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      int bar = raw.lastIndexOf('|');
      if (bar < 0 || !raw.substring(0, bar).equals(listing)) {
        throw ApiException.invalidToken();
      }
      long offset = Long.parseLong(raw.substring(bar + 1));
      if (offset < 0) {
        throw ApiException.invalidToken();
      }
      return offset;
    } catch (IllegalArgumentException e) {
      throw ApiException.invalidToken();
    }
  }
}
