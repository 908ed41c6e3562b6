package org.storyline.nlp.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.storyline.core.claim.Quantity;

/**
 * Quantities in sentences written for this test about many conflicts and markets: sentence;
 * the phrase as found; value; bound; low; high; unit; item ({@code -} = null).
 */
class QuantityParserTableTest {
  private static final QuantityParser PARSER = new QuantityParser();

  private static final String TABLE = """
      Russia has received more than 5 million artillery shells from Pyongyang. ; more than 5 million artillery shells ; 5000000 ; AT_LEAST ; - ; - ; - ; artillery shells
      Israel said it intercepted over 300 drones and missiles. ; over 300 drones ; 300 ; AT_LEAST ; - ; - ; - ; drones
      At least 12 people were killed in the strike on Dnipro. ; At least 12 people ; 12 ; AT_LEAST ; - ; - ; - ; people
      Up to 10,000 North Korean soldiers may deploy to Kursk. ; Up to 10,000 North Korean soldiers ; 10000 ; AT_MOST ; - ; - ; - ; North Korean soldiers
      Fewer than 200 peacekeepers remain in the zone. ; Fewer than 200 peacekeepers ; 200 ; AT_MOST ; - ; - ; - ; peacekeepers
      The rebels seized approximately 40 villages in Darfur. ; approximately 40 villages ; 40 ; APPROX ; - ; - ; - ; villages
      Around 7,000 containers of ammunition crossed the border. ; Around 7,000 containers of ammunition ; 7000 ; APPROX ; - ; - ; - ; containers of ammunition
      Some 1,500 troops were sent to the Golan Heights. ; Some 1,500 troops ; 1500 ; APPROX ; - ; - ; - ; troops
      Nearly 3,000 civilians fled Khartoum last week. ; Nearly 3,000 civilians ; 3000 ; APPROX ; - ; - ; - ; civilians
      Almost half of the grain exports went to Africa. ; Almost half of the grain exports ; 0.5 ; APPROX ; - ; - ; fraction ; grain exports
      Roughly 2.5 million refugees crossed into Poland. ; Roughly 2.5 million refugees ; 2500000 ; APPROX ; - ; - ; - ; refugees
      An estimated 600,000 people were displaced in Sudan. ; An estimated 600,000 people ; 600000 ; APPROX ; - ; - ; - ; people
      Between 10,000 and 12,000 troops took part in the drills. ; Between 10,000 and 12,000 troops ; 10000 ; RANGE ; 10000 ; 12000 ; - ; troops
      Officials expect 3 to 5 million shells to be delivered. ; 3 to 5 million shells ; 3000000 ; RANGE ; 3000000 ; 5000000 ; - ; shells
      The convoy included 20-25 trucks. ; 20-25 trucks ; 20 ; RANGE ; 20 ; 25 ; - ; trucks
      Two or three drones hit the refinery. ; Two or three drones ; 2 ; RANGE ; 2 ; 3 ; - ; drones
      Dozens of short-range ballistic missiles were fired. ; Dozens of short-range ballistic missiles ; 24 ; VAGUE ; 24 ; 99 ; - ; short-range ballistic missiles
      Hundreds of fighters joined the offensive in Idlib. ; Hundreds of fighters ; 200 ; VAGUE ; 200 ; 999 ; - ; fighters
      Thousands of protesters gathered in Tbilisi. ; Thousands of protesters ; 2000 ; VAGUE ; 2000 ; 9999 ; - ; protesters
      Hundreds of thousands of people lost power in Kharkiv. ; Hundreds of thousands of people ; 200000 ; VAGUE ; 200000 ; 999999 ; - ; people
      Tens of thousands of soldiers have been wounded. ; Tens of thousands of soldiers ; 20000 ; VAGUE ; 20000 ; 99999 ; - ; soldiers
      Millions of artillery shells were produced in the Urals. ; Millions of artillery shells ; 2000000 ; VAGUE ; 2000000 ; 9999999 ; - ; artillery shells
      The missiles hit six regions of Ukraine. ; six regions ; 6 ; EXACT ; - ; - ; - ; regions
      Twenty-five tanks were destroyed near Vuhledar. ; Twenty-five tanks ; 25 ; EXACT ; - ; - ; - ; tanks
      The brigade lost two hundred and fifty vehicles. ; two hundred and fifty vehicles ; 250 ; EXACT ; - ; - ; - ; vehicles
      A dozen warships sailed into the Black Sea. ; A dozen warships ; 12 ; EXACT ; - ; - ; - ; warships
      Several hundred mercenaries crossed from Libya. ; Several hundred mercenaries ; 300 ; VAGUE ; 300 ; 900 ; - ; mercenaries
      A few thousand volunteers signed up. ; A few thousand volunteers ; 2000 ; VAGUE ; 2000 ; 5000 ; - ; volunteers
      A handful of instructors stayed behind. ; A handful of instructors ; 2 ; VAGUE ; 2 ; 6 ; - ; instructors
      A couple of drones were shot down. ; A couple of drones ; 2 ; EXACT ; - ; - ; - ; drones
      The EU approved €50 billion in aid for Kyiv. ; €50 billion in aid ; 50000000000 ; EXACT ; - ; - ; EUR ; aid
      Washington pledged $2.5 billion in military aid. ; $2.5 billion in military aid ; 2500000000 ; EXACT ; - ; - ; USD ; military aid
      Seoul will spend 3 trillion won on air defence. ; 3 trillion won ; 3000000000000 ; EXACT ; - ; - ; KRW ; -
      The deal is worth 5.2 billion dollars. ; 5.2 billion dollars ; 5200000000 ; EXACT ; - ; - ; USD ; -
      The fund lost $1.5bn last quarter. ; $1.5bn ; 1500000000 ; EXACT ; - ; - ; USD ; -
      The deal covers ammunition worth $500 million. ; $500 million ; 500000000 ; EXACT ; - ; - ; USD ; -
      Inflation in Russia reached 9.1% in November. ; 9.1% ; 9.1 ; EXACT ; - ; - ; percent ; -
      Turnout fell to 48 percent. ; 48 percent ; 48 ; EXACT ; - ; - ; percent ; -
      Growth slowed to 1.5 per cent. ; 1.5 per cent ; 1.5 ; EXACT ; - ; - ; percent ; -
      Nearly 40% of voters backed the treaty. ; Nearly 40% of voters ; 40 ; APPROX ; - ; - ; percent ; voters
      Fewer than 5 percent of the shells were duds. ; Fewer than 5 percent of the shells ; 5 ; AT_MOST ; - ; - ; percent ; shells
      The drone flew 1,200 km into Russia. ; 1,200 km ; 1200 ; EXACT ; - ; - ; km ; -
      The ship carried 40,000 tonnes of grain. ; 40,000 tonnes of grain ; 40000 ; EXACT ; - ; - ; tonnes ; grain
      India bought 70 million barrels of Russian oil. ; 70 million barrels of Russian oil ; 70000000 ; EXACT ; - ; - ; barrels ; Russian oil
      The talks lasted about five hours. ; about five hours ; 5 ; APPROX ; - ; - ; hours ; -
      The visit will last two days. ; two days ; 2 ; EXACT ; - ; - ; days ; -
      It was his first trip in 24 years. ; 24 years ; 24 ; EXACT ; - ; - ; years ; -
      Half of the missiles failed in flight. ; Half of the missiles ; 0.5 ; EXACT ; - ; - ; fraction ; missiles
      A third of the fleet was damaged. ; A third of the fleet ; 0.3333333333 ; EXACT ; - ; - ; fraction ; fleet
      Two-thirds of the budget goes to defence. ; Two-thirds of the budget ; 0.6666666667 ; EXACT ; - ; - ; fraction ; budget
      Only one in 10,000 readers pays for news. ; one in 10,000 readers ; 0.0001 ; EXACT ; - ; - ; ratio ; readers
      Russian forces fired more than 20 North Korean-made weapons at Ukraine. ; more than 20 North Korean-made weapons ; 20 ; AT_LEAST ; - ; - ; - ; North Korean-made weapons
      Approximately 50 North Korean Hwasong-11 missiles were launched. ; Approximately 50 North Korean Hwasong-11 missiles ; 50 ; APPROX ; - ; - ; - ; North Korean Hwasong-11 missiles
      The two leaders met in Amur Oblast. ; two leaders ; 2 ; EXACT ; - ; - ; - ; leaders
      Over 3 million artillery shells arrived by rail. ; Over 3 million artillery shells ; 3000000 ; AT_LEAST ; - ; - ; - ; artillery shells
      No more than 15 inspectors will be admitted. ; No more than 15 inspectors ; 15 ; AT_MOST ; - ; - ; - ; inspectors
      As many as 300 soldiers were captured. ; As many as 300 soldiers ; 300 ; AT_MOST ; - ; - ; - ; soldiers
      In excess of 1,000 sorties were flown. ; In excess of 1,000 sorties ; 1000 ; AT_LEAST ; - ; - ; - ; sorties
      Upwards of 40 ships waited in the Bosphorus. ; Upwards of 40 ships ; 40 ; AT_LEAST ; - ; - ; - ; ships
      The UN counted 1,240 civilian deaths. ; 1,240 civilian deaths ; 1240 ; EXACT ; - ; - ; - ; civilian deaths
      Kyiv received 31 Abrams tanks. ; 31 Abrams tanks ; 31 ; EXACT ; - ; - ; - ; Abrams tanks
      Houthi forces attacked 4 commercial vessels in the Red Sea. ; 4 commercial vessels ; 4 ; EXACT ; - ; - ; - ; commercial vessels
      The ceasefire freed 105 hostages. ; 105 hostages ; 105 ; EXACT ; - ; - ; - ; hostages
      Armenia said 120,000 ethnic Armenians left Karabakh. ; 120,000 ethnic Armenians ; 120000 ; EXACT ; - ; - ; - ; ethnic Armenians
      Sudan's army recaptured 3 bridges over the Nile. ; 3 bridges ; 3 ; EXACT ; - ; - ; - ; bridges
      About 150 Wagner fighters were killed near Bakhmut. ; About 150 Wagner fighters ; 150 ; APPROX ; - ; - ; - ; Wagner fighters
      Taiwan detected 25 Chinese aircraft near the island. ; 25 Chinese aircraft ; 25 ; EXACT ; - ; - ; - ; Chinese aircraft
      The strike destroyed a dozen Russian helicopters. ; a dozen Russian helicopters ; 12 ; EXACT ; - ; - ; - ; Russian helicopters
      Ukraine hit 15 Russian ships in the Black Sea. ; 15 Russian ships ; 15 ; EXACT ; - ; - ; - ; Russian ships
      Seven soldiers died in the ambush. ; Seven soldiers ; 7 ; EXACT ; - ; - ; - ; soldiers
      NATO deployed 4,000 troops to Romania. ; 4,000 troops ; 4000 ; EXACT ; - ; - ; - ; troops
      Eleven ministers resigned over the scandal. ; Eleven ministers ; 11 ; EXACT ; - ; - ; - ; ministers
      The army fielded 300 to 400 tanks in the offensive. ; 300 to 400 tanks ; 300 ; RANGE ; 300 ; 400 ; - ; tanks
      The plant assembles 2,000 guided missiles a year. ; 2,000 guided missiles ; 2000 ; EXACT ; - ; - ; - ; guided missiles
      Iran shipped 200 Fath-360 missiles to Russia. ; 200 Fath-360 missiles ; 200 ; EXACT ; - ; - ; - ; Fath-360 missiles
      Kim inspected 250 new launchers on Sunday. ; 250 new launchers ; 250 ; EXACT ; - ; - ; - ; new launchers
      A 10,000-strong force massed near the border. ; 10,000-strong force ; 10000 ; EXACT ; - ; - ; - ; force
      One-third of the grain was lost in storage. ; One-third of the grain ; 0.3333333333 ; EXACT ; - ; - ; fraction ; grain
      They handed over 500 shells to the army. ; 500 shells ; 500 ; EXACT ; - ; - ; - ; shells
      """;

  static Stream<Arguments> cases() {
    return TABLE.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> {
      String[] c = l.split(";", -1);
      if (c.length != 8) {
        throw new IllegalStateException("bad row: " + l);
      }
      return Arguments.of((Object[]) java.util.Arrays.stream(c).map(String::strip).toArray(String[]::new));
    });
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("cases")
  void parsesTableRow(String sentence, String phrase, String value, String bound, String low, String high,
      String unit, String item) {
    List<FoundQuantity> found = PARSER.find(sentence, 0, sentence.length());
    FoundQuantity hit = found.stream().filter(f -> f.quantity().text().equals(phrase)).findFirst()
        .orElseGet(() -> fail("'" + phrase + "' not found in " + found));
    Quantity q = hit.quantity();
    assertEquals(phrase, sentence.substring(hit.start(), hit.end()), "offsets");
    assertEquals(Double.parseDouble(value), q.value(), Math.abs(Double.parseDouble(value)) * 1e-9, "value");
    assertEquals(bound, q.bound().name(), "bound");
    assertEquals(low.equals("-") ? null : Double.valueOf(low), q.low(), "low");
    assertEquals(high.equals("-") ? null : Double.valueOf(high), q.high(), "high");
    assertEquals(unit.equals("-") ? null : unit, q.unit(), "unit");
    assertEquals(item.equals("-") ? null : item, q.item(), "item");
  }
}
