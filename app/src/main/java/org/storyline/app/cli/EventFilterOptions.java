package org.storyline.app.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storyline.core.claim.EventType;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.core.event.EventStatus;
import org.storyline.app.pipeline.StoreRefresh;
import org.storyline.fuse.brief.ChronologyFilter;
import org.storyline.fuse.event.OfficeHolders;
import org.storyline.store.Store;
import picocli.CommandLine.Option;

/** Filters over fused events, shared by {@code timeline} and {@code brief}. */
final class EventFilterOptions {
  @Option(names = {"--about", "--actor"}, paramLabel = "NAME",
      description = "Keep events with this actor (entity id or name; repeatable: any of them).")
  List<String> about = new ArrayList<>();

  @Option(names = "--type", paramLabel = "PLOVER", description = "Keep events of this PLOVER type (repeatable).")
  List<String> types = new ArrayList<>();

  @Option(names = "--status", paramLabel = "STATUS",
      description = "Keep events with this status: confirmed, reported, disputed, denied, planned (repeatable).")
  List<String> statuses = new ArrayList<>();

  @Option(names = {"--from", "--since"}, paramLabel = "YYYY-MM-DD", description = "Keep events that may have happened on or after this day.")
  LocalDate from;

  @Option(names = {"--to", "--until"}, paramLabel = "YYYY-MM-DD", description = "Keep events that may have happened on or before this day.")
  LocalDate to;

  /**
   * The filter the options ask for over the events of {@code store}, reading office holders (who
   * acts for a state named with {@code --about}) from the knowledge base the store was analysed with.
   */
  ChronologyFilter filter(Store store, boolean undatedByDefault, boolean keepSubsumed) {
    ChronologyFilter f = ChronologyFilter.all().withUndated(undatedByDefault).withSubsumed(keepSubsumed)
        .withOfficeHolders(OfficeHolders.of(StoreRefresh.knowledgeBaseOf(store, null)));
    if (!about.isEmpty()) {
      f = f.about(about.toArray(String[]::new));
    }
    if (!types.isEmpty()) {
      f = f.types(types.stream().map(t -> parse(EventType.class, t, "--type")).toArray(EventType[]::new));
    }
    if (!statuses.isEmpty()) {
      f = f.statuses(statuses.stream().map(s -> parse(EventStatus.class, s, "--status")).toArray(EventStatus[]::new));
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "--to " + to + " is before --from " + from);
    }
    if (from != null) {
      f = f.since(from);
    }
    if (to != null) {
      f = f.until(to);
    }
    return f;
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String option) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new StorylineException(ErrorCode.INVALID_ARGUMENT, option + " '" + value + "' is not one of "
          + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
    }
  }
}
