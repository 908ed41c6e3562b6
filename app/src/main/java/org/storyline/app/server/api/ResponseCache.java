package org.storyline.app.server.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded least-recently-used cache of answered JSON bodies by request URL. Correct because the
 * snapshot the API answers from never changes while the server runs; only bodies up to
 * {@code maxBody} bytes are kept, at most {@code maxEntries} of them.
 */
final class ResponseCache {
  private final int maxBody;
  private final Map<String, byte[]> entries;

  ResponseCache(int maxEntries, int maxBody) {
    if (maxEntries < 1 || maxBody < 1) {
      throw new IllegalArgumentException("cache bounds must be positive");
    }
    this.maxBody = maxBody;
    this.entries = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
        return size() > maxEntries;
      }
    };
  }

  synchronized byte[] get(String key) {
    return entries.get(key);
  }

  synchronized void put(String key, byte[] body) {
    if (key.length() <= 2048 && body.length <= maxBody) {
      entries.put(key, body);
    }
  }

  synchronized int size() {
    return entries.size();
  }
}
