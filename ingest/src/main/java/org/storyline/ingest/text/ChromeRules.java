package org.storyline.ingest.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises one line of scraped text as page chrome by the evidence a person would use, and
 * names the kind: {@code advertisement}, {@code audio}, {@code form}, {@code newsletter},
 * {@code subscribe}, {@code donate}, {@code social}, {@code share}, {@code credit},
 * {@code caption}, {@code navigation}, {@code byline}, {@code dateline}, {@code related},
 * {@code boilerplate}.
 */
public final class ChromeRules {
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern ADVERT = Pattern.compile(
      "^(advertisement|advertising|advert|ad|ads|sponsored( content)?|promoted|paid (content|post)|"
          + "story continues below( advertisement)?|continue reading below)\\s*[:.]?$", CI);
  private static final Pattern AUDIO = Pattern.compile(
      "this audio is|listen to (this|the) (article|story)|audio (version|is generated)|\\d+\\s*min(ute)?s? listen|"
          + "created with ai assistance|text-to-speech", CI);
  private static final Pattern FORM = Pattern.compile(
      "indicates (a )?required|required field|enter (your|a|correct|valid) (e-?mail|email address)|"
          + "enter your e-?mail|^e-?mail( address)?\\s*\\*?$|correct e-?mail|valid e-?mail|copy to clipboard|"
          + "^copied!?$|close button|ctrl\\s*\\+\\s*enter|highlight the text|copy/paste|embed (link|code)|"
          + "^(submit|send|search|go|ok|cancel|password|username)\\s*$|i agree to the|privacy policy and terms",
      CI);
  private static final Pattern NEWSLETTER = Pattern.compile(
      "newsletter|successful+y subscribed|thank you for signing up|confirmation e-?mail|"
          + "sign(ed)? up (for|to)|in your inbox|delivered to your inbox", CI);
  private static final Pattern SUBSCRIBE = Pattern.compile("\\bsubscri(be|bed|ption|ber)s?\\b", CI);
  private static final Pattern DONATE = Pattern.compile(
      "become (a|our) (member|patron|supporter|subscriber|donor)|gift (a )?membership|\\bdonat(e|ion)s?\\b|"
          + "support (us|our (work|journalism|reporting|newsroom|mission))|support independent|"
          + "make a (donation|contribution)|funded by (our )?readers|help us\\b|fund our|"
          + "^support [\\p{Lu}][\\p{L}]+|\\bpatreon\\b|buy (us|me) a coffee|membership", CI);
  private static final Pattern FUNDING_CUE = Pattern.compile(
      "\\b(members?|membership|readers?|fund(ed|ing|s)?|supporters?|support|donat\\w*|contribut\\w*|"
          + "journalism|mission|patrons?|subscri\\w*|paywall|reporting free)\\b", CI);
  private static final Pattern ADDRESSING = Pattern.compile("\\b(our|us|you|your|we|we've|we’re|we're)\\b", CI);
  private static final Pattern SOCIAL = Pattern.compile(
      "\\b(follow|join|find|like|watch) (us|our)\\b|@[A-Za-z0-9_]{3,}|\\b(on|via) (facebook|twitter|instagram|"
          + "telegram|whatsapp|youtube|tiktok|linkedin|threads|bluesky)\\b[^.]*$", CI);
  private static final Pattern SHARE = Pattern.compile(
      "^share\\b|share (this|on|via|the article|the story)|^(tweet|print|e-?mail|pin|copy link|copy url|"
          + "whatsapp|facebook|twitter|linkedin|reddit|telegram|x)\\s*$|\\d+\\s+comments?$|^comments?\\s*\\(?\\d*\\)?$|"
          + "^(show|view|load|read) (all )?comments|^reply$|^report$", CI);
  private static final Pattern CREDIT_START = Pattern.compile(
      "^(copyright|©|\\(c\\)|photo( credit)?s?\\s*:|photograph\\s*:|image( credit)?\\s*:|picture\\s*:|"
          + "credit\\s*:|source\\s*:\\s*(getty|reuters|afp|ap|shutterstock)|illustration\\s*:|file photo|"
          + "illustrative (photo|image)|photo by|photos by|image by|video\\s*:)", CI);
  private static final Pattern CAPTION_MARK = Pattern.compile(
      "getty images|shutterstock|\\((photo|image|picture|file)[^)]*\\)|/\\s*(afp|reuters|ap|epa|anadolu|"
          + "sputnik|tass|ria novosti|kcna|yonhap)\\b|\\bvia (ap|afp|reuters|getty)\\b|\\b(ap|afp|reuters|epa) photo\\b|"
          + "pool photo|\\((l|r|c|left|right|centre|center|front|back|top|bottom|\\d(st|nd|rd|th) (l|r|left|right)|"
          + "from (left|right))\\)|\\bcopyright\\b|\\bphoto:", CI);
  private static final Pattern NAVIGATION = Pattern.compile(
      "^(skip to (main )?content|skip navigation|menu|main menu|search|home|loader|loading\\.*|edit post|"
          + "log ?in|log ?out|sign ?in|sign ?up|register|back to top|close|open|toggle navigation|next|previous|"
          + "prev|more|read more|see more|show more|load more|view all|see all|all news|latest|trending|"
          + "accept( all)?( cookies)?|cookie settings|manage cookies|contact us|about us|events|podcasts?|"
          + "video|videos|photos|opinion|sections|topics|tags?|categories|home page|go to|breaking)\\s*[:.!]?$",
      CI);
  private static final Pattern READ_TIME = Pattern.compile("\\b\\d+\\s*min(ute)?s?\\.? read\\b", CI);
  private static final Pattern BYLINE = Pattern.compile("^(by|written by|reporting by|words by)\\s+\\p{Lu}", CI);
  private static final Pattern RELATED_PREFIX = Pattern.compile(
      "^(read (also|more|next)|see also|related( article| story| news)?|also read|more on this|watch|"
          + "recommended|must read)\\s*[:|>»-]", CI);
  private static final Pattern GLUED = Pattern.compile("\\p{Ll}\\p{Lu}");
  private static final Pattern REPEATED_WORD = Pattern.compile("^(\\p{Lu}\\p{Ll}{2,})\\1");
  private static final Pattern DATE_TOKEN = Pattern.compile(
      "^(\\d{1,4}([:./-]\\d{1,4}){0,2}(am|pm)?|(mon|tues|wednes|thurs|fri|satur|sun)day|jan(uary)?|feb(ruary)?|"
          + "mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?|"
          + "am|pm|a\\.m|p\\.m|utc|gmt|est|edt|cet|cest|bst|eet|eest|kst|msk|published|updated|posted|"
          + "last|modified|on|at|\\||-|–|,|•|·)$", CI);
  private static final Pattern TOKEN = Pattern.compile("[^\\s,]+");
  private static final Set<String> END_MARKERS = new HashSet<>(java.util.List.of(
      "you might also like", "you may also like", "you might be interested in", "more news", "news feed",
      "editors' picks", "editor's picks", "editors’ picks", "editor’s picks", "related", "related articles",
      "related news", "related stories", "related posts", "related content", "related topics", "read more",
      "read next", "most read", "most popular", "most viewed", "latest news", "recommended",
      "recommended for you", "recommended stories", "more stories", "more from this section", "trending",
      "trending now", "top stories", "more on this story", "what to read next", "further reading",
      "in other news", "also read", "read also", "more to read", "popular", "popular stories", "latest stories",
      "the latest", "more in this category", "don't miss", "don’t miss", "explore more", "keep reading",
      "comments", "leave a comment", "leave a reply", "join the conversation", "from around the web",
      "around the web", "sponsored stories", "more headlines", "other news", "see also"));

  private ChromeRules() {}

  /** The chrome kind of {@code line}, or null if nothing marks it as chrome. */
  public static String reason(String line) {
    String s = line.strip();
    int words = SentenceShape.words(s);
    boolean shortLine = words <= 25;
    if (ADVERT.matcher(s).matches()) {
      return "advertisement";
    }
    if (AUDIO.matcher(s).find() && words <= 20) {
      return "audio";
    }
    if (FORM.matcher(s).find() && words <= 20) {
      return "form";
    }
    if (NEWSLETTER.matcher(s).find() && words <= 30 && ADDRESSING.matcher(s).find() || s.matches("(?i)^newsletters?$")) {
      return "newsletter";
    }
    if (SUBSCRIBE.matcher(s).find() && (words <= 12 || ADDRESSING.matcher(s).find() && words <= 40)) {
      return "subscribe";
    }
    if (DONATE.matcher(s).find() && !hasQuote(s) && (shortLine || ADDRESSING.matcher(s).find())) {
      return "donate";
    }
    if (fundingCues(s) >= 2 && ADDRESSING.matcher(s).find()) {
      return "donate";
    }
    if (SHARE.matcher(s).find() && words <= 12) {
      return "share";
    }
    if (SOCIAL.matcher(s).find() && words <= 20 && !SentenceShape.isSentence(s) || s.matches("(?i)^(follow|join) us\\b.*")) {
      return "social";
    }
    if (CREDIT_START.matcher(s).find() && words <= 40) {
      return s.toLowerCase(Locale.ROOT).startsWith("copyright") || s.startsWith("©") ? "credit" : "caption";
    }
    if (CAPTION_MARK.matcher(s).find() && words <= 60 && !quoted(s)) {
      return "caption";
    }
    if (NAVIGATION.matcher(s).matches() || glued(s)) {
      return "navigation";
    }
    if (READ_TIME.matcher(s).find() && words <= 30) {
      return "byline";
    }
    if (BYLINE.matcher(s).find() && (!SentenceShape.terminated(s) || words <= 8) && words <= 30) {
      return "byline";
    }
    if (isDateline(s)) {
      return "dateline";
    }
    if (RELATED_PREFIX.matcher(s).find() && words <= 30) {
      return "related";
    }
    return null;
  }

  /** True if the line, lower-cased and without a final colon, announces the end of the article. */
  public static boolean isEndMarker(String line) {
    String s = line.strip().toLowerCase(Locale.ROOT).replaceAll("[:.!»>]+$", "").strip();
    return END_MARKERS.contains(s) || s.startsWith("more from ") && SentenceShape.words(s) <= 5;
  }

  /** True if the line is only a date, time or a published/updated stamp. */
  public static boolean isDateline(String line) {
    Matcher m = TOKEN.matcher(line.strip());
    int tokens = 0;
    boolean dateWord = false;
    while (m.find()) {
      String t = m.group().replaceAll("[.,;]+$", "");
      if (t.isEmpty()) {
        continue;
      }
      if (!DATE_TOKEN.matcher(t).matches()) {
        return false;
      }
      tokens++;
      if (Character.isDigit(t.charAt(0)) || t.equalsIgnoreCase("published") || t.equalsIgnoreCase("updated")
          || t.equalsIgnoreCase("posted")) {
        dateWord = true;
      }
    }
    return tokens > 0 && dateWord;
  }

  private static int fundingCues(String s) {
    Set<String> cues = new HashSet<>();
    Matcher m = FUNDING_CUE.matcher(s);
    while (m.find()) {
      String c = m.group().toLowerCase(Locale.ROOT);
      cues.add(c.length() > 5 ? c.substring(0, 5) : c);
    }
    return cues.size();
  }

  private static boolean glued(String s) {
    for (String token : s.split("\\s+")) {
      Matcher m = GLUED.matcher(token);
      int n = 0;
      while (m.find()) {
        n++;
      }
      if (n >= 2 || REPEATED_WORD.matcher(token).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasQuote(String s) {
    return s.indexOf('"') >= 0 || s.indexOf('“') >= 0 || s.indexOf('«') >= 0;
  }

  private static boolean quoted(String s) {
    char c = s.charAt(0);
    return c == '"' || c == '“' || c == '«';
  }
}
