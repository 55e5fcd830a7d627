#!/usr/bin/env bash
# The load test: virtual residents answer the demo dialogues through Vaadin's real protocol
# (Gatling, src/load/java/se/platskompassen/load) against the production jar on PostgreSQL.
#   tools/loadtest.sh [small|300|1000|stress|burst|heap]     (default: small, 30 residents)
#     small    30 residents, think 0.5-1 s, ramp 10 s, a projector watched: proves the whole chain quickly
#     300      300 residents, think 1-3 s, ramp 60 s
#     1000     1,000 residents, think 1-3 s, ramp 60 s, with a projector (Chromium) open on DEMO-VUXEN
#     stress   300 residents, no think time beyond the 500 ms a new screen ignores taps
#              (response.ui.TapGuard), each answering again and again for 3 minutes; flows a minute
#     burst    40 residents opening the page in the same moment; the "navigate" row is the first screen
#     heap     300 residents who all stop on theme 7: the server's live heap a session (after a full GC)
#              and what holds it (class histogram), then how long their sessions live once they
#              are gone (resident session idle LOAD_RESIDENT_IDLE, 2m here; 10m in production)
# What it does: builds the jar when there is none, creates the database platskompassen_load anew
# (PostgreSQL at localhost:5432, user and password platskompassen; run as root, or create it
# yourself), starts the jar on it with the demo content, waits for /actuator/health, warms up with
# 30 residents (not counted in any figure), then runs the scenario and prints response times per
# step type, requests/s, the server's CPU and heap, and checks that PostgreSQL holds exactly the
# completed responses, answers, scores and comments the residents sent. Exit status 0 only when
# there were no failed requests, resyncs or expired sessions and the database check passed.
# Gatling's HTML report: target/gatling/residentsimulation-*/index.html. Figures: target/load/
# (report-<scenario>.txt; access/ holds Tomcat's access log with the server's time per request).
# Settings: LOAD_PORT (8190), LOAD_DB (platskompassen_load), LOAD_HEAP (1g), and -D overrides for
# the simulation in LOAD_ARGS, e.g. LOAD_ARGS="-Dload.users=100 -Dload.think.max=2".
# An application that is already running (tools/scale-run.sh: two instances behind HAProxy):
# LOAD_BASE_URL (its address; then nothing is built, created or started here), LOAD_DB (its
# database, which the check reads), LOAD_SERVER_PID (the process whose CPU and heap are reported;
# none: not reported) and LOAD_FAILOVER=true (an instance is killed during the run: requests that
# meet it fail and are listed, residents open the page again and go on; the database check decides).
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/pick-jdk.sh
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jcmd_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}jcmd"

scenario="${1:-small}"
case "$scenario" in small|300|1000|stress|burst|heap) ;; *) echo "usage: tools/loadtest.sh [small|300|1000|stress|burst|heap]" >&2; exit 2 ;; esac
resident_idle="${LOAD_RESIDENT_IDLE:-10m}"
if [ "$scenario" = heap ]; then resident_idle="${LOAD_RESIDENT_IDLE:-2m}"; fi
projector=()
case "$scenario" in small|1000) projector=(-Dload.projector=DEMO-VUXEN) ;; esac
if [ "$scenario" = heap ] && [ -n "${LOAD_BASE_URL:-}" ]; then
  echo "The heap scenario measures an application it starts itself: unset LOAD_BASE_URL" >&2; exit 2
fi
port="${LOAD_PORT:-8190}"
db="${LOAD_DB:-platskompassen_load}"
heap="${LOAD_HEAP:-1g}"
out=target/load
mkdir -p "$out"
jar=target/platskompassen-0.1.0-SNAPSHOT.jar
base_url="${LOAD_BASE_URL:-}"
failover="${LOAD_FAILOVER:-false}"

export PGPASSWORD=platskompassen
psql_load() { psql -h localhost -U platskompassen -d "$db" -tA -F ' ' "$@"; }

start_app() {
  if [ ! -f "$jar" ]; then
    echo "Building the jar ..."
    ./mvnw -B -q package -DskipTests
  fi
  if [ "$(id -u)" = 0 ] && command -v runuser > /dev/null; then
    runuser -u postgres -- psql -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db OWNER platskompassen" > /dev/null
  fi

  # -Xms equal to -Xmx, as a production run should have it: a JVM that starts small grows its heap
  # under load in steps with full collections in between, which stalled every request for seconds
  # in a 1,000-resident run (issue 15); a server that has the memory should take it at once.
  # The start limits of decision 0019 stay as in production: the scenarios spread the residents
  # over three dialogues and start each response in a session of its own.
  rm -rf "$out/access"
  echo "Starting the application on port $port (database $db, heap $heap) ..."
  "$java_cmd" -Xms"$heap" -Xmx"$heap" -XX:+UseG1GC -Xlog:gc:file="$out/gc.log" -jar "$jar" \
    --server.port="$port" --spring.profiles.active=postgres,demo --platskompassen.resident.session-idle="$resident_idle" \
    --spring.datasource.url="jdbc:postgresql://localhost:5432/$db" \
    --spring.datasource.username=platskompassen --spring.datasource.password=platskompassen \
    --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$PWD/$out/access" \
    --server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.rotate=false \
    --server.tomcat.accesslog.buffered=false --server.tomcat.accesslog.pattern='%S "%r" %s %{ms}T' \
    > "$out/app.log" 2>&1 &
  app=$!
  stop_app() {
    if kill -0 "$app" 2> /dev/null; then
      kill "$app"
      wait "$app" 2> /dev/null || true
    fi
  }
  trap stop_app EXIT

  for _ in $(seq 1 180); do
    if curl -fs "http://127.0.0.1:$port/actuator/health" > /dev/null 2>&1; then break; fi
    if ! kill -0 "$app" 2> /dev/null; then echo "The application did not start; see $out/app.log" >&2; exit 1; fi
    sleep 1
  done
  curl -fs "http://127.0.0.1:$port/actuator/health" > /dev/null || { echo "No health after 180 s" >&2; exit 1; }
  base_url="http://127.0.0.1:$port"
}

app=""
rm -f "$out/gc.log"
if [ -n "$base_url" ]; then
  app="${LOAD_SERVER_PID:-}"
  echo "Load on the application at $base_url (database $db)"
else
  start_app
fi

gatling() {
  local name=$1; shift
  # shellcheck disable=SC2086
  ./mvnw -B -q -Pload test-compile gatling:test -Dload.scenario="$name" \
    -Dload.baseUrl="$base_url" -Dload.counts="$PWD/$out/counts-$name.properties" \
    -Dload.failover="$failover" -Dload.serverPid="$app" -Dload.clockTicks="$(getconf CLK_TCK)" "$@" ${LOAD_ARGS:-} \
    > "$out/gatling-$name.log" 2>&1
}

echo "Warming up: 30 residents, not counted ..."
gatling warmup || { echo "The warm-up failed; see $out/gatling-warmup.log" >&2; exit 1; }

# What the database holds before the measured run: the demo content and the warm-up's residents.
db_counts() {
  psql_load -c "SELECT (SELECT count(*) FROM response WHERE completed_at IS NOT NULL),
                       (SELECT count(*) FROM answer),
                       (SELECT coalesce(sum(score), 0) FROM answer),
                       (SELECT count(*) FROM answer WHERE works_well IS NOT NULL)"
}
heap_used_now() {
  if [ -n "$app" ]; then
    "$jcmd_cmd" "$app" GC.heap_info | sed -n 's/.*garbage-first heap.* used \([0-9]*K\).*/\1/p' | head -1
  fi
}
full_gc() { if [ -n "$app" ]; then "$jcmd_cmd" "$app" GC.run > /dev/null; fi; }
# Instances and bytes a class (after the full GC that a class histogram makes).
histogram() { "$jcmd_cmd" "$app" GC.class_histogram | awk '$1 ~ /^[0-9]+:$/ { print $4, $2, $3 }'; }
count_of() { awk -v c="$1" '$1 == c { n += $2 } END { print n + 0 }' "$2"; }
vaadin_sessions() { histogram > "$out/histogram-now.txt"; count_of com.vaadin.flow.server.VaadinSession "$out/histogram-now.txt"; }

# The heap scenario: once every resident is on theme 7, the live heap and what holds it; then the
# residents go on, and the sessions they leave behind are counted until they have ended.
measure_held_sessions() {
  for _ in $(seq 1 600); do
    [ -f "$out/holding-$scenario" ] && break
    kill -0 "$gatling_pid" 2> /dev/null || return 0
    sleep 1
  done
  histogram > "$out/histogram-held.txt"
  "$jcmd_cmd" "$app" GC.run > /dev/null
  local live_held; live_held=$(heap_used_now)
  local held; held=$(cat "$out/holding-$scenario")
  echo "held         Vaadin sessions $(count_of com.vaadin.flow.server.VaadinSession "$out/histogram-held.txt"), UIs $(count_of com.vaadin.flow.component.UI "$out/histogram-held.txt") with $held residents on theme 7" > "$out/held-$scenario.txt"
  echo "${live_held%K} $(count_of com.vaadin.flow.server.VaadinSession "$out/histogram-held.txt")" > "$out/held-heap-$scenario.txt"
  touch "$out/release-$scenario"
}

read -r before_completed before_answers before_scores before_comments < <(db_counts)
if [ -n "$app" ]; then histogram > "$out/histogram-before.txt"; fi
full_gc
live_before=$(heap_used_now)

# Where each access log (one per instance) ends before the measured run.
access_before=$(for f in "$out"/access/access*; do [ -f "$f" ] && echo "$f $(wc -l < "$f")"; done || true)
new_access() {
  for f in "$out"/access/access*; do
    [ -f "$f" ] || continue
    from=$(echo "$access_before" | awk -v f="$f" '$1 == f { print $2 }')
    tail -n +"$((${from:-0} + 1))" "$f"
  done
}
gc_from=$(cat "$out/gc.log" 2> /dev/null | wc -l)
log_errors() { if [ -f "$out/app.log" ] && [ -n "$app" ]; then grep -c ' ERROR ' "$out/app.log" || true; else echo 0; fi; }
errors_before=$(log_errors)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Running scenario $scenario (machine load average before: $load_before) ..."
status=0
rm -f "$out/holding-$scenario" "$out/release-$scenario"
if [ "$scenario" = heap ]; then
  gatling "$scenario" & gatling_pid=$!
  measure_held_sessions
  wait "$gatling_pid" || status=$?
else
  gatling "$scenario" "${projector[@]}" || status=$?
fi
heap_used=$(heap_used_now)
full_gc
live_after=$(heap_used_now)
read -r after_completed after_answers after_scores after_comments < <(db_counts)

counts="$out/counts-$scenario.properties"
[ -f "$counts" ] || { echo "The simulation wrote no counts; see $out/gatling-$scenario.log" >&2; exit 1; }
sent() { sed -n "s/^$1=//p" "$counts"; }

# p50, p95 and max (nearest rank) of n numbers, one a line
percentiles() { sort -n | awk -v n="$1" '{ a[NR] = $1 } END { printf "p50 %d, p95 %d, max %d", a[int((n + 1) / 2)], a[int(0.95 * n + 0.999)], a[n] }'; }
report="$out/report-$scenario.txt"
{
  echo "Scenario $scenario, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, calibration $(sent calibration_ms) ms of fixed CPU work (as the benchmarks), load average before the run: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)"
  cat "$out/times-$scenario.txt"
  sed -n '/Global/,/^=*$/p' "$out/gatling-$scenario.log" | grep -E "^> (Global|request count)" | tail -1 || true
  echo "machine CPU  $(sent machine_cores) of the $(nproc) cores busy on average: application $(sent server_cores)," \
    "PostgreSQL $(sent postgres_cores), Gatling $(sent generator_cores), the rest (the projector's Chromium, other programs)" \
    "$(awk -v m="$(sent machine_cores)" -v a="$(sent server_cores)" -v p="$(sent postgres_cores)" -v g="$(sent generator_cores)" 'BEGIN { printf "%.2f", m - a - p - g }')"
  [ -f "$out/gc.log" ] && tail -n +"$((gc_from + 1))" "$out/gc.log" | grep -E 'Pause .*ms$' | grep -vE 'System.gc|Heap Inspection' \
    | awk '{ ms = $NF; sub(/ms/, "", ms); n++; t += ms; if (ms > m) m = ms } END { printf "server GC    %d pauses, %.0f ms in all, longest %.0f ms\n", n, t, m }'
  sessions=$(sent sessions)
  [ -z "$app" ] || awk -v u="${heap_used%K}" -v b="${live_before%K}" -v a="${live_after%K}" -v s="$sessions" -v h="$heap" \
    'BEGIN { printf "server heap  %.0f MB in use at the end (of %s); live after a full GC %.0f MB before the run, %.0f MB after with %d more sessions still open: %.0f KB a session\n", u/1024, h, b/1024, a/1024, s, (s > 0 ? (a-b)/s : 0) }'
  # The server's own time (Tomcat's access log) for a resident's first screen: the page, init and
  # the first UIDL request (the start screen) of each browser session of the measured run.
  new_access | awk '
    $1 != "-" && $3 ~ /^\/d\// { page[$1] = $NF }
    $1 != "-" && $3 ~ /v-r=init/ { init[$1] = $NF }
    $1 != "-" && $3 ~ /v-r=uidl/ && !($1 in nav) { nav[$1] = $NF }
    END { for (s in nav) if ((s in page) && (s in init)) print page[s] + init[s] + nav[s], nav[s] }' > "$out/first-screens.txt"
  new_access | awk '$3 ~ /v-r=uidl/ { print $NF }' > "$out/uidl-server.txt"
  uidl=$(wc -l < "$out/uidl-server.txt")
  if [ "$uidl" -gt 0 ]; then
    echo "UIDL server side (Tomcat's access log), $uidl requests: $(percentiles "$uidl" < "$out/uidl-server.txt") ms; p99 $(sort -n "$out/uidl-server.txt" | awk -v n="$uidl" '{ a[NR] = $1 } END { print a[int(0.99 * n + 0.999)] }') ms"
  fi
  first=$(wc -l < "$out/first-screens.txt")
  if [ "$first" -gt 0 ]; then
    echo "first screen server side (Tomcat's access log), $first sessions: page + init + start screen" \
      "$(cut -d' ' -f1 "$out/first-screens.txt" | percentiles "$first"); the start screen alone" \
      "$(cut -d' ' -f2 "$out/first-screens.txt" | percentiles "$first") ms"
  fi
  if [ -f "$out/held-$scenario.txt" ]; then cat "$out/held-$scenario.txt"; fi
  if [ "$scenario" = stress ]; then
    echo "flows/min    $(sent flows_per_minute) completed a minute after the ramp, while every resident was busy"
  else
    echo "flows/min    $(sent flows_per_minute) completed a minute on average"
  fi
  echo "errors       $(sent protocol_errors) protocol errors, $(sent resyncs) resyncs, $(sent sessions_expired) sessions expired (all failed requests: see Gatling's list in $out/gatling-$scenario.log)"
  if [ "$failover" = true ]; then
    echo "failover     $(sent moved) residents lost their instance and opened the page again, $(sent resumed) went on with their response;" \
      "$(sent arrived_unconfirmed) saves on their way had arrived, $(sent resent) answers given again"
  fi
} | tee "$report"

check() {
  local what=$1 expected=$2 actual=$3
  if [ "$expected" = "$actual" ]; then
    echo "database     $what: $actual, as sent" | tee -a "$report"
  else
    echo "database     $what: $actual in PostgreSQL, but the residents sent $expected" | tee -a "$report"
    status=1
  fi
}
check "completed responses" "$(sent completed)" $((after_completed - before_completed))
check "answers" "$(sent answers)" $((after_answers - before_answers))
check "sum of scores" "$(sent score_sum)" $((after_scores - before_scores))
check "comments" "$(sent comments)" $((after_comments - before_comments))
# With a killed instance, requests that met it fail and sessions expire by design: the database decides.
if [ "$failover" != true ]; then
  server_errors=$(( $(log_errors) - errors_before ))
echo "server log   $server_errors errors logged by the application during the run (see $out/app.log)" | tee -a "$report"
[ "$server_errors" = 0 ] || status=1
for counter in protocol_errors resyncs sessions_expired; do
    [ "$(sent "$counter")" = 0 ] || status=1
  done
fi
if grep -q "count of failed events is 0.0 : false" "$out/gatling-$scenario.log"; then status=1; fi

if [ "$scenario" = heap ]; then
  # Nobody taps any more: the residents' browsers are "closed" (no unload beacon, as when a phone
  # browser is killed). Their sessions must end by themselves; Tomcat looks every minute.
  last_request=$(date +%s)
  left=$(vaadin_sessions)
  for _ in $(seq 1 40); do
    [ "$left" -eq 0 ] && break
    sleep 15
    left=$(vaadin_sessions)
  done
  echo "sessions     $left Vaadin sessions left $(( $(date +%s) - last_request )) s after the residents' last request (resident session idle $resident_idle)" | tee -a "$report"
  [ "$left" -eq 0 ] || status=1
  # What a session holds: the heap with every resident on theme 7, less the heap once their
  # sessions have ended (Tomcat's connection and processor pools are warm in both).
  histogram > "$out/histogram-empty.txt"
  "$jcmd_cmd" "$app" GC.run > /dev/null
  live_empty=$(heap_used_now)
  read -r live_held held < "$out/held-heap-$scenario.txt"
  {
    awk -v e="${live_empty%K}" -v h="$live_held" -v n="$held" \
      'BEGIN { printf "held         %d sessions (the warm-up ones on their thanks, the rest on theme 7): live heap after a full GC %.0f MB; %.0f MB once they ended: %.0f KB a session\n", n, h/1024, e/1024, (h-e)/n }'
    echo "held         what a session holds, by class (bytes a session; the classes that differ most):"
    awk 'NR == FNR { empty[$1] = $3; next } { grow = $3 - empty[$1]; if (grow > 0) print grow, $1 }' \
      "$out/histogram-empty.txt" "$out/histogram-held.txt" | sort -rn | head -15 \
      | awk -v n="$held" '{ printf "               %6.1f KB  %s\n", $1 / n / 1024, $2 }'
  } | tee -a "$report"
fi
echo "Gatling report: $(ls -td target/gatling/residentsimulation-* | head -1)/index.html"
if [ "$status" = 0 ]; then echo "PASSED"; else echo "FAILED"; fi
exit "$status"
