package org.storyline.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.core.document.DroppedBlock;
import org.storyline.core.document.Extraction;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.ingest.Seeds;

class ScrapedTextExtractorTest {
  private final ScrapedTextExtractor extractor = new ScrapedTextExtractor();

  private static final String SAMPLE = String.join("\n",
      "Menu",
      "Donate now — keep our newsroom independent",
      "WorldPoliticsSportCulture",
      "Armenia and Azerbaijan resume border talks",
      "By Maria Lenz and Tomas Berg | 14 March 2024, 09:10",
      "Foreign ministers of the two countries shake hands in Almaty (Photo: AFP)",
      "Listen to this article",
      "",
      "Negotiators from Armenia and Azerbaijan met in Almaty on Wednesday to resume talks on marking their shared border, the Kazakh foreign ministry said.",
      "",
      "ADVERTISEMENT",
      "",
      "The meeting was the first since talks stalled in November, when both sides accused each other of moving troops near the frontier.",
      "Share on Facebook",
      "Baku names new ambassador to Ankara",
      "\u2022 In 2020, a six-week war ended with a ceasefire brokered by Moscow.",
      "\u2022 Peace talks",
      "Diplomats said a draft treaty could be ready by the summer, although several disputed villages remain.",
      "The meeting was the first since talks stalled in November, when both sides accused each other of moving troops near the frontier.",
      "Enter your email address",
      "Sign up for our daily newsletter and get the news in your inbox.",
      "Related",
      "Georgia hosts regional security forum",
      "Turkey reopens a border crossing after thirty years of closure, officials say.");

  @Test
  void keepsTheArticleAndDropsItsChromeWithReasons() {
    Extraction e = extractor.extract(SAMPLE, "sample");
    assertEquals("Armenia and Azerbaijan resume border talks", e.title());
    List<String> paras = List.of(e.body().split("\n\n"));
    assertEquals(4, paras.size(), e.body());
    assertTrue(paras.get(0).startsWith("Negotiators from Armenia"));
    assertEquals("In 2020, a six-week war ended with a ceasefire brokered by Moscow.", paras.get(2));
    assertTrue(paras.get(3).startsWith("Diplomats said"));
    assertEquals("advertisement", reasonOf(e, "ADVERTISEMENT"));
    assertEquals("navigation", reasonOf(e, "WorldPoliticsSportCulture"));
    assertEquals("caption", reasonOf(e, "Foreign ministers of the two countries"));
    assertEquals("byline", reasonOf(e, "By Maria Lenz"));
    assertEquals("teaser", reasonOf(e, "Baku names new ambassador"));
    assertEquals("repeated", reasonOf(e, "The meeting was the first"));
    assertEquals("related", reasonOf(e, "Turkey reopens"));
    assertEquals("share", reasonOf(e, "Share on Facebook"));
    assertEquals("donate", reasonOf(e, "Donate now"));
    assertEquals("list", reasonOf(e, "Peace talks"));
  }

  private static String reasonOf(Extraction e, String prefix) {
    return e.dropped().stream().filter(d -> d.text().startsWith(prefix)).map(DroppedBlock::reason).findFirst()
        .orElse("kept");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Advertisement:|advertisement",
      "* indicates required|form",
      "Enter your email to get updates|form",
      "Become a member today and fund independent reporting|donate",
      "Follow us on Telegram!|social",
      "JOIN US ON WHATSAPP|social",
      "Share this story|share",
      "Copyright Jane Roe, Reuters|credit",
      "(Getty Images) Soldiers unload crates at a rail depot near the border|caption",
      "This audio is created with AI assistance|audio",
      "NewsNewsVideoOpinion|navigation",
      "Skip to content|navigation",
      "Thursday, 3 August 2023, 11:20|dateline",
      "Published on 13/09/2023|dateline",
      "by Ana Ruiz and the world desk May 2, 2024 5:01 PM 2 min read|byline"})
  void chromeLinesAreRecognised(String line, String reason) {
    assertEquals(reason, ChromeRules.reason(line));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "By March 14, the prosecutor's office reported that fifty missiles had been launched across six regions.",
      "Quote from the minister: \"We will not accept any deal that leaves our citizens behind...",
      "The foreign ministry said it would support the new members of the alliance at the summit.",
      "Officials said the delegation would stay until Friday and hold talks with the parliament.",
      "Ukraine's allies have repeatedly warned that the transfers violate UN resolutions."})
  void proseLinesAreNotChrome(String line) {
    assertNull(ChromeRules.reason(line), line);
    assertTrue(SentenceShape.isSentence(line), line);
  }

  @Test
  void quotesAndDatedBackgroundListsInsideTheBodyAreKept() {
    String text = String.join("\n",
        "Talks stall over grain corridor",
        "Friday, 2 February 2024, 10:00",
        "The two delegations met in Istanbul but failed to agree on a new corridor for grain ships, officials said.",
        "Quote from the envoy: \"We came here in good faith and we will return next month...",
        "Advertisement:",
        "We expect the other side to honour what was signed in July.\"",
        "Background:",
        "  \u2022 In July 2022, the parties signed a deal that let ships leave three ports.",
        "  \u2022 In July 2023, one party withdrew from the deal, citing unmet promises.",
        "Support our reporting or become our patron!");
    Extraction e = extractor.extract(text, "t");
    assertTrue(e.body().contains("Quote from the envoy"), e.body());
    assertTrue(e.body().contains("We expect the other side"), e.body());
    assertTrue(e.body().contains("In July 2022, the parties signed"), e.body());
    assertTrue(e.body().contains("In July 2023, one party withdrew"), e.body());
    assertFalse(e.body().contains("patron"));
    assertFalse(e.body().contains("\u2022"));
    assertEquals("Talks stall over grain corridor", e.title());
  }

  @Test
  void joinsHardWrappedParagraphs() {
    String text = String.join("\n",
        "The summit in Vientiane ended on Saturday without a joint statement on the",
        "maritime dispute, diplomats said, after two delegations objected to the",
        "wording on freedom of navigation in the South China Sea.",
        "",
        "Host officials said consultations would continue at the working level and",
        "that a new draft was being prepared for the ministers' meeting in July.");
    Extraction e = extractor.extract(text, "t");
    String[] paras = e.body().split("\n\n");
    assertEquals(2, paras.length, e.body());
    assertTrue(paras[0].contains("on the maritime dispute"));
  }

  @Test
  void chromeOnlyTextHasNoMainText() {
    StorylineException ex = assertThrows(StorylineException.class,
        () -> extractor.extract("Subscribe\n* indicates required\nFollow us on X\nMenu", "chrome.txt"));
    assertEquals(ErrorCode.NO_MAIN_TEXT, ex.code());
    assertTrue(ex.getMessage().contains("chrome.txt"));
  }

  @Test
  void randomShufflesOfChromeAroundABodyNeverLeakChrome() {
    List<String> chrome = List.of("Subscribe", "Advertisement", "* indicates required", "Follow us on Instagram",
        "Share this article", "Copyright AP", "MenuNewsMenuSport", "Listen to this article");
    List<String> body = List.of(
        "Border guards reported that a convoy of trucks crossed the bridge overnight, the agency said.",
        "The ministry denied that any weapons were on board and called the claims a provocation.",
        "Analysts said satellite images showed new storage sheds near the railway station.");
    Random random = new Random(7);
    for (int round = 0; round < 50; round++) {
      StringBuilder sb = new StringBuilder();
      for (String b : body) {
        for (int k = random.nextInt(3); k > 0; k--) {
          sb.append(chrome.get(random.nextInt(chrome.size()))).append('\n');
        }
        sb.append(b).append('\n');
      }
      sb.append(chrome.get(random.nextInt(chrome.size())));
      Extraction e = extractor.extract(sb.toString(), "r");
      assertEquals(String.join("\n\n", body), e.body(), sb.toString());
    }
  }

  @Test
  void seedBodiesHoldNoChromeAndKeepKeySentences() {
    List<String> banned = List.of("Subscribe", "Advertisement", "indicates required", "Follow us", "JOIN US",
        "Share this article", "You might also like", "MORE NEWS", "Copyright",
        "Pragmatic Dialogue with Trump Now Vital for Ukrainian Diplomacy", "Reuters: Half of North Korean missiles");
    for (Path p : Seeds.files()) {
      Extraction e = extractor.extract(Seeds.text(p));
      for (String line : e.body().split("\n")) {
        for (String b : banned) {
          assertFalse(line.contains(b), p.getFileName() + " kept '" + b + "': " + line);
        }
      }
      assertTrue(e.body().length() > 800, p.getFileName() + " body too short: " + e.body().length());
    }
  }

  @Test
  void seedKeySentencesAndTitles() {
    Extraction s1 = extractor.extract(Seeds.seed("001"));
    assertTrue(s1.body().startsWith("Russian Defence Minister Sergey Shoigu has arrived"));
    assertTrue(s1.body().contains("Quote from Shoigu: \"I am glad"));
    assertTrue(s1.body().contains("In December 2022, US National Security Council representative John Kirby"));
    assertEquals("Russian Defence Minister arrives in North Korea", s1.title());
    Extraction s2 = extractor.extract(Seeds.seed("002"));
    assertTrue(s2.body().contains("By March 14, the Kharkiv prosecutor"));
    assertTrue(s2.body().endsWith("for use in its war against Ukraine."));
    assertNull(s2.title());
    Extraction s3 = extractor.extract(Seeds.seed("003"));
    assertTrue(s3.body().startsWith("Russian President Vladimir Putin is readying"));
    assertTrue(s3.body().contains("There is never enough ammunition in a war"));
    assertFalse(s3.body().contains("Western leaders reject"));
    Extraction s4 = extractor.extract(Seeds.seed("004"));
    assertTrue(s4.body().endsWith("cite a local South Korean news agency."));
    assertFalse(s4.body().contains("Estonia"));
    Extraction s0 = extractor.extract(Seeds.seed("000"));
    assertTrue(s0.body().startsWith("A Russian delegation arrived in Pyongyang on May 20"));
    assertFalse(s0.body().contains("become a member"), s0.body());
  }
}
