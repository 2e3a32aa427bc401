#!/usr/bin/env bash
# Runs the test suite under AddressSanitizer and ThreadSanitizer (issue 8, docs/guarantees.md).
# Each sanitizer builds in its own folder (.build-asan, .build-tsan), the ordinary .build is left
# alone. The end-to-end tests run the sanitized `lavande` binary too: it inherits the options below.
#
#   scripts/sanitizers.sh                         # both, the whole suite
#   scripts/sanitizers.sh thread                  # one of them
#   scripts/sanitizers.sh address -- --filter HostileInputTests   # arguments after -- go to swift test
#
# Exit code: 0 when every run passed, else 1 (the failing sanitizers are named at the end).
set -uo pipefail
cd "$(dirname "$0")/.."

if ! command -v swift >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swift ]; then
    export PATH="/opt/swift/usr/bin:$PATH"
fi

sanitizers=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    case "$1" in
        address|thread) sanitizers+=("$1") ;;
        *) echo "usage: $0 [address|thread]... [-- swift test arguments]" >&2; exit 2 ;;
    esac
    shift
done
[ "${1:-}" = "--" ] && shift
[ ${#sanitizers[@]} -eq 0 ] && sanitizers=(address thread)

# LeakSanitizer is off: it cannot see the references Swift keeps in tagged words (Data, enums with
# payloads) and reports them as leaks, starting with the build-tool plugin's own run. An ASan error
# in a child `lavande` exits with 86, which no test mistakes for a documented exit code (0 to 3).
export ASAN_OPTIONS="detect_leaks=0:exitcode=86${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
# A data race reported in a child ends it with 66 (TSan's default), after the run.
export TSAN_OPTIONS="exitcode=66${TSAN_OPTIONS:+:$TSAN_OPTIONS}"

failed=()
for sanitizer in "${sanitizers[@]}"; do
    scratch=".build-${sanitizer:0:1}san"
    echo "== swift test --sanitize=$sanitizer --scratch-path $scratch $*" >&2
    if ! swift test --sanitize="$sanitizer" --scratch-path "$scratch" "$@"; then
        failed+=("$sanitizer")
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "failed under: ${failed[*]}" >&2
    exit 1
fi
echo "passed under: ${sanitizers[*]}" >&2
