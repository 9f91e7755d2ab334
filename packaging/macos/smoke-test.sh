#!/usr/bin/env bash
# Checks the built Keyhaven.app's launcher as the command line, as a Mac user's terminal or script uses
# it: exit codes and standard input and output pass through.
# Usage (after ./mvnw -Pinstaller package): packaging/macos/smoke-test.sh [path/to/Keyhaven.app]
set -euo pipefail
app=${1:-target/installer-work/image/Keyhaven.app}
launcher="$app/Contents/MacOS/Keyhaven"
fail() { echo "Keyhaven.app smoke test: $*" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export KEYHAVEN_VAULT="$work/Application Support/vault.keyhaven"
export KEYHAVEN_PASSWORD="smoke test: violet anchor 4711 tundra"

version=$("$launcher" --version)
[[ $version == Keyhaven* ]] || fail "--version printed '$version'"
echo "ok: $version ($(uname -m), launcher: $(file -b "$launcher"))"

"$launcher" init >/dev/null || fail "init did not exit 0"
printf '%s\n' 6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b 22582BD0CFF14C41EDBF1AB98506286D Smoke-Pass-1! \
  | "$launcher" add --label smoke --env demo --base-url http://127.0.0.1:9 >/dev/null \
  || fail "add did not read the key from standard input"
"$launcher" list --json | grep -q '"smoke"' || fail "list --json did not reach standard output"
echo "ok: standard input and output"

set +e
"$launcher" run smoke -- sh -c 'exit 7' 2>/dev/null; run_code=$?
KEYHAVEN_PASSWORD="not the password" "$launcher" list >/dev/null 2>&1; wrong_code=$?
set -e
[ "$run_code" -eq 7 ] || fail "run passed exit code $run_code, not the program's 7"
[ "$wrong_code" -eq 3 ] || fail "a wrong password exited $wrong_code, not 3"
echo "ok: exit codes"
