package org.storyline.ingest.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read through it and fails once more than a limit were read. */
final class ExpansionLimit extends FilterInputStream {
  /** Thrown when the limit is passed. */
  static final class Exceeded extends IOException {
    Exceeded(long limit) {
      super("gzip content expands beyond the limit of " + limit + " bytes");
    }
  }

  private final long limit;
  private long count;

  ExpansionLimit(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(long n) throws Exceeded {
    count += n;
    if (count > limit) {
      throw new Exceeded(limit);
    }
  }
}
