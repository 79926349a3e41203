#!/usr/bin/env python3
"""The check of docs/entities.md's "Lowercase sentences in a cased document".

  lowercased-sentences.py make GOLD > LOWERED   every fourth sentence of each document of a
                                                CoNLL-2003 file lowercased (tokens only; tags kept)
  lowercased-sentences.py score SCORED          entity F1 on the sentences written all in
                                                lowercase (3+ words with letters), of
                                                `byline annotate --input-format conll2003 LOWERED`

Spans as conlleval reads BIO: an I- after another type starts an entity.
"""
import sys


def sentences(path):
    """Per document start marker or sentence: (is_docstart, lines)."""
    current = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("-DOCSTART-"):
            if current:
                yield False, current
                current = []
            yield True, [line]
        elif not line.strip():
            if current:
                yield False, current
                current = []
        else:
            current.append(line)
    if current:
        yield False, current


def words_with_letters(tokens):
    return sum(any(c.isalpha() for c in t) for t in tokens)


def make(path):
    index = 0
    for is_start, lines in sentences(path):
        if is_start:
            index = 0
            print(lines[0] + "\n")
            continue
        tokens = [line.split()[0] for line in lines]
        if index % 4 == 3 and words_with_letters(tokens) >= 3:
            lines = [" ".join([line.split()[0].lower()] + line.split()[1:]) for line in lines]
        print("\n".join(lines) + "\n")
        index += 1


def spans(tags):
    found, start, kind = set(), None, None
    for i, tag in enumerate(tags + ["O"]):
        if tag == "O" or tag.startswith("B-") or tag[2:] != kind:
            if kind:
                found.add((start, i, kind))
            start, kind = (i, tag[2:]) if tag != "O" else (None, None)
    return found


def score(path):
    correct = guessed = expected = 0
    for is_start, lines in sentences(path):
        columns = [line.split() for line in lines]
        tokens = [c[0] for c in columns]
        if is_start or words_with_letters(tokens) < 3 or any(ch.isupper() for t in tokens for ch in t):
            continue
        gold, found = spans([c[-2] for c in columns]), spans([c[-1] for c in columns])
        correct, guessed, expected = correct + len(gold & found), guessed + len(found), expected + len(gold)
    f1 = 200 * correct / (guessed + expected) if guessed + expected else 0.0
    print(f"lowercase sentences: {expected} entities, F1 {f1:.2f}")


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("make", "score"):
        sys.exit(__doc__)
    (make if sys.argv[1] == "make" else score)(sys.argv[2])
