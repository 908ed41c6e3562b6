package org.storyline.ingest.meta;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Whether a page writes all-numeric days month first ({@code 8/1/2025} for 1 August, the US
 * habit) or day first: decided by the page's own unambiguous numeric days ({@code 8/27/2025}
 * can only be month first, {@code 27/8/2025} only day first), by {@code <time>} elements whose
 * machine-readable {@code datetime} shows how their visible numbers are meant (worth three), and
 * when these do not decide, by a US English {@code lang} of the page.
 */
final class NumericDateOrder {
  /** Weight of a {@code <time>} element whose visible digits are explained by its datetime. */
  private static final int TIME_WEIGHT = 3;

  private NumericDateOrder() {}

  /** True if ambiguous numeric days of {@code page} (whose text is {@code text}) are month first. */
  static boolean monthFirst(Document page, String text) {
    int monthFirst = 0;
    int dayFirst = 0;
    Matcher m = DateText.DMY_NUM.matcher(text);
    while (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      if (a > 12 && b <= 12) {
        dayFirst++;
      } else if (b > 12 && a <= 12) {
        monthFirst++;
      }
    }
    if (page != null) {
      for (Element time : page.select("time[datetime]")) {
        LocalDate iso = DateText.parse(time.attr("datetime"));
        Matcher shown = DateText.DMY_NUM.matcher(time.text());
        if (iso == null || !shown.find()) {
          continue;
        }
        int a = Integer.parseInt(shown.group(1));
        int b = Integer.parseInt(shown.group(2));
        if (a == b) {
          continue;
        }
        if (a == iso.getMonthValue() && b == iso.getDayOfMonth()) {
          monthFirst += TIME_WEIGHT;
        } else if (b == iso.getMonthValue() && a == iso.getDayOfMonth()) {
          dayFirst += TIME_WEIGHT;
        }
      }
    }
    if (monthFirst != dayFirst) {
      return monthFirst > dayFirst;
    }
    Element html = page == null ? null : page.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang").strip().toLowerCase(Locale.ROOT).replace('_', '-');
    return lang.equals("en-us");
  }
}
