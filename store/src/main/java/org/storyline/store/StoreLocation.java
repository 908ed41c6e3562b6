package org.storyline.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;

/**
 * Where a store lives: a folder holding the SQLite file {@code storyline.db}, or a PostgreSQL
 * database given as {@code postgresql://user:password@host:port/database} (also
 * {@code postgres://…} or a {@code jdbc:postgresql:…} URL; query parameters such as
 * {@code currentSchema} are passed to the driver).
 *
 * @param folder the store folder for SQLite; null for PostgreSQL
 * @param jdbcUrl the JDBC URL without credentials
 * @param user the database user, or null
 * @param password the password, or null; never shown by {@link #describe()}
 */
public record StoreLocation(Path folder, String jdbcUrl, String user, String password) {
  public StoreLocation {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
  }

  /** A SQLite store in {@code folder}. */
  public static StoreLocation sqlite(Path folder) {
    return new StoreLocation(folder, "jdbc:sqlite:" + folder.resolve(Store.FILE_NAME).toAbsolutePath(), null, null);
  }

  /**
   * Reads a location: a PostgreSQL URL when it starts with {@code postgresql://},
   * {@code postgres://} or {@code jdbc:postgresql:}, otherwise a folder path.
   */
  public static StoreLocation parse(String location) {
    Objects.requireNonNull(location, "location");
    String s = location.strip();
    if (s.isEmpty()) {
      throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "empty store location");
    }
    if (s.startsWith("jdbc:postgresql:")) {
      return new StoreLocation(null, s, null, null);
    }
    if (s.startsWith("postgresql://") || s.startsWith("postgres://")) {
      return postgres(s);
    }
    return sqlite(Path.of(s));
  }

  private static StoreLocation postgres(String s) {
    URI uri;
    try {
      uri = new URI(s);
    } catch (URISyntaxException e) {
      throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "not a PostgreSQL URL: " + mask(s));
    }
    if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
      throw new StorylineException(ErrorCode.INVALID_ARGUMENT,
          "PostgreSQL URL needs a host and a database: postgresql://user:password@host:port/database, not " + mask(s));
    }
    String user = null;
    String password = null;
    if (uri.getRawUserInfo() != null) {
      String info = uri.getRawUserInfo();
      int colon = info.indexOf(':');
      user = decode(colon < 0 ? info : info.substring(0, colon));
      password = colon < 0 ? null : decode(info.substring(colon + 1));
    }
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return new StoreLocation(null, "jdbc:postgresql://" + uri.getHost() + port + uri.getRawPath() + query, user, password);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static String mask(String url) {
    return url.replaceAll("(//[^:/@]*:)[^@]*@", "$1***@");
  }

  /** True for a PostgreSQL database, false for a SQLite folder. */
  public boolean isPostgres() {
    return jdbcUrl.startsWith("jdbc:postgresql:");
  }

  /** The location for messages: the folder, or the URL with the user and without the password. */
  public String describe() {
    if (folder != null) {
      return folder.toString();
    }
    String url = mask(jdbcUrl);
    return user == null ? url : url.replaceFirst("^jdbc:postgresql://", "postgresql://" + user + "@");
  }

  @Override
  public String toString() {
    return describe();
  }
}
