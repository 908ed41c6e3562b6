package org.storyline.app.report;

import org.storyline.app.cli.StoreLocationConverter;
import org.storyline.store.StoreLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.storyline.app.server.StoreSnapshot;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyline report --store DIR -o report.html}: a self-contained HTML report to share. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write one self-contained HTML file (no network needed) with the timeline, events with sources, and trails.")
public final class ReportCommand implements Callable<Integer> {
  @Option(names = "--store", required = true, paramLabel = "STORE", converter = StoreLocationConverter.class,
      description = "the store: a folder, or postgresql://user:password@host:port/database") StoreLocation store;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE") Path out;

  @Option(names = "--title", defaultValue = "storyline report", description = "page title (default: ${DEFAULT-VALUE})") String title;

  @Override
  public Integer call() {
    try (StoreSnapshot s = StoreSnapshot.load(store)) {
      String html = new HtmlReport(s).render(title, LocalDate.now(ZoneOffset.UTC));
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(out, html, StandardCharsets.UTF_8);
      System.out.printf("wrote %s (%d events, %d trails, %d KB)%n", out, s.events().size(), s.trails().size(), html.length() / 1024);
      return 0;
    } catch (IOException e) {
      throw new StorylineException(ErrorCode.INPUT_UNREADABLE, "cannot write report " + out + ": " + e.getMessage(), e);
    }
  }
}
