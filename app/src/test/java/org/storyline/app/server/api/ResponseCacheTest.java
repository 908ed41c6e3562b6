package org.storyline.app.server.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ResponseCacheTest {
  @Test
  void keepsRecentBodiesWithinBothBounds() {
    ResponseCache c = new ResponseCache(3, 10, 20);
    c.put("a", new byte[5]);
    c.put("b", new byte[5]);
    c.put("c", new byte[5]);
    c.get("a");
    c.put("d", new byte[5]);
    assertNull(c.get("b"), "least recently used goes first");
    assertEquals(3, c.size());
    c.put("e", new byte[10]);
    assertTrue(c.bytes() <= 20, "bytes " + c.bytes());
    c.put("big", new byte[11]);
    assertNull(c.get("big"), "bodies over the limit are not kept");
  }

  @Test
  void replacingAKeyCountsItsBytesOnce() {
    ResponseCache c = new ResponseCache(10, 10, 100);
    c.put("a", new byte[8]);
    c.put("a", new byte[4]);
    assertEquals(4, c.bytes());
    assertArrayEquals(new byte[4], c.get("a"));
  }

  @Test
  void randomUseNeverExceedsTheBounds() {
    Random rnd = new Random(1);
    ResponseCache c = new ResponseCache(50, 100, 2000);
    for (int i = 0; i < 5000; i++) {
      c.put("k" + rnd.nextInt(200), new byte[rnd.nextInt(120)]);
      assertTrue(c.size() <= 50 && c.bytes() <= 2000);
    }
    assertThrows(IllegalArgumentException.class, () -> new ResponseCache(1, 10, 5));
  }
}
