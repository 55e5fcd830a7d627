# Sourced by ./mvnw and .ci/run: Vaadin 25 needs a JDK 21 or newer. When JAVA_HOME is unset
# and the java on PATH is older, use the newest JDK >= 21 found under /usr/lib/jvm.
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}
if [ -z "${JAVA_HOME-}" ]; then
  pick_jdk_current=$(command -v java 2>/dev/null || true)
  pick_jdk_major=0
  [ -n "$pick_jdk_current" ] && pick_jdk_major=$(java_major "$pick_jdk_current")
  if [ "${pick_jdk_major:-0}" -lt 21 ] 2>/dev/null; then
    pick_jdk_best=""
    pick_jdk_best_major=0
    case $- in *f*) pick_jdk_noglob=1 ;; *) pick_jdk_noglob=0 ;; esac
    set +f # mvnw runs with globbing off
    for pick_jdk_dir in /usr/lib/jvm/*; do
      [ -x "$pick_jdk_dir/bin/javac" ] || continue
      pick_jdk_m=$(java_major "$pick_jdk_dir/bin/java")
      if [ "${pick_jdk_m:-0}" -ge 21 ] 2>/dev/null && [ "$pick_jdk_m" -gt "$pick_jdk_best_major" ]; then
        pick_jdk_best=$pick_jdk_dir
        pick_jdk_best_major=$pick_jdk_m
      fi
    done
    if [ "$pick_jdk_noglob" = 1 ]; then set -f; fi
    if [ -n "$pick_jdk_best" ]; then
      JAVA_HOME=$pick_jdk_best
      export JAVA_HOME
    else
      echo "Platskompassen needs a JDK 21 or newer; set JAVA_HOME to one." >&2
    fi
  fi
fi
