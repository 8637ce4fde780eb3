#!/usr/bin/env bash
# Load benchmark: the IQ Chat Guide interview against a stock Bot Framework echo bot, same machine, same run.
#   bash bench/run.sh [--storage Sqlite,Memory,Redis] [--conversations 32] [--rounds 3] [--seconds 5] [--warmup 2] [--settle 30]
# Builds Release, starts the echo bot and then the guide bot once per storage, drives each with bench/LoadGen
# (32 concurrent conversations walking the interview with expectReplies) and prints turns/s, p50, p99 and
# the ratio to the echo bot. Each bot first runs under load for --settle seconds, unmeasured: .NET compiles
# hot code again with full optimisation while it runs (tiered compilation), and a bot with more code needs
# longer for that; a server that runs for days is measured in that settled state.
set -euo pipefail
cd "$(dirname "$0")/.."

storages="Sqlite,Memory,Redis"
conversations=32
seconds=5
warmup=2
settle=30
rounds=3
while [ $# -gt 0 ]; do
  case "$1" in
    --storage|--storages) storages="$2"; shift 2 ;;
    --conversations) conversations="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --settle) settle="$2"; shift 2 ;;
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

# Every bot is started once; then the load runs in rounds, one bot after the other, so that a change in the
# machine's load (other processes) hits all bots alike instead of deciding the ratio.
declare -A urls
declare -A cpupids
order=(echo)
port=$(free_port)
dotnet "$echo_dll" --urls "http://127.0.0.1:$port" >"$work/echo.log" 2>&1 &
pids+=($!)
urls[echo]="http://127.0.0.1:$port"
cpupids[echo]=$!
wait_ready "${urls[echo]}/healthz"

IFS=',' read -ra list <<<"$storages"
for storage in "${list[@]}"; do
  extra=()
  redis_pid=""
  if [ "$storage" = "Redis" ]; then
    command -v redis-server >/dev/null || { echo "redis-server is not installed (./test.sh installs it)" >&2; exit 1; }
    rport=$(free_port)
    mkdir -p "$work/redis"
    redis-server --port "$rport" --bind 127.0.0.1 --dir "$work/redis" --appendonly yes --save "" --daemonize no --loglevel warning >"$work/redis.log" 2>&1 &
    pids+=($!)
    redis_pid=$!
    sleep 0.5
    extra=(ConnectionStrings__Redis="127.0.0.1:$rport")
  fi
  port=$(free_port)
  env Storage__Provider="$storage" ConnectionStrings__Sqlite="Data Source=$work/bench-$storage.db" "${extra[@]}" \
    dotnet "$bot_dll" --urls "http://127.0.0.1:$port" >"$work/bot-$storage.log" 2>&1 &
  pids+=($!)
  urls[guide-$storage]="http://127.0.0.1:$port"
  cpupids[guide-$storage]="$!${redis_pid:+,$redis_pid}"   # Redis' own CPU counts as a cost of the Redis setup
  order+=("guide-$storage")
  wait_ready "${urls[guide-$storage]}/readyz"
done

# The load generator is a new process for every run: compiled fully at start (no tiering), it costs the
# same from its first request on instead of recompiling itself while it measures.
loadgen() { DOTNET_TieredCompilation=0 dotnet "$loadgen_dll" "$@"; }

if [ "$settle" -gt 0 ]; then
  echo "Settling each bot under load for ${settle}s (not measured) …"
  for label in "${order[@]}"; do
    loadgen --url "${urls[$label]}" --label "$label" --conversations "$conversations" \
      --seconds 1 --warmup "$settle" >/dev/null
  done
fi

for round in $(seq 1 "$rounds"); do
  for label in "${order[@]}"; do
    loadgen --url "${urls[$label]}" --label "$label" --conversations "$conversations" \
      --seconds "$seconds" --warmup "$warmup" --out "$work/latencies.txt" --pids "${cpupids[$label]}" | tee -a "$work/results.txt"
  done
done

echo
echo "IQ Chat Guide benchmark: $conversations concurrent conversations, $rounds rounds x ${seconds}s per bot (after ${settle}s settling and ${warmup}s warm-up), $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg)"
python3 - "$work/results.txt" "$work/latencies.txt" <<'PY'
import sys, math, collections
turns = collections.Counter(); secs = collections.Counter(); errors = collections.Counter(); cases = collections.Counter(); cpu = collections.Counter(); order = []
for line in open(sys.argv[1]):
    if not line.startswith("RESULT "): continue
    parts = line.split(); label = parts[1]; kv = dict(p.split("=", 1) for p in parts[2:])
    if label not in order: order.append(label)
    turns[label] += int(kv["turns"]); secs[label] += float(kv["seconds"]); errors[label] += int(kv["errors"]); cases[label] += int(kv["cases"]); cpu[label] += float(kv.get("cpu_ms", 0))
lat = collections.defaultdict(list)
for line in open(sys.argv[2]):
    label, ms = line.split(); lat[label].append(float(ms))
def pct(v, p):
    v = sorted(v); return v[min(len(v) - 1, math.ceil(p * len(v)) - 1)] if v else float("nan")
rate = {l: turns[l] / secs[l] if secs[l] else 0.0 for l in order}
cpt = {l: cpu[l] / turns[l] if turns[l] else float("nan") for l in order}
print(f"{'bot':<14} {'turns/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'cases':>6} {'vs echo':>8} {'cpu ms/turn':>12} {'cpu vs echo':>12}")
for l in order:
    ratio = rate[l] / rate["echo"] if rate.get("echo") else float("nan")
    cratio = cpt["echo"] / cpt[l] if cpt.get("echo") and cpt[l] else float("nan")
    print(f"{l:<14} {rate[l]:>9.1f} {pct(lat[l], .5):>8.2f} {pct(lat[l], .99):>8.2f} {errors[l]:>7} {cases[l]:>6} {ratio:>7.2f}x {cpt[l]:>12.2f} {cratio:>11.2f}x")
print("vs echo = turns/s ratio (wall clock, shares the machine with everything else running);")
print("cpu vs echo = echo's CPU time per turn / this bot's (server processes only, incl. redis-server).")
PY
