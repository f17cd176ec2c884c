# Sourced by bin/jnode and bin/test: finds a JDK >= 25 and builds jnode on first use.
# Kept as a sourced file (not a program) so every launch saves a fork.

# Prints the major version recorded in a JDK's release file, or nothing.
jnode_jdk_major() {
  local v
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null)
  if [ -x "$1/bin/java" ]; then echo "$v"; fi
}

# Sets JNODE_JDK to JAVA_HOME when that is new enough, else to the newest JDK >= 25
# under the system's JVM directory.
jnode_find_jdk() {
  local best="" best_v=0 d v
  if [ -n "${JAVA_HOME:-}" ]; then
    v=$(jnode_jdk_major "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge 25 ]; then JNODE_JDK=$JAVA_HOME; return 0; fi
  fi
  for d in /usr/lib/jvm/*/; do
    d=${d%/}
    v=$(jnode_jdk_major "$d")
    if [ -n "$v" ] && [ "$v" -ge 25 ] && [ "$v" -gt "$best_v" ]; then best=$d; best_v=$v; fi
  done
  if [ -z "$best" ]; then
    echo "jnode: needs a JDK 25 or newer; set JAVA_HOME to one (none found in /usr/lib/jvm)" >&2
    return 1
  fi
  JNODE_JDK=$best
}

# Builds classes and the dependency layout (target/lib) if they are missing.
# A lock keeps concurrent first launches from building at the same time.
jnode_ensure_built() {
  local root=$1
  [ -f "$root/target/classes/jnode/Main.class" ] && [ -f "$root/target/lib/compiler/compiler.jar" ] && return 0
  mkdir -p "$root/target"
  (
    flock 9
    if [ ! -f "$root/target/classes/jnode/Main.class" ] || [ ! -f "$root/target/lib/compiler/compiler.jar" ]; then
      echo "jnode: first run, building (mvn process-classes)..." >&2
      cd "$root" && JAVA_HOME=$JNODE_JDK MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow ${MAVEN_OPTS:-}" \
        mvn -q -B -DskipTests process-classes >&2
    fi
  ) 9>"$root/target/.build.lock"
}
