#!/usr/bin/env bash
# Measures how long the packaged jar takes, in an empty folder, until /actuator/health is UP
# (demo content included). Usage: tools/startup-time.sh [runs] [extra java options...]
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/pick-jdk.sh
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=$(ls target/platskompassen-*.jar | grep -v original | head -n 1)
runs=${1:-5}
shift || true
port=${PORT:-18080}
times=()
for run in $(seq 1 "$runs"); do
  dir=$(mktemp -d)
  start=$(date +%s%N)
  (cd "$dir" && exec "$java_cmd" "$@" -jar "$OLDPWD/$jar" --server.port="$port" > run.log 2>&1) &
  pid=$!
  up=""
  for _ in $(seq 1 600); do
    if curl -fs "http://localhost:$port/actuator/health" 2> /dev/null | grep -q '"UP"'; then
      up=$(( ($(date +%s%N) - start) / 1000000 ))
      break
    fi
    sleep 0.1
  done
  kill "$pid" 2> /dev/null; wait "$pid" 2> /dev/null || true
  rm -rf "$dir"
  [ -n "$up" ] || { echo "run $run: did not come up within 60 s" >&2; exit 1; }
  echo "run $run: UP after $up ms"
  times+=("$up")
  sleep 2
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median of $runs runs: $median ms (target: 15000 ms)"
