package org.storyline.nlp.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteSpanTest {
  @Test
  void findsCurlyAndStraightQuotationsOfFourWordsOrMore() {
    String s = "“We will not accept this deal,” the minister said, calling it \"a bad idea\" and \"not a serious proposal at all\".";
    List<QuoteSpan> q = QuoteSpan.find(s, 0, s.length(), false);
    assertEquals(2, q.size());
    assertEquals("We will not accept this deal,", q.get(0).text());
    assertEquals("not a serious proposal at all", q.get(1).text());
    assertEquals(q.get(1).text(), s.substring(q.get(1).start(), q.get(1).end()));
  }

  @Test
  void scareQuotesAreNoClaims() {
    String s = "Pyongyang called the report \"baseless\" and a “smear”.";
    assertTrue(QuoteSpan.find(s, 0, s.length(), false).isEmpty());
  }

  @Test
  void anUnclosedQuotationStaysOpenAndAContinuingOneCloses() {
    String first = "Quote from the envoy: \"Our talks went well.";
    List<QuoteSpan> a = QuoteSpan.find(first, 0, first.length(), false);
    assertTrue(a.get(a.size() - 1).open());
    String next = "We agreed to meet again in spring.\" He left.";
    List<QuoteSpan> b = QuoteSpan.find(next, 0, next.length(), true);
    assertEquals("We agreed to meet again in spring.", b.get(0).text());
    assertFalse(b.get(0).open());
  }

  @Test
  void offsetsAreAbsoluteInTheBody() {
    String body = "First sentence here. She said: “Trade will grow by a third next year.”";
    int from = body.indexOf("She");
    QuoteSpan q = QuoteSpan.find(body, from, body.length(), false).get(0);
    assertEquals("Trade will grow by a third next year.", body.substring(q.start(), q.end()));
    assertTrue(q.covers(body.indexOf("grow")));
    assertFalse(q.covers(body.indexOf("said")));
  }
}
