package org.storyline.fuse.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.storyline.core.claim.EventType;

class EventTitlesTest {

  static Stream<Arguments> titles() {
    return Stream.of(
        Arguments.of(EventType.CONSULT, "meet", false, List.of("Sergei Shoigu"), List.of("Kim Jong Un"),
            "Pyongyang", null, null, "Sergei Shoigu meets Kim Jong Un in Pyongyang"),
        Arguments.of(EventType.CONSULT, "meet", false, List.of("Kim Jong Un"), List.of("Vladimir Putin"),
            "Vostochny Cosmodrome", null, null, "Kim Jong Un meets Vladimir Putin at Vostochny Cosmodrome"),
        Arguments.of(EventType.AID, "military", false, List.of("North Korea"), List.of("Russia"),
            null, "artillery shells", null, "North Korea supplies artillery shells to Russia"),
        Arguments.of(EventType.AID, "military", false, List.of("Iran"), List.of("Russia"),
            null, null, null, "Iran supplies weapons to Russia"),
        Arguments.of(EventType.ASSAULT, "missile", false, List.of("Russia"), List.of("Ukraine"),
            null, "ballistic missiles", null, "Russia launches ballistic missiles against Ukraine"),
        Arguments.of(EventType.ASSAULT, "strike", false, List.of("Israel"), List.of("Hezbollah"),
            "Beirut", null, null, "Israel strikes Hezbollah in Beirut"),
        Arguments.of(EventType.CONSULT, "visit", false, List.of("Vladimir Putin"), List.of("North Korea"),
            "Pyongyang", null, null, "Vladimir Putin visits North Korea"),
        Arguments.of(EventType.CONSULT, "visit", true, List.of("Sergei Lavrov"), List.of(),
            "Pyongyang", null, null, "Sergei Lavrov plans to visit Pyongyang"),
        Arguments.of(EventType.REJECT, "deny", false, List.of("North Korea"), List.of("United States"),
            null, null, "arms transfers", "North Korea denies arms transfers"),
        Arguments.of(EventType.REJECT, "deny", false, List.of("Kremlin"), List.of("Reuters"),
            null, null, null, "Kremlin rejects claims by Reuters"),
        Arguments.of(EventType.AGREE, "sign", false, List.of(), List.of("Russia", "North Korea"),
            "Pyongyang", null, null, "Russia and North Korea sign an agreement in Pyongyang"),
        Arguments.of(EventType.AGREE, "sign", true, List.of("Armenia", "Azerbaijan"), List.of(),
            null, null, null, "Armenia and Azerbaijan plan to sign an agreement"),
        Arguments.of(EventType.ASSAULT, null, false, List.of(), List.of("Ukraine"),
            "Kharkiv", null, null, "Attack on Ukraine in Kharkiv"),
        Arguments.of(EventType.SANCTION, null, false, List.of("European Union"), List.of("North Korea", "Russia", "Iran", "Belarus"),
            null, null, null, "The European Union imposes sanctions on North Korea, Russia and 2 others"),
        Arguments.of(EventType.DISAPPROVE, "accuse", false, List.of("South Korea"), List.of("North Korea"),
            null, null, null, "South Korea accuses North Korea"),
        Arguments.of(EventType.CONSULT, "meet", false, List.of("Sergei Shoigu"), List.of(),
            "Pyongyang", null, null, "Sergei Shoigu holds talks in Pyongyang"),
        Arguments.of(EventType.ASSAULT, "invasion", false, List.of("Russia"), List.of(),
            null, null, null, "Russia launches an invasion"),
        Arguments.of(EventType.INVESTIGATE, "investigate", false, List.of("National Intelligence Service"), List.of(),
            null, null, null, "The National Intelligence Service opens an investigation"),
        Arguments.of(EventType.CONSULT, "visit", false, List.of("Vladimir Putin"), List.of(),
            null, null, null, "Vladimir Putin makes a visit"),
        // descriptions take the article, plural ones a plural verb; names keep their number
        Arguments.of(EventType.CONSULT, "talks", false, List.of("ministers"), List.of(),
            null, null, null, "The ministers hold talks"),
        Arguments.of(EventType.COOPERATE, "cooperate", false, List.of("countries"), List.of(),
            null, null, null, "The countries cooperate"),
        Arguments.of(EventType.COOPERATE, "cooperate", true, List.of("defence ministries"), List.of(),
            null, null, null, "The defence ministries plan to cooperate"),
        Arguments.of(EventType.FIGHT, "fight", false, List.of("mercenaries"), List.of(),
            "Bakhmut", null, null, "The mercenaries fight in Bakhmut"),
        Arguments.of(EventType.SANCTION, null, false, List.of("international community"), List.of("Iran", "Syria"),
            null, null, null, "The international community imposes sanctions on Iran and Syria"),
        Arguments.of(EventType.DISAPPROVE, "accuse", false, List.of("South Korean officials"), List.of("North Korea"),
            null, null, null, "South Korean officials accuse North Korea"),
        Arguments.of(EventType.DISAPPROVE, "accuse", false, List.of("United States"), List.of("Iran"),
            null, null, null, "The United States accuses Iran"),
        Arguments.of(EventType.CONSULT, "meet", false, List.of("delegation"), List.of("speaker of the assembly"),
            null, null, null, "The delegation meets the speaker of the assembly"),
        Arguments.of(EventType.CONSULT, "negotiate", false, List.of("Iran"), List.of("Russia"),
            null, null, null, "Iran negotiates an agreement with Russia"),
        Arguments.of(EventType.INVESTIGATE, "investigate", false, List.of(), List.of("indigenous communities"),
            null, null, null, "Investigation into the indigenous communities"),
        Arguments.of(EventType.COOPERATE, "cooperate", false, List.of(), List.of("Media Agency"),
            null, null, null, "Cooperation with the Media Agency"),
        Arguments.of(EventType.SUPPORT, "support", false, List.of(), List.of("Ukraine"),
            null, null, null, "Support for Ukraine"),
        Arguments.of(EventType.DISAPPROVE, "accuse", false, List.of(), List.of("Iran"),
            null, null, null, "Accusations against Iran"),
        Arguments.of(EventType.CONSULT, "negotiate", false, List.of("Serbia", "Kosovo"), List.of(),
            null, null, null, "Serbia and Kosovo negotiate an agreement"));
  }

  @ParameterizedTest
  @MethodSource("titles")
  void titleFromStructure(EventType type, String mode, boolean planned, List<String> subjects,
      List<String> objects, String place, String item, String denied, String expected) {
    assertEquals(expected, EventTitles.title(type, mode, planned, subjects, objects, place, item, denied));
  }

  @ParameterizedTest
  @CsvSource({"supply,supplies", "visit,visits", "launch,launches", "deny,denies", "express support,expresses support",
      "hold talks,holds talks", "play,plays", "go,goes"})
  void thirdPerson(String base, String third) {
    assertEquals(third, EventTitles.thirdPerson(base));
  }

  @ParameterizedTest
  @CsvSource({"ministers,true", "defence ministries,true", "South Korean officials,true", "people,true",
      "the troops,true", "delegation,false", "United States,false", "Philippines,false", "news,false",
      "headquarters,false", "campus,false", "analysis,false", "class,false", "North Korea,false", "bus,false"})
  void pluralDescriptions(String name, boolean plural) {
    assertEquals(plural, EventTitles.plural(name), name);
  }

  @ParameterizedTest
  @CsvSource({"Wagner Group,true", "United States,true", "European Union,true", "Security Service of Ukraine,true",
      "Supreme People's Assembly,true", "Kim Jong Un,false", "North Korea,false", "Russia,false",
      "The Hague,false", "Vostochny Cosmodrome,false", "Amur Oblast,false", "Kremlin,false"})
  void bodiesTakeTheArticle(String name, boolean institution) {
    assertEquals(institution, EventTitles.institution(name), name);
  }

  @Test
  void descriptionsTakeTheArticleOnce() {
    assertEquals(List.of("the ministers", "the delegation", "Kim Jong Un", "its allies", "both sides", "12 ships",
            "the Wagner Group", "The Hague"),
        EventTitles.phrases(List.of("ministers", "the delegation", "Kim Jong Un", "its allies", "both sides", "12 ships",
            "Wagner Group", "The Hague")));
  }

  @Test
  void deniedNouns() {
    assertEquals("supplying artillery shells", EventTitles.deniedNoun(EventType.AID, "military", "artillery shells"));
    assertEquals("arms transfers", EventTitles.deniedNoun(EventType.AID, "military", null));
    assertEquals("the visit", EventTitles.deniedNoun(EventType.CONSULT, "visit", null));
    assertEquals("attacks", EventTitles.deniedNoun(EventType.ASSAULT, null, null));
  }
}
