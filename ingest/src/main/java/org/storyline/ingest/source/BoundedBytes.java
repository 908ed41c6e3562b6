package org.storyline.ingest.source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.ZipException;
import org.storyline.core.error.ErrorCode;

/** Reads a stream fully into memory, failing once it exceeds a byte limit. */
final class BoundedBytes {
  private final byte[] bytes;
  private final int length;

  private BoundedBytes(byte[] bytes, int length) {
    this.bytes = bytes;
    this.length = length;
  }

  byte[] bytes() {
    return bytes;
  }

  int length() {
    return length;
  }

  /**
   * @param what how to name the content in messages ("file", "record")
   * @param gzip true if {@code in} decompresses gzip, so stream errors are gzip errors
   */
  static BoundedBytes read(InputStream in, long limit, String what, boolean gzip) throws ReadFailure {
    byte[] buf = new byte[8192];
    int len = 0;
    try {
      while (true) {
        if (len == buf.length) {
          if (len > limit) {
            break;
          }
          buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(buf.length * 2L, 8192)));
        }
        int n = in.read(buf, len, buf.length - len);
        if (n < 0) {
          break;
        }
        len += n;
        if (len > limit) {
          break;
        }
      }
    } catch (EOFException e) {
      throw new ReadFailure(ErrorCode.INPUT_CORRUPT,
          (gzip ? "gzip stream truncated" : what + " truncated") + " after " + len + " bytes of content");
    } catch (ZipException e) {
      throw new ReadFailure(ErrorCode.INPUT_CORRUPT, "broken gzip stream: " + e.getMessage()
          + (len == 0 ? "" : " after " + len + " bytes of content"));
    } catch (IOException e) {
      throw new ReadFailure(ErrorCode.INPUT_UNREADABLE, "cannot read " + what + ": " + e);
    }
    if (len > limit) {
      throw new ReadFailure(ErrorCode.INPUT_TOO_LARGE,
          what + " larger than the limit of " + limit + " bytes" + (gzip ? " after gzip expansion" : ""));
    }
    return new BoundedBytes(buf, len);
  }
}
