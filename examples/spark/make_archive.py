"""Writes an archive of news articles for the Spark example: JSON lines, or
Parquet when the output ends in .parquet (that needs pyarrow).

    python examples/spark/make_archive.py archive.parquet [--articles 2000]

Rows: id (str), text (str), date (str YYYY-MM-DD, or null for every seventh).
The articles are the repository's own fixtures (tests/fixtures: English,
German and Spanish articles, French and Italian news lines), varied by
swapping in other people and places and by drawing different lines, so the
archive is the same on every run and in every clone.
"""

import argparse
import datetime
import json
import random
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures"

# Per fixture: its named person (given name, surname) and place, and what may
# replace them; the surname alone ("erklärte Keller") follows the person.
ARTICLES = {
    "en-article.txt": {
        "person": [("Ellen", "Park"), ("Maria", "Lopez"), ("David", "Chen"), ("Sarah", "O'Neill"), ("James", "Carter")],
        "place": ["Main St.", "Oak Avenue", "Harbor Road", "Elm Street"],
    },
    "de-article.txt": {
        "person": [("Martin", "Keller"), ("Sabine", "Wagner"), ("Thomas", "Becker"), ("Julia", "Hoffmann")],
        "place": ["Berlin", "München", "Hamburg", "Köln", "Bonn"],
    },
    "es-article.txt": {
        "person": [
            ("Laura", "Gómez"), ("Carmen", "Ruiz"), ("Javier", "Moreno"), ("Lucía", "Fernández"), ("Pablo", "Navarro")
        ],
        "place": ["Madrid", "Sevilla", "Valencia", "Bilbao"],
    },
}
LINES = ["langid/fr.txt", "langid/it.txt"]


def articles(count: int, seed: int = 15):
    """`count` rows {"id", "text", "date"}, deterministic for a given seed."""
    rng = random.Random(seed)
    texts = {name: (FIXTURES / name).read_text(encoding="utf-8") for name in ARTICLES}
    lines = {name: (FIXTURES / name).read_text(encoding="utf-8").splitlines() for name in LINES}
    kinds = [*ARTICLES, *LINES]
    first_day = datetime.date(2019, 1, 1)
    for i in range(count):
        kind = kinds[i % len(kinds)]
        if kind in ARTICLES:
            text, swaps, n = texts[kind], ARTICLES[kind], i // len(kinds)
            # The first choice of every swap is the fixture's own, so some articles are verbatim.
            (given, surname), (new_given, new_surname) = swaps["person"][0], swaps["person"][n % len(swaps["person"])]
            text = text.replace(f"{given} {surname}", f"{new_given} {new_surname}").replace(surname, new_surname)
            text = text.replace(swaps["place"][0], swaps["place"][(n // 3) % len(swaps["place"])])
        else:
            text = "\n".join(rng.sample(lines[kind], rng.randint(3, 8))) + "\n"
        date = None if i % 7 == 6 else (first_day + datetime.timedelta(days=i % 1500)).isoformat()
        yield {"id": f"a{i:05d}", "text": text, "date": date}


def write(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pa.schema([("id", pa.string()), ("text", pa.string()), ("date", pa.string())])
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)
    else:
        with path.open("w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", type=Path, help="archive to write: .parquet, or JSON lines otherwise")
    parser.add_argument("--articles", type=int, default=2000, help="how many (default 2000)")
    args = parser.parse_args(argv)
    rows = list(articles(args.articles))
    write(args.output, rows)
    print(f"{len(rows)} articles written to {args.output}")


if __name__ == "__main__":
    main()
