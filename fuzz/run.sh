#!/usr/bin/env bash
# Builds the two fuzz targets with libFuzzer and the address sanitizer, prepares their seed
# corpora, and runs each for a bounded time, one after the other (see docs/fuzzing.md).
#
#   fuzz/run.sh [SECONDS] [TARGET…]    SECONDS per target (default 60); TARGET: reader, rulebook (default both)
#
# Kept between runs (all ignored by git): fuzz/.build (the build), fuzz/corpus/TARGET (the inputs
# libFuzzer found interesting: a later run starts from them), fuzz/crashes/ (crashing, timing-out
# and memory-hungry inputs, named by libFuzzer), fuzz/logs/TARGET.log. fuzz/seeds/ is rebuilt on
# each run. Exit code 1 when a target found something.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repository=$(dirname "$here")
corpus_root=${LAVANDE_CORPUS:-$(dirname "$repository")/shared/corpus}
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(reader rulebook)

# 1. Build. Every Swift module (the main package's, Yams's) gets the address sanitizer and
# libFuzzer's coverage instrumentation, and so does libyaml (C); the fuzz targets also link
# libFuzzer (fuzz/Package.swift). Release mode: five times as many executions per second as debug,
# with the same checks (bounds, overflow, preconditions). lld, because gold fails on the
# sanitized build tool. The build tool of the main package runs sanitized during the build: its
# leaks at exit are not ours to judge.
echo "== building (release, address sanitizer, libFuzzer coverage): fuzz/logs/build.log"
mkdir -p "$here/logs"
ASAN_OPTIONS=detect_leaks=0 swift build -c release --package-path "$here" --scratch-path "$here/.build" \
    -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp \
    -Xswiftc -use-ld=lld \
    -Xcc -fsanitize=address -Xcc -fsanitize-coverage=inline-8bit-counters,pc-table,trace-cmp \
    > "$here/logs/build.log" 2>&1 || { grep -E "error" "$here/logs/build.log" | head -20 >&2; echo "build failed" >&2; exit 2; }
bin="$here/.build/release"

# 2. Seeds.
seeds="$here/seeds"
rm -rf "$seeds"
mkdir -p "$seeds/reader" "$seeds/rulebook"
# Reader: every file of samples/ and of the shared corpus, cut to 64 KiB (the beginning of a large
# file holds what the sniffer sees; the rest is more of the same), named after its path.
for root in "$repository/samples" "$corpus_root"; do
    [ -d "$root" ] || { echo "no $root: its files are not seeds" >&2; continue; }
    while IFS= read -r -d '' file; do
        name=$(basename "$root")-$(printf '%s' "${file#"$root"/}" | tr '/' '_')
        head -c 65536 "$file" > "$seeds/reader/$name"
    done < <(find "$root" -type f -print0)
done
# Rule books: every book of rules/, and every string literal of the tests that holds rule-book
# YAML (unescaped; literals with interpolations are left out).
cp "$repository"/rules/*.yaml "$seeds/rulebook/"
python3 - "$repository/Tests" "$seeds/rulebook" <<'PYTHON'
import pathlib, re, sys
tests, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
literal = re.compile(r'"""\n(.*?)\n\s*"""|"((?:[^"\\\n]|\\.)*)"', re.S)
escapes = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "'": "'", "\\": "\\", "0": "\0"}
count = 0
for path in sorted(tests.rglob("*.swift")):
    for match in literal.finditer(path.read_text(encoding="utf-8")):
        text = match.group(1) if match.group(1) is not None else match.group(2)
        if "\\(" in text or not re.search(r"^\s*-?\s*(lavande|kind|checks|types|id):", text, re.M):
            continue
        if match.group(1) is not None:  # a multi-line literal: remove the closing delimiter's indentation
            lines = text.split("\n")
            indent = min((len(l) - len(l.lstrip(" ")) for l in lines if l.strip()), default=0)
            text = "\n".join(l[indent:] for l in lines)
        text = re.sub(r"\\(.)", lambda m: escapes.get(m.group(1), m.group(0)), text)
        count += 1
        (out / f"test-{path.stem}-{count}.yaml").write_text(text, encoding="utf-8")
print(f"{count} rule-book snippets from the tests")
PYTHON
echo "seeds: $(ls "$seeds/reader" | wc -l) files for the reader, $(ls "$seeds/rulebook" | wc -l) rule books"

# 3. Runs, one at a time (libFuzzer's -fork or -jobs would use every core).
mkdir -p "$here/crashes"
found=0
for target in "${targets[@]}"; do
    case $target in
        reader) binary=FuzzReader; leaks=1 ;;
        # The loader runs once per command: a leak there costs little, and libFuzzer's check for
        # leaks after each input would cut the executions per second by three (leaks are still
        # looked for when the run ends).
        rulebook) binary=FuzzRuleBook; leaks=0 ;;
        *) echo "unknown target $target (reader, rulebook)" >&2; exit 2 ;;
    esac
    mkdir -p "$here/corpus/$target"
    echo "== $target: $seconds s"
    status=0
    (cd "$here" && LSAN_OPTIONS=suppressions="$here/lsan.supp" "$bin/$binary" "corpus/$target" "seeds/$target" \
        -dict="dictionaries/$target.dict" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
        -detect_leaks=$leaks -print_final_stats=1 -artifact_prefix="crashes/$target-") \
        > "$here/logs/$target.log" 2>&1 || status=$?
    grep -E "^#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb|^(==[0-9]+==)?ERROR|SUMMARY|artifact_prefix|Test unit written" \
        "$here/logs/$target.log" || true
    if [ $status -ne 0 ]; then
        found=1
        echo "!! $target stopped with status $status: see fuzz/logs/$target.log and fuzz/crashes/"
    fi
done
exit $found
