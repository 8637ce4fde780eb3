#!/usr/bin/env bash
# Load benchmark: the IQ Chat Guide interview against a stock Bot Framework echo bot, same machine, same run.
#   bash bench/run.sh [--storage Sqlite,Memory,Redis] [--conversations 32] [--seconds 15] [--warmup 5]
# Builds Release, starts the echo bot and then the guide bot once per storage, drives each with bench/LoadGen
# (32 concurrent conversations walking the interview with expectReplies) and prints turns/s, p50, p99 and
# the ratio to the echo bot.
set -euo pipefail
cd "$(dirname "$0")/.."

storages="Sqlite,Memory,Redis"
conversations=32
seconds=15
warmup=5
while [ $# -gt 0 ]; do
  case "$1" in
    --storage|--storages) storages="$2"; shift 2 ;;
    --conversations) conversations="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

work=$(mktemp -d /tmp/iqcg-bench.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

wait_ready() { # url
  for _ in $(seq 1 150); do
    if curl -fs "$1" >/dev/null 2>&1; then return 0; fi
    sleep 0.2
  done
  echo "not ready: $1" >&2; return 1
}

echo "Building Release …"
dotnet build src/Bot/Bot.csproj -c Release -nologo -v quiet >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
dotnet build bench/EchoBot/EchoBot.csproj -c Release -nologo -v quiet >>"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
dotnet build bench/LoadGen/LoadGen.csproj -c Release -nologo -v quiet >>"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }

bot_dll=src/Bot/bin/Release/net10.0/IqChatGuide.Bot.dll
echo_dll=bench/EchoBot/bin/Release/net10.0/IqChatGuide.EchoBot.dll
loadgen_dll=bench/LoadGen/bin/Release/net10.0/IqChatGuide.LoadGen.dll
export ASPNETCORE_ENVIRONMENT=Production
export Logging__LogLevel__Default=Warning
export DOTNET_TieredPGO=1

run_load() { # label url
  dotnet "$loadgen_dll" --url "$2" --label "$1" --conversations "$conversations" --seconds "$seconds" --warmup "$warmup" | tee -a "$work/results.txt"
}

stop_last() { local pid=${pids[-1]}; kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; unset 'pids[-1]'; }

port=$(free_port)
dotnet "$echo_dll" --urls "http://127.0.0.1:$port" >"$work/echo.log" 2>&1 &
pids+=($!)
wait_ready "http://127.0.0.1:$port/healthz"
run_load echo "http://127.0.0.1:$port"
stop_last

IFS=',' read -ra list <<<"$storages"
for storage in "${list[@]}"; do
  extra=()
  if [ "$storage" = "Redis" ]; then
    command -v redis-server >/dev/null || { echo "redis-server is not installed (./test.sh installs it)" >&2; exit 1; }
    rport=$(free_port)
    mkdir -p "$work/redis"
    redis-server --port "$rport" --bind 127.0.0.1 --dir "$work/redis" --appendonly yes --save "" --daemonize no --loglevel warning >"$work/redis.log" 2>&1 &
    pids+=($!)
    sleep 0.5
    extra=(ConnectionStrings__Redis="127.0.0.1:$rport")
  fi
  port=$(free_port)
  env Storage__Provider="$storage" ConnectionStrings__Sqlite="Data Source=$work/bench-$storage.db" "${extra[@]}" \
    dotnet "$bot_dll" --urls "http://127.0.0.1:$port" >"$work/bot-$storage.log" 2>&1 &
  pids+=($!)
  wait_ready "http://127.0.0.1:$port/readyz"
  run_load "guide-$storage" "http://127.0.0.1:$port"
  stop_last
  if [ "$storage" = "Redis" ]; then stop_last; fi
done

echo
echo "IQ Chat Guide benchmark: $conversations concurrent conversations, ${seconds}s measured after ${warmup}s warm-up, $(nproc) cores"
python3 - "$work/results.txt" <<'PY'
import sys, re
rows = []
for line in open(sys.argv[1]):
    if line.startswith("RESULT "):
        parts = line.split()
        label = parts[1]
        kv = dict(p.split("=", 1) for p in parts[2:])
        rows.append((label, kv))
echo = next((kv for label, kv in rows if label == "echo"), None)
print(f"{'bot':<14} {'turns/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'cases':>6} {'vs echo':>8}")
for label, kv in rows:
    ratio = float(kv["turns_per_s"]) / float(echo["turns_per_s"]) if echo and float(echo["turns_per_s"]) > 0 else float("nan")
    print(f"{label:<14} {float(kv['turns_per_s']):>9.1f} {float(kv['p50_ms']):>8.2f} {float(kv['p99_ms']):>8.2f} {kv['errors']:>7} {kv['cases']:>6} {ratio:>7.2f}x")
PY
