package org.storyline.fuse.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.storyline.core.document.Article;
import org.storyline.core.document.SourceFormat;
import org.storyline.core.document.SourceRef;
import org.storyline.core.entity.EntityType;
import org.storyline.core.entity.Mention;
import org.storyline.core.stage.DocumentAnalysis;
import org.storyline.core.stage.EntityResolution;
import org.storyline.core.text.Span;
import org.storyline.core.time.DateBasis;
import org.storyline.core.time.PublicationDate;

/**
 * A seeded synthetic corpus for scale runs: invented Slavic and Korean people written in random
 * transliteration variants, sometimes by surname alone (mostly after the full name in the same
 * document, sometimes in a document that never gives it), plus invented agencies with
 * their acronyms and a few states. No two invented people share a normalised name. Each mention
 * knows its true entity, so clustering quality (B-cubed precision and recall) can be measured.
 */
final class SyntheticCorpus {
  private static final String[][] GIVEN = {{"Sergei", "Sergey"}, {"Dmitry", "Dmitri", "Dmitriy"},
      {"Grigoriy", "Grigory", "Grigori"}, {"Yevgeny", "Evgeny"}, {"Aleksei", "Alexei", "Alexey"},
      {"Yuriy", "Yuri"}, {"Andriy", "Andrii"}, {"Oleksiy", "Oleksii"}, {"Nikolai", "Nikolay"},
      {"Fyodor", "Fedor"}, {"Mikhail"}, {"Pavel"}, {"Olga"}, {"Irina"}, {"Valeriy", "Valery"},
      {"Anatoliy", "Anatoly"}, {"Vitaliy", "Vitaly"}, {"Arkadiy", "Arkady"}};
  private static final String[] ONSETS = {"b", "v", "g", "d", "k", "l", "m", "n", "p", "r", "s", "t",
      "sh", "kh", "z", "zh", "ch"};
  private static final String[] VOWELS = {"a", "o", "e", "i", "u"};
  private static final String[][] ENDINGS = {{"ov"}, {"ev"}, {"in"}, {"enko"}, {"sky", "skyy", "skiy"},
      {"chuk"}, {"ko"}};
  private static final String[] KOREAN_SURNAMES = {"Kim", "Pak", "Ri", "Choe", "Kang", "Jong", "Han", "Hwang", "Yun"};
  private static final String[][] SYLLABLES = {{"Jong", "Chong"}, {"Un", "Eun"}, {"Song", "Sung"},
      {"Chol"}, {"Nam"}, {"Hyok"}, {"Su"}, {"Myong"}, {"Hui"}, {"Kwang"}, {"Il"}, {"Yong"}, {"Sik"},
      {"Ho"}, {"Gil"}, {"Bok"}, {"Dok"}, {"Ryong"}};

  /** One person or body and the ways it may be written. */
  private record Truth(int id, EntityType type, List<String> fullForms, String lone) {}

  final List<Article> articles = new ArrayList<>();
  final List<DocumentAnalysis> analyses = new ArrayList<>();
  private final Map<String, Map<Span, Integer>> truthBySpan = new HashMap<>();
  int mentions;

  SyntheticCorpus(int documents, int mentionsPerDocument, int people, long seed) {
    Random r = new Random(seed);
    List<Truth> truths = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (int i = 0; i < people; i++) {
      Truth t;
      do {
        t = r.nextInt(4) == 0 ? korean(i, r) : slavic(i, r);
      } while (!taken.add(NameForm.of(t.fullForms().get(0), EntityType.PERSON).key()));
      truths.add(t);
    }
    int bodies = Math.max(10, people / 8);
    for (int i = 0; i < bodies; i++) {
      truths.add(agency(people + i, r));
    }
    String[] states = {"Russia", "North Korea", "Ukraine", "South Korea"};
    for (int d = 0; d < documents; d++) {
      String doc = "syn-" + d;
      StringBuilder body = new StringBuilder();
      List<Mention> ms = new ArrayList<>();
      Map<Span, Integer> truth = new HashMap<>();
      List<Truth> cast = new ArrayList<>();
      for (int k = 0; k < 6; k++) {
        cast.add(truths.get(skewed(r, truths.size())));
      }
      for (int k = 0; k < mentionsPerDocument; k++) {
        body.append(k % 3 == 0 ? "On Monday " : "Later ");
        if (r.nextInt(8) == 0) {
          String s = states[r.nextInt(states.length)];
          add(doc, body, ms, truth, s, EntityType.STATE, -1 - Arrays.asList(states).indexOf(s));
        } else {
          Truth t = cast.get(r.nextInt(cast.size()));
          boolean fullSeen = ms.stream().anyMatch(m -> truth.get(m.span()) == t.id());
          boolean lone = t.lone() != null && (fullSeen ? r.nextInt(3) == 0 : r.nextInt(12) == 0);
          String form = lone ? t.lone()
              : t.fullForms().get(r.nextInt(t.fullForms().size()));
          add(doc, body, ms, truth, form, t.type(), t.id());
        }
        body.append(" said the talks went well. ");
      }
      String date = String.format("2024-%02d-%02d", 1 + r.nextInt(12), 1 + r.nextInt(28));
      articles.add(new Article(doc, new SourceRef(doc, null, SourceFormat.TEXT, null), null, null, List.of(),
          new PublicationDate(date, null, DateBasis.GIVEN, 1.0), "en", body.toString(), null, List.of()));
      analyses.add(new DocumentAnalysis(doc, ms, List.of(), List.of(), mentionsPerDocument * 8));
      truthBySpan.put(doc, truth);
      mentions += ms.size();
    }
  }

  private static int skewed(Random r, int n) {
    double u = r.nextDouble();
    return (int) Math.min(n - 1, Math.floor(n * u * u));
  }

  private static void add(String doc, StringBuilder body, List<Mention> ms, Map<Span, Integer> truth,
      String text, EntityType type, int id) {
    Span s = new Span(body.length(), body.length() + text.length());
    body.append(text);
    ms.add(new Mention(doc, s, text, type, null));
    truth.put(s, id);
  }

  private static Truth slavic(int id, Random r) {
    String[] given = GIVEN[r.nextInt(GIVEN.length)];
    StringBuilder stem = new StringBuilder();
    for (int i = 0; i < 2 + r.nextInt(2); i++) {
      stem.append(ONSETS[r.nextInt(ONSETS.length)]).append(VOWELS[r.nextInt(VOWELS.length)]);
    }
    String[] endings = ENDINGS[r.nextInt(ENDINGS.length)];
    String base = Character.toUpperCase(stem.charAt(0)) + stem.substring(1);
    List<String> forms = new ArrayList<>();
    for (String g : given) {
      for (String e : endings) {
        forms.add(g + " " + base + e);
      }
    }
    return new Truth(id, EntityType.PERSON, forms, base + endings[0]);
  }

  private static Truth korean(int id, Random r) {
    String surname = KOREAN_SURNAMES[r.nextInt(KOREAN_SURNAMES.length)];
    String[] a = SYLLABLES[r.nextInt(SYLLABLES.length)];
    String[] b = SYLLABLES[r.nextInt(SYLLABLES.length)];
    List<String> forms = new ArrayList<>();
    for (String x : a) {
      for (String y : b) {
        forms.add(surname + " " + x + " " + y);
        forms.add(surname + " " + x + "-" + y.toLowerCase(Locale.ROOT));
      }
    }
    return new Truth(id, EntityType.PERSON, forms, null);
  }

  private static Truth agency(int id, Random r) {
    String[] words = {"National", "Central", "Federal", "State", "Strategic", "Maritime", "Border", "Space",
        "Nuclear", "Energy", "Trade", "Security", "Defence", "Research", "Export"};
    String[] heads = {"Agency", "Service", "Bureau", "Committee", "Office", "Directorate"};
    String a = words[r.nextInt(words.length)];
    String b = words[r.nextInt(words.length)];
    String c = heads[r.nextInt(heads.length)];
    String full = a + " " + b + " " + c + " " + id;
    return new Truth(id, EntityType.ORGANIZATION, List.of(full, "the " + full), null);
  }

  /** B-cubed precision and recall of a resolution against the true entities: {precision, recall}. */
  double[] bcubed(EntityResolution r) {
    Map<String, Integer> clusterSize = new HashMap<>();
    Map<Integer, Integer> truthSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    List<String[]> rows = new ArrayList<>();
    for (Map.Entry<String, Map<Span, Integer>> d : truthBySpan.entrySet()) {
      for (Map.Entry<Span, Integer> m : d.getValue().entrySet()) {
        String c = r.entityAt(d.getKey(), m.getKey());
        if (c == null) {
          c = "none:" + d.getKey() + m.getKey();
        }
        clusterSize.merge(c, 1, Integer::sum);
        truthSize.merge(m.getValue(), 1, Integer::sum);
        both.merge(c + "\u0000" + m.getValue(), 1, Integer::sum);
        rows.add(new String[] {c, Integer.toString(m.getValue())});
      }
    }
    double p = 0;
    double rec = 0;
    for (String[] row : rows) {
      int overlap = both.get(row[0] + "\u0000" + row[1]);
      p += (double) overlap / clusterSize.get(row[0]);
      rec += (double) overlap / truthSize.get(Integer.parseInt(row[1]));
    }
    return new double[] {p / rows.size(), rec / rows.size()};
  }
}
