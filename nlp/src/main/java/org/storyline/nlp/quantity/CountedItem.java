package org.storyline.nlp.quantity;

import java.util.List;
import java.util.Set;

/**
 * Finds the noun phrase a number counts, from the tokens after it, without part-of-speech tags:
 * words (hyphenated compounds stay whole: "North Korean-made", "short-range", "Hwasong-11") up
 * to a function word, a common verb, a punctuation mark or another number, at most six words;
 * a lower-case plural noun ends the phrase ("civilians fled" keeps "civilians"). A participle or
 * gerund ends the phrase unless a content word follows it ("guided missiles" keeps "guided",
 * "missiles launched at" drops "launched"). A measure noun takes its "of" complement
 * ("containers of ammunition", "tonnes of explosives").
 */
final class CountedItem {
  /** The phrase found: token range {@code [from, to)}. */
  record Phrase(int from, int to) {}

  private static final int MAX_WORDS = 6;
  static final Set<String> STOP = words(
      "goes", "pays", "gets", "comes", "takes", "gives", "shows", "seems", "means", "needs", "wants", "helps",
      "holds", "keeps", "leads", "lies", "looks", "runs", "sits", "stands", "stays", "works", "costs",
      "met", "went", "took", "gave", "sent", "told", "began", "came", "saw", "held", "shot", "fought",
      "sold", "bought", "brought", "struck", "led", "lost", "spoke", "wrote", "flew", "ran", "found", "paid",
      "kept", "became", "fell", "rose", "stood", "knew", "hit", "arrive", "arrives", "remain", "died", "and",
      "or", "but", "nor", "of", "to", "from", "in", "on", "at", "by", "for", "with", "without", "into",
      "onto", "over", "under", "than", "as", "since", "until", "after", "before", "during", "per", "via",
      "across", "against", "toward", "towards", "through", "is", "are", "was", "were", "be", "been", "being",
      "has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "do",
      "does", "did", "that", "which", "who", "whom", "whose", "this", "these", "those", "it", "its", "their",
      "they", "he", "she", "we", "you", "i", "said", "says", "say", "reportedly", "also", "not", "more",
      "each", "every", "a", "an", "the", "there", "here", "so", "if", "when", "where", "while", "because",
      "although", "according", "including", "like", "near", "amid", "about", "around", "among", "between",
      "up", "down", "out", "off", "back", "away", "then", "now", "already", "still", "yet", "just", "only",
      "even", "all", "both", "some", "such", "respectively", "ago", "last", "next", "earlier", "later",
      "remained", "remains", "read", "make", "makes", "made", "left", "whereas", "worth", "apiece", "total",
      "altogether", "annually", "daily", "monthly", "weekly", "yearly", "inside", "outside", "within",
      "beyond", "behind", "along", "alongside", "plus", "minus", "versus", "vs", "get", "got", "gets", "go",
      "come", "what", "how", "why", "other", "another", "same", "own");
  private static final Set<String> MEASURE = words(
      "containers", "container", "rounds", "tonnes", "tons", "tonne", "ton", "batches", "pieces", "units",
      "shipments", "boxes", "crates", "sets", "cases", "types", "kinds", "barrels", "carloads", "trainloads",
      "wagons", "truckloads", "pallets", "loads", "consignments", "packages", "kilograms", "kg", "litres",
      "liters", "gallons", "cubic", "metres", "meters", "bottles", "bags", "sacks", "rolls", "shipment",
      "batch", "lots", "volumes", "doses", "vials", "tanks");

  private CountedItem() {}

  private static Set<String> words(String... w) {
    return Set.copyOf(java.util.Arrays.asList(w));
  }

  /** The phrase starting at token {@code i}, or null if none. */
  static Phrase after(List<Token> t, int i, int limit) {
    int j = i;
    int words = 0;
    int lastContent = -1;
    while (j < limit && words < MAX_WORDS) {
      int k = compoundEnd(t, j, limit);
      if (k < 0) {
        break;
      }
      String w = t.get(j).lower();
      if (STOP.contains(w) && k == j + 1) {
        break;
      }
      if (k == j + 1 && w.endsWith("ly") && w.length() > 4) {
        break;
      }
      if (k == j + 1 && (w.endsWith("ed") || w.endsWith("ing")) && w.length() > 4) {
        // keep only when followed by another content word ("guided missiles")
        int n = compoundEnd(t, k, limit);
        if (n < 0 || STOP.contains(t.get(k).lower())) {
          break;
        }
      }
      lastContent = j;
      words++;
      j = k;
      if (k == lastContent + 1 && pluralHead(t.get(lastContent).text())) {
        break; // "civilians fled": a plural common noun ends the phrase
      }
    }
    if (words == 0) {
      return null;
    }
    // measure noun + of + phrase
    if (j + 1 < limit && t.get(j).is("of") && MEASURE.contains(t.get(lastContent).lower())) {
      int from = j + 1;
      while (from < limit && (t.get(from).is("the") || t.get(from).is("a") || t.get(from).is("an"))) {
        from++;
      }
      Phrase rest = after(t, from, limit);
      if (rest != null) {
        return new Phrase(i, rest.to());
      }
    }
    return new Phrase(i, j);
  }

  /** A lower-case word that looks like a plural noun ("shells", "troops"; not "various", "press"). */
  private static boolean pluralHead(String w) {
    return w.length() > 3 && Character.isLowerCase(w.charAt(0)) && w.endsWith("s") && !w.endsWith("ss")
        && !w.endsWith("us") && !w.endsWith("is") && !w.endsWith("ics");
  }

  /**
   * End (exclusive) of the word or hyphenated compound starting at {@code j}, or -1 if the
   * token there is not a word.
   */
  static int compoundEnd(List<Token> t, int j, int limit) {
    if (j >= limit || !t.get(j).isWord()) {
      return -1;
    }
    int k = j + 1;
    while (k + 1 < limit && t.get(k).glued() && (t.get(k).text().equals("-") || t.get(k).text().equals("–"))
        && t.get(k + 1).glued() && (t.get(k + 1).isWord() || t.get(k + 1).isDigits())) {
      k += 2;
    }
    return k;
  }
}
