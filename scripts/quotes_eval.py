#!/usr/bin/env python3
"""Quotes and their speakers on PolNeAR dev, measured as issue 27 defines it.

Runs the gleaner CLI on every article of ../shared/data/quotes/polnear-dev-en.jsonl
(raw text through the whole pipeline) and prints:
- quote detection: a found quote matches a gold one when their spans (the words
  inside the marks) overlap by at least half the longer span, one to one;
- speaker right, of the matched quotes: the quote's `source` (when the CLI gives
  one) overlaps the gold source span, or a mention of its `speaker` entity does,
  or that entity's name contains the gold source's head word.

Usage: python3 scripts/quotes_eval.py [--cli target/release/gleaner] [--data FILE] [--misses N]
PolNeAR has no license from its creators: it is measured with, never shipped.
"""

import argparse
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def code_points(text):
    """Byte offset (UTF-8) → code point offset, for the CLI's byte spans."""
    table = {}
    at = 0
    for i, c in enumerate(text):
        table[at] = i
        at += len(c.encode("utf-8"))
    table[at] = len(text)
    return table


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(found, gold):
    """One-to-one matches (found index, gold index), greatest overlap first."""
    pairs = []
    for i, f in enumerate(found):
        for j, g in enumerate(gold):
            o = overlap(f, g)
            if o > 0 and o * 2 >= max(f[1] - f[0], g[1] - g[0]):
                pairs.append((o, i, j))
    pairs.sort(reverse=True)
    used_f, used_g, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_f and j not in used_g:
            used_f.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", default=None, help="the gleaner binary (default: target/release, else target/debug)")
    parser.add_argument("--data", default=str(ROOT / "../shared/data/quotes/polnear-dev-en.jsonl"))
    parser.add_argument("--misses", type=int, default=0, help="print this many wrong or missing speakers")
    args = parser.parse_args()
    cli = args.cli or next((str(p) for p in (ROOT / "target/release/gleaner", ROOT / "target/debug/gleaner") if p.exists()), None)
    if not cli:
        sys.exit("no gleaner CLI: build it with `cargo build --release -p gleaner-cli`")
    articles = [json.loads(line) for line in open(args.data, encoding="utf-8")]
    lines = "".join(json.dumps({"id": a["id"], "text": a["text"]}) + "\n" for a in articles)
    out = subprocess.run([cli, "analyze", "--jsonl", "--fields", "mentions,entities,quotes", "-"],
                         input=lines, capture_output=True, text=True, check=True).stdout
    analyses = {d["id"]: d for d in map(json.loads, out.splitlines())}

    gold_n = found_n = matched = right = unnamed = partial = 0
    misses = []
    for article in articles:
        text, doc = article["text"], analyses[article["id"]]
        cp = code_points(text)
        span = lambda o: (cp[o["start"]], cp[o["end"]])
        found = [span(q.get("content", q)) for q in doc["quotes"]]
        gold = [(q["start"], q["end"]) for q in article["quotes"]]
        gold_n += len(gold)
        found_n += len(found)
        entities = {e["id"]: e for e in doc["entities"]}
        pairs = match(found, gold)
        # A found quote that is one of PolNeAR's partial quotes (a fragment quoted inside a longer
        # attributed statement) is neither right nor wrong: left out of precision.
        fragments = [(q["start"], q["end"]) for q in article.get("partial_quotes", [])]
        unmatched = [f for i, f in enumerate(found) if i not in {i for i, _ in pairs}]
        partial += sum(1 for f in unmatched if any(overlap(f, g) * 2 >= max(f[1] - f[0], g[1] - g[0]) for g in fragments))
        for i, j in pairs:
            matched += 1
            q, g = doc["quotes"][i], article["quotes"][j]
            source = (g["source_start"], g["source_end"])
            ok = False
            if q.get("source"):
                ok = overlap(span(q["source"]), source) > 0
            speaker = q.get("speaker")
            if not ok and speaker:
                ok = any(m.get("entity") == speaker and overlap(span(m), source) > 0 for m in doc["mentions"])
                name = entities.get(speaker, {}).get("name", "")
                ok = ok or (g.get("source_head") or "").lower() in name.lower().split()
            unnamed += not speaker and not q.get("source")
            right += ok
            if not ok and len(misses) < args.misses:
                misses.append(f"{article['id']}: «{g['text'][:60]}» gold {g['source_text']!r} ({g.get('cue_text')}); "
                              f"found {q.get('speaker_name') or q.get('no_speaker') or '-'}")
    found_n -= partial
    precision = matched / found_n if found_n else 0.0
    recall = matched / gold_n if gold_n else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"PolNeAR dev: {len(articles)} articles, {gold_n} gold quotes, {found_n} found (and {partial} partial quotes, not counted), {matched} matched")
    print(f"quote detection: P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")
    print(f"speaker right: {right} of {matched} matched ({right / max(matched, 1):.3f}); no speaker or source: {unnamed}")
    for line in misses:
        print("  " + line)


if __name__ == "__main__":
    main()
