package org.storyline.ingest.meta;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.core.document.DroppedBlock;

/**
 * Names the outlet of a scraped text by the signatures its chrome leaves ("Support Ukrainska
 * Pravda", "Millions read the Kyiv Independent", "@Kyivpost_official"), or of a page by the
 * domain of its URL.
 */
public final class OutletNames {
  private record Signature(Pattern pattern, String name) {}

  private static final List<Signature> SIGNATURES = List.of(
      sig("kyiv\\s*independent", "Kyiv Independent"), sig("ukrainska\\s*pravda", "Ukrainska Pravda"),
      sig("kyiv\\s*post", "Kyiv Post"), sig("euronews", "Euronews"), sig("ukrinform", "Ukrinform"),
      sig("nk\\s*news", "NK News"), sig("daily\\s*nk", "Daily NK"), sig("yonhap", "Yonhap"),
      sig("korea\\s*herald", "The Korea Herald"), sig("korea\\s*times", "The Korea Times"),
      sig("korea\\s*joongang\\s*daily", "Korea JoongAng Daily"), sig("moscow\\s*times", "The Moscow Times"),
      sig("meduza", "Meduza"), sig("radio\\s*free\\s*europe|rferl|rfe/rl", "Radio Free Europe/Radio Liberty"),
      sig("al\\s*jazeera", "Al Jazeera"), sig("reuters", "Reuters"), sig("associated\\s*press|ap\\s*news", "AP News"),
      sig("\\bbbc\\b", "BBC"), sig("\\bcnn\\b", "CNN"), sig("the\\s*guardian", "The Guardian"),
      sig("new\\s*york\\s*times", "The New York Times"), sig("washington\\s*post", "The Washington Post"),
      sig("deutsche\\s*welle|\\bdw\\.com", "DW"), sig("france\\s*24", "France 24"), sig("politico", "Politico"),
      sig("bloomberg", "Bloomberg"), sig("financial\\s*times", "Financial Times"),
      sig("wall\\s*street\\s*journal", "The Wall Street Journal"), sig("\\bnpr\\b", "NPR"),
      sig("cbs\\s*news", "CBS News"), sig("nbc\\s*news", "NBC News"), sig("abc\\s*news", "ABC News"),
      sig("fox\\s*news", "Fox News"), sig("sky\\s*news", "Sky News"), sig("newsweek", "Newsweek"),
      sig("the\\s*diplomat", "The Diplomat"), sig("38\\s*north", "38 North"), sig("novaya\\s*gazeta", "Novaya Gazeta"),
      sig("the\\s*insider", "The Insider"), sig("\\btass\\b", "TASS"), sig("interfax", "Interfax"));

  private OutletNames() {}

  private static Signature sig(String regex, String name) {
    return new Signature(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), name);
  }

  /** The first known outlet named in the dropped chrome, by position, or null. */
  public static String fromChrome(List<DroppedBlock> dropped) {
    for (DroppedBlock block : dropped) {
      if (block.reason().equals("caption") || block.reason().equals("credit") || block.reason().equals("teaser")
          || block.reason().equals("related")) {
        continue; // agencies credited for a photo or named in other headlines are not the outlet
      }
      String best = null;
      int at = Integer.MAX_VALUE;
      for (Signature s : SIGNATURES) {
        Matcher m = s.pattern().matcher(block.text());
        if (m.find() && m.start() < at) {
          at = m.start();
          best = s.name();
        }
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }

  /** The host of {@code url} without {@code www.}, or null. */
  public static String domain(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
