package org.storyline.fuse.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.core.entity.EntityType;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.core.id.StableId;
import org.storyline.core.stage.EntityResolution;

class KnowledgeBaseTest {
  private static final KnowledgeBase KB = KnowledgeBase.builtIn();

  private static String lookup(KnowledgeBase kb, String name, EntityType type) {
    return kb.lookup(name, type).map(KbEntry::id).orElse(null);
  }

  @Test
  void builtInCoversTheStorysActors() {
    Set<String> ids = KB.entries().stream().map(KbEntry::id).collect(Collectors.toSet());
    for (String id : List.of("vladimir-putin", "kim-jong-un", "kim-yo-jong", "sergei-shoigu", "andrei-belousov",
        "sergey-lavrov", "dmitry-peskov", "kang-sun-nam", "choe-son-hui", "shin-won-sik", "yoon-suk-yeol",
        "volodymyr-zelensky", "andriy-kostin", "john-kirby", "antony-blinken", "matthew-miller", "hwang-joon-kuk",
        "grigoriy-rapota", "andrei-lankov", "russia", "north-korea", "south-korea", "ukraine", "united-states",
        "china", "japan", "iran", "united-nations", "un-security-council", "nato", "nis", "sbu", "gur",
        "wagner-group", "russian-defence-ministry", "security-council-of-russia", "federation-council",
        "supreme-peoples-assembly", "kharkiv-prosecutors-office", "prosecutor-generals-office-ukraine",
        "us-state-department", "national-security-council", "kcna", "yonhap", "tass", "reuters",
        "associated-press", "cbs-news", "bloomberg", "new-york-times", "meduza", "daily-nk", "kyiv-independent",
        "kyiv-post", "ukrainska-pravda", "euronews", "pyongyang", "moscow", "vostochny-cosmodrome", "amur-oblast",
        "rajin", "kharkiv", "bakhmut", "hwasong-11", "artillery-shell-152mm", "artillery-shell-122mm",
        "ballistic-missile")) {
      assertTrue(ids.contains(id), id);
    }
    assertEquals(EntityType.FACILITY, KB.entry("vostochny-cosmodrome").orElseThrow().type());
    assertEquals("Q7747", KB.entry("vladimir-putin").orElseThrow().wikidata());
  }

  @Test
  void lookupFindsAliasesVariantsAndMetonyms() {
    assertEquals("sergei-shoigu", lookup(KB, "Sergey Shoygu", EntityType.PERSON));
    assertEquals("kim-jong-un", lookup(KB, "Kim Jong-Un", EntityType.PERSON));
    assertEquals("volodymyr-zelensky", lookup(KB, "Volodymyr Zelenskyy", EntityType.PERSON));
    assertEquals("andriy-kostin", lookup(KB, "Andrii Kostin", EntityType.PERSON));
    assertEquals("andrei-lankov", lookup(KB, "Andrey Lankov", EntityType.PERSON));
    assertEquals("north-korea", lookup(KB, "Pyongyang", EntityType.STATE));
    assertEquals("pyongyang", lookup(KB, "Pyongyang", EntityType.PLACE));
    assertEquals("russia", lookup(KB, "the Kremlin", EntityType.STATE));
    assertEquals("kremlin", lookup(KB, "the Kremlin", EntityType.FACILITY));
    assertEquals("georgia", lookup(KB, "Georgia", EntityType.STATE));
    assertEquals("georgia-us-state", lookup(KB, "Georgia", EntityType.PLACE));
    assertEquals("hwasong-11", lookup(KB, "KN-24", EntityType.WEAPON));
    assertEquals("artillery-shell-152mm", lookup(KB, "152-mm artillery shells", EntityType.WEAPON));
    assertEquals("kcna", lookup(KB, "North Korean state media", EntityType.MEDIA));
    assertEquals(null, lookup(KB, "Kim", EntityType.PERSON), "a lone surname is no KB name");
    assertEquals("russian-orthodox-church", lookup(KB, "Russian Orthodox Church", EntityType.STATE), "mistyped body");
    assertEquals(null, lookup(KB, "Korea", EntityType.STATE));
    assertEquals(null, lookup(KB, "Ivo Marek", EntityType.PERSON));
  }

  @Test
  void officesHaveDates() {
    OfficeTitle defence = OfficeTitle.of("defence minister", "Russia", KB);
    assertEquals(List.of("sergei-shoigu"), ids(KB.holders(defence, LocalDate.of(2023, 7, 26), LocalDate.of(2023, 7, 26))));
    assertEquals(List.of("andrei-belousov"), ids(KB.holders(defence, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))));
    assertEquals(List.of("sergei-shoigu", "andrei-belousov"),
        ids(KB.holders(defence, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31))));
    OfficeTitle secretary = OfficeTitle.fromKey("title:security council secretary|russian", KB);
    assertEquals(List.of("sergei-shoigu"), ids(KB.holders(secretary, LocalDate.of(2024, 9, 13), LocalDate.of(2024, 9, 13))));
    OfficeTitle peskov = OfficeTitle.fromKey("title:spokesman|kremlin", KB);
    assertEquals(List.of("dmitry-peskov"), ids(KB.holders(peskov, LocalDate.of(2023, 9, 15), LocalDate.of(2023, 9, 15))));
    OfficeTitle leader = OfficeTitle.fromKey("title:north korean leader", KB);
    assertEquals("north-korea", leader.qualifier());
    assertEquals(List.of("kim-jong-un"), ids(KB.holders(leader, LocalDate.of(2024, 6, 19), LocalDate.of(2024, 6, 19))));
    assertEquals(List.of("kim-jong-il"), ids(KB.holders(leader, LocalDate.of(2005, 1, 1), LocalDate.of(2005, 1, 1))));
    OfficeTitle pentagon = OfficeTitle.fromKey("title:defense secretary|u.s.", KB);
    assertEquals(List.of("lloyd-austin"), ids(KB.holders(pentagon, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1))));
    OfficeTitle nato = OfficeTitle.fromKey("title:nato secretary-general", KB);
    assertEquals("nato", nato.qualifier());
    assertEquals(List.of("mark-rutte"), ids(KB.holders(nato, LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 1))));
  }

  private static List<String> ids(List<KbEntry> entries) {
    return entries.stream().map(KbEntry::id).toList();
  }

  @Test
  void userFileReplacesTheBuiltInBase(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("kb.txt");
    Files.writeString(file, """
        # my own base
        [ivo-marek]
        type: PERSON
        name: Ivo Marek
        alias: I. Marek
        office: army chief | Slovakia | 2021-03 ..

        [slovakia]
        type: STATE
        name: Slovakia
        alias: Slovak Republic
        wikidata: Q214
        """, StandardCharsets.UTF_8);
    KnowledgeBase kb = KnowledgeBase.load(file);
    assertEquals(2, kb.size());
    assertEquals("ivo-marek", lookup(kb, "Ivo Marek", EntityType.PERSON));
    assertEquals("slovakia", lookup(kb, "Slovak Republic", EntityType.STATE));
    assertEquals(null, lookup(kb, "Vladimir Putin", EntityType.PERSON), "built-in entries are gone");
    OfficeTitle chief = OfficeTitle.fromKey("title:army chief|slovak", kb);
    assertEquals("slovakia", chief.qualifier());
    assertEquals(List.of("ivo-marek"), ids(kb.holders(chief, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 1))));
  }

  @Test
  void userFileCanExtendTheBuiltInBase(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("extra.kb");
    Files.writeString(file, """
        @extends builtin
        [ivo-marek]
        type: PERSON
        name: Ivo Marek

        # replaces the built-in block with this id
        [andrei-lankov]
        type: PERSON
        name: Andrei N. Lankov
        alias: Andrei Lankov
        """, StandardCharsets.UTF_8);
    KnowledgeBase kb = KnowledgeBase.load(file);
    assertEquals(KB.size() + 1, kb.size());
    assertEquals("vladimir-putin", lookup(kb, "Vladimir Putin", EntityType.PERSON));
    assertEquals("ivo-marek", lookup(kb, "Ivo Marek", EntityType.PERSON));
    assertEquals("Andrei N. Lankov", kb.entry("andrei-lankov").orElseThrow().name());
    KnowledgeBase same = KB.extendedWith(KnowledgeBase.parse("[ivo-marek]\ntype: PERSON\nname: Ivo Marek\n", "inline"));
    assertEquals(KB.size() + 1, same.size());
  }

  @Test
  void malformedFilesAreReportedWithTheLine() {
    StorylineException e = assertThrows(StorylineException.class,
        () -> KnowledgeBase.parse("[x]\ntype: PERSON\nname: X\ncolour: blue\n", "bad.kb"));
    assertEquals(ErrorCode.INPUT_MALFORMED, e.code());
    assertTrue(e.getMessage().contains("bad.kb:4"), e.getMessage());
    assertEquals(ErrorCode.INPUT_MALFORMED,
        assertThrows(StorylineException.class, () -> KnowledgeBase.parse("[x]\nname: X\n", "t")).code());
    assertEquals(ErrorCode.INPUT_MALFORMED,
        assertThrows(StorylineException.class, () -> KnowledgeBase.parse("[x]\ntype: ROBOT\nname: X\n", "t")).code());
    assertEquals(ErrorCode.INPUT_MALFORMED, assertThrows(StorylineException.class,
        () -> KnowledgeBase.parse("[x]\ntype: PERSON\nname: X\noffice: president | y | 2020-13 ..\n", "t")).code());
    assertEquals(ErrorCode.INPUT_MALFORMED, assertThrows(StorylineException.class,
        () -> KnowledgeBase.parse("[x]\ntype: PERSON\nname: X\noffice: president | y | 2022 .. 2020\n", "t")).code());
    assertEquals(ErrorCode.INPUT_MALFORMED,
        assertThrows(StorylineException.class, () -> KnowledgeBase.parse("name: X\n", "t")).code());
    assertEquals(ErrorCode.INPUT_MALFORMED, assertThrows(StorylineException.class,
        () -> KnowledgeBase.parse("[Bad Id]\ntype: PERSON\nname: X\n", "t")).code());
    assertEquals(ErrorCode.INPUT_MALFORMED, assertThrows(StorylineException.class,
        () -> KnowledgeBase.parse("[x]\ntype: PERSON\nname: X\nwikidata: 7747\n", "t")).code());
  }

  @Test
  void missingFileIsInputNotFound(@TempDir Path dir) {
    assertEquals(ErrorCode.INPUT_NOT_FOUND,
        assertThrows(StorylineException.class, () -> KnowledgeBase.load(dir.resolve("nope.kb"))).code());
  }

  @Test
  void resolverUsesAUserBase(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("kb.txt");
    Files.writeString(file, "[ivo-marek]\ntype: PERSON\nname: Ivo Marek\nalias: Ivan Marek\n"
        + "office: army chief | Slovakia | 2021-03 ..\n", StandardCharsets.UTF_8);
    MentionResolver resolver = new MentionResolver(KnowledgeBase.load(file));
    TestDocument a = TestDocument.of("a", "2023-05-02", "Ivan Marek inspected the border.").all("Ivan Marek", EntityType.PERSON);
    TestDocument b = TestDocument.of("b", "2023-05-03", "The Slovak army chief praised the troops.")
        .title("The Slovak army chief", "title:army chief|slovakia");
    TestDocument.Run run = TestDocument.run(a, b);
    EntityResolution r = resolver.resolve(run.articles(), run.analyses());
    String id = StableId.of("ent", "PERSON", "ivo-marek");
    assertEquals(id, r.entityAt("a", a.mentions().get(0).span()));
    assertEquals(id, r.entityAt("b", b.mentions().get(0).span()));
    assertEquals("Ivo Marek", r.entities().get(0).name());
  }

  @Test
  void emptyBaseStillResolvesUnknownNames() {
    MentionResolver resolver = new MentionResolver(KnowledgeBase.empty());
    TestDocument a = TestDocument.of("a", "2024-06-18", "Pyongyang said North Korea would help. Sergey Shoigu agreed.")
        .keyed("Pyongyang", EntityType.STATE, "north korea").keyed("North Korea", EntityType.STATE, "north korea")
        .all("Sergey Shoigu", EntityType.PERSON);
    TestDocument b = TestDocument.of("b", "2024-06-19", "Sergei Shoigu and the DPRK signed a protocol.")
        .all("Sergei Shoigu", EntityType.PERSON).keyed("DPRK", EntityType.STATE, "north korea");
    TestDocument.Run run = TestDocument.run(a, b);
    EntityResolution r = resolver.resolve(run.articles(), run.analyses());
    assertEquals(2, r.entities().size());
    assertEquals(r.entityAt("a", a.mentions().get(0).span()), r.entityAt("b", b.mentions().get(1).span()));
    assertEquals("Sergei Shoigu", r.entities().stream().filter(e -> e.type() == EntityType.PERSON)
        .findFirst().orElseThrow().name(), "tie on frequency: the first in order wins");
    assertNotEquals(r.entities().get(0).id(), r.entities().get(1).id());
    assertFalse(r.entities().stream().anyMatch(e -> e.wikidata() != null));
  }
}
