package org.storyline.nlp.quantity;

import java.util.Map;
import java.util.Set;

/**
 * Units of measure written after a number, in a normal form: currencies as ISO codes ("dollars"
 * → USD), "%"/"percent" → percent, lengths, masses, durations ("days", "years").
 */
final class Units {
  private static final Map<String, String> UNITS = Map.ofEntries(
      Map.entry("km", "km"), Map.entry("kilometres", "km"), Map.entry("kilometers", "km"),
      Map.entry("kilometre", "km"), Map.entry("kilometer", "km"), Map.entry("miles", "miles"),
      Map.entry("mile", "miles"), Map.entry("metres", "m"), Map.entry("meters", "m"), Map.entry("metre", "m"),
      Map.entry("meter", "m"), Map.entry("tonnes", "tonnes"), Map.entry("tonne", "tonnes"),
      Map.entry("tons", "tonnes"), Map.entry("ton", "tonnes"), Map.entry("kg", "kg"),
      Map.entry("kilograms", "kg"), Map.entry("kilogrammes", "kg"), Map.entry("hectares", "hectares"),
      Map.entry("barrels", "barrels"), Map.entry("percent", "percent"), Map.entry("%", "percent"),
      Map.entry("dollars", "USD"), Map.entry("dollar", "USD"), Map.entry("usd", "USD"),
      Map.entry("euros", "EUR"), Map.entry("euro", "EUR"), Map.entry("eur", "EUR"), Map.entry("pounds", "GBP"),
      Map.entry("sterling", "GBP"), Map.entry("rubles", "RUB"), Map.entry("roubles", "RUB"),
      Map.entry("ruble", "RUB"), Map.entry("rouble", "RUB"), Map.entry("won", "KRW"), Map.entry("yuan", "CNY"),
      Map.entry("renminbi", "CNY"), Map.entry("yen", "JPY"), Map.entry("hryvnias", "UAH"),
      Map.entry("hryvnia", "UAH"), Map.entry("hryvnas", "UAH"), Map.entry("rupees", "INR"),
      Map.entry("seconds", "seconds"), Map.entry("minutes", "minutes"), Map.entry("min", "minutes"),
      Map.entry("hours", "hours"), Map.entry("hour", "hours"), Map.entry("days", "days"),
      Map.entry("day", "days"), Map.entry("weeks", "weeks"), Map.entry("week", "weeks"),
      Map.entry("months", "months"), Map.entry("month", "months"), Map.entry("years", "years"),
      Map.entry("year", "years"), Map.entry("decades", "decades"), Map.entry("decade", "decades"),
      Map.entry("centuries", "centuries"), Map.entry("gigawatts", "GW"), Map.entry("megawatts", "MW"),
      Map.entry("knots", "knots"), Map.entry("feet", "feet"), Map.entry("sq", "km2"));
  private static final Set<String> MONEY = Set.of("USD", "EUR", "GBP", "RUB", "KRW", "CNY", "JPY", "UAH", "INR");

  private static final Set<String> DURATIONS = Set.of("seconds", "minutes", "hours", "days", "weeks", "months",
      "years", "decades", "centuries");

  private Units() {}

  /** The normal form of a unit word (any case), or null. */
  static String of(String word) {
    return UNITS.get(word.toLowerCase(java.util.Locale.ROOT));
  }

  /** True for a currency code. */
  static boolean isMoney(String unit) {
    return unit != null && MONEY.contains(unit);
  }

  /** True for a duration unit. */
  static boolean isDuration(String unit) {
    return unit != null && DURATIONS.contains(unit);
  }
}
