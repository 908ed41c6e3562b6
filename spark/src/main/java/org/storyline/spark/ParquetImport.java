package org.storyline.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.storyline.core.claim.Claim;
import org.storyline.core.entity.Entity;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.InputProblem;
import org.storyline.core.event.Event;
import org.storyline.store.Store;
import org.storyline.store.StoredDocument;
import org.storyline.store.json.ContractJson;

/**
 * Loads the Parquet output of a job ({@link ParquetOutput}) into a store, SQLite folder or
 * PostgreSQL, replacing what the store held: documents with their analyses in input order, then
 * entities, claims and events, then problems. A SQLite store also gets the four contract files in
 * its folder, as after {@code storyline analyze}. The store can then be browsed with
 * {@code storyline serve}.
 */
final class ParquetImport {
  /** How many records were loaded. */
  record Counts(int documents, int entities, int claims, int events, int problems) {}

  private ParquetImport() {}

  static Counts load(SparkSession spark, String parquet, Store store) {
    List<Row> docs = sorted(spark, parquet + "/documents", "seq", "json", "analysis");
    List<String> keep = new ArrayList<>();
    for (Row r : docs) {
      var article = ContractJson.article(ContractJson.parse(r.getString(1)));
      store.putDocument(new StoredDocument(r.getInt(0), article, AnalysisJson.read(r.getString(2))));
      keep.add(article.id());
    }
    store.removeDocumentsExcept(java.util.Set.copyOf(keep));
    List<Entity> entities = new ArrayList<>();
    for (Row r : sorted(spark, parquet + "/entities", "id", "json")) {
      entities.add(ContractJson.entity(ContractJson.parse(r.getString(1))));
    }
    List<Claim> claims = new ArrayList<>();
    for (Row r : sorted(spark, parquet + "/claims", "ord", "json")) {
      claims.add(ContractJson.claim(ContractJson.parse(r.getString(1))));
    }
    List<Event> events = new ArrayList<>();
    for (Row r : sorted(spark, parquet + "/events", "seq", "json")) {
      events.add(ContractJson.event(ContractJson.parse(r.getString(1))));
    }
    store.putResults(entities, claims, events);
    List<InputProblem> problems = new ArrayList<>();
    for (Row r : sorted(spark, parquet + "/problems", "seq", "path", "locator", "stage", "code", "reason")) {
      problems.add(new InputProblem(r.getString(1), r.getString(2), r.getString(3), ErrorCode.valueOf(r.getString(4)), r.getString(5)));
    }
    store.putProblems(problems);
    if (store.folder() != null) {
      store.exportJsonl(store.folder());
    }
    return new Counts(docs.size(), entities.size(), claims.size(), events.size(), problems.size());
  }

  private static List<Row> sorted(SparkSession spark, String path, String order, String... more) {
    return spark.read().parquet(path).select(order, more).orderBy(order).collectAsList();
  }
}
