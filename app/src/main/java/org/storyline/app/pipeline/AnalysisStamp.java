package org.storyline.app.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;

/**
 * What analysed the documents of a store: the storyline build (version and build time) and the
 * analysis settings. A run resumes a stored document only when its stamp equals the store's, so
 * a new build or other settings re-analyse every document instead of keeping stale analyses.
 *
 * @param value the stamp, never blank
 */
public record AnalysisStamp(String value) {
  private static final String BUILD_RESOURCE = "/org/storyline/app/build.properties";

  public AnalysisStamp {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("analysis stamp must not be blank");
    }
  }

  /**
   * The stamp of this build with the given analysis settings.
   *
   * @param settings the analysis settings that change results (e.g. the NLP options), as text
   */
  public static AnalysisStamp of(String settings) {
    return new AnalysisStamp(build() + (settings == null || settings.isBlank() ? "" : " " + settings.strip()));
  }

  /**
   * This build as "storyline VERSION built TIME", read from the filtered {@code build.properties};
   * "storyline (unknown build)" when run from classes the build did not filter (an IDE).
   */
  public static String build() {
    Properties p = new Properties();
    try (InputStream in = AnalysisStamp.class.getResourceAsStream(BUILD_RESOURCE)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BUILD_RESOURCE, e);
    }
    String version = p.getProperty("version", "");
    String built = p.getProperty("built", "");
    if (version.isEmpty() || version.startsWith("${")) {
      return "storyline (unknown build)";
    }
    return "storyline " + version + (built.isEmpty() || built.startsWith("${") ? "" : " built " + built);
  }
}
