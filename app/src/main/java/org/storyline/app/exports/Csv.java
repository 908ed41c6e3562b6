package org.storyline.app.exports;

import java.util.List;

/**
 * RFC 4180 CSV: fields joined by commas, rows ended by CRLF, a field quoted (with doubled inner
 * quotes) when it holds a comma, quote, CR or LF or starts or ends with a space. Text cells that
 * a spreadsheet would read as a formula (starting with {@code = + - @}, tab or CR) get a leading
 * apostrophe, so opening the file runs nothing.
 */
public final class Csv {
  /** The UTF-8 byte order mark, so spreadsheets read the file as UTF-8. */
  public static final String BOM = "\uFEFF";

  private Csv() {}

  /** One row, CRLF-terminated. Null cells are empty. */
  public static String row(List<?> cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      Object c = cells.get(i);
      sb.append(c == null ? "" : c instanceof Number ? c.toString() : field(c.toString()));
    }
    return sb.append("\r\n").toString();
  }

  /** A text cell, defused and quoted as needed. */
  public static String field(String s) {
    String v = s;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
        || (!v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' '));
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }
}
