#!/usr/bin/env bash
# Publishes samples/NativeAot with NativeAOT and fails on any warning (trim IL2xxx, AOT IL3xxx or other), then runs the
# native binary against its embedded Flowable emulator and fails unless every job ends as expected.
#
#   samples/NativeAot/publish-check.sh [output-directory]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$(mktemp -d)}"
mkdir -p "$out"
log="$out/publish.log"

echo "Publishing $here/NativeAot.csproj to $out/app (log: $log)"
# A clean project so the compiler and ILC analyse everything again; warnings are not errors here so that the log
# lists every one of them.
rm -rf "$here/bin" "$here/obj"
if ! dotnet publish "$here/NativeAot.csproj" -c Release -o "$out/app" -p:TreatWarningsAsErrors=false > "$log" 2>&1; then
    cat "$log"
    echo "FAIL: publish failed" >&2
    exit 1
fi

warnings="$(grep -Ei 'warning [A-Z]+[0-9]+' "$log" | sort -u || true)"
if [[ -n "$warnings" ]]; then
    echo "$warnings"
    echo "FAIL: $(echo "$warnings" | wc -l) warning(s) in the NativeAOT publish" >&2
    exit 1
fi
echo "Published with no warnings: $(du -h "$out/app/NativeAot" | cut -f1) native binary"

run="$out/run.log"
if ! (cd "$out/app" && timeout 300 ./NativeAot > "$run" 2>&1); then
    cat "$run"
    echo "FAIL: the native binary did not exit 0" >&2
    exit 1
fi

if ! grep -q '^Every job ended as expected\.$' "$run"; then
    cat "$run"
    echo "FAIL: the native binary did not report every job as expected" >&2
    exit 1
fi

grep -E '^(approveOrder|chargeCard|shipOrder) ' "$run"
echo "OK: NativeAOT publish has zero warnings and the binary ran every job as expected"
