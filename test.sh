#!/usr/bin/env bash
# Runs the whole test suite. Installs what the tests need when it is missing:
# redis-server (Redis tests) and chromium (widget tests in a real browser).
# Ends with one line: "tests: N passed, N failed, N skipped". Exit code 0 only when the build succeeded
# and every test passed. The suite is limited to 15 minutes.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

need=()
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} …"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

log=$(mktemp /tmp/iqchatguide-test.XXXXXX.log)
trap 'rm -f "$log"' EXIT

# pipefail (set above) makes the pipeline fail when the build fails, even through tee.
if ! dotnet build IqChatGuide.sln -c Debug -nologo -v quiet 2>&1 | tee "$log"; then
  echo "build failed"
  echo "tests: 0 passed, 0 failed, 0 skipped"
  exit 1
fi

set +e
timeout --kill-after=30s 15m dotnet test --solution IqChatGuide.sln --no-build -c Debug 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
[ "$status" -eq 124 ] && echo "the test suite took longer than 15 minutes"

# The summary of the whole run is the last "Test run summary" block.
count() { grep -E "^\s*$1:" "$log" | tail -1 | grep -oE '[0-9]+' | head -1 || true; }
passed=$(count succeeded); failed=$(count failed); skipped=$(count skipped)
echo "tests: ${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
exit "$status"
