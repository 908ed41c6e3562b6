package org.storyline.fuse.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;

/**
 * The name tables shipped as resources beside this class: given-name equivalences
 * ({@code given-names.txt}), demonyms ({@code demonyms.txt}) and surnames written first
 * ({@code surname-first.txt}). Loaded once; immutable.
 */
final class NameTables {
  private static final NameTables INSTANCE = new NameTables();

  private final Map<String, Integer> givenClass = new HashMap<>();
  private final Map<String, String> demonyms = new HashMap<>();
  private final Set<String> countryPhrases = new HashSet<>();
  private final Map<String, String> surnameFirst = new HashMap<>();

  private NameTables() {
    int cls = 0;
    for (String line : lines("given-names.txt")) {
      for (String name : line.split("\\s+")) {
        givenClass.put(Romanisation.latin(name), cls);
      }
      cls++;
    }
    for (String line : lines("demonyms.txt")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        String country = String.join(" ", NameText.words(line.substring(eq + 1)));
        demonyms.put(String.join(" ", NameText.words(line.substring(0, eq))), country);
        countryPhrases.add(country);
      }
    }
    for (String line : lines("surname-first.txt")) {
      String[] forms = line.split("\\s+");
      for (String f : forms) {
        surnameFirst.put(f, forms[0]);
      }
    }
  }

  static NameTables get() {
    return INSTANCE;
  }

  /** True if the two given-name skeletons are one name in different languages. */
  boolean sameGivenName(String a, String b) {
    Integer ca = givenClass.get(a);
    return ca != null && ca.equals(givenClass.get(b));
  }

  /**
   * The words with every demonym phrase replaced by the words of its state, two-word phrases first:
   * [north, korean, leader] gives [north, korea, leader].
   */
  List<String> foldDemonyms(List<String> words) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (i + 1 < words.size()) {
        String two = stateOfDemonym(words.get(i) + " " + words.get(i + 1));
        if (two != null) {
          out.addAll(List.of(two.split(" ")));
          i++;
          continue;
        }
      }
      String one = stateOfDemonym(words.get(i));
      out.addAll(one == null ? List.of(words.get(i)) : List.of(one.split(" ")));
    }
    return out;
  }

  /** The state a demonym phrase ("north korean") stands for ("north korea"), or null. */
  String stateOfDemonym(String phrase) {
    return demonyms.get(phrase);
  }

  /** True if the phrase is a state's name as the demonym table gives it ("united states"). */
  boolean isCountryPhrase(String phrase) {
    return countryPhrases.contains(phrase);
  }

  /** The canonical form of an East Asian surname written first ("lee" gives "li"), or null. */
  String surnameFirst(String token) {
    return surnameFirst.get(token);
  }

  private static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = NameTables.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new StorylineException(ErrorCode.INTERNAL_ERROR, "missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new StorylineException(ErrorCode.INTERNAL_ERROR, "cannot read resource " + resource, e);
    }
    return out;
  }
}
