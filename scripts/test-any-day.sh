#!/usr/bin/env bash
# Runs the test suite as if on another day and in other time zones, to prove that no test
# depends on the date or the zone it runs in (issue 11). Needs faketime (Debian: faketime).
#
#   scripts/test-any-day.sh            # +1 year, then TZ=Pacific/Kiritimati and America/Adak
#   scripts/test-any-day.sh '+3650d'   # another offset
#
# faketime hangs cargo itself, so the test executables are built first and run directly.
set -euo pipefail
cd "$(dirname "$0")/.."
offset="${1:-+1 year}"
command -v faketime >/dev/null || { echo "faketime is not installed (apt-get install faketime)" >&2; exit 2; }

mapfile -t binaries < <(cargo test --no-run --message-format=json 2>/dev/null \
    | python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m.get("executable") and m["profile"]["test"]:
        print(m["executable"])')

status=0
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
run_all() {
    local label="$1"; shift
    for binary in "${binaries[@]}"; do
        if ! "$@" "$binary" -q >"$log" 2>&1; then
            echo "FAILED ($label): $binary" >&2
            grep -E "panicked at|^    [a-z_]+$|FAILED" "$log" >&2 || tail -40 "$log" >&2
            status=1
        fi
    done
    echo "$label: ${#binaries[@]} test executables run" >&2
}
export FAKETIME_DONT_FAKE_MONOTONIC=1
run_all "faketime '$offset'" faketime "$offset"
TZ=Pacific/Kiritimati run_all "TZ=Pacific/Kiritimati" env
TZ=America/Adak run_all "TZ=America/Adak" env
TZ=Pacific/Kiritimati run_all "TZ=Pacific/Kiritimati, faketime '$offset'" faketime "$offset"
[ $status = 0 ] && echo "every test passed on every day and zone tried" >&2
exit $status
