package org.storyline.app.cli;

import org.storyline.store.StoreLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.app.pipeline.StoreRefresh;
import org.storyline.app.server.CorrectionLog;
import org.storyline.core.entity.Entity;
import org.storyline.fuse.entity.EntityCorrection;
import org.storyline.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code storyline entities list|merge|split|rename}: list entities and record analysts'
 * corrections. A correction is stored with the store and applied at once and by every later
 * {@code analyze} or {@code add} into the same store.
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
    description = "List resolved entities or correct them (merge, split, rename); corrections survive re-analysis.",
    subcommands = {EntitiesCommand.ListEntities.class, EntitiesCommand.Merge.class, EntitiesCommand.Split.class,
        EntitiesCommand.Rename.class})
public final class EntitiesCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Stores a correction, then re-resolves entities and re-fuses events over the stored documents. */
  static int apply(StoreLocation store, Path kb, EntityCorrection correction) {
    int seq = new CorrectionLog(store).append(correction);
    StoreRefresh.Result r = StoreRefresh.refreshStored(store, kb);
    System.out.printf("correction %d recorded (%s); %d entities, %d events%n", seq,
        correction.kind().name().toLowerCase(), r.entities(), r.events());
    return ExitCodes.OK;
  }

  /** {@code entities list}: one line per entity. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "One line per entity: id, type, name, mentions, aliases.")
  static final class ListEntities implements Callable<Integer> {
    @Option(names = "--store", required = true, paramLabel = "STORE", converter = StoreLocationConverter.class,
      description = "the store: a folder, or postgresql://user:password@host:port/database") StoreLocation store;

    @Override
    public Integer call() {
      try (Store s = Store.openExisting(store)) {
        for (Entity e : s.entities()) {
          System.out.printf("%s  %-12s %-30s %3d  %s%n", e.id(), e.type(), e.name(), e.mentions().size(), String.join("; ", e.aliases()));
        }
      }
      return ExitCodes.OK;
    }
  }

  /** {@code entities merge A B ... [--name N]}. */
  @Command(name = "merge", mixinStandardHelpOptions = true, description = "Merge entities (ids, names or aliases) into one.")
  static final class Merge implements Callable<Integer> {
    @Option(names = "--store", required = true, paramLabel = "STORE", converter = StoreLocationConverter.class,
      description = "the store: a folder, or postgresql://user:password@host:port/database") StoreLocation store;
    @Option(names = "--kb", paramLabel = "FILE") Path kb;
    @Option(names = "--name", paramLabel = "NAME", description = "Name of the merged entity (default: the first one's).") String name;
    @Parameters(arity = "2..*", paramLabel = "ENTITY") List<String> entities;

    @Override
    public Integer call() {
      return apply(store, kb, EntityCorrection.merge(entities, name));
    }
  }

  /** {@code entities split ENTITY --mention TEXT --name NEW}. */
  @Command(name = "split", mixinStandardHelpOptions = true,
      description = "Split the mentions written TEXT off an entity into an entity of their own named NEW.")
  static final class Split implements Callable<Integer> {
    @Option(names = "--store", required = true, paramLabel = "STORE", converter = StoreLocationConverter.class,
      description = "the store: a folder, or postgresql://user:password@host:port/database") StoreLocation store;
    @Option(names = "--kb", paramLabel = "FILE") Path kb;
    @Option(names = "--mention", required = true, paramLabel = "TEXT") String mention;
    @Option(names = "--name", required = true, paramLabel = "NEW") String name;
    @Parameters(paramLabel = "ENTITY") String entity;

    @Override
    public Integer call() {
      return apply(store, kb, EntityCorrection.split(entity, mention, name));
    }
  }

  /** {@code entities rename ENTITY NEW}. */
  @Command(name = "rename", mixinStandardHelpOptions = true, description = "Give an entity another canonical name.")
  static final class Rename implements Callable<Integer> {
    @Option(names = "--store", required = true, paramLabel = "STORE", converter = StoreLocationConverter.class,
      description = "the store: a folder, or postgresql://user:password@host:port/database") StoreLocation store;
    @Option(names = "--kb", paramLabel = "FILE") Path kb;
    @Parameters(index = "0", paramLabel = "ENTITY") String entity;
    @Parameters(index = "1", paramLabel = "NEW") String name;

    @Override
    public Integer call() {
      return apply(store, kb, EntityCorrection.rename(entity, name));
    }
  }
}
