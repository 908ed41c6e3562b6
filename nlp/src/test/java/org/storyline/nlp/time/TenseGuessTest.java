package org.storyline.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenseGuessTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Putin is readying to go to North Korea on Tuesday. | FUTURE",
      "The minister will visit Hanoi in March. | FUTURE",
      "Lavrov plans to visit Pyongyang in October. | FUTURE",
      "The summit is set to open on Monday. | FUTURE",
      "The talks are expected to focus on arms. | FUTURE",
      "Seoul said the envoy would travel on Friday. | FUTURE",
      "The army has deployed new brigades. | PAST",
      "Kim met Shoigu on Friday. | PAST",
      "Ukraine launched a counteroffensive in June. | PAST",
      "The ministry said the strike was repelled. | PAST",
      "The border remains closed. | PRESENT",
      "Prices are high in Seoul. | PRESENT",
      "On Friday. | UNKNOWN",
      "' ' | UNKNOWN"})
  void guessesTheTenseOfASentence(String sentence, Tense expected) {
    assertEquals(expected, TenseGuess.of(sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Officials said on Monday that the envoy will arrive on Tuesday. | Monday | PAST",
      "Officials said on Monday that the envoy will arrive on Tuesday. | Tuesday | FUTURE",
      "The minister, who visited Seoul in May, will return in June. | May | PAST",
      "The minister, who visited Seoul in May, will return in June. | June | FUTURE"})
  void guessesTheTenseOfAClause(String sentence, String expression, Tense expected) {
    int at = sentence.indexOf(expression);
    assertEquals(expected, TenseGuess.near(sentence, at, at + expression.length()));
  }
}
