#!/usr/bin/env bash
# Two instances behind HAProxy on one PostgreSQL, the load test through HAProxy, and one instance
# killed (kill -9) in the middle of it: its residents open the page again on the other and go on
# with their responses (decision 0026). Afterwards tools/loadtest.sh checks that PostgreSQL holds
# exactly what the residents sent (nothing lost, nothing twice), and this script that every
# response completed during the run has its fourteen answers.
#   tools/scale-run.sh [scenario]        (default: 300, with SCALE_USERS residents)
# Settings: SCALE_USERS (150), SCALE_KILL_AFTER (40: seconds into the measured run),
# SCALE_PORT (18190: HAProxy; the instances take the next two), SCALE_DB (platskompassen_scale,
# created anew; run as root, or create it yourself), SCALE_HEAP (512m a instance), SCALE_POOL
# (10 connections a instance, plus one for live updates; decision 0026).
# HAProxy (Debian package haproxy) runs as this script's own process with docker/haproxy.cfg,
# never as the system's service. Logs and figures: target/load/ (scale-*.log, report-*.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/pick-jdk.sh
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"

scenario="${1:-300}"
users="${SCALE_USERS:-150}"
kill_after="${SCALE_KILL_AFTER:-40}"
port="${SCALE_PORT:-18190}"
port_a=$((port + 1))
port_b=$((port + 2))
db="${SCALE_DB:-platskompassen_scale}"
heap="${SCALE_HEAP:-512m}"
pool="${SCALE_POOL:-10}"
out=target/load
jar=target/platskompassen-0.1.0-SNAPSHOT.jar
haproxy_bin=$(command -v haproxy || echo /usr/sbin/haproxy)
[ -x "$haproxy_bin" ] || { echo "HAProxy is not installed (Debian package haproxy)" >&2; exit 2; }
mkdir -p "$out"
rm -rf "$out/access"
if [ ! -f "$jar" ]; then
  echo "Building the jar ..."
  ./mvnw -B -q package -DskipTests
fi
if [ "$(id -u)" = 0 ] && command -v runuser > /dev/null; then
  runuser -u postgres -- psql -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db OWNER platskompassen" > /dev/null
fi

pids=()
stop_all() {
  for pid in "${pids[@]}"; do
    if kill -0 "$pid" 2> /dev/null; then kill "$pid" 2> /dev/null || true; fi
  done
  for pid in "${pids[@]}"; do wait "$pid" 2> /dev/null || true; done
}
trap stop_all EXIT

# One instance; only "a" creates the demo content (two filling an empty database at once would both try).
start_instance() {
  local name=$1 instance_port=$2 profiles=$3
  "$java_cmd" -Xms"$heap" -Xmx"$heap" -XX:+UseG1GC -jar "$jar" \
    --server.port="$instance_port" --spring.profiles.active="$profiles" \
    --spring.datasource.url="jdbc:postgresql://localhost:5432/$db" \
    --spring.datasource.username=platskompassen --spring.datasource.password=platskompassen \
    --server.forward-headers-strategy=native --spring.datasource.hikari.maximum-pool-size="$pool" \
    --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$PWD/$out/access" \
    --server.tomcat.accesslog.prefix="access-$name" --server.tomcat.accesslog.rotate=false \
    --server.tomcat.accesslog.buffered=false --server.tomcat.accesslog.pattern='%S "%r" %s %{ms}T' \
    > "$out/scale-$name.log" 2>&1 &
  pids+=($!)
}
await_health() {
  local url=$1 what=$2
  for _ in $(seq 1 240); do
    if curl -fs "$url/actuator/health" > /dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "$what did not say UP at $url within 240 s; see $out/scale-*.log" >&2
  exit 1
}

echo "Starting two instances on ports $port_a and $port_b (database $db, heap $heap each) ..."
start_instance a "$port_a" postgres,demo
pid_a=${pids[-1]}
start_instance b "$port_b" postgres
pid_b=${pids[-1]}
await_health "http://127.0.0.1:$port_a" "Instance a"
await_health "http://127.0.0.1:$port_b" "Instance b"
PK_LISTEN="127.0.0.1:$port" PK_APP_A="127.0.0.1:$port_a" PK_APP_B="127.0.0.1:$port_b" \
  "$haproxy_bin" -db -f docker/haproxy.cfg > "$out/scale-haproxy.log" 2>&1 &
pids+=($!)
await_health "http://127.0.0.1:$port" "HAProxy"
echo "HAProxy at http://127.0.0.1:$port in front of a (pid $pid_a) and b (pid $pid_b)"

# The load test through HAProxy; the server CPU and heap it reports are the survivor's (b).
gatling_log="$out/gatling-$scenario.log"
rm -f "$gatling_log"
LOAD_BASE_URL="http://127.0.0.1:$port" LOAD_DB="$db" LOAD_SERVER_PID="$pid_b" LOAD_HEAP="$heap" LOAD_FAILOVER=true \
  LOAD_ARGS="-Dload.users=$users ${LOAD_ARGS:-}" tools/loadtest.sh "$scenario" &
load=$!

# kill -9 of instance a, SCALE_KILL_AFTER seconds after the measured run began (after the warm-up).
until grep -q "Load scenario:" "$gatling_log" 2> /dev/null; do
  kill -0 "$load" 2> /dev/null || break
  sleep 1
done
run_started=$(date -u '+%Y-%m-%d %H:%M:%S+00')
sleep "$kill_after"
if kill -0 "$load" 2> /dev/null; then
  echo "kill -9 of instance a (pid $pid_a), $kill_after s into the run; machine load average: $(cut -d' ' -f1-3 /proc/loadavg)" \
    | tee "$out/scale-kill.txt"
  kill -9 "$pid_a"
fi
status=0
wait "$load" || status=$?

# Every response completed during the run holds its fourteen answers, each once.
export PGPASSWORD=platskompassen
incomplete=$(psql -h localhost -U platskompassen -d "$db" -tA -c "
  SELECT count(*) FROM response r WHERE r.completed_at IS NOT NULL AND r.started_at >= '$run_started'
     AND (SELECT count(DISTINCT a.theme_code) FROM answer a WHERE a.response_id = r.id) <> 14")
report="$out/report-$scenario.txt"
if [ "$incomplete" = 0 ]; then
  echo "database     every response completed during the run has its 14 answers" | tee -a "$report"
else
  echo "database     $incomplete responses completed during the run lack answers" | tee -a "$report"
  status=1
fi
echo "instances    $(grep -c '' "$out"/access/access-a* 2> /dev/null || echo 0) requests on a (killed)," \
  "$(grep -c '' "$out"/access/access-b* 2> /dev/null || echo 0) on b; machine load average now: $(cut -d' ' -f1-3 /proc/loadavg)" \
  | tee -a "$report"
if [ "$status" = 0 ]; then echo "SCALE RUN PASSED"; else echo "SCALE RUN FAILED"; fi
exit "$status"
