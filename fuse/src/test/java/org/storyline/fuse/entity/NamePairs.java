package org.storyline.fuse.entity;

import java.util.ArrayList;
import java.util.List;
import org.storyline.core.entity.EntityType;

/**
 * The variant table shared by the similarity and resolver tests: pairs of names that must be
 * one entity and pairs that must not. Rows are "name A | TYPE | name B | TYPE".
 */
final class NamePairs {
  /** A pair of names as written with their recognised types. */
  record Pair(String a, EntityType typeA, String b, EntityType typeB) {
    @Override
    public String toString() {
      return a + " (" + typeA + ") ~ " + b + " (" + typeB + ")";
    }
  }

  /** Merge by name similarity alone, without any knowledge base. */
  static final List<Pair> SAME = parse("""
      Sergei Shoigu | PERSON | Sergey Shoigu | PERSON
      Sergey Shoigu | PERSON | Sergei Shoygu | PERSON
      Grigoriy Rapota | PERSON | Grigory Rapota | PERSON
      Grigori Rapota | PERSON | Grigoriy Rapota | PERSON
      Kim Jong Un | PERSON | Kim Jong-un | PERSON
      Kim Jong Un | PERSON | Kim Jong-Un | PERSON
      Kim Jong-un | PERSON | Kim Jongun | PERSON
      Kim Jong Un | PERSON | Kim Jong Eun | PERSON
      Kim Jong Un | PERSON | Kim Chong Un | PERSON
      Shin Won-sik | PERSON | Shin Won Sik | PERSON
      Shin Won-sik | PERSON | Sin Won-sik | PERSON
      Volodymyr Zelensky | PERSON | Volodymyr Zelenskyy | PERSON
      Volodymyr Zelenskiy | PERSON | Volodymyr Zelensky | PERSON
      Volodymyr Zelensky | PERSON | Vladimir Zelensky | PERSON
      Andriy Kostin | PERSON | Andrii Kostin | PERSON
      Andriy Kostin | PERSON | Andrei Kostin | PERSON
      Dmitry Peskov | PERSON | Dmitri Peskov | PERSON
      Dmitriy Peskov | PERSON | Dmitry Peskov | PERSON
      Dmitry Peskov | PERSON | Dmitry Peskow | PERSON
      Sergey Lavrov | PERSON | Sergei Lavrov | PERSON
      Yuriy Ushakov | PERSON | Yuri Ushakov | PERSON
      Alexei Navalny | PERSON | Aleksei Navalny | PERSON
      Alexey Navalny | PERSON | Alexei Navalnyy | PERSON
      Mykhailo Podolyak | PERSON | Mykhailo Podoliak | PERSON
      Mikhail Podolyak | PERSON | Mykhailo Podolyak | PERSON
      Oleksandr Syrskyi | PERSON | Oleksandr Syrsky | PERSON
      Aleksandr Lukashenko | PERSON | Alexander Lukashenko | PERSON
      Oleksiy Reznikov | PERSON | Oleksii Reznikov | PERSON
      Dmytro Kuleba | PERSON | Dmitry Kuleba | PERSON
      Yevgeny Prigozhin | PERSON | Evgeny Prigozhin | PERSON
      Yevgeniy Prigozhin | PERSON | Yevgeny Prigozhin | PERSON
      Kim Yo Jong | PERSON | Kim Yo-jong | PERSON
      Choe Son Hui | PERSON | Choe Son-hui | PERSON
      Choe Son Hui | PERSON | Choi Son Hui | PERSON
      Kang Sun-nam | PERSON | Kang Sun Nam | PERSON
      Yoon Suk Yeol | PERSON | Yoon Suk-yeol | PERSON
      Yoon Suk Yeol | PERSON | Yun Suk Yeol | PERSON
      Lee Jae-myung | PERSON | Lee Jae Myung | PERSON
      Lee Jae-myung | PERSON | Yi Jae-myung | PERSON
      Park Geun-hye | PERSON | Pak Geun Hye | PERSON
      Kim Il Sung | PERSON | Kim Il-song | PERSON
      Hwang Joon-kuk | PERSON | Hwang Joon Kuk | PERSON
      Hwang Joon-kuk | PERSON | Hwang Jun-guk | PERSON
      Antony Blinken | PERSON | Anthony Blinken | PERSON
      John F. Kirby | PERSON | John Kirby | PERSON
      Fyodor Lukyanov | PERSON | Fedor Lukyanov | PERSON
      Nikolai Patrushev | PERSON | Nikolay Patrushev | PERSON
      Maria Zakharova | PERSON | Mariya Zakharova | PERSON
      Xi Jinping | PERSON | Xi Jin-ping | PERSON
      Vasily Nebenzya | PERSON | Vassily Nebenzia | PERSON
      Valery Gerasimov | PERSON | Valeriy Gerasimov | PERSON
      Andrei Belousov | PERSON | Andrey Belousov | PERSON
      President Vladimir Putin | PERSON | Vladimir Putin | PERSON
      Russian President Vladimir Putin | PERSON | Vladimir Putin | PERSON
      North Korean leader Kim Jong Un | PERSON | Kim Jong Un | PERSON
      U.S. Secretary of State Antony Blinken | PERSON | Antony Blinken | PERSON
      KN-23 missiles | WEAPON | KN-23 | WEAPON
      Rajin | PLACE | Najin | PLACE
      Rajin port | FACILITY | Najin port | FACILITY
      Rodong Sinmun | MEDIA | Nodong Sinmun | MEDIA
      Сергей Шойгу | PERSON | СЕРГЕЙ ШОЙГУ | PERSON
      Hwasong-11 short-range ballistic missiles | WEAPON | Hwasong-11 | WEAPON
      Recep Tayyip Erdoğan | PERSON | Recep Tayyip Erdogan | PERSON
      Emmanuel Macron | PERSON | Emmanuel Macron's | PERSON
      National Intelligence Service | ORGANIZATION | NIS | ORGANIZATION
      KCNA | MEDIA | Korean Central News Agency | MEDIA
      Korean Central News Agency | ORGANIZATION | KCNA | MEDIA
      DPRK | STATE | Democratic People's Republic of Korea | STATE
      D.P.R.K. | STATE | DPRK | STATE
      U.S. | STATE | United States | STATE
      US | STATE | United States | STATE
      UN | ORGANIZATION | United Nations | ORGANIZATION
      UN Security Council | ORGANIZATION | United Nations Security Council | ORGANIZATION
      UNSC | ORGANIZATION | United Nations Security Council | ORGANIZATION
      NATO | ORGANIZATION | North Atlantic Treaty Organization | ORGANIZATION
      European Union | ORGANIZATION | EU | ORGANIZATION
      USSR | STATE | Union of Soviet Socialist Republics | STATE
      PRC | STATE | People's Republic of China | STATE
      Russian Defence Ministry | ORGANIZATION | Ministry of Defence of Russia | ORGANIZATION
      Russian Defense Ministry | ORGANIZATION | Russia's Defence Ministry | ORGANIZATION
      Ukraine's Security Service | ORGANIZATION | Security Service of Ukraine | ORGANIZATION
      Russia's Federation Council | ORGANIZATION | Federation Council of Russia | ORGANIZATION
      Russian | STATE | Russia | STATE
      North Korean | STATE | North Korea | STATE
      American | STATE | United States | STATE
      U.K. | STATE | United Kingdom | STATE
      The New York Times | MEDIA | New York Times | MEDIA
      Vostochny Cosmodrome | FACILITY | Vostochny cosmodrome | PLACE
      Hwasong-11 | WEAPON | Hwasong 11 | WEAPON
      KN-23 | WEAPON | KN23 | WEAPON
      152mm artillery shells | WEAPON | 152 mm artillery shells | WEAPON
      152-mm artillery shells | WEAPON | 152mm artillery shell | WEAPON
      ballistic missiles | WEAPON | ballistic missile | WEAPON
      artillery munitions | WEAPON | artillery shells | WEAPON
      artillery rounds | WEAPON | artillery shells | WEAPON
      152mm shells | WEAPON | 152mm artillery shells | WEAPON
      155 mm rounds | WEAPON | 155mm shells | WEAPON
      """);

  /** Never one entity, with or without the knowledge base. */
  static final List<Pair> DIFFERENT = parse("""
      Kim Jong Un | PERSON | Kim Yo Jong | PERSON
      Kim Jong Un | PERSON | Kim Jong Il | PERSON
      Kim Il Sung | PERSON | Kim Jong Un | PERSON
      Kim Jong Un | PERSON | Kim Jong Nam | PERSON
      Andrei Lankov | PERSON | Andriy Kostin | PERSON
      Andrei Lankov | PERSON | Andrei Belousov | PERSON
      Vladimir Putin | PERSON | Volodymyr Zelensky | PERSON
      Sergei Shoigu | PERSON | Sergey Lavrov | PERSON
      Sergei Shoigu | PERSON | Sergei Lavrov | PERSON
      Dmitry Peskov | PERSON | Dmitry Medvedev | PERSON
      Shin Won-sik | PERSON | Shin Won-chul | PERSON
      Choe Son Hui | PERSON | Choe Ryong Hae | PERSON
      Lee Jae-myung | PERSON | Lee Jae-yong | PERSON
      Yoon Suk Yeol | PERSON | Yoon Mi-hyang | PERSON
      Li Qiang | PERSON | Li Keqiang | PERSON
      Xi Jinping | PERSON | Xi Mingze | PERSON
      John Kirby | PERSON | John Kerry | PERSON
      Antony Blinken | PERSON | Donald Blinken | PERSON
      Matthew Miller | PERSON | Stephen Miller | PERSON
      George W. Bush | PERSON | George H. W. Bush | PERSON
      Olena Zelenska | PERSON | Volodymyr Zelensky | PERSON
      Alexei Navalny | PERSON | Yulia Navalnaya | PERSON
      Maria Zakharova | PERSON | Mario Zakharov | PERSON
      Russia | STATE | Russian Orthodox Church | ORGANIZATION
      Russia | ORGANIZATION | Russian Orthodox Church | ORGANIZATION
      Korea | STATE | South Korea | STATE
      North Korea | STATE | South Korea | STATE
      Georgia | STATE | Georgia | PLACE
      Pyongyang | PLACE | Pyongyang | STATE
      Washington | PERSON | Washington | STATE
      NIS | ORGANIZATION | NSC | ORGANIZATION
      National Intelligence Service | ORGANIZATION | National Security Council | ORGANIZATION
      KCNA | MEDIA | Korean Central Broadcasting Agency | MEDIA
      Security Council of Russia | ORGANIZATION | UN Security Council | ORGANIZATION
      Russian Defence Ministry | ORGANIZATION | Russian Foreign Ministry | ORGANIZATION
      Ukraine | STATE | Ukrainska Pravda | MEDIA
      Kharkiv | ORGANIZATION | Kharkiv prosecutor's office | ORGANIZATION
      European Union | ORGANIZATION | European Parliament | ORGANIZATION
      Amur Oblast | PLACE | Amur River | PLACE
      Hwasong-11 | WEAPON | Hwasong-17 | WEAPON
      KN-23 | WEAPON | KN-25 | WEAPON
      152mm artillery shells | WEAPON | 122mm artillery shells | WEAPON
      Kyiv Independent | MEDIA | Kyiv Post | MEDIA
      Iran | STATE | Iraq | STATE
      Rome | PLACE | Nome | PLACE
      Riga | PLACE | Niga | PLACE
      Russian President Vladimir Putin | PERSON | Ukrainian President Volodymyr Zelensky | PERSON
      Vladimir Kara-Murza | PERSON | Vladimir Putin | PERSON
      Сергей Шойгу | PERSON | Сергей Лавров | PERSON
      김정은 | PERSON | 김여정 | PERSON
      122mm artillery shells | WEAPON | 152mm shells | WEAPON
      artillery shells | WEAPON | mortar shells | WEAPON
      USAA | ORGANIZATION | USA | STATE
      """);

  /**
   * An acronym and another name with its initials, in two documents that share nothing: at most
   * PARTIAL by name, never one entity (the knowledge base lists the full names it means).
   */
  static final List<Pair> APART = parse("""
      Adobe Photoshop | ORGANIZATION | AP | MEDIA
      US Senate | ORGANIZATION | US | STATE
      Latin America | PLACE | LA | PLACE
      """);

  /**
   * An acronym of the knowledge base and another name with its initials: one entity by name
   * alone (three letters), never with the knowledge base, which lists the full names it means.
   */
  static final List<Pair> APART_WITH_KB = parse("""
      Columbia Business School | ORGANIZATION | CBS | MEDIA
      Research Institute of America | ORGANIZATION | RIA | MEDIA
      Native Intelligence Services | ORGANIZATION | NIS | ORGANIZATION
      """);

  private NamePairs() {}

  private static List<Pair> parse(String rows) {
    List<Pair> out = new ArrayList<>();
    for (String line : rows.strip().split("\n")) {
      String[] c = line.split("\\|");
      out.add(new Pair(c[0].strip(), EntityType.valueOf(c[1].strip()), c[2].strip(), EntityType.valueOf(c[3].strip())));
    }
    return List.copyOf(out);
  }
}
