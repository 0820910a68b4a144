#!/usr/bin/env python3
"""Dates and times with their calendar values, measured as issue 28 defines it.

Runs the gleaner CLI (raw text through the whole pipeline, the document's date given) on
TimeBank en/es train (../shared/data/values/timex/) and MEANTIME dev en/es/it/nl
(../shared/data/resolution/, scored on each article's annotated part only), and prints per set:
- value P/R/F1: a found DATE or TIME counts when a gold timex of type DATE or TIME has exactly its
  span and the same TimeML value (case and trailing -XX aside: 2006-XX-XX = 2006);
- span F1: the same without the value, to tell finding from normalizing;
- the same for durations (three days → P3D) and sets (every week → P1W): a found value with
  `timex` DURATION or SET against gold timexes of that type; they are not counted among the dates.

Usage: python3 scripts/timex_eval.py [--cli target/release/gleaner] [--misses N] [--kind date|duration|set] [--only NAME]
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
# The kinds scored, each with the gold types it is scored against.
KINDS = {"date": {"DATE", "TIME"}, "duration": {"DURATION"}, "set": {"SET"}}
LABELS = {"DATE", "TIME"}


def kind_of(value):
    """Which kind a found value is: a date or time, a duration, a set, or none of these (money…)."""
    if value["label"] not in LABELS:
        return None
    return {"DURATION": "duration", "SET": "set"}.get(value.get("timex"), "date")


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


def evaluate(cli, name, path, lang, misses, shown_kind):
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
    counts = {kind: {"found": 0, "gold": 0, "spans": 0, "values": 0} for kind in KINDS}
    shown = []
    for doc in docs:
        if doc["id"] not in analyses:
            continue
        text = doc["text"]
        limit = doc.get("annotated_until", len(text))
        cp = code_points(text)
        values = [v for v in analyses[doc["id"]]["values"] if cp[v["end"]] <= limit]
        for kind, types in KINDS.items():
            found = {(cp[v["start"]], cp[v["end"]]): v.get("value") for v in values if kind_of(v) == kind}
            gold = {(t["start"], t["end"]): t["value"] for t in doc["timexes"] if t["type"] in types and t["end"] <= limit}
            count = counts[kind]
            count["found"] += len(found)
            count["gold"] += len(gold)
            for span, value in gold.items():
                if span in found:
                    count["spans"] += 1
                    if normal(found[span]) == normal(value):
                        count["values"] += 1
                        continue
                if kind == shown_kind and len(shown) < misses:
                    near = [(text[s:e], v) for (s, e), v in found.items() if s < span[1] and span[0] < e]
                    shown.append(f"{doc['id']} [{doc['dct']}] {text[span[0]:span[1]]!r} gold {value} found {near}")
    for kind, count in counts.items():
        vp, vr, vf = f1(count["values"], count["found"], count["gold"])
        sp, sr, sf = f1(count["spans"], count["found"], count["gold"])
        label = name if kind == "date" else f"  {kind}s"
        print(f"{label:18} gold {count['gold']:5} found {count['found']:5}  value P {vp:.3f} R {vr:.3f} F1 {vf:.3f}   span F1 {sf:.3f}")
    for line in shown:
        print("   " + line)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", default=None, help="the gleaner binary (default: target/release, else target/debug)")
    parser.add_argument("--misses", type=int, default=0, help="print this many missed gold timexes per set")
    parser.add_argument("--kind", default="date", choices=list(KINDS), help="whose misses --misses prints")
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
        evaluate(cli, name, path, lang, args.misses, args.kind)


if __name__ == "__main__":
    main()
