package org.storyline.app.report;

/** Escapes text for HTML element content and quoted attribute values. */
public final class Html {
  private Html() {}

  /** {@code s} with {@code & < > " '} replaced by entities; null becomes empty. */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** An http(s) URL escaped for an href, or null when the URL has any other scheme. */
  public static String href(String url) {
    if (url == null || !url.matches("(?i)https?://[^\\s]+")) {
      return null;
    }
    return escape(url);
  }
}
