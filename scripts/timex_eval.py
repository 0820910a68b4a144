#!/usr/bin/env python3
"""Dates and times with their calendar values, measured as issue 28 defines it.

Runs the gleaner CLI (raw text through the whole pipeline, the document's date given) on
TimeBank en/es train (../shared/data/values/timex/) and MEANTIME dev en/es/it/nl
(../shared/data/resolution/, scored on each article's annotated part only), and prints per set:
- value P/R/F1: a found DATE or TIME counts when a gold timex of type DATE or TIME has exactly its
  span and the same TimeML value (case and trailing -XX aside: 2006-XX-XX = 2006);
- span F1: the same without the value, to tell finding from normalizing.

Usage: python3 scripts/timex_eval.py [--cli target/release/gleaner] [--misses N] [--only NAME]
TimeBank and MEANTIME are measured with, never shipped (TimeBank: research use; MEANTIME: CC BY 4.0).
"""

import argparse
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT / "../shared/data"
SETS = [
    ("timebank-en-train", "values/timex/timebank-en-train.jsonl", "en"),
    ("timebank-es-train", "values/timex/timebank-es-train.jsonl", "es"),
    ("meantime-dev-en", "resolution/meantime-dev-en.jsonl", "en"),
    ("meantime-dev-es", "resolution/meantime-dev-es.jsonl", "es"),
    ("meantime-dev-it", "resolution/meantime-dev-it.jsonl", "it"),
    ("meantime-dev-nl", "resolution/meantime-dev-nl.jsonl", "nl"),
]
TYPES = {"DATE", "TIME"}


def normal(value):
    value = (value or "").upper()
    while value.endswith("-XX"):
        value = value[:-3]
    return value


def code_points(text):
    """Byte offset (UTF-8) → code point offset, for the CLI's byte spans."""
    table, at = {}, 0
    for i, c in enumerate(text):
        table[at] = i
        at += len(c.encode("utf-8"))
    table[at] = len(text)
    return table


def f1(right, found, gold):
    p = right / found if found else 0.0
    r = right / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(cli, name, path, lang, misses):
    docs = [json.loads(line) for line in open(SHARED / path, encoding="utf-8")]
    docs = [d for d in docs if d.get("dct") and d.get("timexes") is not None]
    if not docs:
        print(f"{name:18} no timexes annotated in this set")
        return None
    # The document's day: TimeBank gives some with a time of day (1998-04-02T22:52:00).
    lines = "".join(json.dumps({"id": d["id"], "text": d["text"], "date": d["dct"][:10]}) + "\n" for d in docs)
    run = subprocess.run([cli, "analyze", "--jsonl", "--lang", lang, "--fields", "values", "-"],
                         input=lines, capture_output=True, text=True)
    if run.returncode != 0:
        print(f"{name}: the CLI reported: {run.stderr.strip()[:500]}", file=sys.stderr)
    out = run.stdout
    analyses = {a["id"]: a for a in map(json.loads, out.splitlines())}
    found_n = gold_n = spans_right = values_right = 0
    shown = []
    for doc in docs:
        if doc["id"] not in analyses:
            continue
        text = doc["text"]
        limit = doc.get("annotated_until", len(text))
        cp = code_points(text)
        found = {}
        for v in analyses[doc["id"]]["values"]:
            start, end = cp[v["start"]], cp[v["end"]]
            if v["label"] in TYPES and end <= limit:
                found[(start, end)] = v.get("value")
        gold = {(t["start"], t["end"]): t["value"] for t in doc["timexes"] if t["type"] in TYPES and t["end"] <= limit}
        found_n += len(found)
        gold_n += len(gold)
        for span, value in gold.items():
            if span in found:
                spans_right += 1
                if normal(found[span]) == normal(value):
                    values_right += 1
                    continue
            if len(shown) < misses:
                near = [(text[s:e], v) for (s, e), v in found.items() if s < span[1] and span[0] < e]
                shown.append(f"{doc['id']} [{doc['dct']}] {text[span[0]:span[1]]!r} gold {value} found {near}")
    vp, vr, vf = f1(values_right, found_n, gold_n)
    sp, sr, sf = f1(spans_right, found_n, gold_n)
    print(f"{name:18} gold {gold_n:5} found {found_n:5}  value P {vp:.3f} R {vr:.3f} F1 {vf:.3f}   span F1 {sf:.3f}")
    for line in shown:
        print("   " + line)
    return vf


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", default=None, help="the gleaner binary (default: target/release, else target/debug)")
    parser.add_argument("--misses", type=int, default=0, help="print this many missed gold timexes per set")
    parser.add_argument("--only", default=None, help="only the sets whose name contains this")
    args = parser.parse_args()
    cli = args.cli or next((str(p) for p in (ROOT / "target/release/gleaner", ROOT / "target/debug/gleaner") if p.exists()), None)
    if not cli:
        sys.exit("no gleaner CLI: build it with `cargo build --release -p gleaner-cli`")
    for name, path, lang in SETS:
        if args.only and args.only not in name:
            continue
        if not (SHARED / path).exists():
            print(f"{name:18} skipped: ../shared/data/{path} is not there")
            continue
        evaluate(cli, name, path, lang, args.misses)


if __name__ == "__main__":
    main()
