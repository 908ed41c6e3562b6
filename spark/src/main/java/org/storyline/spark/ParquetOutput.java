package org.storyline.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.storyline.core.claim.Claim;
import org.storyline.core.entity.Entity;
import org.storyline.core.error.InputProblem;
import org.storyline.core.event.Event;
import org.storyline.store.Store;
import org.storyline.store.StoredDocument;
import org.storyline.store.json.ContractJson;

/**
 * Writes a store's records as Parquet under an output folder (any Hadoop path):
 * {@code documents}, {@code entities}, {@code claims}, {@code events} and {@code problems}, each a
 * flat table of key columns plus {@code json}, the record's contract JSON. Documents also carry
 * {@code seq} (input order) and {@code analysis} (mentions, time expressions and token count), so
 * {@link ParquetImport} rebuilds the whole store from these files. Records keep the store's order.
 */
final class ParquetOutput {
  static final StructType DOCUMENTS = new StructType()
      .add("id", DataTypes.StringType, false).add("seq", DataTypes.IntegerType, false)
      .add("path", DataTypes.StringType).add("url", DataTypes.StringType)
      .add("published", DataTypes.StringType).add("duplicate_of", DataTypes.StringType)
      .add("json", DataTypes.StringType, false).add("analysis", DataTypes.StringType, false);
  static final StructType ENTITIES = new StructType()
      .add("id", DataTypes.StringType, false).add("name", DataTypes.StringType, false)
      .add("type", DataTypes.StringType, false).add("json", DataTypes.StringType, false);
  static final StructType CLAIMS = new StructType()
      .add("id", DataTypes.StringType, false).add("ord", DataTypes.IntegerType, false)
      .add("document", DataTypes.StringType, false).add("kind", DataTypes.StringType, false)
      .add("event_type", DataTypes.StringType).add("date_start", DataTypes.StringType)
      .add("json", DataTypes.StringType, false);
  static final StructType EVENTS = new StructType()
      .add("id", DataTypes.StringType, false).add("seq", DataTypes.IntegerType, false)
      .add("type", DataTypes.StringType, false).add("date_start", DataTypes.StringType)
      .add("date_end", DataTypes.StringType).add("json", DataTypes.StringType, false);
  static final StructType PROBLEMS = new StructType()
      .add("seq", DataTypes.IntegerType, false).add("path", DataTypes.StringType, false)
      .add("locator", DataTypes.StringType).add("stage", DataTypes.StringType, false)
      .add("code", DataTypes.StringType, false).add("reason", DataTypes.StringType, false);

  private ParquetOutput() {}

  static void write(SparkSession spark, Store store, String out) {
    List<Row> docs = new ArrayList<>();
    for (StoredDocument d : store.documents()) {
      var a = d.article();
      docs.add(RowFactory.create(a.id(), d.seq(), a.source().path(), a.source().url(),
          a.published() == null ? null : a.published().date(), a.duplicateOf(),
          ContractJson.line(ContractJson.document(a)), AnalysisJson.write(d.analysis())));
    }
    List<Row> entities = new ArrayList<>();
    for (Entity e : store.entities()) {
      entities.add(RowFactory.create(e.id(), e.name(), e.type().name(), ContractJson.line(ContractJson.entity(e))));
    }
    List<Row> claims = new ArrayList<>();
    int ord = 0;
    for (Claim c : store.claims()) {
      claims.add(RowFactory.create(c.id(), ord++, c.document(), c.kind().wireName(),
          c.event() == null ? null : c.event().type().name(), c.date() == null ? null : c.date().isoStart(),
          ContractJson.line(ContractJson.claim(c))));
    }
    List<Row> events = new ArrayList<>();
    int seq = 0;
    for (Event e : store.events()) {
      events.add(RowFactory.create(e.id(), seq++, e.type().name(), e.date().isoStart(), e.date().isoEnd(),
          ContractJson.line(ContractJson.event(e))));
    }
    List<Row> problems = new ArrayList<>();
    int p = 0;
    for (InputProblem x : store.problems()) {
      problems.add(RowFactory.create(p++, x.path(), x.locator(), x.stage(), x.code().name(), x.reason()));
    }
    save(spark, docs, DOCUMENTS, out + "/documents");
    save(spark, entities, ENTITIES, out + "/entities");
    save(spark, claims, CLAIMS, out + "/claims");
    save(spark, events, EVENTS, out + "/events");
    save(spark, problems, PROBLEMS, out + "/problems");
  }

  private static void save(SparkSession spark, List<Row> rows, StructType schema, String path) {
    spark.createDataFrame(rows, schema).coalesce(1).write().mode(SaveMode.Overwrite).parquet(path);
  }
}
