#!/usr/bin/env python3
"""Issue 17, lever 4: a compact neural tagger, as a trial with a decision rule.

A character CNN, word embeddings learned from the training data, the word
clusters the perceptron uses (as embedded path prefixes) and a casing class
feed a one-layer BiLSTM with a linear-chain CRF (Lample et al. 2016). It
trains on the same corpus as the shipped perceptron, chooses its epoch on
every 10th training document (held out, as the perceptron's trainer does; countries
as places, as the trainer relabels them) and
prints, on the dev split's gold tokens:

  - span F1 (exact match, as `gleaner-train eval` counts it);
  - parameters, and the int8 weights' and vocabularies' size gzipped;
  - multiply-adds per token, and tokens/s of this PyTorch model on one CPU
    thread (an upper bound's proxy for WebAssembly, which has no MKL).

Offline only: nothing at run time depends on Python. Needs PyTorch (CPU is
fine); run with a venv that has it, e.g.

    python3 -m venv /tmp/torch && /tmp/torch/bin/pip install torch numpy
    /tmp/torch/bin/python scripts/neural_trial.py en --minutes 25

The shipped perceptron's dev F1 on gold tokens is in models/MANIFEST.json.
"""

import argparse
import gzip
import io
import os
import random
import time

import torch
import torch.nn as nn

SHARED = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data")
CORPORA = {
    "en": ("conll2003-en-train.conll", "conll2003-en-dev.conll", "en"),
    "de": ("conll2003-de-train.conll", "conll2003-de-dev.conll", "de"),
    "nl": ("conll2002-nl-train.conll", "conll2002-nl-dev.conll", "nl-open"),
}


def read_conll(path):
    """Sentences as (document, words, tags); the corpus's -DOCSTART- marks documents."""
    sentences, words, tags, doc = [], [], [], 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("-DOCSTART-"):
                if words:
                    sentences.append((doc, words, tags))
                    words, tags = [], []
                if line.startswith("-DOCSTART-"):
                    doc += 1
                continue
            word, tag = line.rsplit("\t", 1)
            words.append(word)
            tags.append(tag.strip())
    if words:
        sentences.append((doc, words, tags))
    return sentences


def country_names(language):
    """Lower-case country names in `language` and English, as the trainer's `lexicons::country_names`."""
    names = set()
    path = os.path.join(SHARED, "lexicons", "trimmed", "countries.tsv")
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            if row.get("alpha2") not in ("EU", "EZ", "UN") and row.get("lang") in (language, "en"):
                names.add(row["name"].lower())
                names.add(row["name"].lower().replace(". ", "."))
    return names


def countries_as_places(sentences, countries):
    """Gleaner's convention, as the trainer applies it: an ORG whose whole text is a country is LOC."""
    for _, words, tags in sentences:
        i = 0
        while i < len(tags):
            if tags[i] != "B-ORG":
                i += 1
                continue
            end = i + 1
            while end < len(tags) and tags[end] == "I-ORG":
                end += 1
            if " ".join(words[i:end]).lower() in countries:
                tags[i] = "B-LOC"
                for k in range(i + 1, end):
                    tags[k] = "I-LOC"
            i = end


def spans(tags):
    """(start, end, type) of each mention; an I- after another type starts a new one."""
    out, start, kind = [], None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, t = tag.partition("-")
        if start is not None and (prefix != "I" or t != kind):
            out.append((start, i, kind))
            start = None
        if prefix == "B" or (prefix == "I" and start is None):
            start, kind = i, t
    return out


def fold_digits(word):
    return "".join("0" if c.isdigit() else c for c in word.lower())


def casing(word):
    if word.isdigit():
        return 1
    if word.isupper():
        return 2
    if word[:1].isupper():
        return 3
    if any(c.isdigit() for c in word):
        return 4
    if word.islower():
        return 5
    return 6


class Vocab:
    def __init__(self, items, min_count=1):
        counts = {}
        for item in items:
            counts[item] = counts.get(item, 0) + 1
        self.index = {"<pad>": 0, "<unk>": 1}
        for item, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            if n >= min_count:
                self.index[item] = len(self.index)

    def __len__(self):
        return len(self.index)

    def __call__(self, item):
        return self.index.get(item, 1)


class CRF(nn.Module):
    def __init__(self, labels):
        super().__init__()
        self.transitions = nn.Parameter(torch.zeros(labels, labels))
        self.start = nn.Parameter(torch.zeros(labels))
        self.end = nn.Parameter(torch.zeros(labels))

    def nll(self, emissions, tags, mask):
        """Mean negative log likelihood of `tags` (batch × n) under `emissions` (batch × n × L)."""
        b, n, _ = emissions.shape
        score = self.start[tags[:, 0]] + emissions[torch.arange(b), 0, tags[:, 0]]
        for i in range(1, n):
            step = self.transitions[tags[:, i - 1], tags[:, i]] + emissions[torch.arange(b), i, tags[:, i]]
            score = score + step * mask[:, i]
        last = tags[torch.arange(b), mask.sum(1).long() - 1]
        score = score + self.end[last]
        alpha = self.start + emissions[:, 0]
        for i in range(1, n):
            nxt = torch.logsumexp(alpha.unsqueeze(2) + self.transitions + emissions[:, i].unsqueeze(1), dim=1)
            alpha = torch.where(mask[:, i].unsqueeze(1).bool(), nxt, alpha)
        log_z = torch.logsumexp(alpha + self.end, dim=1)
        return (log_z - score).mean()

    def decode(self, emissions, length):
        """Viterbi over one sentence's emissions (n × L)."""
        score = self.start + emissions[0]
        back = []
        for i in range(1, length):
            total = score.unsqueeze(1) + self.transitions
            best, index = total.max(0)
            score = best + emissions[i]
            back.append(index)
        tag = int((score + self.end).argmax())
        path = [tag]
        for index in reversed(back):
            tag = int(index[tag])
            path.append(tag)
        return path[::-1]


class NeuralTagger(nn.Module):
    def __init__(self, sizes, labels, word_dim=64, char_dim=24, filters=48, cluster_dim=12, hidden=96):
        super().__init__()
        self.words = nn.Embedding(sizes["words"], word_dim, padding_idx=0)
        self.chars = nn.Embedding(sizes["chars"], char_dim, padding_idx=0)
        self.conv = nn.Conv1d(char_dim, filters, 3, padding=1)
        self.clusters = nn.ModuleList(nn.Embedding(sizes["clusters"], cluster_dim, padding_idx=0) for _ in range(4))
        self.casing = nn.Embedding(8, 8, padding_idx=0)
        width = word_dim + filters + 4 * cluster_dim + 8
        self.dropout = nn.Dropout(0.5)
        self.lstm = nn.LSTM(width, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, labels)
        self.crf = CRF(labels)
        self.width, self.hidden, self.filters, self.char_dim = width, hidden, filters, char_dim

    def emissions(self, batch):
        """Per-token label scores; padding never reaches a real token (packed LSTM, masked pooling)."""
        words, chars, clusters, case = batch["words"], batch["chars"], batch["clusters"], batch["casing"]
        b, n, c = chars.shape
        flat = chars.view(b * n, c)
        ch = torch.relu(self.conv(self.chars(flat).transpose(1, 2)))
        ch = ch.masked_fill((flat == 0).unsqueeze(1), float("-inf")).max(2).values
        ch = torch.where(torch.isinf(ch), torch.zeros_like(ch), ch).view(b, n, -1)
        parts = [self.words(words), ch, self.casing(case)]
        parts += [emb(clusters[:, :, k]) for k, emb in enumerate(self.clusters)]
        x = self.dropout(torch.cat(parts, 2))
        lengths = batch["mask"].sum(1).long().cpu()
        packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=n)
        return self.out(self.dropout(h))

    def macs_per_token(self, mean_chars):
        lstm = 2 * 4 * self.hidden * (self.width + self.hidden)
        conv = mean_chars * self.filters * self.char_dim * 3
        return lstm + conv + 2 * self.hidden * self.out.out_features


def load_clusters(name):
    paths = {}
    with gzip.open(os.path.join(SHARED, "clusters", name + ".tsv.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2:
                paths.setdefault(parts[0].lower(), parts[1])
    return paths


def encode(sentences, vocabs, cluster_paths, labels):
    out = []
    for doc, words, tags in sentences:
        clusters = []
        for w in words:
            path = cluster_paths.get(w.lower())
            clusters.append([vocabs["clusters"](f"{n}:{path[:n]}" if path else f"{n}:none") for n in (4, 6, 10, 32)])
        out.append(
            {
                "doc": doc,
                "words": [vocabs["words"](fold_digits(w)) for w in words],
                "chars": [[vocabs["chars"](c) for c in w[:20]] or [1] for w in words],
                "clusters": clusters,
                "casing": [casing(w) for w in words],
                "tags": [labels.get(t, 0) for t in tags],
                "gold": spans(tags),
            }
        )
    return out


def batches(examples, size, shuffle):
    order = list(range(len(examples)))
    if shuffle:
        random.shuffle(order)
    # Sentences of similar length together: less padding.
    order.sort(key=lambda i: len(examples[i]["words"]) + (random.random() * 4 if shuffle else 0))
    groups = [order[i : i + size] for i in range(0, len(order), size)]
    if shuffle:
        random.shuffle(groups)
    for group in groups:
        items = [examples[i] for i in group]
        n = max(len(e["words"]) for e in items)
        c = max(len(ch) for e in items for ch in e["chars"])
        pad = lambda rows, width, fill=0: [r + [fill] * (width - len(r)) for r in rows]
        yield items, {
            "words": torch.tensor(pad([e["words"] for e in items], n)),
            "chars": torch.tensor([pad(e["chars"], c) + [[0] * c] * (n - len(e["chars"])) for e in items]),
            "clusters": torch.tensor([e["clusters"] + [[0] * 4] * (n - len(e["clusters"])) for e in items]),
            "casing": torch.tensor(pad([e["casing"] for e in items], n)),
            "tags": torch.tensor(pad([e["tags"] for e in items], n)),
            "mask": torch.tensor([[1.0] * len(e["words"]) + [0.0] * (n - len(e["words"])) for e in items]),
        }


def f1(model, examples, names):
    model.eval()
    tp = fp = fn = 0
    with torch.no_grad():
        for items, batch in batches(examples, 64, False):
            emissions = model.emissions(batch)
            for k, e in enumerate(items):
                path = model.crf.decode(emissions[k], len(e["words"]))
                predicted = set(spans([names[t] for t in path]))
                gold = set(e["gold"])
                tp += len(predicted & gold)
                fp += len(predicted - gold)
                fn += len(gold - predicted)
    p = tp / max(tp + fp, 1)
    r = tp / max(tp + fn, 1)
    return 100 * 2 * p * r / max(p + r, 1e-9)


def int8_gzip_bytes(model, vocabs):
    """What a page would fetch: the weights as int8 (one scale a tensor) and the
    vocabularies inference needs (words, characters, cluster prefixes), gzipped."""
    buffer = io.BytesIO()
    for tensor in model.state_dict().values():
        t = tensor.float()
        scale = t.abs().max().clamp(min=1e-8) / 127
        buffer.write((t / scale).round().clamp(-127, 127).to(torch.int8).numpy().tobytes())
    for vocab in vocabs.values():
        buffer.write("\n".join(vocab.index).encode("utf-8"))
    return len(gzip.compress(buffer.getvalue(), 9))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("language", choices=sorted(CORPORA))
    parser.add_argument("--minutes", type=float, default=25, help="training time limit")
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    torch.manual_seed(1)
    random.seed(1)
    torch.set_num_threads(args.threads)
    train_file, dev_file, cluster_file = CORPORA[args.language]
    train = read_conll(os.path.join(SHARED, "ner", train_file))
    dev = read_conll(os.path.join(SHARED, "ner", dev_file))
    countries = country_names(args.language)
    countries_as_places(train, countries)
    countries_as_places(dev, countries)
    # The trainer's hold_out: the 10th, 20th, … document (ids count from 1 at the first -DOCSTART-).
    held = [s for s in train if s[0] % 10 == 0]
    train = [s for s in train if s[0] % 10 != 0]
    assert held, "no documents to hold out: the corpus has no -DOCSTART- marks"
    tags = sorted({t for _, _, ts in train for t in ts}, key=lambda t: (t != "O", t))
    labels = {t: i for i, t in enumerate(tags)}
    cluster_paths = load_clusters(cluster_file)
    vocabs = {
        "words": Vocab((fold_digits(w) for _, ws, _ in train for w in ws), min_count=2),
        "chars": Vocab((c for _, ws, _ in train for w in ws for c in w), min_count=5),
        "clusters": Vocab(f"{n}:{p[:n]}" for p in list(cluster_paths.values()) + [""] for n in (4, 6, 10, 32)),
    }
    vocabs["clusters"].index.update({f"{n}:none": len(vocabs["clusters"]) + i for i, n in enumerate((4, 6, 10, 32))})
    sizes = {k: len(v) + 4 for k, v in vocabs.items()}
    train_x, held_x, dev_x = (encode(s, vocabs, cluster_paths, labels) for s in (train, held, dev))
    model = NeuralTagger(sizes, len(tags))
    optimizer = torch.optim.Adam(model.parameters(), lr=2e-3)
    started = time.time()
    best = (-1.0, 0, None)
    for epoch in range(1, args.epochs + 1):
        model.train()
        total = 0.0
        for _, batch in batches(train_x, 16, True):
            optimizer.zero_grad()
            loss = model.crf.nll(model.emissions(batch), batch["tags"], batch["mask"])
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optimizer.step()
            total += loss.item()
        score = f1(model, held_x, tags)
        print(f"{args.language} epoch {epoch}: loss {total:.0f}, held-out F1 {score:.2f} ({time.time() - started:.0f} s)", flush=True)
        if score > best[0]:
            best = (score, epoch, {k: v.clone() for k, v in model.state_dict().items()})
        if time.time() - started > args.minutes * 60:
            break
    model.load_state_dict(best[2])
    dev_f1 = f1(model, dev_x, tags)
    params = sum(p.numel() for p in model.parameters())
    mean_chars = sum(len(w) for _, ws, _ in dev for w in ws) / max(sum(len(ws) for _, ws, _ in dev), 1)
    model.eval()
    tokens = sum(len(e["words"]) for e in dev_x)
    start = time.time()
    with torch.no_grad():
        for items, batch in batches(dev_x, 1, False):
            model.crf.decode(model.emissions(batch)[0], len(items[0]["words"]))
    speed = tokens / (time.time() - start)
    print(f"{args.language}: epoch {best[1]} chosen (held-out F1 {best[0]:.2f})")
    print(f"{args.language}: dev F1 on gold tokens {dev_f1:.2f}")
    print(f"{args.language}: {params} parameters; int8 weights and vocabularies gzipped {int8_gzip_bytes(model, vocabs)} bytes")
    print(f"{args.language}: {model.macs_per_token(mean_chars):.0f} multiply-adds a token; {speed:.0f} tokens/s (PyTorch, 1 thread, one sentence at a time)")
    print(f"{args.language}: trained {time.time() - started:.0f} s")


if __name__ == "__main__":
    main()
