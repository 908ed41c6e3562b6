package org.storyline.app.server.api;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded least-recently-used cache of answered JSON bodies by request URL. Correct because the
 * snapshot the API answers from changes only when a correction is applied, and then the cache is
 * cleared and its keys carry the new snapshot's generation. Bodies larger than
 * {@code maxBody} bytes are not kept, and the least recently used are dropped while the cache
 * holds more than {@code maxEntries} bodies or more than {@code maxBytes} bytes in all.
 */
final class ResponseCache {
  private final int maxEntries;
  private final int maxBody;
  private final long maxBytes;
  private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(64, 0.75f, true);
  private long bytes;

  ResponseCache(int maxEntries, int maxBody, long maxBytes) {
    if (maxEntries < 1 || maxBody < 1 || maxBytes < maxBody) {
      throw new IllegalArgumentException("cache bounds must be positive and hold one body");
    }
    this.maxEntries = maxEntries;
    this.maxBody = maxBody;
    this.maxBytes = maxBytes;
  }

  synchronized byte[] get(String key) {
    return entries.get(key);
  }

  synchronized void put(String key, byte[] body) {
    if (key.length() > 2048 || body.length > maxBody) {
      return;
    }
    byte[] old = entries.put(key, body);
    bytes += body.length - (old == null ? 0 : old.length);
    Iterator<Map.Entry<String, byte[]>> eldest = entries.entrySet().iterator();
    while ((entries.size() > maxEntries || bytes > maxBytes) && eldest.hasNext()) {
      bytes -= eldest.next().getValue().length;
      eldest.remove();
    }
  }

  synchronized void clear() {
    entries.clear();
    bytes = 0;
  }

  synchronized int size() {
    return entries.size();
  }

  synchronized long bytes() {
    return bytes;
  }
}
