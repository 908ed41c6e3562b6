package org.storyline.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;

/**
 * Lists the input files of a job on the driver, in the order the local pipeline reads them: each
 * argument in turn; a folder walked recursively (hidden entries skipped), its input files
 * ({@code .txt}, {@code .html}/{@code .htm}, {@code .warc}, {@code .jsonl}, each optionally
 * {@code .gz}) sorted by path. A local argument keeps the local pipeline's path spelling (the
 * folder as given joined with the path inside it), so document records agree byte for byte; a
 * Hadoop URI ({@code hdfs://…}, {@code s3a://…}) is listed through Hadoop's file system API. Files
 * and missing paths are passed on as given; the executor's reader reports what it cannot read.
 */
final class InputListing {
  private InputListing() {}

  static List<InputFile> list(List<String> inputs, Configuration hadoop) {
    List<InputFile> out = new ArrayList<>();
    for (String input : inputs) {
      if (isRemote(input)) {
        for (String uri : listRemote(input, hadoop)) {
          out.add(new InputFile(out.size(), uri, false));
        }
      } else {
        Path p = Path.of(input.startsWith("file:") ? URI.create(input).getPath() : input);
        if (Files.isDirectory(p)) {
          List<Path> found = new ArrayList<>();
          walk(p, new HashSet<>(), found);
          found.sort(null);
          for (Path f : found) {
            out.add(new InputFile(out.size(), f.toString(), true));
          }
        } else {
          out.add(new InputFile(out.size(), p.toString(), true));
        }
      }
    }
    return out;
  }

  /** True for a URI with a scheme other than {@code file:}. */
  static boolean isRemote(String input) {
    int colon = input.indexOf("://");
    return colon > 1 && !input.startsWith("file:");
  }

  /** True if {@code name} is a file name the local pipeline reads. */
  static boolean isInputName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".warc") || n.endsWith(".jsonl");
  }

  private static void walk(Path dir, Set<Path> visited, List<Path> out) {
    try {
      if (!visited.add(dir.toRealPath())) {
        return; // a symbolic link back to a folder already read
      }
      List<Path> children;
      try (Stream<Path> s = Files.list(dir)) {
        children = s.sorted().toList();
      }
      for (Path child : children) {
        if (child.getFileName().toString().startsWith(".")) {
          continue;
        }
        if (Files.isDirectory(child)) {
          walk(child, visited, out);
        } else if (Files.isRegularFile(child) && isInputName(child.getFileName().toString())) {
          out.add(child);
        }
      }
    } catch (IOException e) {
      throw new StorylineException(ErrorCode.INPUT_UNREADABLE, "cannot list folder " + dir + ": " + e.getMessage(), e);
    }
  }

  private static List<String> listRemote(String input, Configuration hadoop) {
    try {
      org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(input);
      FileSystem fs = root.getFileSystem(hadoop);
      FileStatus status = fs.getFileStatus(root);
      if (!status.isDirectory()) {
        return List.of(status.getPath().toString());
      }
      String prefix = status.getPath().toString();
      List<String> found = new ArrayList<>();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
      while (it.hasNext()) {
        LocatedFileStatus f = it.next();
        String p = f.getPath().toString();
        String inside = p.substring(Math.min(prefix.length(), p.length()));
        if (f.isFile() && !inside.contains("/.") && isInputName(f.getPath().getName())) {
          found.add(p);
        }
      }
      found.sort(null);
      return found;
    } catch (java.io.FileNotFoundException e) {
      return List.of(input); // reported by the executor's reader as not found
    } catch (IOException e) {
      throw new StorylineException(ErrorCode.INPUT_UNREADABLE, "cannot list " + input + ": " + e.getMessage(), e);
    }
  }
}
