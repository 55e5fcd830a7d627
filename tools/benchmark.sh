#!/usr/bin/env bash
# Runs a benchmark program on this machine and prints its figures.
#   tools/benchmark.sh compass     SVG/PNG rendering and the group figures of a 1,000,000-answer dialogue
#   tools/benchmark.sh analysis    overview and four-way comparisons over 100 places, 1,000 dialogues, 1,000,000 answers
#   tools/benchmark.sh exchange    CSV and XLSX exports of a 1,000,000-answer dialogue: time and peak extra heap
# The database parts need PostgreSQL at localhost:5432 and the database platskompassen_bench
# (owner platskompassen); run as root, this script creates it when it is missing. The benchmark
# empties that database before seeding it.
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/pick-jdk.sh
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"

case "${1:-}" in
  compass) main=se.platskompassen.benchmark.CompassBenchmark; heap=1g ;;
  analysis) main=se.platskompassen.benchmark.AnalysisBenchmark; heap=1g ;;
  exchange) main=se.platskompassen.benchmark.ExchangeBenchmark; heap=${BENCH_HEAP:-1g} ;;
  *) echo "usage: tools/benchmark.sh compass|analysis|exchange" >&2; exit 2 ;;
esac

if [ "$(id -u)" = 0 ] && command -v runuser > /dev/null \
   && ! runuser -u postgres -- psql -tAc "SELECT 1 FROM pg_database WHERE datname = 'platskompassen_bench'" 2> /dev/null | grep -q 1; then
  runuser -u postgres -- createdb -O platskompassen platskompassen_bench || true
fi

./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/benchmark-classpath.txt > /dev/null
exec "$java_cmd" -Xms"$heap" -Xmx"$heap" -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" "$main"
