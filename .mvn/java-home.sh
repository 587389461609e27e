# Sourced by ./mvnw, ./warta and .ci/run: make JAVA_HOME point at a JDK >= 21.
# Order: JAVA_HOME if it is one, else the newest JDK under /usr/lib/jvm, else a clear message.
warta_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
warta_pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(warta_java_major "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then return 0; fi
  fi
  best=""; bestv=0
  for d in /usr/lib/jvm/*; do
    [ -x "$d/bin/javac" ] || continue
    v=$(warta_java_major "$d")
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$bestv" ]; then best=$d; bestv=$v; fi
  done
  if [ -z "$best" ]; then
    echo "warta: a JDK 21 or newer is needed (JAVA_HOME is not one and none was found under /usr/lib/jvm)" >&2
    return 1
  fi
  export JAVA_HOME="$best"
}
warta_pick_jdk || exit 1
# Maven's own Guice/Guava touch sun.misc.Unsafe; on JDK 24+ that prints warnings on every build. Keep output clean.
if [ "$(warta_java_major "$JAVA_HOME")" -ge 24 ] 2>/dev/null; then
  case "${MAVEN_OPTS:-}" in *sun-misc-unsafe*) ;; *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow";; esac
fi
