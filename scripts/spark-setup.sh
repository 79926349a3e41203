#!/usr/bin/env bash
# Creates (or reuses) the virtual environment .build-venv/spark (git-ignored) with the pinned
# PySpark from PyPI, for scripts/spark-annotate.py and its test; prints the venv's python.
# Java 17 comes from Debian: apt-get install openjdk-17-jre-headless.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
venv="$repo/.build-venv/spark"
version=4.1.1  # Spark 4.1 runs on Java 17, Debian 12's

if [[ ! -x $venv/bin/python ]]; then
    python3 -m venv "$venv" >&2
fi
if [[ $("$venv/bin/python" -c 'import pyspark; print(pyspark.__version__)' 2>/dev/null) != "$version" ]]; then
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "pyspark==$version" >&2
fi
echo "$venv/bin/python"
