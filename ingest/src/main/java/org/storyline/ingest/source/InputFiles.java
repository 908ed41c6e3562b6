package org.storyline.ingest.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.InputProblem;

/**
 * Expands the input arguments into the files to read: a file argument is taken as is (an
 * unsupported one is reported), a folder is walked recursively, following symbolic links but
 * never into a folder already visited, skipping hidden entries and silently ignoring files that
 * are not inputs. The files of each folder argument are sorted by path.
 */
final class InputFiles {
  private InputFiles() {}

  static List<Path> expand(List<Path> inputs, Consumer<InputProblem> problems) {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        List<Path> found = new ArrayList<>();
        walk(input, new HashSet<>(), found, problems);
        found.sort(null);
        files.addAll(found);
      } else if (Files.isRegularFile(input)) {
        if (InputKind.of(input) == null) {
          problems.accept(new InputProblem(input.toString(), null, "read", ErrorCode.INPUT_UNSUPPORTED,
              "unsupported input format '" + input.getFileName()
                  + "': expected .txt, .html, .htm, .warc or .jsonl (each optionally .gz)"));
        } else {
          files.add(input);
        }
      } else if (Files.exists(input, LinkOption.NOFOLLOW_LINKS) || Files.exists(input)) {
        problems.accept(new InputProblem(input.toString(), null, "read", ErrorCode.INPUT_UNREADABLE,
            "not a regular file or folder"));
      } else {
        problems.accept(new InputProblem(input.toString(), null, "read", ErrorCode.INPUT_NOT_FOUND,
            "no such file or folder"));
      }
    }
    return files;
  }

  private static void walk(Path dir, Set<Path> visited, List<Path> out, Consumer<InputProblem> problems) {
    Path real;
    try {
      real = dir.toRealPath();
    } catch (IOException e) {
      problems.accept(new InputProblem(dir.toString(), null, "read", ErrorCode.INPUT_UNREADABLE,
          "cannot resolve folder: " + e.getMessage()));
      return;
    }
    if (!visited.add(real)) {
      return; // a symbolic link back to a folder already read
    }
    List<Path> children;
    try (Stream<Path> s = Files.list(dir)) {
      children = s.sorted().toList();
    } catch (IOException e) {
      problems.accept(new InputProblem(dir.toString(), null, "read", ErrorCode.INPUT_UNREADABLE,
          "cannot list folder: " + e));
      return;
    }
    for (Path child : children) {
      if (child.getFileName().toString().startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(child)) {
        walk(child, visited, out, problems);
      } else if (Files.isRegularFile(child) && InputKind.of(child) != null) {
        out.add(child);
      }
    }
  }
}
