package org.storyline.core.error;

/** Whose fault an error is: the user's input or call, storyline itself, or something outside. */
public enum ErrorKind {
  USER_ERROR, INTERNAL, EXTERNAL
}
