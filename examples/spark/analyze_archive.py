"""Analyzes an archive of articles with Gleaner on Spark and writes two Parquet
tables: the mentions and the entities of every article.

    python examples/spark/analyze_archive.py ARCHIVE OUT [--master local[2]] [--conf k=v ...]

ARCHIVE is Parquet (a file or a folder) or JSON lines (.jsonl/.json), with the
columns id, text and, optionally, date (YYYY-MM-DD or a date). OUT gets
OUT/mentions (article_id, text, label, entity, start, end) and OUT/entities
(article_id, entity, name, label, count, salience), where start and end are
UTF-8 byte offsets into the article's text, as in the gleaner/2 JSON.

Each Spark task builds one gleaner.Analyzer for its partition (the models
are built into the wheel, parsed once per Python worker) and analyzes the
partition's Arrow batches with analyze_many on the cores Spark gave the task
(spark.task.cpus), the GIL released.
"""

import argparse
import sys
import time

import pyarrow as pa
from pyspark import StorageLevel, TaskContext, cloudpickle
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

# Imported as a module (by a test, a notebook), this file is not on the
# executors' path: ship its functions to them by value, as for a script.
if __name__ != "__main__":
    cloudpickle.register_pickle_by_value(sys.modules[__name__])

MENTION = pa.struct(
    [
        ("text", pa.string()),
        ("label", pa.string()),
        ("entity", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
    ]
)
ENTITY = pa.struct(
    [
        ("entity", pa.string()),
        ("name", pa.string()),
        ("label", pa.string()),
        ("count", pa.int64()),
        ("salience", pa.float64()),
    ]
)
# One row per article: what mapInArrow yields, exploded into the two tables afterwards.
ANALYZED = pa.schema([("article_id", pa.string()), ("mentions", pa.list_(MENTION)), ("entities", pa.list_(ENTITY))])
ANALYZED_DDL = (
    "article_id string, "
    "mentions array<struct<text: string, label: string, entity: string, start: bigint, end: bigint>>, "
    "entities array<struct<entity: string, name: string, label: string, count: bigint, salience: double>>"
)


def rows_of(document: dict) -> tuple[list[dict], list[dict]]:
    """An analysis's mentions and entities as the tables' rows (without the article id)."""
    mentions = [
        {"text": m["text"], "label": m["label"], "entity": m["entity"], "start": m["start"], "end": m["end"]}
        for m in document["mentions"]
    ]
    entities = [
        {"entity": e["id"], "name": e["name"], "label": e["label"], "count": e["count"], "salience": e["salience"]}
        for e in document["entities"]
    ]
    return mentions, entities


def analyze_partition(batches):
    """mapInArrow's function: Arrow batches of (id, text, date) in, one row per article out."""
    import gleaner  # on the executor: the wheel installed there

    # Once per task: cheap (the models are shared by the Python worker), and it
    # keeps the settings in one place.
    analyzer = gleaner.Analyzer(compact=True)
    context = TaskContext.get()
    threads = context.cpus() if context else 1
    for batch in batches:
        columns = batch.to_pydict()
        items = [{"id": i, "text": t, "date": d} for i, t, d in zip(columns["id"], columns["text"], columns["date"])]
        try:
            documents = analyzer.analyze_many(items, threads=threads)
        except ValueError:
            # Name the article that failed (a bad date, a binary text), not its index in the batch.
            for item in items:
                try:
                    analyzer.analyze(item["text"], id=item["id"], date=item["date"])
                except ValueError as e:
                    raise ValueError(f"article {item['id']!r}: {e}") from None
            raise
        rows = [rows_of(document) for document in documents]
        mentions, entities = [m for m, _ in rows], [e for _, e in rows]
        yield pa.RecordBatch.from_arrays(
            [
                pa.array(columns["id"], pa.string()),
                pa.array(mentions, pa.list_(MENTION)),
                pa.array(entities, pa.list_(ENTITY)),
            ],
            schema=ANALYZED,
        )


def read_archive(spark: SparkSession, path: str):
    if path.endswith((".jsonl", ".json")):
        # A schema given up front: no pass over the file to infer one; ids of any JSON type become strings.
        return spark.read.schema("id string, text string, date string").json(path)
    articles = spark.read.parquet(path)
    if "date" not in articles.columns:
        articles = articles.withColumn("date", F.lit(None).cast("string"))
    return articles


def analyze_archive(spark: SparkSession, archive: str, out: str, partitions: int | None = None) -> dict:
    """Writes OUT/mentions and OUT/entities; returns their row counts and the seconds taken."""
    started = time.perf_counter()
    articles = read_archive(spark, archive).select(
        F.col("id").cast("string").alias("id"), "text", F.col("date").cast("string").alias("date")
    )
    articles = articles.where(F.col("text").isNotNull())
    # Enough partitions that every core has work, whatever the files' layout.
    articles = articles.repartition(partitions or 2 * spark.sparkContext.defaultParallelism)
    analyzed = articles.mapInArrow(analyze_partition, ANALYZED_DDL)
    # Both tables are made from one analysis, not two.
    analyzed = analyzed.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        mentions = analyzed.select("article_id", F.inline("mentions"))
        entities = analyzed.select("article_id", F.inline("entities"))
        mentions.write.mode("overwrite").parquet(f"{out}/mentions")
        entities.write.mode("overwrite").parquet(f"{out}/entities")
        articles_count = analyzed.count()
    finally:
        analyzed.unpersist()
    counts = {
        "articles": articles_count,
        "mentions": spark.read.parquet(f"{out}/mentions").count(),
        "entities": spark.read.parquet(f"{out}/entities").count(),
    }
    return {**counts, "seconds": time.perf_counter() - started}


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", help="Parquet file or folder, or JSON lines (.jsonl)")
    parser.add_argument("out", help="folder for the mentions and entities tables")
    parser.add_argument("--master", help="Spark master (default: spark-submit's, or local[*])")
    parser.add_argument("--partitions", type=int, help="partitions to analyze (default: 2 per core)")
    parser.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE", help="a Spark setting")
    args = parser.parse_args(argv)

    builder = SparkSession.builder.appName("gleaner-analyze-archive")
    if args.master:
        builder = builder.master(args.master)
    builder = builder.config("spark.ui.showConsoleProgress", "false")
    for setting in args.conf:
        key, _, value = setting.partition("=")
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    try:
        result = analyze_archive(spark, args.archive, args.out, args.partitions)
    finally:
        spark.stop()
    print(
        f"{result['articles']} articles: {result['mentions']} mentions, {result['entities']} entities "
        f"written to {args.out} in {result['seconds']:.1f} s"
    )
    return result


if __name__ == "__main__":
    main()
