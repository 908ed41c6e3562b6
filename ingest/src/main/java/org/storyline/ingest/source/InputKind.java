package org.storyline.ingest.source;

import java.nio.file.Path;
import java.util.Locale;
import org.storyline.core.document.SourceFormat;

/** The input formats recognised by file name, each optionally gzip-compressed. */
enum InputKind {
  TEXT(SourceFormat.TEXT), HTML(SourceFormat.HTML), WARC(SourceFormat.WARC), JSONL(SourceFormat.JSONL);

  private final SourceFormat format;

  InputKind(SourceFormat format) {
    this.format = format;
  }

  SourceFormat format() {
    return format;
  }

  /** The kind of {@code file} by its name, or null if it is not an input storyline reads. */
  static InputKind of(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return null;
    }
    String n = name.toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    if (n.endsWith(".txt")) {
      return TEXT;
    }
    if (n.endsWith(".html") || n.endsWith(".htm")) {
      return HTML;
    }
    if (n.endsWith(".warc")) {
      return WARC;
    }
    if (n.endsWith(".jsonl")) {
      return JSONL;
    }
    return null;
  }

  static boolean isGzip(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
  }
}
