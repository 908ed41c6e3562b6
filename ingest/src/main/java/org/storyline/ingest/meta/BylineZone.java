package org.storyline.ingest.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The date a reader sees right under a page's headline: the byline zone, the
 * {@value #ZONE} characters of page text after the headline. The headline is the first
 * {@code <h1>} of at least {@value #MIN_HEADING} characters, else the {@code og:title} (also without a trailing site name, "Talks resume |
 * The Courier"), as it stands in the text; when the page shows it more than once (a hero and the
 * article head), the zones after its first {@value #OCCURRENCES} appearances within
 * {@value #REPEAT_REACH} characters of the first are read (farther ones are comments and teasers). In a zone, a
 * date labelled "Published"/"Posted" wins, then the first date not labelled as an update; an
 * update stamp ("Last updated: ...") is returned only if nothing else is shown, and the caller
 * checks for it.
 */
final class BylineZone {
  /** Characters after the headline searched for the byline date. */
  static final int ZONE = 500;
  /** Appearances of the headline whose zones are read. */
  static final int OCCURRENCES = 3;
  /** Characters after the headline's first appearance within which later ones count (not comments, teasers). */
  static final int REPEAT_REACH = 2000;
  /** Shortest headline worth locating. */
  static final int MIN_HEADING = 8;
  static final Pattern UPDATED_BEFORE = Pattern.compile(
      "(updated|modified|edited|last changed|last update|aktualisiert)\\W*(on|at)?\\W*$", Pattern.CASE_INSENSITIVE);
  /**
   * A publication label right before a date. Bare "date", "released" and "issued" are not: in a
   * byline zone they label products, books and reports ("Released: June 17, 2025 by Tor Books").
   */
  static final Pattern PUBLISHED_BEFORE = Pattern.compile(
      "(published|posted|publish(ed)? date|date published|publication date|first published)\\W*(on|at)?\\W*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+[^|–—-]{2,60}$");

  private BylineZone() {}

  /**
   * The byline date of {@code page}, whose text is {@code text} ({@link PageText}); positions of
   * the result are in {@code text}. Null if no headline is found or no date follows it.
   */
  static DateText.Found date(Document page, String text, boolean monthFirst) {
    if (page.body() == null) {
      return null;
    }
    DateText.Found updateOnly = null;
    for (String heading : headings(page)) {
      int from = 0;
      int first = -1;
      for (int n = 0; n < OCCURRENCES; n++) {
        int at = text.indexOf(heading, from);
        if (at < 0 || first >= 0 && at - first > REPEAT_REACH) {
          break;
        }
        first = first < 0 ? at : first;
        from = at + heading.length();
        DateText.Found[] found = inZone(text, from, monthFirst);
        if (found[0] != null) {
          return found[0];
        }
        if (updateOnly == null) {
          updateOnly = found[1];
        }
      }
      if (from > 0) {
        break; // this form of the headline stands in the text: the others are not tried
      }
    }
    return updateOnly;
  }

  /** True if the date found in {@code text} is labelled as an update ("Last updated: ..."). */
  static boolean updateStamp(String text, DateText.Found found) {
    return UPDATED_BEFORE.matcher(text.substring(Math.max(0, found.start() - 30), found.start())).find();
  }

  /** The forms of the headline to look for, best first. */
  private static List<String> headings(Document page) {
    List<String> out = new ArrayList<>();
    for (Element h1 : page.select("h1")) {
      String heading = PageText.of(h1);
      if (heading.length() >= MIN_HEADING) {
        out.add(heading); // the first that can be a headline, not a short site name
        break;
      }
    }
    Element og = page.selectFirst("meta[property=og:title]");
    String stated = og == null ? "" : og.attr("content").replaceAll("\\s+", " ").strip();
    if (stated.length() >= MIN_HEADING) {
      out.add(stated);
      String bare = SITE_SUFFIX.matcher(stated).replaceFirst("");
      if (bare.length() >= MIN_HEADING && !bare.equals(stated)) {
        out.add(bare);
      }
    }
    return out;
  }

  /**
   * In the zone starting at {@code from}: element 0 is the date to take (published-labelled, else
   * the first not labelled as an update), element 1 the first update stamp.
   */
  private static DateText.Found[] inZone(String text, int from, boolean monthFirst) {
    String zone = text.substring(from, Math.min(text.length(), from + ZONE));
    DateText.Found plain = null;
    DateText.Found update = null;
    int offset = 0;
    while (offset < zone.length()) {
      DateText.Found f = DateText.first(zone.substring(offset), monthFirst);
      if (f == null) {
        break;
      }
      int start = offset + f.start();
      DateText.Found placed = new DateText.Found(f.date(), from + start, from + offset + f.end());
      String before = zone.substring(Math.max(0, start - 30), start);
      if (PUBLISHED_BEFORE.matcher(before).find()) {
        return new DateText.Found[] {placed, update};
      }
      if (UPDATED_BEFORE.matcher(before).find()) {
        update = update == null ? placed : update;
      } else if (plain == null) {
        plain = placed;
      }
      offset += f.end();
    }
    return new DateText.Found[] {plain, update};
  }
}
