"""The Python package against the command line and itself: same JSON, key for
key; order and thread counts that change nothing; pickling, multiprocessing,
and the errors a caller gets for bad input."""

import ast
import datetime
import json
import multiprocessing
import pickle
import re
import subprocess
from pathlib import Path

import pytest

import gleaner

ROOT = Path(__file__).resolve().parents[3]

EN = "Angela Merkel met Emmanuel Macron in Paris on Monday. Merkel said the talks went well."
DE = "Gestern traf Angela Merkel in Berlin den französischen Präsidenten Emmanuel Macron."


def cli(gleaner_bin: Path, *args: str) -> list[dict]:
    run = subprocess.run([gleaner_bin, "analyze", *args], capture_output=True, check=True)
    return [json.loads(line) for line in run.stdout.decode().splitlines()]


def without_id(document: dict) -> dict:
    return {k: v for k, v in document.items() if k != "id"}


def entity_names(document: dict) -> set[str]:
    return {e["name"] for e in document["entities"]}


# --- one text ---------------------------------------------------------------


def test_analyze_gives_the_gleaner2_document():
    doc = gleaner.analyze(EN)
    assert doc["format"] == "gleaner/2"
    assert doc["language"]["code"] == "en"
    assert "id" not in doc
    assert {"Angela Merkel", "Emmanuel Macron", "Paris"} <= entity_names(doc)
    ids = {e["id"] for e in doc["entities"]}
    assert all(m["entity"] in ids for m in doc["mentions"])
    assert doc["stats"]["sentences"] == len(doc["sentences"]) == 2
    merkel = next(e for e in doc["entities"] if e["name"] == "Angela Merkel")
    assert merkel["count"] == 2, "the second 'Merkel' is the same person"


def test_str_and_bytes_agree():
    assert gleaner.analyze(DE) == gleaner.analyze(DE.encode()) == gleaner.analyze(bytearray(DE.encode()))


def test_invalid_utf8_is_replaced_with_a_notice():
    doc = gleaner.analyze(b"Angela Merkel visited Paris \xff\xfe on Monday.")
    notices = [n["code"] for n in doc["notices"]]
    assert notices == ["invalid_utf8"]
    assert [t["text"] for t in doc["tokens"] if "\ufffd" in t["text"]] == ["\ufffd", "\ufffd"]
    assert doc["stats"]["bytes"] == 45, "offsets count the replaced text's bytes (3 per U+FFFD)"
    assert "Angela Merkel" in entity_names(doc)
    assert gleaner.analyze("Angela Merkel visited Paris on Monday.")["notices"] == []


def test_lang_date_and_id():
    doc = gleaner.analyze(EN, lang="de", date="2019-09-26", id={"source": "x", "n": 3})
    assert doc["language"]["code"] == "de"
    assert doc["reference"] == {"date": "2019-09-26", "source": "given"}
    assert doc["id"] == {"source": "x", "n": 3}
    by_date = gleaner.analyze(EN, date=datetime.date(2019, 9, 26))
    assert by_date["reference"] == gleaner.analyze(EN, date=datetime.datetime(2019, 9, 26, 23, 59))["reference"]
    assert by_date["reference"]["date"] == "2019-09-26"
    monday = next(v for v in by_date["values"] if v["text"] == "Monday")
    assert monday["value"] == "2019-09-23", "Monday before Thursday 2019-09-26"


def test_fields_and_compact():
    header = {"format", "language", "stats"}
    compact = gleaner.analyze(EN, compact=True)
    assert set(compact) == header | {"mentions", "entities"}
    assert compact == gleaner.analyze(EN, fields="mentions,entities")
    assert compact == gleaner.analyze(EN, fields=["mentions", "entities"])
    assert set(gleaner.analyze(EN, fields="")) == header
    assert set(gleaner.analyze(EN)) == header | set(gleaner.FIELDS)
    assert gleaner.FIELDS[:3] == ["paragraphs", "sentences", "tokens"]
    assert set(gleaner.LANGUAGES) == {"en", "de", "es", "fr", "it", "pt", "nl"}


def test_version_is_the_workspace_version():
    workspace = (ROOT / "Cargo.toml").read_text()
    version = re.search(r'^\[workspace\.package\]\nversion = "([^"]+)"', workspace, re.M).group(1)
    assert gleaner.__version__ == version


def test_stubs_match_the_module():
    package = Path(gleaner.__file__).parent
    assert (package / "py.typed").is_file()
    stub = ast.parse((package / "__init__.pyi").read_text())
    names = {n.name for n in stub.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    names |= {n.target.id for n in stub.body if isinstance(n, ast.AnnAssign)}
    assert set(gleaner.__all__) <= names
    classes = [c for c in stub.body if isinstance(c, ast.ClassDef)]
    methods = {n.name for c in classes for n in c.body if isinstance(n, ast.FunctionDef)}
    public = {n for n in dir(gleaner.Analyzer) if not n.startswith("_")}
    assert public <= methods
    for name in [*gleaner.__all__, *(f"Analyzer.{m}" for m in public)]:
        obj = gleaner
        for part in name.split("."):
            obj = getattr(obj, part)
        if callable(obj) or isinstance(obj, property) or name.startswith("Analyzer."):
            assert obj.__doc__, f"{name} has no docstring"


# --- the command line's output, key for key ---------------------------------


def test_samples_equal_the_cli(gleaner_bin, samples):
    by_cli = cli(gleaner_bin, *map(str, samples))
    assert len(by_cli) == len(samples)
    for path, expected in zip(samples, by_cli):
        assert expected["id"] == str(path)
        assert gleaner.analyze(path.read_text(encoding="utf-8")) == without_id(expected), path.name
        assert gleaner.analyze(path.read_bytes(), id=str(path)) == expected, path.name


def test_samples_compact_and_corpus_equal_the_cli(gleaner_bin, samples):
    args = ["--compact", "--date", "2024-03-01", *map(str, samples)]
    texts = [p.read_text(encoding="utf-8") for p in samples]
    compact = gleaner.analyze_many(texts, compact=True, date="2024-03-01")
    assert compact == [without_id(d) for d in cli(gleaner_bin, *args)]
    items = [{"text": t, "id": str(p)} for t, p in zip(texts, samples)]
    corpus = gleaner.Analyzer(compact=True, date="2024-03-01").analyze_many(items, corpus=True, threads=2)
    assert corpus == cli(gleaner_bin, "--corpus", *args)
    assert any(e["corpus"]["articles"] > 1 for e in corpus[0]["entities"]), "the samples share entities"


def test_fixtures_equal_the_cli(gleaner_bin, fixtures):
    """The committed articles too, so this runs where the shared samples are absent."""
    paths = [ROOT / "tests" / "fixtures" / n for n in ("de-article.txt", "en-article.txt", "es-article.txt")]
    for path, expected in zip(paths, cli(gleaner_bin, *map(str, paths))):
        assert gleaner.analyze(fixtures[path.name]) == without_id(expected), path.name


# --- many texts --------------------------------------------------------------


def test_analyze_many_keeps_order_whatever_the_threads(fixtures):
    texts = list(fixtures.values()) * 3 + [EN, DE.encode()]
    one = gleaner.analyze_many(texts, threads=1)
    assert one == gleaner.analyze_many(iter(texts), threads=2)
    assert one == gleaner.analyze_many(tuple(texts))
    assert one == [gleaner.analyze(t) for t in texts]
    assert gleaner.analyze_many([]) == []


def test_analyze_many_reads_dicts():
    items = [
        {"text": EN, "id": 7, "date": "2019-09-26"},
        {"text": DE.encode(), "id": "de"},
        {"text": EN},
    ]
    docs = gleaner.analyze_many(items, date="2020-01-01")
    assert [d.get("id") for d in docs] == [7, "de", None]
    assert [d["reference"]["date"] for d in docs] == ["2019-09-26", "2020-01-01", "2020-01-01"]
    assert docs[1] == gleaner.analyze(DE, date="2020-01-01", id="de")


def test_corpus_shares_entity_ids():
    texts = ["Angela Merkel visited Paris.", "In Paris, Merkel met Emmanuel Macron."]
    alone = gleaner.analyze_many(texts)
    together = gleaner.analyze_many(texts, corpus=True)
    paris = [next(e for e in d["entities"] if e["name"] == "Paris") for d in together]
    assert paris[0]["id"] == paris[1]["id"]
    assert paris[0]["corpus"]["articles"] == 2
    assert all("corpus" not in e for d in alone for e in d["entities"])


# --- the Analyzer: settings, pickling, processes ------------------------------


def test_analyzer_keeps_its_settings():
    analyzer = gleaner.Analyzer(lang="en", date="2019-09-26", fields=["entities", "mentions"])
    assert (analyzer.lang, analyzer.date, analyzer.fields) == ("en", "2019-09-26", ["mentions", "entities"])
    assert analyzer.analyze(DE) == gleaner.analyze(DE, lang="en", date="2019-09-26", compact=True)
    assert analyzer.analyze(DE, date="2001-02-03")["reference"]["date"] == "2001-02-03"
    assert analyzer.analyze_many([DE]) == [analyzer.analyze(DE)]
    assert repr(analyzer) == "gleaner.Analyzer(lang='en', date='2019-09-26', fields='mentions,entities')"


@pytest.mark.parametrize(
    "settings",
    [{}, {"compact": True}, {"lang": "de", "date": "2019-09-26", "fields": "quotes,tokens"}, {"fields": ""}],
)
def test_analyzer_pickles_as_its_settings(settings):
    analyzer = gleaner.Analyzer(**settings)
    data = pickle.dumps(analyzer)
    assert len(data) < 300, "the models are not pickled"
    copy = pickle.loads(data)
    assert repr(copy) == repr(analyzer)
    assert (copy.lang, copy.date, copy.fields) == (analyzer.lang, analyzer.date, analyzer.fields)
    assert copy.analyze(DE) == analyzer.analyze(DE)


# --- the reader's entity list ------------------------------------------------

ENTITIES = ROOT / "tests" / "fixtures" / "entities.csv"


def test_entity_list_file_equals_the_cli(gleaner_bin, fixtures):
    names = sorted(n for n in fixtures if n.endswith("-article.txt"))
    paths = [str(ENTITIES.parent / n) for n in names]
    by_cli = cli(gleaner_bin, "--compact", "--entities", str(ENTITIES), *paths)
    with pytest.warns(UserWarning) as warned:
        analyzer = gleaner.Analyzer(compact=True, entities=ENTITIES)
    messages = [str(w.message) for w in warned]
    assert len(messages) == 2 and "entities.csv:8: no name" in messages[0], messages
    assert "entities.csv:9: unknown label 'PARTY'" in messages[1]
    assert warned[0].filename == __file__, "the warning points at the caller's line"
    for name, expected in zip(names, by_cli):
        assert analyzer.analyze(fixtures[name]) == without_id(expected), name
    listed = [m for m in by_cli[names.index("en-article.txt")]["mentions"] if m.get("source") == "list"]
    assert {m["text"] for m in listed} >= {"City Council", "Main St."}


def test_entity_list_as_dicts_beats_the_model_both_ways():
    text = "Reuters Staff\n\nTwo Tu-160 bombers landed in Caracas on Monday."
    plain = [(m["text"], m.get("source")) for m in gleaner.analyze(text)["mentions"]]
    # The byline as the model reads it ("Reuters Staff" or "Reuters"); the plane it may read or not.
    byline = next(t for t, _ in plain if "Reuters" in t)
    assert all(source != "list" for _, source in plain)
    entries = [{"name": "Tu-160", "label": "MISC"}, {"label": "PER"}, {"name": byline, "never": True}]
    with pytest.warns(UserWarning, match=r"entities\[1\]: no name"):
        analyzer = gleaner.Analyzer(entities=entries)
    mentions = [(m["text"], m["label"], m.get("source")) for m in analyzer.analyze(text)["mentions"]]
    assert ("Tu-160", "MISC", "list") in mentions
    assert not any(m[0] == byline for m in mentions)
    assert [e["name"] for e in analyzer.entities] == ["Tu-160", byline]
    copy = pickle.loads(pickle.dumps(analyzer))
    assert copy.entities == analyzer.entities
    assert copy.analyze(text) == analyzer.analyze(text)
    assert gleaner.analyze(text, entities=entries[::2]) == analyzer.analyze(text)


@pytest.mark.parametrize(
    "entities, error, message",
    [
        (42, TypeError, "entities must be a path"),
        ([1], TypeError, r"entities\[0\] must be a dict"),
        ("/no/such/list.csv", ValueError, "list.csv"),
    ],
)
def test_bad_entity_lists_are_refused_clearly(entities, error, message):
    with pytest.raises(error, match=message):
        gleaner.Analyzer(entities=entities)


def test_multiprocessing_spawn_pool(fixtures):
    analyzer = gleaner.Analyzer(compact=True)
    texts = list(fixtures.values())
    expected = analyzer.analyze_many(texts)
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        # A bound method pickles as (the pickled Analyzer, "analyze").
        assert pool.map(analyzer.analyze, texts) == expected
        assert pool.apply(analyzer.analyze_many, (texts,), {"threads": 2}) == expected


def test_fork_after_analyze_many(fixtures):
    """Each analyze_many call has a pool of its own, so a child forked after
    one still gets threads (rayon's global pool would hang here)."""
    texts = list(fixtures.values())
    expected = gleaner.analyze_many(texts, threads=2, compact=True)
    pool = multiprocessing.get_context("fork").Pool(1)
    try:
        result = pool.apply_async(gleaner.analyze_many, (texts,), {"threads": 2, "compact": True})
        assert result.get(timeout=60) == expected
    finally:
        pool.terminate()
        pool.join()


# --- bad input -----------------------------------------------------------------


@pytest.mark.parametrize(
    "call, error, message",
    [
        (lambda: gleaner.analyze(3), TypeError, "text must be str or bytes, not int"),
        (lambda: gleaner.analyze(None), TypeError, "text must be str or bytes, not NoneType"),
        (lambda: gleaner.analyze("x", lang="xx"), ValueError, "lang: unknown language 'xx'"),
        (lambda: gleaner.analyze("x", lang=1), TypeError, "lang must be a language code"),
        (lambda: gleaner.analyze("x", date="2019-02-30"), ValueError, "date: '2019-02-30' is not a date"),
        (lambda: gleaner.analyze("x", date="yesterday"), ValueError, "date: 'yesterday' is not a date"),
        (lambda: gleaner.analyze("x", date=20190926), TypeError, "date must be a str (YYYY-MM-DD)"),
        (lambda: gleaner.analyze("x", fields="mentions,people"), ValueError, "fields: unknown field 'people'"),
        (lambda: gleaner.analyze("x", fields=[1]), TypeError, "fields must be a str"),
        (lambda: gleaner.analyze("x", fields="mentions", compact=True), ValueError, "not both"),
        (lambda: gleaner.analyze("x", compact=1), TypeError, "compact must be True or False, not int"),
        (lambda: gleaner.analyze("x", id=object()), TypeError, "id must be a JSON value"),
        (lambda: gleaner.analyze("x", id=float("nan")), TypeError, "id must be a JSON value"),
        (lambda: gleaner.analyze("\udcff"), ValueError, "text is not valid Unicode"),
        (lambda: gleaner.analyze(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), ValueError, "text: this looks like a PNG image"),
        (lambda: gleaner.Analyzer(lang="english"), ValueError, "lang: unknown language 'english'"),
        (lambda: gleaner.Analyzer().analyze("x", date="26.09.2019"), ValueError, "date: '26.09.2019'"),
        (lambda: gleaner.analyze_many("one text"), TypeError, "not a single str: use analyze()"),
        (lambda: gleaner.analyze_many(5), TypeError, "texts must be an iterable of str, bytes or dicts, not int"),
        (lambda: gleaner.analyze_many(["a", 5]), TypeError, "texts[1] must be str, bytes or a dict"),
        (lambda: gleaner.analyze_many([{"id": 1}]), ValueError, 'texts[0] has no "text" key'),
        (lambda: gleaner.analyze_many([{"text": 1}]), TypeError, 'texts[0]["text"] must be str or bytes'),
        (lambda: gleaner.analyze_many([{"text": "a", "date": "x"}]), ValueError, 'texts[0]["date"]: \'x\' is not'),
        (lambda: gleaner.analyze_many(["a", b"\0\0\0binary"]), ValueError, "texts[1]: this looks like a binary"),
        (lambda: gleaner.analyze_many(["a"], threads=0), ValueError, "threads must be at least 1, not 0"),
        (lambda: gleaner.analyze_many(["a"], threads="2"), TypeError, "threads must be an int or None, not str"),
        (lambda: gleaner.analyze_many(["a"], threads=True), TypeError, "threads must be an int or None, not bool"),
        (lambda: gleaner.analyze_many(["a"], corpus="yes"), TypeError, "corpus must be True or False, not str"),
    ],
)
def test_bad_input_raises_a_clear_error(call, error, message):
    with pytest.raises(error) as raised:
        call()
    assert message in str(raised.value)
