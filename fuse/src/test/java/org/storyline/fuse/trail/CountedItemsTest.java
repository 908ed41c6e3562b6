package org.storyline.fuse.trail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountedItemsTest {

  @ParameterizedTest
  @CsvSource({
      "artillery shells,artillery shells",
      "shells,artillery shells",
      "152mm shells,artillery shells",
      "122 mm artillery rounds,artillery shells",
      "munitions,artillery shells",
      "rounds of ammunition,artillery shells",
      "containers of ammunition,containers of ammunition",
      "container,containers",
      "short-range ballistic missiles,ballistic missiles",
      "KN-23 missiles,ballistic missiles",
      "Hwasong-11 missiles,ballistic missiles",
      "cruise missiles,missiles",
      "missiles,missiles",
      "soldiers,troops",
      "North Korean troops,troops",
      "drones,drones",
      "Shahed drones,drones",
      "attack drones,drones",
      "T-90 tanks,tanks",
      "Tanks,tanks",
      "air defence systems,air defence systems",
      "Patriot systems,patriot systems"})
  void groups(String item, String group) {
    assertEquals(group, CountedItems.group(item));
  }

  @Test
  void emptyItemsHaveNoGroup() {
    assertNull(CountedItems.group(null));
    assertNull(CountedItems.group("millions"));
    assertNull(CountedItems.group("  "));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "152mm shells,artillery shells",
      "KN-23 missiles,ballistic missiles",
      "Shahed drones,drones",
      "North Korean-made weapons,NULL",
      "containers of ammunition,NULL",
      "air defence systems,NULL",
      "equipment,NULL"})
  void titleItems(String item, String title) {
    assertEquals(title, CountedItems.forTitle(item));
  }
}
