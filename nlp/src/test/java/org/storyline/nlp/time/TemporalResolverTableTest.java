package org.storyline.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.storyline.core.time.DateSpan;

/**
 * Table of date expressions in sentences written for this test (this story and other conflicts
 * and diplomacy): sentence; anchor (day, {@code a..b} window, {@code a..} open window or
 * {@code -} unknown); tense; the expression as found; expected start; end; granularity;
 * modifier; value ({@code *} = not checked).
 */
class TemporalResolverTableTest {
  private static final TemporalResolver RESOLVER = new TemporalResolver();

  private static final String TABLE = """
      The summit took place on 13 September 2023 in Vostochny. ; 2024-06-17 ; PAST ; 13 September 2023 ; 2023-09-13 ; 2023-09-13 ; DAY ; - ; 2023-09-13
      Talks were held on September 13, 2023, officials said. ; - ; PAST ; September 13, 2023 ; 2023-09-13 ; 2023-09-13 ; DAY ; - ; *
      The ceasefire began Sept. 13, 2023 at dawn. ; - ; PAST ; Sept. 13, 2023 ; 2023-09-13 ; 2023-09-13 ; DAY ; - ; *
      The envoy arrived on 2023-09-13 according to the log. ; - ; UNKNOWN ; 2023-09-13 ; 2023-09-13 ; 2023-09-13 ; DAY ; - ; *
      The memo is dated 13/09/2023. ; - ; UNKNOWN ; 13/09/2023 ; 2023-09-13 ; 2023-09-13 ; DAY ; - ; *
      The memo is dated 09/13/2023. ; - ; UNKNOWN ; 09/13/2023 ; 2023-09-13 ; 2023-09-13 ; DAY ; - ; *
      The order was signed 25.12.2022 in Minsk. ; - ; PAST ; 25.12.2022 ; 2022-12-25 ; 2022-12-25 ; DAY ; - ; *
      The stamp 07/07/2021 is on every crate. ; - ; UNKNOWN ; 07/07/2021 ; 2021-07-07 ; 2021-07-07 ; DAY ; - ; *
      The crate stamp reads 03/04/2024 in faded ink. ; - ; UNKNOWN ; 03/04/2024 ; 2024-03-04 ; 2024-04-03 ; UNKNOWN ; - ; 2024-XX-XX
      The general was born on the 5th of March, 1953. ; - ; PAST ; 5th of March, 1953 ; 1953-03-05 ; 1953-03-05 ; DAY ; - ; *
      Troops crossed the border on February 24, 2022. ; 2024-06-17 ; PAST ; February 24, 2022 ; 2022-02-24 ; 2022-02-24 ; DAY ; - ; *
      Troops crossed the border on Feb 24 2022. ; - ; PAST ; Feb 24 2022 ; 2022-02-24 ; 2022-02-24 ; DAY ; - ; *
      Fighting resumed on Oct. 5 near Avdiivka. ; 2023-10-06 ; PAST ; Oct. 5 ; 2023-10-05 ; 2023-10-05 ; DAY ; - ; 2023-10-05
      The vote will be held on Sep 13. ; 2023-10-06 ; FUTURE ; Sep 13 ; 2024-09-13 ; 2024-09-13 ; DAY ; - ; *
      On Sept, 27, the spokesman briefed reporters. ; 2023-10-06 ; PAST ; Sept, 27 ; 2023-09-27 ; 2023-09-27 ; DAY ; - ; *
      The agreement was signed in June 2024. ; - ; PAST ; June 2024 ; 2024-06-01 ; 2024-06-30 ; MONTH ; - ; 2024-06
      Deliveries started in Sept. 2022. ; - ; PAST ; Sept. 2022 ; 2022-09-01 ; 2022-09-30 ; MONTH ; - ; 2022-09
      The report of 4 July 2024 was leaked to the press. ; - ; PAST ; 4 July 2024 ; 2024-07-04 ; 2024-07-04 ; DAY ; - ; *
      The treaty dates from March 3rd, 1918. ; - ; PAST ; March 3rd, 1918 ; 1918-03-03 ; 1918-03-03 ; DAY ; - ; *
      The tribunal sat on 1st December 2021 in The Hague. ; - ; PAST ; 1st December 2021 ; 2021-12-01 ; 2021-12-01 ; DAY ; - ; *
      The ministry figures for 2024-06 show a rise. ; - ; UNKNOWN ; 2024-06 ; 2024-06-01 ; 2024-06-30 ; MONTH ; - ; 2024-06
      NATO leaders gathered in Vilnius on July 11, 2023. ; 2023-07-26 ; PAST ; July 11, 2023 ; 2023-07-11 ; 2023-07-11 ; DAY ; - ; *
      Kyiv was struck on 29 December 2023 by a wave of missiles. ; - ; PAST ; 29 December 2023 ; 2023-12-29 ; 2023-12-29 ; DAY ; - ; *
      The armistice was signed on July 27, 1953. ; 2023-07-26 ; PAST ; July 27, 1953 ; 1953-07-27 ; 1953-07-27 ; DAY ; - ; *
      Missiles struck on December 30, 2023, and again on January 2 and 6, 2024. ; 2024-09-14 ; PAST ; December 30, 2023 ; 2023-12-30 ; 2023-12-30 ; DAY ; - ; *
      Missiles struck on December 30, 2023, and again on January 2 and 6, 2024. ; 2024-09-14 ; PAST ; January 2 ; 2024-01-02 ; 2024-01-02 ; DAY ; - ; *
      Missiles struck on December 30, 2023, and again on January 2 and 6, 2024. ; 2024-09-14 ; PAST ; 6, 2024 ; 2024-01-06 ; 2024-01-06 ; DAY ; - ; *
      Strikes were recorded on January 2 and 6. ; 2024-09-14 ; PAST ; January 2 ; 2024-01-02 ; 2024-01-02 ; DAY ; - ; *
      Strikes were recorded on January 2 and 6. ; 2024-09-14 ; PAST ; 6 ; 2024-01-06 ; 2024-01-06 ; DAY ; - ; *
      Drills took place on 2 and 6 March 2023. ; - ; PAST ; 2 ; 2023-03-02 ; 2023-03-02 ; DAY ; - ; *
      Drills took place on 2 and 6 March 2023. ; - ; PAST ; 6 March 2023 ; 2023-03-06 ; 2023-03-06 ; DAY ; - ; *
      Artillery shelled Kherson on 3, 5 and 8 November. ; 2023-11-10 ; PAST ; 3 ; 2023-11-03 ; 2023-11-03 ; DAY ; - ; *
      Artillery shelled Kherson on 3, 5 and 8 November. ; 2023-11-10 ; PAST ; 5 ; 2023-11-05 ; 2023-11-05 ; DAY ; - ; *
      Artillery shelled Kherson on 3, 5 and 8 November. ; 2023-11-10 ; PAST ; 8 November ; 2023-11-08 ; 2023-11-08 ; DAY ; - ; *
      Talks were held on 1st, 4th and 9th of May 2022 in Istanbul. ; - ; PAST ; 1st ; 2022-05-01 ; 2022-05-01 ; DAY ; - ; *
      Talks were held on 1st, 4th and 9th of May 2022 in Istanbul. ; - ; PAST ; 4th ; 2022-05-04 ; 2022-05-04 ; DAY ; - ; *
      Drills took place on 2nd and 6th March 2023. ; - ; PAST ; 2nd ; 2023-03-02 ; 2023-03-02 ; DAY ; - ; *
      Talks were held on 1st, 4th and 9th of May 2022 in Istanbul. ; - ; PAST ; 9th of May 2022 ; 2022-05-09 ; 2022-05-09 ; DAY ; - ; *
      The border posts were shelled on 3, 5 November. ; 2023-11-10 ; PAST ; 5 November ; 2023-11-05 ; 2023-11-05 ; DAY ; - ; *
      The envoy visited on May 2, 9 and 16. ; 2024-06-17 ; PAST ; 16 ; 2024-05-16 ; 2024-05-16 ; DAY ; - ; *
      The envoy visited on May 2, 9 and 16. ; 2024-06-17 ; PAST ; 9 ; 2024-05-09 ; 2024-05-09 ; DAY ; - ; *
      The delegation arrived on May 20. ; 2024-06-17 ; PAST ; May 20 ; 2024-05-20 ; 2024-05-20 ; DAY ; - ; 2024-05-20
      The delegation will arrive on May 20. ; 2024-06-17 ; FUTURE ; May 20 ; 2025-05-20 ; 2025-05-20 ; DAY ; - ; *
      The delegation arrived on June 20. ; 2024-06-17 ; PAST ; June 20 ; 2023-06-20 ; 2023-06-20 ; DAY ; - ; *
      The delegation will arrive on June 20. ; 2024-06-17 ; FUTURE ; June 20 ; 2024-06-20 ; 2024-06-20 ; DAY ; - ; *
      The delegation arrives on June 17. ; 2024-06-17 ; PRESENT ; June 17 ; 2024-06-17 ; 2024-06-17 ; DAY ; - ; *
      Talks on December 28 ended without a deal. ; 2025-01-15 ; PAST ; December 28 ; 2024-12-28 ; 2024-12-28 ; DAY ; - ; *
      Elections are scheduled for March 3. ; 2025-01-15 ; FUTURE ; March 3 ; 2025-03-03 ; 2025-03-03 ; DAY ; - ; *
      On February 29, the ministry reported losses. ; 2024-06-17 ; PAST ; February 29 ; 2024-02-29 ; 2024-02-29 ; DAY ; - ; *
      On February 29, the ministry reported losses. ; 2023-06-01 ; PAST ; February 29 ; 2020-02-29 ; 2020-02-29 ; DAY ; - ; *
      The foreign minister spoke on 4 June. ; 2024-06-17 ; PAST ; 4 June ; 2024-06-04 ; 2024-06-04 ; DAY ; - ; *
      The NIS said on May 12 that it was reviewing the claims. ; - ; PAST ; May 12 ; - ; - ; UNKNOWN ; - ; XXXX-05-12
      Kostin announced the findings on January 11. ; 2024-09-14 ; PAST ; January 11 ; 2024-01-11 ; 2024-01-11 ; DAY ; - ; *
      The talks resume on Jan. 8 in Geneva. ; 2024-12-20 ; FUTURE ; Jan. 8 ; 2025-01-08 ; 2025-01-08 ; DAY ; - ; *
      The summit opened on Nov 30. ; 2023-12-02 ; PAST ; Nov 30 ; 2023-11-30 ; 2023-11-30 ; DAY ; - ; *
      Seoul lodged a protest on Aug. 15. ; 2024-02-01 ; PAST ; Aug. 15 ; 2023-08-15 ; 2023-08-15 ; DAY ; - ; *
      In June, Putin visited Pyongyang. ; 2024-09-14 ; PAST ; June ; 2024-06-01 ; 2024-06-30 ; MONTH ; - ; 2024-06
      Lavrov plans to visit Pyongyang in October. ; 2023-10-06 ; FUTURE ; October ; 2023-10-01 ; 2023-10-31 ; MONTH ; - ; *
      In October, Lavrov visited Pyongyang. ; 2024-06-17 ; PAST ; October ; 2023-10-01 ; 2023-10-31 ; MONTH ; - ; *
      The minister will travel to Hanoi in March. ; 2024-06-17 ; FUTURE ; March ; 2025-03-01 ; 2025-03-31 ; MONTH ; - ; *
      Shoigu served as minister until May. ; 2024-09-14 ; PAST ; May ; - ; 2024-05-31 ; MONTH ; until ; 2024-05
      The deal was struck in December. ; 2025-01-15 ; PAST ; December ; 2024-12-01 ; 2024-12-31 ; MONTH ; - ; *
      In January, grain prices fell. ; 2025-01-15 ; PAST ; January ; 2025-01-01 ; 2025-01-31 ; MONTH ; - ; *
      The factory reopened in August. ; 2022-03-01 ; PAST ; August ; 2021-08-01 ; 2021-08-31 ; MONTH ; - ; *
      During April the border stayed closed. ; 2023-10-06 ; PAST ; April ; 2023-04-01 ; 2023-04-30 ; MONTH ; - ; *
      The leaders met in the Russian far east last September. ; 2024-06-17 ; PAST ; last September ; 2023-09-01 ; 2023-09-30 ; MONTH ; - ; 2023-09
      The leaders met last September. ; 2023-10-06 ; PAST ; last September ; 2023-09-01 ; 2023-09-30 ; MONTH ; - ; *
      Talks collapsed last March. ; 2024-03-20 ; PAST ; last March ; 2023-03-01 ; 2023-03-31 ; MONTH ; - ; *
      He will return next April. ; 2024-06-17 ; FUTURE ; next April ; 2025-04-01 ; 2025-04-30 ; MONTH ; - ; *
      The talks resume this December. ; 2024-06-17 ; FUTURE ; this December ; 2024-12-01 ; 2024-12-31 ; MONTH ; - ; *
      Exports doubled this year. ; 2024-06-17 ; PAST ; this year ; 2024-01-01 ; 2024-12-31 ; YEAR ; - ; 2024
      Exports doubled last year. ; 2024-06-17 ; PAST ; last year ; 2023-01-01 ; 2023-12-31 ; YEAR ; - ; 2023
      Since the previous year, supplies have grown. ; 2024-09-14 ; PAST ; the previous year ; 2023-01-01 ; 2024-09-14 ; YEAR ; since ; 2023
      The ministry will publish figures next month. ; 2024-06-17 ; FUTURE ; next month ; 2024-07-01 ; 2024-07-31 ; MONTH ; - ; 2024-07
      The drills ended last month. ; 2025-01-15 ; PAST ; last month ; 2024-12-01 ; 2024-12-31 ; MONTH ; - ; *
      Inspectors arrived this month. ; 2024-06-17 ; PAST ; this month ; 2024-06-01 ; 2024-06-30 ; MONTH ; - ; *
      Fighting intensified last week. ; 2024-06-17 ; PAST ; last week ; 2024-06-10 ; 2024-06-16 ; DAY ; - ; 2024-W24
      Talks continue this week. ; 2024-06-17 ; PRESENT ; this week ; 2024-06-17 ; 2024-06-23 ; DAY ; - ; 2024-W25
      A vote is planned next week. ; 2024-06-17 ; FUTURE ; next week ; 2024-06-24 ; 2024-06-30 ; DAY ; - ; *
      Output rose sharply in the previous year. ; 2025-01-15 ; PAST ; the previous year ; 2024-01-01 ; 2024-12-31 ; YEAR ; - ; *
      The pact will be ratified by the end of the year. ; 2024-06-17 ; FUTURE ; the end of the year ; - ; 2024-12-31 ; MONTH ; before ; *
      Earlier this year, the navy held drills. ; 2024-06-17 ; PAST ; Earlier this year ; 2024-01-01 ; 2024-12-31 ; YEAR ; - ; *
      Late last year the army regrouped. ; 2024-06-17 ; PAST ; Late last year ; 2023-09-01 ; 2023-12-31 ; MONTH ; late ; 2023
      The fund will be exhausted later this month. ; 2024-06-17 ; FUTURE ; later this month ; 2024-06-01 ; 2024-06-30 ; MONTH ; - ; *
      Shoigu met Kim on Friday. ; 2024-09-14 ; PAST ; Friday ; 2024-09-13 ; 2024-09-13 ; DAY ; - ; 2024-09-13
      Putin will go to North Korea on Tuesday. ; 2024-06-17 ; FUTURE ; Tuesday ; 2024-06-18 ; 2024-06-18 ; DAY ; - ; *
      Shoigu held talks with the military on Wednesday. ; 2023-07-26 ; PAST ; Wednesday ; 2023-07-26 ; 2023-07-26 ; DAY ; - ; *
      The envoy will speak on Wednesday. ; 2023-07-26 ; FUTURE ; Wednesday ; 2023-07-26 ; 2023-07-26 ; DAY ; - ; *
      The envoy spoke on Monday. ; 2023-07-26 ; PAST ; Monday ; 2023-07-24 ; 2023-07-24 ; DAY ; - ; *
      The envoy will speak on Monday. ; 2023-07-26 ; FUTURE ; Monday ; 2023-07-31 ; 2023-07-31 ; DAY ; - ; *
      Ministers met last Wednesday. ; 2023-07-26 ; PAST ; last Wednesday ; 2023-07-19 ; 2023-07-19 ; DAY ; - ; *
      Ministers meet next Wednesday. ; 2023-07-26 ; FUTURE ; next Wednesday ; 2023-08-02 ; 2023-08-02 ; DAY ; - ; *
      The convoy arrives Thursday. ; 2023-07-26 ; PRESENT ; Thursday ; 2023-07-27 ; 2023-07-27 ; DAY ; - ; *
      The convoy arrives Monday. ; 2023-07-26 ; PRESENT ; Monday ; 2023-07-24 ; 2023-07-24 ; DAY ; - ; *
      The convoy arrived on Sunday. ; 2024-06-17 ; PAST ; Sunday ; 2024-06-16 ; 2024-06-16 ; DAY ; - ; *
      The sanctions take effect on Saturday. ; 2024-06-17 ; FUTURE ; Saturday ; 2024-06-22 ; 2024-06-22 ; DAY ; - ; *
      On Friday, the ministry said the strike was repelled. ; - ; PAST ; Friday ; - ; - ; UNKNOWN ; - ; XXXX-WXX-5
      Officials met on Tuesday in Brussels. ; - ; PAST ; Tuesday ; - ; - ; UNKNOWN ; - ; XXXX-WXX-2
      Negotiators met on Monday in Istanbul. ; 2022-03-01 ; PAST ; Monday ; 2022-02-28 ; 2022-02-28 ; DAY ; - ; *
      The EU announced new sanctions on Sunday. ; 2022-03-01 ; PAST ; Sunday ; 2022-02-27 ; 2022-02-27 ; DAY ; - ; *
      Kim said today that ties are strong. ; 2024-06-17 ; PAST ; today ; 2024-06-17 ; 2024-06-17 ; DAY ; - ; *
      The delegation left yesterday. ; 2024-06-17 ; PAST ; yesterday ; 2024-06-16 ; 2024-06-16 ; DAY ; - ; *
      The delegation leaves tomorrow. ; 2024-06-17 ; FUTURE ; tomorrow ; 2024-06-18 ; 2024-06-18 ; DAY ; - ; *
      Yesterday, Seoul protested the launch. ; 2025-01-15 ; PAST ; Yesterday ; 2025-01-14 ; 2025-01-14 ; DAY ; - ; *
      Strikes were reported last night in Odesa. ; 2025-01-15 ; PAST ; last night ; 2025-01-14 ; 2025-01-14 ; DAY ; - ; *
      The vote is due the day after tomorrow. ; 2025-01-15 ; FUTURE ; the day after tomorrow ; 2025-01-17 ; 2025-01-17 ; DAY ; - ; *
      This morning, sirens sounded in Kyiv. ; 2025-01-15 ; PAST ; This morning ; 2025-01-15 ; 2025-01-15 ; DAY ; - ; *
      Kim arrived yesterday. ; - ; PAST ; yesterday ; - ; - ; UNKNOWN ; - ; XXXX-XX-XX
      In early January, Kirby briefed reporters. ; 2024-09-14 ; PAST ; early January ; 2024-01-01 ; 2024-01-10 ; MONTH ; early ; 2024-01
      Shipments resumed in mid-January. ; 2024-09-14 ; PAST ; mid-January ; 2024-01-11 ; 2024-01-20 ; MONTH ; mid ; *
      The offensive stalled in late January. ; 2024-09-14 ; PAST ; late January ; 2024-01-21 ; 2024-01-31 ; MONTH ; late ; *
      Fighting peaked in late February 2023. ; - ; PAST ; late February 2023 ; 2023-02-21 ; 2023-02-28 ; MONTH ; late ; 2023-02
      Prices rose in mid-2022. ; - ; PAST ; mid-2022 ; 2022-05-01 ; 2022-08-31 ; MONTH ; mid ; 2022
      Production recovered in early 2023. ; - ; PAST ; early 2023 ; 2023-01-01 ; 2023-04-30 ; MONTH ; early ; *
      Exports slumped in late 2021. ; - ; PAST ; late 2021 ; 2021-09-01 ; 2021-12-31 ; MONTH ; late ; *
      By the end of 2024 the plant will close. ; - ; FUTURE ; the end of 2024 ; - ; 2024-12-31 ; MONTH ; before ; 2024
      The bridge was built in the early 1990s. ; - ; PAST ; early 1990s ; 1990-01-01 ; 1993-12-31 ; YEAR ; early ; 199
      Inflation spiked in the late 1970s. ; - ; PAST ; late 1970s ; 1977-01-01 ; 1979-12-31 ; YEAR ; late ; *
      At the beginning of March the talks began. ; 2024-06-17 ; PAST ; the beginning of March ; 2024-03-01 ; 2024-03-10 ; MONTH ; early ; *
      Grain exports recovered in the middle of 2023. ; - ; PAST ; the middle of 2023 ; 2023-05-01 ; 2023-08-31 ; MONTH ; mid ; *
      Fighting intensified last summer. ; 2024-06-17 ; PAST ; last summer ; 2023-06-01 ; 2023-08-31 ; MONTH ; approx ; 2023-SU
      Fighting intensified last summer. ; 2024-10-10 ; PAST ; last summer ; 2024-06-01 ; 2024-08-31 ; MONTH ; approx ; *
      A counteroffensive is expected this summer. ; 2025-01-15 ; FUTURE ; this summer ; 2025-06-01 ; 2025-08-31 ; MONTH ; approx ; *
      The front froze in the winter of 2022. ; - ; PAST ; winter of 2022 ; 2022-12-01 ; 2023-02-28 ; MONTH ; approx ; 2022-WI
      Talks are planned for next spring. ; 2024-06-17 ; FUTURE ; next spring ; 2025-03-01 ; 2025-05-31 ; MONTH ; approx ; *
      The talks stalled in the autumn. ; 2025-01-15 ; PAST ; autumn ; 2024-09-01 ; 2024-11-30 ; MONTH ; approx ; *
      Troops will withdraw by the summer. ; 2025-01-15 ; FUTURE ; summer ; - ; 2025-08-31 ; MONTH ; before ; *
      In spring 2023, the army regrouped. ; - ; PAST ; spring 2023 ; 2023-03-01 ; 2023-05-31 ; MONTH ; approx ; 2023-SP
      Supplies dwindled over the winter. ; 2024-03-10 ; PAST ; winter ; 2023-12-01 ; 2024-02-29 ; MONTH ; approx ; *
      The Kharkiv prosecutors counted 50 strikes by March 14. ; 2024-09-14 ; PAST ; March 14 ; - ; 2024-03-14 ; DAY ; before ; 2024-03-14
      The delegation will stay until May 24. ; 2024-05-20 ; FUTURE ; May 24 ; - ; 2024-05-24 ; DAY ; until ; *
      The delegation will stay until May 24. ; - ; FUTURE ; May 24 ; - ; - ; UNKNOWN ; until ; XXXX-05-24
      Prices have risen since mid-2022. ; 2024-06-17 ; PAST ; mid-2022 ; 2022-05-01 ; 2024-06-17 ; MONTH ; since ; *
      The ban has applied since 2019. ; 2024-06-17 ; PAST ; 2019 ; 2019-01-01 ; 2024-06-17 ; YEAR ; since ; 2019
      The ban has applied since 2019. ; - ; PAST ; 2019 ; 2019-01-01 ; - ; YEAR ; since ; *
      No shipments arrived before March 2023. ; - ; PAST ; March 2023 ; - ; 2023-02-28 ; MONTH ; before ; *
      Strikes resumed after May 9. ; 2024-06-17 ; PAST ; May 9 ; 2024-05-10 ; - ; DAY ; after ; *
      The mandate runs through June 30, 2025. ; - ; FUTURE ; June 30, 2025 ; - ; 2025-06-30 ; DAY ; until ; *
      Since January, 300 drones have been launched. ; 2024-06-17 ; PAST ; January ; 2024-01-01 ; 2024-06-17 ; MONTH ; since ; *
      Observers will remain until the end of the month. ; 2024-06-17 ; FUTURE ; the end of the month ; - ; 2024-06-30 ; MONTH ; until ; *
      Sanctions have been in force since the 1990s. ; - ; PAST ; 1990s ; 1990-01-01 ; - ; DECADE ; since ; *
      The ruling must be implemented no later than April 1, 2025. ; - ; FUTURE ; April 1, 2025 ; - ; 2025-04-01 ; DAY ; before ; *
      Shells made in the 1970s were found near Kharkiv. ; - ; PAST ; 1970s ; 1970-01-01 ; 1979-12-31 ; DECADE ; - ; 197
      Relations soured in the '90s. ; - ; PAST ; '90s ; 1990-01-01 ; 1999-12-31 ; DECADE ; - ; *
      The plant opened in 2019. ; - ; PAST ; 2019 ; 2019-01-01 ; 2019-12-31 ; YEAR ; - ; 2019
      Russia's 2022 invasion changed the region. ; - ; PAST ; 2022 ; 2022-01-01 ; 2022-12-31 ; YEAR ; - ; *
      The war of 1950-53 never formally ended. ; - ; PAST ; 1950-53 ; 1950-01-01 ; 1953-12-31 ; YEAR ; - ; 1950/1953
      Between 2019 and 2021 exports tripled. ; - ; PAST ; 2019 and 2021 ; 2019-01-01 ; 2021-12-31 ; YEAR ; - ; *
      The 2019–2021 talks failed. ; - ; PAST ; 2019–2021 ; 2019-01-01 ; 2021-12-31 ; YEAR ; - ; *
      From 2014 to 2022 the front barely moved. ; - ; PAST ; 2014 to 2022 ; 2014-01-01 ; 2022-12-31 ; YEAR ; - ; *
      The fiscal plan covers 2023/24. ; - ; UNKNOWN ; 2023/24 ; 2023-01-01 ; 2024-12-31 ; YEAR ; - ; *
      Members prepare for 2025. ; - ; FUTURE ; 2025 ; 2025-01-01 ; 2025-12-31 ; YEAR ; - ; *
      The delegation stays from May 20 to 24. ; 2024-05-10 ; FUTURE ; May 20 to 24 ; 2024-05-20 ; 2024-05-24 ; DAY ; - ; 2024-05-20/2024-05-24
      The exercise ran May 20-24. ; 2024-06-17 ; PAST ; May 20-24 ; 2024-05-20 ; 2024-05-24 ; DAY ; - ; *
      The fair runs 20–24 May 2024. ; - ; PRESENT ; 20–24 May 2024 ; 2024-05-20 ; 2024-05-24 ; DAY ; - ; *
      The talks ran from May 20 to June 3, 2024. ; - ; PAST ; May 20 to June 3, 2024 ; 2024-05-20 ; 2024-06-03 ; DAY ; - ; *
      Between March and May, output fell. ; 2024-06-17 ; PAST ; March and May ; 2024-03-01 ; 2024-05-31 ; MONTH ; - ; *
      From January to March 2023 the plant idled. ; - ; PAST ; January to March 2023 ; 2023-01-01 ; 2023-03-31 ; MONTH ; - ; *
      The visit lasted from Dec. 28, 2023 to Jan. 3, 2024. ; - ; PAST ; Dec. 28, 2023 to Jan. 3, 2024 ; 2023-12-28 ; 2024-01-03 ; DAY ; - ; *
      The truce held from December 28 to January 3. ; 2024-02-01 ; PAST ; December 28 to January 3 ; 2023-12-28 ; 2024-01-03 ; DAY ; - ; *
      He last visited Pyongyang 24 years ago. ; 2024-06-17 ; PAST ; 24 years ago ; 2000-01-01 ; 2000-12-31 ; YEAR ; - ; 2000
      The strike happened two days ago. ; 2024-06-17 ; PAST ; two days ago ; 2024-06-15 ; 2024-06-15 ; DAY ; - ; *
      The talks began three weeks ago. ; 2024-06-17 ; PAST ; three weeks ago ; 2024-05-27 ; 2024-05-27 ; DAY ; - ; *
      The depot was hit six months ago. ; 2024-06-17 ; PAST ; six months ago ; 2023-12-01 ; 2023-12-31 ; MONTH ; - ; *
      A decade ago the treaty was signed. ; 2024-06-17 ; PAST ; A decade ago ; 2014-01-01 ; 2014-12-31 ; YEAR ; - ; *
      He was elected twenty-five years ago. ; 2024-06-17 ; PAST ; twenty-five years ago ; 1999-01-01 ; 1999-12-31 ; YEAR ; - ; *
      In July, the minister revealed the transfers. ; 2024-07-01..2024-12-31 ; PAST ; July ; 2024-07-01 ; 2024-07-31 ; MONTH ; - ; *
      The talks happened on March 5. ; 2024-01-06..2024-12-31 ; PAST ; March 5 ; - ; - ; UNKNOWN ; - ; XXXX-03-05
      Missiles hit Kyiv on January 2. ; 2024-01-06..2024-12-31 ; PAST ; January 2 ; 2024-01-02 ; 2024-01-02 ; DAY ; - ; *
      The envoy left on Friday. ; 2024-01-06..2024-12-31 ; PAST ; Friday ; 2024-01-01 ; 2024-12-31 ; YEAR ; - ; 2024
      The president will travel to Hanoi on Tuesday. ; 2024-05-29..2024-06-25 ; FUTURE ; Tuesday ; 2024-06-01 ; 2024-06-30 ; MONTH ; - ; 2024-06
      The foreign ministers spoke by phone on Monday. ; 2023-12-20..2024-01-10 ; PAST ; Monday ; - ; - ; UNKNOWN ; - ; XXXX-WXX-1
      Shelling of the port resumed last week. ; 2024-03-10..2024-03-20 ; PAST ; last week ; 2024-01-01 ; 2024-12-31 ; YEAR ; - ; 2024
      The convoy must reach the border by Friday. ; 2024-06-03..2024-06-12 ; FUTURE ; Friday ; - ; 2024-06-30 ; MONTH ; before ; 2024-06
      The delegation flew home on Sunday. ; 2024-06-03..2024-06-08 ; PAST ; Sunday ; 2024-06-02 ; 2024-06-02 ; DAY ; - ; 2024-06-02
      Exports doubled last year. ; 2024-01-06..2024-12-31 ; PAST ; last year ; 2023-01-01 ; 2023-12-31 ; YEAR ; - ; *
      In June, talks began. ; 2024-07-01.. ; PAST ; June ; - ; - ; UNKNOWN ; - ; XXXX-06
      In June, the minister resigned. ; - ; PAST ; June ; - ; - ; UNKNOWN ; - ; XXXX-06
      In early January, the minister resigned. ; - ; PAST ; early January ; - ; - ; UNKNOWN ; early ; XXXX-01
      Exports doubled last year. ; - ; PAST ; last year ; - ; - ; UNKNOWN ; - ; XXXX
      The envoy left on Friday. ; 2024-09-13..2024-09-14 ; PAST ; Friday ; 2024-09-13 ; 2024-09-13 ; DAY ; - ; *
      The drills ended on 30 April. ; 2024-06-01..2024-06-30 ; PAST ; 30 April ; 2024-04-30 ; 2024-04-30 ; DAY ; - ; *
      In September, the talks resumed. ; 2024-06-17 ; UNKNOWN ; September ; 2023-09-01 ; 2023-09-30 ; MONTH ; - ; *
      Both sides will meet again on August 1. ; 2024-07-31 ; FUTURE ; August 1 ; 2024-08-01 ; 2024-08-01 ; DAY ; - ; *
      The parliament convened on 8 June. ; 2022-06-08 ; PAST ; 8 June ; 2022-06-08 ; 2022-06-08 ; DAY ; - ; *
      Mid-March saw new attacks on the grid. ; 2023-04-02 ; PAST ; Mid-March ; 2023-03-11 ; 2023-03-20 ; MONTH ; mid ; *
      The envoy arrived on Saturday and left on Sunday. ; 2024-06-17 ; PAST ; Saturday ; 2024-06-15 ; 2024-06-15 ; DAY ; - ; *
      The envoy arrived on Saturday and left on Sunday. ; 2024-06-17 ; PAST ; Sunday ; 2024-06-16 ; 2024-06-16 ; DAY ; - ; *
      The accord was signed on Monday, 17 June 2024, in Hanoi. ; - ; PAST ; Monday, 17 June 2024 ; 2024-06-17 ; 2024-06-17 ; DAY ; - ; *
      Filed Thursday, October 5, 2023 by the desk. ; - ; PAST ; Thursday, October 5, 2023 ; 2023-10-05 ; 2023-10-05 ; DAY ; - ; *
      Forces regrouped in mid-September. ; 2023-10-06 ; PAST ; mid-September ; 2023-09-11 ; 2023-09-20 ; MONTH ; mid ; *
      Strikes continued into early-2024. ; - ; PAST ; early-2024 ; 2024-01-01 ; 2024-04-30 ; MONTH ; early ; *
      Talks opened on Sept 13th in Vladivostok. ; 2023-10-06 ; PAST ; Sept 13th ; 2023-09-13 ; 2023-09-13 ; DAY ; - ; *
      Inspections ran between May 20 and 24 last year. ; 2024-06-17 ; PAST ; May 20 and 24 ; 2024-05-20 ; 2024-05-24 ; DAY ; - ; *
      Inspections ran between 20 and 24 May 2023. ; - ; PAST ; 20 and 24 May 2023 ; 2023-05-20 ; 2023-05-24 ; DAY ; - ; *
      Output fell in the first half of 2024. ; - ; PAST ; the first half of 2024 ; 2024-01-01 ; 2024-06-30 ; MONTH ; h1 ; 2024-H1
      Exports rose in the third quarter of 2023. ; - ; PAST ; the third quarter of 2023 ; 2023-07-01 ; 2023-09-30 ; MONTH ; q3 ; 2023-Q3
      Profits slumped in the final quarter of last year. ; 2024-06-17 ; PAST ; the final quarter of last year ; 2023-10-01 ; 2023-12-31 ; MONTH ; q4 ; 2023-Q4
      Drones struck Odesa over the weekend. ; 2024-06-17 ; PAST ; the weekend ; 2024-06-15 ; 2024-06-16 ; DAY ; - ; 2024-W24-WE
      Protests took place last weekend. ; 2024-06-17 ; PAST ; last weekend ; 2024-06-15 ; 2024-06-16 ; DAY ; - ; *
      Talks will continue next weekend. ; 2024-06-17 ; FUTURE ; next weekend ; 2024-06-22 ; 2024-06-23 ; DAY ; - ; *
      The summit is set for this weekend. ; 2024-06-19 ; FUTURE ; this weekend ; 2024-06-22 ; 2024-06-23 ; DAY ; - ; *
      Shelling resumed at the weekend. ; - ; PAST ; the weekend ; - ; - ; UNKNOWN ; - ; XXXX-WXX-WE
      Talks opened on 13th September in Vladivostok. ; 2023-10-06 ; PAST ; 13th September ; 2023-09-13 ; 2023-09-13 ; DAY ; - ; *
      """;

  static Stream<Arguments> cases() {
    return TABLE.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> {
      String[] c = l.split(";", -1);
      if (c.length != 9) {
        throw new IllegalStateException("bad row: " + l);
      }
      Object[] args = new Object[9];
      for (int i = 0; i < 9; i++) {
        args[i] = c[i].strip();
      }
      return Arguments.of(args);
    });
  }

  static Anchor anchor(String spec) {
    if (spec.equals("-")) {
      return Anchor.unknown();
    }
    if (spec.contains("..")) {
      String[] ab = spec.split("\\.\\.", -1);
      return new Anchor(LocalDate.parse(ab[0]), ab[1].isEmpty() ? null : LocalDate.parse(ab[1]), "inferred");
    }
    return Anchor.day(LocalDate.parse(spec), "metadata");
  }

  @ParameterizedTest(name = "{0} | {3}")
  @MethodSource("cases")
  void resolvesTableRow(String sentence, String anchor, String tense, String expr, String start, String end,
      String gran, String mod, String value) {
    List<ResolvedTime> found = RESOLVER.resolve(sentence, 0, sentence.length(), anchor(anchor), Tense.valueOf(tense));
    ResolvedTime hit = found.stream().filter(r -> r.text().equals(expr)).findFirst()
        .orElseGet(() -> fail("'" + expr + "' not found in " + found));
    DateSpan d = hit.date();
    assertEquals(expr, sentence.substring(hit.start(), hit.end()), "offsets");
    assertEquals(expr, d.text(), "DateSpan.text");
    assertEquals(start.equals("-") ? null : LocalDate.parse(start), d.start(), "start of " + d);
    assertEquals(end.equals("-") ? null : LocalDate.parse(end), d.end(), "end of " + d);
    assertEquals(gran, d.granularity().name(), "granularity of " + d);
    assertEquals(mod.equals("-") ? null : mod, d.modifier(), "modifier of " + d);
    if (!value.equals("*")) {
      assertEquals(value, d.value(), "value of " + d);
    }
    if (d.granularity().name().equals("UNKNOWN") && d.start() == null) {
      assertEquals("unresolved", d.basis());
    }
    assertTrue(found.size() <= 4, "spurious expressions in " + found);
  }
}
