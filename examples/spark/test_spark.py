"""The Spark example end to end, in local mode on two cores: a generated
archive of 2,000 articles in, two Parquet tables out, checked row for row
against the Python API and, for one article, against the command line.
Skipped when pyspark, pyarrow or java is missing (scripts/python.sh installs them)."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pyspark", reason="pyspark is not installed (scripts/python.sh installs it)")
pytest.importorskip("pyarrow", reason="pyarrow is not installed (scripts/python.sh installs it)")
if shutil.which("java") is None:
    pytest.skip("no java on PATH: Spark needs a JVM (Debian: openjdk-17-jre-headless)", allow_module_level=True)

import pyarrow.parquet as pq  # noqa: E402

import gleaner  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
import analyze_archive  # noqa: E402
import make_archive  # noqa: E402

# Spark's Python workers must be this Python (with gleaner and pyarrow), and
# local mode must bind the loopback address, not whatever the host resolves to.
os.environ["PYSPARK_PYTHON"] = sys.executable
os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
LOCAL = ["--master", "local[2]", "--conf", "spark.ui.enabled=false", "--conf", "spark.sql.shuffle.partitions=2"]


@pytest.fixture(scope="module")
def gleaner_bin() -> Path:
    given = os.environ.get("GLEANER_BIN")
    path = Path(given) if given else ROOT / "target" / "release" / "gleaner"
    if not path.is_file():
        if given:
            pytest.fail(f"GLEANER_BIN={given} does not exist")
        pytest.skip(f"{path} is missing: build it with `cargo build --release -p gleaner-cli`")
    return path


def expected_tables(rows: list[dict]) -> tuple[list[tuple], list[tuple]]:
    """The two tables as the Python API makes them, sorted, one tuple per row."""
    documents = gleaner.Analyzer(compact=True).analyze_many(rows)
    mentions, entities = [], []
    for row, document in zip(rows, documents):
        m, e = analyze_archive.rows_of(document)
        mentions += [(row["id"], *r.values()) for r in m]
        entities += [(row["id"], *r.values()) for r in e]
    return sorted(mentions, key=repr), sorted(entities, key=repr)


def spark_table(path: Path) -> list[tuple]:
    return sorted(map(lambda r: tuple(r.values()), pq.read_table(path).to_pylist()), key=repr)


def test_archive_of_2000_articles(tmp_path, gleaner_bin):
    archive = tmp_path / "archive.parquet"
    make_archive.main([str(archive), "--articles", "2000"])
    rows = pq.read_table(archive).to_pylist()
    assert len(rows) == 2000

    result = analyze_archive.main([*LOCAL, "--partitions", "4", str(archive), str(tmp_path / "out")])
    mentions, entities = expected_tables(rows)
    assert result["articles"] == 2000
    assert (result["mentions"], result["entities"]) == (len(mentions), len(entities))
    assert spark_table(tmp_path / "out" / "mentions") == mentions
    assert spark_table(tmp_path / "out" / "entities") == entities
    assert pq.read_table(tmp_path / "out" / "entities").column_names == [
        "article_id", "entity", "name", "label", "count", "salience"
    ]

    # One known article (the German fixture, verbatim, dated) against the command line.
    article = next(r for r in rows if r["id"] == "a00001")
    assert article["text"] == (ROOT / "tests" / "fixtures" / "de-article.txt").read_text(encoding="utf-8")
    source = tmp_path / "a00001.txt"
    source.write_text(article["text"], encoding="utf-8")
    run = subprocess.run(
        [gleaner_bin, "analyze", "--compact", "--date", article["date"], source], capture_output=True, check=True
    )
    by_cli = json.loads(run.stdout)
    cli_mentions, cli_entities = analyze_archive.rows_of(by_cli)
    assert {e["name"] for e in cli_entities} >= {"Berlin", "Martin Keller"}

    def of_a00001(table: str) -> list[dict]:
        rows = pq.read_table(tmp_path / "out" / table).to_pylist()
        return [{k: v for k, v in r.items() if k != "article_id"} for r in rows if r["article_id"] == "a00001"]

    assert sorted(of_a00001("entities"), key=lambda e: e["entity"]) == sorted(cli_entities, key=lambda e: e["entity"])
    assert sorted(of_a00001("mentions"), key=lambda m: m["start"]) == cli_mentions

def test_json_lines_archive(tmp_path):
    """JSON lines in, with ids of any type and rows without a date."""
    rows = list(make_archive.articles(60))
    rows[0]["id"], rows[1]["id"] = 7, None
    archive = tmp_path / "archive.jsonl"
    make_archive.write(archive, rows)
    result = analyze_archive.main([*LOCAL, str(archive), str(tmp_path / "out")])
    expected = [{**r, "id": None if r["id"] is None else str(r["id"])} for r in rows]
    mentions, entities = expected_tables(expected)
    assert result["articles"] == 60
    assert spark_table(tmp_path / "out" / "mentions") == mentions
    assert spark_table(tmp_path / "out" / "entities") == entities
