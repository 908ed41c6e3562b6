package org.storyline.app.cli;

import org.storyline.core.error.StorylineException;
import org.storyline.store.StoreLocation;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a {@code --store}/{@code --out} argument: a folder for the embedded SQLite store, or a
 * PostgreSQL URL ({@code postgresql://user:password@host:port/database}). A malformed URL is a
 * usage error whose message never shows the password.
 */
public final class StoreLocationConverter implements ITypeConverter<StoreLocation> {
  @Override
  public StoreLocation convert(String value) {
    try {
      return StoreLocation.parse(value);
    } catch (StorylineException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
