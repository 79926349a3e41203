#!/usr/bin/env bash
# Fuzzes the readers, the pipeline and the writers with libFuzzer (docs/fuzzing.md).
#
#   scripts/fuzz.sh SECONDS [extra libFuzzer arguments]
#
# Builds the byline-fuzz product with the fuzzer and address sanitizers in .build-fuzz, seeds a
# corpus, runs libFuzzer for SECONDS and prints executions and coverage. The corpus grows in
# .fuzz/corpus across runs; crash, timeout and OOM inputs land in .fuzz/artifacts (both
# git-ignored). Exits non-zero when the run left a new artifact or libFuzzer failed.
set -euo pipefail

if [[ $# -lt 1 || ! $1 =~ ^[0-9]+$ ]]; then
    echo "usage: scripts/fuzz.sh SECONDS [extra libFuzzer arguments]" >&2
    exit 2
fi
seconds=$1
shift

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
work=.fuzz
seeds=$work/seeds
mkdir -p "$work/corpus" "$work/artifacts" "$seeds"

echo "== building byline-fuzz (release, -sanitize=fuzzer,address)"
# The same flags for the build and the path query: a query without them would describe another
# build, and the next build would relink without the fuzzer's instrumentation.
# One -sanitize=fuzzer,address for swiftc: of two separate -sanitize flags (what
# `--sanitize fuzzer --sanitize address` passes) swiftc keeps only the last, and the code would
# have no coverage instrumentation. `--sanitize fuzzer` still makes SwiftPM link libFuzzer.
build=(swift build -c release --scratch-path .build-fuzz --product byline-fuzz
    --sanitize fuzzer -Xswiftc -sanitize=fuzzer,address -Xswiftc -DBYLINE_FUZZ)
"${build[@]}" 2>&1 | grep -v "Cannot export local symbol" || true
binary=$("${build[@]}" --show-bin-path)/byline-fuzz
[[ -x $binary ]] || { echo "fuzz build failed" >&2; exit 1; }

echo "== seeding $seeds"
rm -f "$seeds"/*
# The repository's samples and their gold files.
for file in seeds/*.txt seeds/gold/*; do
    [[ -f $file ]] && cp "$file" "$seeds/$(basename "$file")"
done
# A few lines of the shared data, when the checkout has it next to it.
shared=../shared/data
if [[ -f $shared/conll2003/train.txt ]]; then
    head -n 60 "$shared/conll2003/train.txt" > "$seeds/conll2003-train-head.conll"
    sed -n '200,260p' "$shared/conll2003/valid.txt" > "$seeds/conll2003-valid-part.conll"
fi
if [[ -f $shared/sbd/golden_rules_en.jsonl ]]; then
    head -n 5 "$shared/sbd/golden_rules_en.jsonl" > "$seeds/golden-rules-head.jsonl"
    python3 - "$shared/sbd/golden_rules_en.jsonl" "$seeds" <<'PY'
import json, sys
for number, line in enumerate(open(sys.argv[1], encoding="utf-8")):
    if number % 5 == 0:
        text = json.loads(line)["text"]
        open(f"{sys.argv[2]}/golden-rule-{number:03d}.txt", "w", encoding="utf-8").write(text)
PY
fi
# Hand-made samples: bad UTF-8, controls, typographic quotes, the formats' corner cases.
printf 'Caf\xe9 au lait \xff\xfe costs $3.\n' > "$seeds/bad-utf8.txt"
printf 'He said\v"no"\f and left.\x85Then\x1b[0m 2\xc2\xa0000 people\r\nvoted.\r' > "$seeds/controls.txt"
printf '\xef\xbb\xbf\xe2\x80\x9cWe will win,\xe2\x80\x9d said Mr. Smith, 42. \xe2\x80\x98Not so,\xe2\x80\x99 she replied \xe2\x80\x94 twice.\n' > "$seeds/typographic-quotes.txt"
printf -- '-DOCSTART- -X- -X- O\n\nU.S. NNP B-NP B-LOC\nsaid VBD B-VP O\n\n-DOCSTART- -X- -X- O\n' > "$seeds/docstart.conll"
printf '# global.columns = ID FORM MISC BYLINE:NE\n# newdoc id = d\n# text = Obama spoke.\n1\tObama\tTokenRange=0:5\tB-PER\n2\tspoke\tSpaceAfter=No\tO\n3\t.\t_\tO\n\n' > "$seeds/plus.conllu"
printf '{"id":"a","text":"Paris is big.","tokens":[{"start":0,"end":5},{"start":6,"end":8}],"entities":[{"start":0,"end":5,"type":"LOC"}]}\n' > "$seeds/tokens.jsonl"
printf 'EU B-ORG B-ORG\nrejects O O\n-X- O O\nGerman B-MISC I-MISC\n' > "$seeds/tagged.txt"

echo "== fuzzing for $seconds s (progress in $work/last-run.log)"
before=$(ls "$work/artifacts" | wc -l)
status=0
# Swift's own crash backtracer reads the stack in a way ASan reports as a second error.
export SWIFT_BACKTRACE=enable=no
# Allocations of Swift's one-time global initializers are kept for the process's life.
export LSAN_OPTIONS=suppressions=$root/scripts/fuzz-lsan.supp:print_suppressions=0
# -rss_limit_mb: the entity model and ASan's shadow memory need more than the default 2 GB.
"$binary" "$work/corpus" "$seeds" \
    -dict=scripts/fuzz.dict -max_total_time="$seconds" -max_len=4096 -timeout=20 -rss_limit_mb=4096 \
    -artifact_prefix="$work/artifacts/" -print_final_stats=1 "$@" > "$work/last-run.log" 2>&1 || status=$?

echo "== summary"
grep -E '^#[0-9]+' "$work/last-run.log" | tail -n 1 || true
grep -E '^(Done|stat::)|ERROR: |SUMMARY: |Fatal error' "$work/last-run.log" || true
echo "corpus: $(ls "$work/corpus" | wc -l) inputs"
after=$(ls "$work/artifacts" | wc -l)
if (( after > before )); then
    echo "FINDINGS: $((after - before)) new artifact(s) in $work/artifacts:" >&2
    ls -t "$work/artifacts" | head -n $((after - before)) >&2
    exit 1
fi
exit "$status"
