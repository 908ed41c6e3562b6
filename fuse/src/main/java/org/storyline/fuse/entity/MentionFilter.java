package org.storyline.fuse.entity;

import java.util.List;
import java.util.Set;
import org.storyline.core.entity.Mention;

/**
 * Drops mentions that never name an entity, whatever the recogniser said: pronouns ("US" in
 * capitals is no pronoun), generic
 * nouns ("officials", "the delegation"), page-chrome words ("Subscribe", "Advertisement"), month
 * and weekday names, single lower-case words, text without letters, and over-long spans.
 * Title references (key {@code title:...}) keep their generic words.
 */
final class MentionFilter {
  private static final int MAX_LENGTH = 120;
  private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you", "him",
      "her", "them", "his", "hers", "its", "their", "theirs", "our", "ours", "us", "me", "my", "mine",
      "who", "whom", "whose", "which", "that", "this", "these", "those", "someone", "anyone",
      "everyone", "somebody", "nobody", "one", "itself", "himself", "herself", "themselves");
  private static final Set<String> CHROME = Set.of("subscribe", "advertisement", "advertising", "ad",
      "share", "comments", "comment", "loader", "newsletter", "sign up", "log in", "login", "menu",
      "search", "follow", "follow us", "podcast", "podcasts", "events", "copyright", "photo", "video",
      "read more", "related", "sponsored", "skip to content", "cookies", "cookie", "privacy policy",
      "terms of use", "editors picks", "news feed", "more news", "getty images", "close", "next",
      "previous", "home", "click", "email", "share this article", "support us", "donate", "audio",
      "listen", "watch", "live", "breaking", "update", "updated", "print", "instagram", "telegram",
      "facebook", "twitter", "x", "youtube", "whatsapp", "linkedin", "reddit", "rss");
  private static final Set<String> GENERIC = Set.of("official", "officials", "government",
      "governments", "authorities", "authority", "delegation", "ministry", "military", "army",
      "forces", "troops", "president", "leader", "leaders", "minister", "spokesperson", "spokesman",
      "spokeswoman", "country", "countries", "state", "states", "nation", "nations", "regime",
      "agency", "media", "analysts", "analyst", "experts", "expert", "sources", "source", "people",
      "western", "allies", "ally", "partners", "embassy", "parliament", "council", "committee",
      "intelligence", "administration", "side", "sides", "navy", "reporters", "journalists",
      "correspondent", "editor", "staff", "commander", "general", "chairman", "chairperson",
      "secretary", "ambassador", "envoy", "diplomat", "diplomats", "prosecutor", "prosecutors",
      "investigators", "police", "court", "company", "companies", "firm", "group", "party");
  private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
      "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow");

  private MentionFilter() {}

  /** True if the mention may name an entity. */
  static boolean keep(Mention m) {
    String text = m.text().strip();
    if (text.isEmpty() || text.length() > MAX_LENGTH || !NameText.hasLetter(text)) {
      return false;
    }
    boolean title = m.key() != null && m.key().startsWith("title:");
    List<String> words = NameText.words(text);
    if (words.isEmpty()) {
      return false;
    }
    if (words.size() > 1 && words.get(0).equals("the")) {
      words = words.subList(1, words.size());
    }
    String phrase = String.join(" ", words);
    boolean acronym = text.chars().filter(Character::isUpperCase).count() >= 2;
    if ((PRONOUNS.contains(phrase) && !acronym) || CHROME.contains(phrase) || CALENDAR.contains(phrase)) {
      return false;
    }
    if (title) {
      return true;
    }
    if (GENERIC.contains(phrase)) {
      return false;
    }
    if (words.size() == 1 && !NameText.hasUpperCase(text) && hasLowerCase(text) && !hasDigit(text)) {
      return false;
    }
    return !(words.size() <= 2 && CALENDAR.contains(words.get(0)) && words.stream().skip(1).allMatch(NameText::isNumber));
  }

  private static boolean hasLowerCase(String s) {
    return s.codePoints().anyMatch(Character::isLowerCase);
  }

  private static boolean hasDigit(String s) {
    return s.chars().anyMatch(Character::isDigit);
  }
}
