package org.storyline.ingest.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Author names from a byline: "By Jane Roe and John Doe", "by Jane Roe with AP", cut before
 * any date, time or separator, keeping 2 to 4 capitalised words that do not name a desk or
 * an agency.
 */
public final class Bylines {
  private static final Pattern LEAD = Pattern.compile("^(by|written by|reporting by|words by)\\s+",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CUT = Pattern.compile(
      "\\s*(\\||•|·|—|–|\\d|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d|"
          + "\\b(published|updated|posted)\\b).*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}$");
  private static final Pattern NOT_A_PERSON = Pattern.compile(
      "(?i)\\b(news|desk|staff|agency|agencies|press|team|reporters?|editors?|correspondents?|the)\\b");

  private Bylines() {}

  /** The person names in {@code byline}; empty if it is not a byline. */
  public static List<String> authors(String byline) {
    String s = byline.strip();
    var lead = LEAD.matcher(s);
    if (!lead.find()) {
      return List.of();
    }
    s = CUT.matcher(s.substring(lead.end())).replaceFirst("");
    List<String> names = new ArrayList<>();
    for (String part : s.split("\\s*(,|\\band\\b|\\bwith\\b|&)\\s*")) {
      String p = part.strip();
      if (NAME.matcher(p).matches() && !NOT_A_PERSON.matcher(p).find()) {
        names.add(p);
      }
    }
    return names;
  }
}
