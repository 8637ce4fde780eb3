#!/usr/bin/env bash
# Runs the whole test suite. Installs what the tests need when it is missing:
# redis-server (Redis tests) and chromium (widget tests in a real browser).
set -euo pipefail
cd "$(dirname "$0")"

need=()
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} …"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

dotnet build IqChatGuide.sln -c Debug -nologo -v quiet
set +e
dotnet test --solution IqChatGuide.sln --no-build -c Debug 2>&1 | tee /tmp/iqchatguide-test.log
status=${PIPESTATUS[0]}
set -e
# One closing line that any reader of the log understands: "tests: N passed, N failed, N skipped".
passed=$(grep -E '^\s*succeeded:' /tmp/iqchatguide-test.log | tail -1 | grep -oE '[0-9]+' || echo 0)
failed=$(grep -E '^\s*failed:' /tmp/iqchatguide-test.log | tail -1 | grep -oE '[0-9]+' || echo 0)
skipped=$(grep -E '^\s*skipped:' /tmp/iqchatguide-test.log | tail -1 | grep -oE '[0-9]+' || echo 0)
echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
