package org.storyline.core.id;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Builds ids as a prefix plus the first 16 hex digits of the SHA-256 of the given parts, so
 * the same input always gives the same id: {@code StableId.of("doc", body)} is
 * {@code doc-3f2a...}.
 */
public final class StableId {
  private StableId() {}

  public static String of(String prefix, String... parts) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    for (String p : parts) {
      sha.update((p == null ? "\u0000null" : p).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0x1f);
    }
    return prefix + "-" + HexFormat.of().formatHex(sha.digest(), 0, 8);
  }
}
