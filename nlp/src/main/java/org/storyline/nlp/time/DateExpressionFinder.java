package org.storyline.nlp.time;

import static org.storyline.nlp.time.CalendarWords.MONTH_ABBR;
import static org.storyline.nlp.time.CalendarWords.MONTH_FULL;
import static org.storyline.nlp.time.CalendarWords.NUMBER_WORD;
import static org.storyline.nlp.time.CalendarWords.SEASON;
import static org.storyline.nlp.time.CalendarWords.WEEKDAY;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.nlp.time.DateCore.Kind;
import org.storyline.nlp.time.DateCore.Relation;

/**
 * Finds date expressions in English text with regular expressions: each rule proposes
 * candidates, the longest non-overlapping ones win, then the words before each ("early",
 * "mid-", "the end of"; "by", "since", "until") are attached and "from A to B" / "between A and
 * B" / "A-B" are joined into ranges. Prepositions are not part of an expression's span
 * (TimeML style); they are kept as its bound. Stateless and thread-safe.
 */
final class DateExpressionFinder {
  private static final String MON_FULL = "(?:" + MONTH_FULL + ")(?![A-Za-z])";
  private static final String MON_ABBR = "(?:" + MONTH_ABBR + ")(?![A-Za-z])\\.?";
  private static final String MON = "(?:" + MON_FULL + "|" + MON_ABBR + ")";
  private static final String DAY = "(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9A-Za-z])";
  private static final String YEAR_RAW = "(?:1[89][0-9]{2}|20[0-9]{2})";
  private static final String YEAR = YEAR_RAW + "(?![0-9])";
  private static final String RANGE_SEP = "\\s*(?:-|–|—|to|through|until|till)\\s*";
  private static final String LIST_TAIL =
      "(?:\\s*,\\s*" + DAY + ")*\\s*,?\\s*(?:and|or|&)\\s*(?:again\\s+)?(?:on\\s+)?" + DAY;
  private static final String RELATION =
      "(?:(?i:last|next|this|this past|this coming|the coming|coming|past|the past)\\s+)";

  private static final String MONTH_WORDS = MONTH_FULL + "|" + MONTH_ABBR;
  private static final String RELATION_WORDS = "last|next|this|the|coming|past";
  private static final Pattern NUMBER = Pattern.compile("[0-9]+");
  private static final Pattern WEAK_CUE = Pattern.compile("(?i)(?<![A-Za-z])(?:and|or|to|for|on|of)\\s+$");
  private static final Pattern BETWEEN_BEFORE = Pattern.compile("(?i)(?<![A-Za-z])between\\s+$");
  private static final Pattern NAME_BEFORE = Pattern.compile("[A-Z][A-Za-z.]*[A-Za-z.] $");
  private static final Pattern FOLLOWING_NAME = Pattern.compile("^ [A-Z]");
  private static final Pattern FOLLOWING_DIGIT = Pattern.compile("^\\s*[0-9]");
  private static final Pattern FOLLOWING_WORD = Pattern.compile("^\\s+([a-z]+)");
  private static final Pattern CAPITALISED = Pattern.compile("[A-Z][a-z]+");
  private static final Pattern RANGE_BETWEEN = Pattern.compile("^" + RANGE_SEP + "$");
  private static final Pattern CUE = Pattern.compile("(?i)(?<![A-Za-z])(?:in|since|until|till|by|from|to"
      + "|through|throughout|during|of|before|after|and|or|between|early|mid|late|as of|around|for|on|last"
      + "|next|this|(?:the\\s+)?(?:start|beginning|end|middle|close)\\s+of)\\s*-?\\s*(?:the\\s+)?$");
  private static final Pattern YEAR_CUE = Pattern.compile("(?i)(?:(?<![A-Za-z])(?:in|since|until|till|by"
      + "|from|to|through|throughout|during|of|before|after|and|or|between|for|early|mid|late|around"
      + "|circa|c\\.|year|the|its|his|her|their|our|as of|spring|summer|autumn|fall|winter|(?:the\\s+)?"
      + "(?:start|beginning|end|middle|close)\\s+of)\\s*-?\\s*|['’]s\\s+|\\(\\s*)$");
  private static final Pattern SEASON_CUE = Pattern.compile("(?i)(?<![A-Za-z])(?:in|during|by|until|till"
      + "|since|over|through|throughout|this|of|early|late|mid|before|after|for)\\s*-?\\s*(?:the\\s+)?$");
  private static final Pattern PART_BEFORE = Pattern.compile("(?i)(?<![A-Za-z])(early|mid|late|(?:the\\s+)?"
      + "(?:(?:start|beginning|end|middle|close)|(?:first|second|1st|2nd)\\s+half|(?:first|second|third|fourth"
      + "|last|final|1st|2nd|3rd|4th)\\s+quarter)\\s+of(?:\\s+the)?)(?:\\s+|\\s*-\\s*)$");
  private static final Pattern BOUND_BEFORE = Pattern.compile("(?i)(?<![A-Za-z])(by|until|till|through|since"
      + "|before|after|from|between|no later than|not later than)\\s+(?:(?:in|on)\\s+)?(?:the\\s+)?$");
  private static final Pattern WEEKDAY_BEFORE_DATE = Pattern.compile("^\\s*,?\\s*(?:the\\s+)?$");
  private static final Pattern JOIN = Pattern.compile("(?i)^\\s*(-|–|—|to|until|till|through|and)\\s*$");
  private static final Set<String> AFTER_LIST_OK = Set.of("and", "or", "in", "at", "on", "when", "as",
      "after", "before", "respectively", "but", "with", "the", "to", "of", "by", "for", "while", "last",
      "this", "next", "that", "which", "where", "against", "across", "from", "near", "amid", "during");

  /**
   * A pattern, the class of character a match can start with (U upper-case letter, L letter,
   * D digit, Q digit or apostrophe, N letter or digit) and what a match means.
   */
  private record Rule(char first, Pattern pattern, BiFunction<String, Matcher, List<DateExpression>> handler,
      Set<String> firstWords) {
    Rule(char first, Pattern pattern, BiFunction<String, Matcher, List<DateExpression>> handler) {
      this(first, pattern, handler, null);
    }

    /** The same rule, tried only where the first word (lower case) is one of {@code words}. */
    Rule onlyAfter(String words) {
      return new Rule(first, pattern, handler, Set.of(words.toLowerCase(Locale.ROOT).split("\\|")));
    }

    boolean mayStartWith(char c, String word) {
      if (firstWords != null && !firstWords.contains(word)) {
        return false;
      }
      return switch (first) {
        case 'U' -> Character.isUpperCase(c);
        case 'L' -> Character.isLetter(c);
        case 'D' -> c >= '0' && c <= '9';
        case 'Q' -> c >= '0' && c <= '9' || c == '\'' || c == '’';
        default -> Character.isLetterOrDigit(c);
      };
    }
  }

  private record Candidate(int start, int end, int order, List<DateExpression> items) {}

  private final List<Rule> rules = List.of(
      new Rule('U', Pattern.compile("(?<![A-Za-z])(?:" + MON_FULL + "\\s+|" + MON_ABBR + ",?\\s*)(?:the\\s+)?"
          + DAY + "(?:" + RANGE_SEP + DAY + "|" + LIST_TAIL + ")?(?:\\s*,?\\s*" + YEAR + ")?"),
          this::monthDay).onlyAfter(MONTH_WORDS),
      new Rule('D', Pattern.compile("(?<![0-9A-Za-z,.])" + DAY + "(?:\\s*,\\s*" + DAY + ")*(?:\\s*,?\\s*(?:-|–|—|to|and|&)\\s*"
          + DAY + ")?\\s+(?:of\\s+)?" + MON + "(?:,?\\s*" + YEAR + ")?"), this::dayMonth),
      new Rule('U', Pattern.compile("(?<![A-Za-z])" + MON + ",?\\s+(?:of\\s+)?" + YEAR), this::monthYear).onlyAfter(MONTH_WORDS),
      new Rule('L', Pattern.compile("(?<![A-Za-z])" + RELATION + "?" + MON_FULL), this::monthAlone).onlyAfter(RELATION_WORDS + "|" + MONTH_FULL),
      new Rule('D', Pattern.compile("(?<![0-9])(" + YEAR_RAW + ")([-/])(0[1-9]|1[0-2])\\2(0[1-9]|[12][0-9]|3[01])"
          + "(?![0-9])"), this::iso),
      new Rule('D', Pattern.compile("(?<![0-9])(" + YEAR_RAW + ")-(0[1-9]|1[0-2])(?![0-9]|-[0-9])"), this::isoMonth),
      new Rule('D', Pattern.compile("(?<![0-9./-])([0-9]{1,2})([./-])([0-9]{1,2})\\2(" + YEAR_RAW + ")(?![0-9])"),
          this::numeric),
      new Rule('Q', Pattern.compile("(?<![0-9A-Za-z])(?:(1[89][0-9]0|20[0-9]0)|['’]([0-9]0))['’]?s(?![A-Za-z0-9])"),
          this::decade),
      new Rule('D', Pattern.compile("(?<![0-9A-Za-z$£€#.,/:])(" + YEAR_RAW + ")\\s*(?:-|–|—|/)\\s*(" + YEAR_RAW
          + "|[0-9]{2})(?![0-9])"), this::yearRange),
      new Rule('D', Pattern.compile("(?<![0-9A-Za-z$£€#.,/:])(" + YEAR_RAW
          + ")(?![0-9]|,[0-9]|\\.[0-9]|:[0-9]|%|[A-Za-z]|\\s*[-–—/]\\s*[0-9])"), this::year),
      new Rule('L', Pattern.compile("(?<![A-Za-z])" + RELATION + "?(" + WEEKDAY + ")(?![A-Za-z])"), this::weekday).onlyAfter(RELATION_WORDS + "|" + WEEKDAY),
      new Rule('L', Pattern.compile("(?i)(?<![A-Za-z])(the day before yesterday|the day after tomorrow|today|yesterday"
          + "|tomorrow|tonight|last night|this (?:morning|afternoon|evening))(?![A-Za-z])"), this::relativeDay).onlyAfter("the|today|yesterday|tomorrow|tonight|last|this"),
      new Rule('L', Pattern.compile("(?i)(?<![A-Za-z])(?:(?:the\\s+)?(start|beginning|end|middle|close)\\s+of\\s+)?"
          + "(this|last|next|the previous|previous|the current|the coming|earlier this|later this|the)\\s+"
          + "(year|month|week)(?![A-Za-z])"), this::relativeUnit).onlyAfter("the|start|beginning|end|middle|close|this|last|next|previous|current|earlier|later"),
      new Rule('L', Pattern.compile("(?i)(?<![A-Za-z])(this past|this coming|the past|the coming|this|last|next"
          + "|the)\\s+weekend(?![A-Za-z])"), this::weekend).onlyAfter("this|last|next|the"),
      new Rule('N', Pattern.compile("(?i)(?<![A-Za-z0-9])([0-9]{1,3}|(?:" + NUMBER_WORD + ")(?:-(?:" + NUMBER_WORD
          + "))?)\\s+(day|week|month|year|decade)s?\\s+ago(?![A-Za-z])"), this::ago),
      new Rule('L', Pattern.compile("(?<![A-Za-z])(?i:(last|next|this|the coming|this coming|the past|past)\\s+)?"
          + "(?i:(" + SEASON + "))(?:\\s+(?:of\\s+)?(" + YEAR_RAW + ")(?![0-9]))?(?![A-Za-z])"), this::season).onlyAfter(RELATION_WORDS + "|" + SEASON));

  /** Every date expression in {@code text[from, to)}, in text order, offsets absolute. */
  List<DateExpression> find(String text, int from, int to) {
    List<Candidate> candidates = new ArrayList<>();
    Matcher[] matchers = new Matcher[rules.size()];
    for (int r = 0; r < rules.size(); r++) {
      matchers[r] = rules.get(r).pattern().matcher(text);
      matchers[r].useTransparentBounds(true);
      matchers[r].useAnchoringBounds(false);
    }
    // Expressions start at the start of a word, a number or an apostrophe ('90s): try each rule
    // there only, instead of at every character.
    for (int p = from; p < to; p++) {
      char c = text.charAt(p);
      if (p > 0 && Character.isLetterOrDigit(text.charAt(p - 1)) || !(Character.isLetterOrDigit(c) || c == '\''
          || c == '’')) {
        continue;
      }
      String word = firstWord(text, p, to);
      for (int r = 0; r < rules.size(); r++) {
        if (!rules.get(r).mayStartWith(c, word)) {
          continue;
        }
        Matcher m = matchers[r];
        m.region(p, to);
        if (m.lookingAt()) {
          List<DateExpression> items = rules.get(r).handler().apply(text, m);
          if (!items.isEmpty()) {
            int s = items.get(0).start();
            int e = items.get(items.size() - 1).end();
            candidates.add(new Candidate(s, e, r, items));
          }
        }
      }
    }
    candidates.sort(Comparator.comparingInt(Candidate::start)
        .thenComparing(Comparator.comparingInt((Candidate c) -> c.end() - c.start()).reversed())
        .thenComparingInt(Candidate::order));
    List<DateExpression> kept = new ArrayList<>();
    int covered = -1;
    for (Candidate c : candidates) {
      if (c.start() < covered) {
        continue;
      }
      covered = c.end();
      for (int i = 0; i < c.items().size(); i++) {
        DateExpression e = c.items().get(i);
        kept.add(i == 0 ? attachWordsBefore(text, from, e) : e);
      }
    }
    return joinRanges(text, kept);
  }

  // ---------------------------------------------------------------- rules

  private List<DateExpression> monthDay(String text, Matcher m) {
    String s = m.group();
    int base = m.start();
    int month = CalendarWords.month(s.substring(0, wordEnd(s)));
    List<int[]> nums = numbers(s);
    Integer year = null;
    if (nums.size() > 1 && nums.get(nums.size() - 1)[2] == 4) {
      year = nums.remove(nums.size() - 1)[0];
    }
    List<DateExpression> out = new ArrayList<>();
    if (nums.size() > 1 && year == null && !listMayEndHere(text, m.end())) {
      // "on May 20 and 21 people died": the tail is not a date
      int[] first = nums.get(0);
      return valid(year, month, first[0]) ? List.of(DateExpression.of(base, base + first[1] + first[2],
          DateCore.day(null, month, first[0]))) : List.of();
    }
    for (int[] n : nums) {
      if (!valid(year, month, n[0])) {
        return List.of();
      }
    }
    if (nums.size() == 2 && (RANGE_BETWEEN.matcher(s.substring(nums.get(0)[1] + nums.get(0)[2],
        nums.get(1)[1])).matches() || BETWEEN_BEFORE.matcher(before(text, base)).find())) {
      if (nums.get(1)[0] <= nums.get(0)[0]) {
        return List.of();
      }
      return List.of(DateExpression.range(base, m.end(), DateCore.day(year, month, nums.get(0)[0]),
          DateCore.day(year, month, nums.get(1)[0])));
    }
    for (int i = 0; i < nums.size(); i++) {
      int[] n = nums.get(i);
      int s0 = i == 0 ? base : base + n[1];
      int e0 = i == nums.size() - 1 ? m.end() : base + n[1] + n[2];
      out.add(DateExpression.of(s0, e0, DateCore.day(year, month, n[0])));
    }
    return out;
  }

  private List<DateExpression> dayMonth(String text, Matcher m) {
    String s = m.group();
    int base = m.start();
    Matcher mw = CAPITALISED.matcher(s);
    if (!mw.find()) {
      return List.of();
    }
    int month = CalendarWords.month(mw.group());
    int monthAt = mw.start();
    List<int[]> nums = numbers(s);
    Integer year = null;
    List<int[]> days = new ArrayList<>();
    for (int[] n : nums) {
      if (n[1] > monthAt) {
        year = n[0];
      } else {
        days.add(n);
      }
    }
    for (int[] n : days) {
      if (!valid(year, month, n[0])) {
        return List.of();
      }
    }
    if (days.size() > 2) {
      if (!s.substring(days.get(days.size() - 2)[1], days.get(days.size() - 1)[1])
          .matches("\\d+(?:st|nd|rd|th)?\\s*,?\\s*(?:and|&)\\s*")) {
        return List.of(); // "3, 5 - 8 June" is no list of days
      }
      List<DateExpression> out = new ArrayList<>(); // "on 3, 5 and 8 November": three days
      for (int i = 0; i < days.size(); i++) {
        int[] n = days.get(i);
        int e0 = i == days.size() - 1 ? m.end() : base + withOrdinal(s, n);
        out.add(DateExpression.of(base + n[1], e0, DateCore.day(year, month, n[0])));
      }
      return out;
    }
    if (days.size() == 2) {
      String between = s.substring(days.get(0)[1] + days.get(0)[2], days.get(1)[1]);
      if (between.strip().equals(",")) {
        return List.of(); // "3, 5 November": not a range; the second day is found on its own
      }
      if (!between.contains("and") && !between.contains("&") || BETWEEN_BEFORE.matcher(before(text, base)).find()) {
        if (days.get(1)[0] <= days.get(0)[0]) {
          return List.of();
        }
        return List.of(DateExpression.range(base, m.end(), DateCore.day(year, month, days.get(0)[0]),
            DateCore.day(year, month, days.get(1)[0])));
      }
      return List.of(
          DateExpression.of(base, base + withOrdinal(s, days.get(0)), DateCore.day(year, month, days.get(0)[0])),
          DateExpression.of(base + days.get(1)[1], m.end(), DateCore.day(year, month, days.get(1)[0])));
    }
    return List.of(DateExpression.of(base, m.end(), DateCore.day(year, month, days.get(0)[0])));
  }

  private List<DateExpression> monthYear(String text, Matcher m) {
    String s = m.group();
    List<int[]> nums = numbers(s);
    int year = nums.get(nums.size() - 1)[0];
    return List.of(DateExpression.of(m.start(), m.end(),
        DateCore.month(year, CalendarWords.month(s.substring(0, wordEnd(s))), Relation.NONE)));
  }

  private List<DateExpression> monthAlone(String text, Matcher m) {
    String s = m.group();
    String[] words = s.split("\\s+");
    Relation relation = relation(s.substring(0, s.length() - words[words.length - 1].length()));
    int month = CalendarWords.month(words[words.length - 1]);
    if (relation == Relation.NONE && !cueBefore(CUE, text, m.start())) {
      return List.of();
    }
    if (relation == Relation.NONE && followedByYearOrDigit(text, m.end())) {
      return List.of();
    }
    if (relation == Relation.NONE && WEAK_CUE.matcher(before(text, m.start())).find()
        && FOLLOWING_NAME.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 3))).find()) {
      return List.of(); // "Mark and April Jones"
    }
    return List.of(DateExpression.of(m.start(), m.end(), DateCore.month(null, month, relation)));
  }

  private List<DateExpression> iso(String text, Matcher m) {
    int y = Integer.parseInt(m.group(1));
    int mo = Integer.parseInt(m.group(3));
    int d = Integer.parseInt(m.group(4));
    return valid(y, mo, d) ? List.of(DateExpression.of(m.start(), m.end(), DateCore.day(y, mo, d))) : List.of();
  }

  private List<DateExpression> isoMonth(String text, Matcher m) {
    int y = Integer.parseInt(m.group(1));
    int mo = Integer.parseInt(m.group(2));
    if (mo > y % 100) {
      return List.of(); // "2010-11" is a span of years
    }
    return List.of(DateExpression.of(m.start(), m.end(), DateCore.month(y, mo, Relation.NONE)));
  }

  private List<DateExpression> numeric(String text, Matcher m) {
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(3));
    int y = Integer.parseInt(m.group(4));
    DateCore core;
    if (a == b || (a > 12 && b <= 12)) {
      core = valid(y, b, a) ? DateCore.day(y, b, a) : null;
    } else if (b > 12 && a <= 12) {
      core = valid(y, a, b) ? DateCore.day(y, a, b) : null;
    } else if (a <= 12 && b <= 12 && a >= 1 && b >= 1) {
      core = DateCore.ambiguousDay(y, b, a, a, b);
    } else {
      core = null;
    }
    return core == null ? List.of() : List.of(DateExpression.of(m.start(), m.end(), core));
  }

  private List<DateExpression> decade(String text, Matcher m) {
    int y;
    if (m.group(1) != null) {
      y = Integer.parseInt(m.group(1));
    } else {
      int d = Integer.parseInt(m.group(2));
      y = d >= 20 ? 1900 + d : 2000 + d;
    }
    return List.of(DateExpression.of(m.start(), m.end(), DateCore.decade(y)));
  }

  private List<DateExpression> yearRange(String text, Matcher m) {
    int a = Integer.parseInt(m.group(1));
    String second = m.group(2);
    int b = second.length() == 2 ? a / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
    if (b <= a || b - a > 100) {
      return List.of();
    }
    return List.of(DateExpression.range(m.start(), m.end(), DateCore.year(a), DateCore.year(b)));
  }

  private List<DateExpression> year(String text, Matcher m) {
    int y = Integer.parseInt(m.group(1));
    boolean cued = cueBefore(YEAR_CUE, text, m.start());
    boolean closes = nextNonSpaceIsPunctuation(text, m.end());
    if (m.start() > 0 && text.charAt(m.start() - 1) == '-' && !cued) {
      return List.of(); // "Su-2000"
    }
    if (!cued && !closes) {
      return List.of();
    }
    if (y < 1900 && !cued) {
      return List.of();
    }
    return List.of(DateExpression.of(m.start(), m.end(), DateCore.year(y)));
  }

  private List<DateExpression> weekday(String text, Matcher m) {
    String s = m.group();
    String name = m.group(1);
    Relation relation = relation(s.substring(0, s.length() - name.length()));
    return List.of(DateExpression.of(m.start(), m.end(),
        DateCore.weekday(CalendarWords.weekday(name).getValue(), relation)));
  }

  private List<DateExpression> relativeDay(String text, Matcher m) {
    String w = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (w.equals("today") && m.group(1).charAt(0) == 'T' && NAME_BEFORE.matcher(before(text, m.start())).find()) {
      return List.of(); // "USA Today"
    }
    int offset = switch (w) {
      case "yesterday", "last night" -> -1;
      case "tomorrow" -> 1;
      case "the day before yesterday" -> -2;
      case "the day after tomorrow" -> 2;
      default -> 0;
    };
    return List.of(DateExpression.of(m.start(), m.end(), DateCore.relativeDay(offset)));
  }

  private List<DateExpression> relativeUnit(String text, Matcher m) {
    String partWord = m.group(1);
    String rel = m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (rel.equals("the") && partWord == null) {
      return List.of(); // "the year" alone refers to a year named elsewhere
    }
    int offset = switch (rel) {
      case "last", "the previous", "previous" -> -1;
      case "next", "the coming" -> 1;
      default -> 0;
    };
    ChronoUnit unit = switch (m.group(3).toLowerCase(Locale.ROOT)) {
      case "year" -> ChronoUnit.YEARS;
      case "month" -> ChronoUnit.MONTHS;
      default -> ChronoUnit.WEEKS;
    };
    DateExpression e = DateExpression.of(m.start(), m.end(), DateCore.relativeUnit(unit, offset));
    return List.of(partWord == null ? e : e.withPart(m.start(), partName(partWord)));
  }

  private List<DateExpression> weekend(String text, Matcher m) {
    String w = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    Relation relation = w.equals("the") ? Relation.NONE : relation(w);
    return List.of(DateExpression.of(m.start(), m.end(), DateCore.weekend(relation)));
  }

  private List<DateExpression> ago(String text, Matcher m) {
    int n = 0;
    for (String w : m.group(1).split("-")) {
      int v = CalendarWords.number(w);
      if (v < 0) {
        return List.of();
      }
      n += v;
    }
    ChronoUnit unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
      case "day" -> ChronoUnit.DAYS;
      case "week" -> ChronoUnit.WEEKS;
      case "month" -> ChronoUnit.MONTHS;
      case "decade" -> ChronoUnit.DECADES;
      default -> ChronoUnit.YEARS;
    };
    return List.of(DateExpression.of(m.start(), m.end(), DateCore.ago(unit, n)));
  }

  private List<DateExpression> season(String text, Matcher m) {
    Relation relation = m.group(1) == null ? Relation.NONE : relation(m.group(1));
    Integer year = m.group(3) == null ? null : Integer.parseInt(m.group(3));
    if (relation == Relation.NONE && year == null && !cueBefore(SEASON_CUE, text, m.start())) {
      return List.of();
    }
    return List.of(DateExpression.of(m.start(), m.end(),
        DateCore.season(year, CalendarWords.season(m.group(2)), relation)));
  }

  // ---------------------------------------------------------------- context

  private DateExpression attachWordsBefore(String text, int from, DateExpression e) {
    DateExpression out = e;
    Kind k = e.core().kind();
    boolean partable = e.part() == null && e.rangeEnd() == null
        && (k == Kind.MONTH || k == Kind.YEAR || k == Kind.DECADE || k == Kind.SEASON || k == Kind.REL_UNIT);
    if (partable) {
      Matcher p = PART_BEFORE.matcher(before(text, out.start()));
      if (p.find()) {
        out = out.withPart(out.start() - p.group().length(), partName(p.group(1)));
      }
    }
    Matcher b = BOUND_BEFORE.matcher(before(text, out.start()));
    if (b.find()) {
      String w = b.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      out = out.withBound(switch (w) {
        case "till", "through" -> "until";
        case "no later than", "not later than" -> "by";
        default -> w;
      });
    }
    return out;
  }

  private static List<DateExpression> joinRanges(String text, List<DateExpression> kept) {
    List<DateExpression> out = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      DateExpression a = kept.get(i);
      if (i + 1 < kept.size()) {
        DateExpression b = kept.get(i + 1);
        if (a.core().kind() == Kind.WEEKDAY && a.core().relation() == Relation.NONE && b.core().kind() == Kind.DAY
            && b.rangeEnd() == null && b.start() >= a.end()
            && WEEKDAY_BEFORE_DATE.matcher(text.substring(a.end(), b.start())).matches()) {
          // "Wednesday, 26 July 2023": the weekday only restates the date
          kept.set(i + 1, new DateExpression(a.start(), b.end(), b.core(), b.part(), null, null, a.bound()));
          continue;
        }
        Matcher j = JOIN.matcher(text.substring(a.end(), Math.max(a.end(), b.start())));
        if (a.rangeEnd() == null && b.rangeEnd() == null && b.start() >= a.end() && j.matches()
            && joinable(a, j.group(1).toLowerCase(Locale.ROOT))) {
          DateExpression joined = joinCores(a, b);
          if (joined != null) {
            out.add(joined);
            i++;
            continue;
          }
        }
      }
      out.add(a.bound() != null && (a.bound().equals("from") || a.bound().equals("between"))
          ? a.withBound(null) : a);
    }
    return out;
  }

  private static boolean joinable(DateExpression a, String sep) {
    if (sep.equals("and")) {
      return "between".equals(a.bound());
    }
    if (sep.length() == 1) {
      return true;
    }
    return "from".equals(a.bound()) || "between".equals(a.bound());
  }

  /** Shares a written year between the two ends; null if they do not make a forward range. */
  private static DateExpression joinCores(DateExpression a, DateExpression b) {
    DateCore x = a.core();
    DateCore y = b.core();
    boolean calendar = (x.kind() == Kind.DAY || x.kind() == Kind.MONTH)
        && (y.kind() == Kind.DAY || y.kind() == Kind.MONTH);
    if (calendar && x.year() == null && y.year() != null) {
      x = x.withYear(y.year());
      if (firstDay(x).isAfter(firstDay(y))) {
        x = x.withYear(y.year() - 1);
      }
    } else if (calendar && y.year() == null && x.year() != null) {
      y = y.withYear(x.year());
      if (firstDay(y).isBefore(firstDay(x))) {
        y = y.withYear(x.year() + 1);
      }
    }
    if (x.explicit() && y.explicit() && x.kind() != Kind.AMBIGUOUS_DAY && y.kind() != Kind.AMBIGUOUS_DAY
        && CalendarResolution.resolve(y, LocalDate.MIN, Tense.UNKNOWN).end()
            .isBefore(CalendarResolution.resolve(x, LocalDate.MIN, Tense.UNKNOWN).start())) {
      return null;
    }
    return a.to(b, x, y);
  }

  private static LocalDate firstDay(DateCore c) {
    return LocalDate.of(c.year(), c.month(), c.kind() == Kind.DAY ? Math.min(c.day(), 28) : 1);
  }

  private static String before(String text, int at) {
    return text.substring(Math.max(0, at - 40), at);
  }

  private static boolean cueBefore(Pattern cue, String text, int at) {
    return cue.matcher(before(text, at)).find();
  }

  private static boolean nextNonSpaceIsPunctuation(String text, int at) {
    int i = at;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i >= text.length() || ",.;:)!?\"”\n".indexOf(text.charAt(i)) >= 0;
  }

  private static boolean followedByYearOrDigit(String text, int at) {
    return FOLLOWING_DIGIT.matcher(text.substring(at, Math.min(text.length(), at + 4))).find();
  }

  private static boolean listMayEndHere(String text, int at) {
    Matcher w = FOLLOWING_WORD.matcher(text.substring(at, Math.min(text.length(), at + 30)));
    return !w.find() || AFTER_LIST_OK.contains(w.group(1));
  }

  private static Relation relation(String words) {
    String w = words.trim().toLowerCase(Locale.ROOT);
    if (w.isEmpty()) {
      return Relation.NONE;
    }
    if (w.equals("last") || w.endsWith("past")) {
      return Relation.LAST;
    }
    if (w.equals("next") || w.endsWith("coming")) {
      return w.startsWith("this") ? Relation.THIS : Relation.NEXT;
    }
    return Relation.THIS;
  }

  private static String partName(String words) {
    String w = words.toLowerCase(Locale.ROOT);
    if (w.contains("half")) {
      return w.contains("first") || w.contains("1st") ? "h1" : "h2";
    }
    if (w.contains("quarter")) {
      String[][] names = {{"first", "1st"}, {"second", "2nd"}, {"third", "3rd"}};
      for (int q = 0; q < names.length; q++) {
        if (w.contains(names[q][0]) || w.contains(names[q][1])) {
          return "q" + (q + 1);
        }
      }
      return "q4";
    }
    if (w.startsWith("early") || w.contains("start") || w.contains("beginning")) {
      return "early";
    }
    if (w.contains("mid")) {
      return "mid";
    }
    return "late";
  }

  /** The offset in {@code s} just past number {@code n} ({value, offset, length}) and its ordinal suffix ("4th"). */
  private static int withOrdinal(String s, int[] n) {
    int e = n[1] + n[2];
    return s.startsWith("st", e) || s.startsWith("nd", e) || s.startsWith("rd", e) || s.startsWith("th", e) ? e + 2 : e;
  }

  /** Numbers in {@code s} as {value, offset, length}. */
  private static List<int[]> numbers(String s) {
    List<int[]> out = new ArrayList<>();
    Matcher n = NUMBER.matcher(s);
    while (n.find()) {
      out.add(new int[] {Integer.parseInt(n.group()), n.start(), n.group().length()});
    }
    return out;
  }

  /** The lower-case run of letters at {@code p} (empty for a digit or mark). */
  private static String firstWord(String text, int p, int to) {
    int e = p;
    while (e < to && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return text.substring(p, e).toLowerCase(Locale.ROOT);
  }

  private static int wordEnd(String s) {
    int i = 0;
    while (i < s.length() && Character.isLetter(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean valid(Integer year, int month, int day) {
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    int max = year == null ? (month == 2 ? 29 : LocalDate.of(2001, month, 1).lengthOfMonth())
        : LocalDate.of(year, month, 1).lengthOfMonth();
    return day <= max;
  }
}
