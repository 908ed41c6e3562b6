package org.storyline.fuse.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.storyline.core.claim.EventType;

/**
 * Writes an event title from the event's structure, never from a sentence: subject (the source
 * actors), a present-tense verb chosen by type and mode ("plans to visit" when only planned),
 * object (the target actors, or the counted item for supplies and attacks), and place:
 * "Sergei Shoigu meets Kim Jong Un in Pyongyang", "North Korea supplies artillery shells to
 * Russia", "Vladimir Putin plans to visit North Korea". An event without source actors is
 * titled by a noun ("Attack on Ukraine"); with more than one source actor, or one plural
 * description ("the ministers hold talks"), the verb is plural. A description that is no name
 * takes the article, as does the name of a body ("the Wagner Group"; {@link #phrases}). A visit names one destination (the first target, else
 * the place) and no further place.
 */
public final class EventTitles {
  /** A verb phrase in base form with the word that introduces its object ("" if none). */
  private record Verb(String base, String preposition) {}

  private static final Pattern FACILITY = Pattern.compile(
      "(?i)\\b(cosmodrome|airport|air base|base|port|plant|factory|station|palace|kremlin|house"
          + "|hall|centre|center|university|headquarters|embassy|summit|range|shipyard|complex)\\b");
  private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "police", "men", "women",
      "children", "personnel", "troops", "forces", "media");
  private static final Set<String> SINGULAR_IN_S = Set.of("news", "series", "species", "headquarters",
      "physics", "politics", "economics", "its", "has", "was");
  private static final Set<String> INSTITUTION_HEADS = Set.of("States", "Kingdom", "Union", "Nations",
      "Emirates", "Council", "Assembly", "Committee", "Ministry", "Office", "Service", "Agency", "Group",
      "Army", "Navy", "Forces", "Department", "Administration", "Government", "Parliament", "Community",
      "Court", "Organization", "Organisation", "Bureau", "Command", "Guard", "Corps", "Fleet", "Commission",
      "Directorate", "Alliance", "Coalition", "Federation", "Republic", "Secretariat", "Cabinet", "Senate",
      "Congress", "Pentagon", "Kremlin", "Embassy", "Mission", "Staff", "Authority", "Police");
  private static final Pattern DETERMINER = Pattern.compile(
      "(?i)(the|a|an|this|that|these|those|its|their|his|her|both|all|some|several|many|\\d+)\\b");
  private static final Set<String> SYMMETRIC_MODES = Set.of("meet", "meeting", "talks", "talk",
      "summit", "call", "phone", "telephone", "sign", "agreement", "treaty", "pact", "clash");

  private EventTitles() {}

  /**
   * The title of an event.
   *
   * @param type the PLOVER type
   * @param mode the mode, or null
   * @param planned true if the event is only planned so far
   * @param subjects canonical names of the source actors, in order
   * @param objects canonical names of the target actors, in order
   * @param place the place name, or null
   * @param item the counted item group (artillery shells), or null
   * @param deniedWhat for a denial, a noun phrase for what is denied (arms transfers), or null
   */
  public static String title(EventType type, String mode, boolean planned, List<String> subjects,
      List<String> objects, String place, String item, String deniedWhat) {
    String m = mode == null ? "" : mode.trim().toLowerCase(Locale.ROOT);
    List<String> subj = new ArrayList<>(subjects);
    List<String> obj = new ArrayList<>(objects);
    if (subj.isEmpty() && obj.size() >= 2 && symmetric(type, m)) {
      subj.addAll(obj);
      obj.clear();
    }
    if (type == EventType.REJECT && deniedWhat != null) {
      obj.clear();
    }
    Verb verb = verb(type, m, item, deniedWhat, !obj.isEmpty());
    String where = place;
    if ("visit".equals(m)) {
      if (obj.size() > 1) {
        obj.subList(1, obj.size()).clear();
      }
      if (obj.isEmpty() && place != null) {
        obj.add(place);
      }
      where = null;
    }
    if (where != null && obj.stream().anyMatch(o -> ActorKeys.normalise(o).equals(ActorKeys.normalise(place)))) {
      where = null;
    }
    StringBuilder t = new StringBuilder();
    if (subj.isEmpty()) {
      t.append(noun(type, m)).append(obj.isEmpty() ? "" : " " + nounPreposition(type, m) + " " + names(phrases(obj)));
    } else {
      boolean plural = subj.size() > 1 || plural(subj.get(0));
      if (obj.isEmpty()) {
        verb = intransitive(verb);
      }
      t.append(names(phrases(subj))).append(' ');
      if (planned) {
        t.append(plural ? "plan to " : "plans to ").append(verb.base());
      } else {
        t.append(plural ? verb.base() : thirdPerson(verb.base()));
      }
      if (!obj.isEmpty()) {
        t.append(verb.preposition().isEmpty() ? " " : " " + verb.preposition() + " ").append(names(phrases(obj)));
      }
    }
    if (where != null && !where.isBlank()) {
      t.append(FACILITY.matcher(where).find() ? " at " : " in ").append(where);
    }
    String s = t.toString().strip();
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static boolean symmetric(EventType type, String mode) {
    return SYMMETRIC_MODES.contains(mode) || type == EventType.CONSULT && mode.isEmpty()
        || type == EventType.AGREE || type == EventType.COOPERATE || type == EventType.FIGHT;
  }

  private static Verb verb(EventType type, String m, String item, String deniedWhat, boolean hasObject) {
    return switch (type) {
      case CONSULT -> switch (m) {
        case "visit" -> new Verb("visit", "");
        case "talks", "talk", "discuss" -> new Verb("hold talks", "with");
        case "negotiate" -> new Verb("negotiate an agreement", "with");
        case "call", "phone", "telephone" -> new Verb("speak by phone", "with");
        case "host" -> new Verb("host", "");
        default -> new Verb("meet", "");
      };
      case AGREE -> switch (m) {
        case "sign", "agreement", "treaty", "pact" -> new Verb("sign an agreement", "with");
        case "ratify" -> new Verb("ratify an agreement", "with");
        default -> new Verb("reach an agreement", "with");
      };
      case SUPPORT -> "praise".equals(m) ? new Verb("praise", "") : new Verb("express support", "for");
      case CONCEDE -> new Verb("make concessions", "to");
      case COOPERATE -> "military".equals(m)
          ? new Verb("expand military cooperation", "with") : new Verb("cooperate", "with");
      case AID -> item != null ? new Verb("supply " + item, "to")
          : switch (m) {
            case "military", "arms", "weapons" -> new Verb("supply weapons", "to");
            case "humanitarian" -> new Verb("send humanitarian aid", "to");
            case "economic" -> new Verb("provide economic aid", "to");
            case "technology" -> new Verb("transfer technology", "to");
            default -> new Verb("provide aid", "to");
          };
      case RETREAT -> new Verb("withdraw", "from");
      case INVESTIGATE -> new Verb("investigate", "");
      case DEMAND -> new Verb("make demands", "of");
      case DISAPPROVE -> "accuse".equals(m) ? new Verb("accuse", "") : new Verb("criticise", "");
      case THREATEN -> "warn".equals(m) ? new Verb("warn", "") : new Verb("threaten", "");
      case REJECT -> deniedWhat != null ? new Verb("deny " + deniedWhat, "")
          : hasObject ? new Verb("reject claims", "by") : new Verb("deny accusations", "");
      case PROTEST -> new Verb("protest", "against");
      case MOBILIZE -> "troops".equals(m) ? new Verb("deploy troops", "to") : new Verb("mobilise forces", "against");
      case SANCTION -> "veto".equals(m) ? new Verb("veto a measure", "on") : new Verb("impose sanctions", "on");
      case COERCE -> new Verb("take coercive action", "against");
      case ASSAULT -> item != null ? new Verb("launch " + item, "against")
          : switch (m) {
            case "strike", "airstrike", "missile", "bombing", "drone", "bombardment" -> new Verb("strike", "");
            case "invasion" -> new Verb("invade", "");
            default -> new Verb("attack", "");
          };
      case FIGHT -> new Verb("fight", "");
      case CRIME -> new Verb("commit crimes", "against");
    };
  }

  /** The phrasing of a verb that needs an object when the event names none. */
  private static Verb intransitive(Verb v) {
    return switch (v.base()) {
      case "meet" -> new Verb("hold talks", "with");
      case "visit" -> new Verb("make a visit", "to");
      case "host" -> new Verb("host talks", "with");
      case "accuse" -> new Verb("make accusations", "against");
      case "criticise" -> new Verb("voice criticism", "of");
      case "investigate" -> new Verb("open an investigation", "into");
      case "strike", "attack" -> new Verb("carry out strikes", "against");
      case "invade" -> new Verb("launch an invasion", "of");
      case "threaten", "warn" -> new Verb("issue a warning", "to");
      case "praise" -> new Verb("voice praise", "for");
      case "fight" -> new Verb("fight", "");
      default -> v;
    };
  }

  /**
   * A noun phrase for what a denial rejects, from the denied event's type, mode and counted
   * item: "supplying artillery shells", "arms transfers", "attacks", "the visit".
   */
  public static String deniedNoun(EventType type, String mode, String item) {
    String m = mode == null ? "" : mode.trim().toLowerCase(Locale.ROOT);
    return switch (type) {
      case AID -> item != null ? "supplying " + item
          : switch (m) {
            case "military", "arms", "weapons", "transfer", "supply" -> "arms transfers";
            default -> "providing aid";
          };
      case ASSAULT, FIGHT -> item != null ? "launching " + item : "attacks";
      case CONSULT -> "visit".equals(m) ? "the visit" : "the meeting";
      case AGREE -> "the agreement";
      case DISAPPROVE -> "the accusations";
      case INVESTIGATE -> "the findings";
      case COOPERATE -> "military".equals(m) ? "military cooperation" : "cooperation";
      default -> "the reports";
    };
  }

  private static String noun(EventType type, String m) {
    return switch (type) {
      case CONSULT -> "visit".equals(m) ? "Visit" : "Meeting";
      case AID -> "Aid";
      case ASSAULT -> "Attack";
      case SANCTION -> "Sanctions";
      case REJECT -> "Denial";
      case AGREE -> "Agreement";
      case SUPPORT -> "praise".equals(m) ? "Praise" : "Support";
      case CONCEDE -> "Concessions";
      case COOPERATE -> "Cooperation";
      case RETREAT -> "Withdrawal";
      case INVESTIGATE -> "Investigation";
      case DEMAND -> "Demands";
      case DISAPPROVE -> "accuse".equals(m) ? "Accusations" : "Criticism";
      case THREATEN -> "Threats";
      case PROTEST -> "Protest";
      case MOBILIZE -> "troops".equals(m) ? "Deployment" : "Mobilisation";
      case COERCE -> "Coercion";
      case FIGHT -> "Fighting";
      case CRIME -> "Crimes";
    };
  }

  private static String nounPreposition(EventType type, String m) {
    return switch (type) {
      case CONSULT -> "visit".equals(m) ? "to" : "with";
      case AID, MOBILIZE, CONCEDE -> "to";
      case ASSAULT, SANCTION -> "on";
      case SUPPORT -> "for";
      case COOPERATE, AGREE -> "with";
      case INVESTIGATE -> "into";
      case DEMAND -> "on";
      case DISAPPROVE, THREATEN, PROTEST, COERCE, CRIME -> "against";
      case RETREAT -> "from";
      case REJECT, FIGHT -> "involving";
    };
  }

  /**
   * True if a name is a plural description rather than a name: its last word is written in lower
   * case and is a regular plural ("ministers", "defence ministries", "South Korean officials") or
   * an irregular one ("people", "police"). Proper names stay singular whatever their ending
   * ("United States", "Philippines"), since their last word is capitalised.
   */
  static boolean plural(String name) {
    String[] words = name.strip().split("\\s+");
    String last = words[words.length - 1];
    if (last.isEmpty() || !Character.isLowerCase(last.charAt(0))) {
      return false;
    }
    if (IRREGULAR_PLURALS.contains(last)) {
      return true;
    }
    return last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("us")
        && !last.endsWith("is") && !SINGULAR_IN_S.contains(last);
  }

  /**
   * The names as a title writes them: a description (a name starting in lower case, "ministers",
   * "international community") takes the article, "the ministers"; names are kept as they are.
   */
  static List<String> phrases(List<String> names) {
    List<String> out = new ArrayList<>(names.size());
    for (String n : names) {
      String s = n.strip();
      boolean description = !s.isEmpty() && Character.isLowerCase(s.charAt(0))
          && !DETERMINER.matcher(s).lookingAt();
      out.add(description || institution(s) ? "the " + s : s);
    }
    return out;
  }

  /**
   * True if a name is of the kind English writes with "the": a body named by a generic head
   * noun ("the Wagner Group", "the National Intelligence Service", "the United States", "the
   * European Union") or by a phrase with "of" ("the Security Service of Ukraine"). People and
   * most states ("Kim Jong Un", "North Korea") are named bare.
   */
  static boolean institution(String name) {
    if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || DETERMINER.matcher(name).lookingAt()) {
      return false;
    }
    String[] words = name.split("\\s+");
    return words.length > 1 && (INSTITUTION_HEADS.contains(words[words.length - 1]) || name.contains(" of "));
  }

  /** "A", "A and B", "A, B and C", "A, B and 2 others". */
  static String names(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    if (names.size() <= 3) {
      return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
    return names.get(0) + ", " + names.get(1) + " and " + (names.size() - 2) + " others";
  }

  /** The third person singular of a verb phrase: its first word conjugated. */
  static String thirdPerson(String base) {
    int space = base.indexOf(' ');
    String first = space < 0 ? base : base.substring(0, space);
    String rest = space < 0 ? "" : base.substring(space);
    String conj;
    if (first.endsWith("y") && first.length() > 1 && "aeiou".indexOf(first.charAt(first.length() - 2)) < 0) {
      conj = first.substring(0, first.length() - 1) + "ies";
    } else if (first.matches(".*(s|x|z|ch|sh|o)")) {
      conj = first + "es";
    } else {
      conj = first + "s";
    }
    return conj + rest;
  }
}
