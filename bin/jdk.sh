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
  [ -f "$root/target/lib/jnode-launcher.jar" ] && [ -f "$root/target/lib/compiler/compiler.jar" ] && return 0
  mkdir -p "$root/target"
  (
    flock 9
    if [ ! -f "$root/target/lib/jnode-launcher.jar" ] || [ ! -f "$root/target/lib/compiler/compiler.jar" ]; then
      echo "jnode: first run, building (mvn process-classes)..." >&2
      cd "$root" && JAVA_HOME=$JNODE_JDK MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow ${MAVEN_OPTS:-}" \
        mvn -q -B -DskipTests process-classes >&2
    fi
  ) 9>"$root/target/.build.lock"
}

# --- Startup: a linked runtime image plus an AOT cache -------------------------------------
# Classic CDS and the AOT cache are switched off by --upgrade-module-path, which is how the Graal
# compiler normally replaces the JDK's own jdk.graal.compiler module. So jnode links its own
# runtime image (target/runtime/jdk) *without* that module; GraalVM's compiler then sits on the
# plain module path, and a training run (src/main/aot/training.js) records an AOT cache
# (target/runtime/jnode.aot) of the classes and profiles startup needs. This halves the CPU a
# launch costs. If either step fails, jnode runs on the JDK as before, just slower to start.

JNODE_RUNTIME_MODULES=java.se,jdk.unsupported,jdk.internal.vm.ci,jdk.management,jdk.jfr,jdk.net,jdk.naming.dns,jdk.zipfs

# Options shared by every way of starting the JVM. JVM warnings go to stderr, never into the
# program's stdout; the AOT cache's own diagnostics are silenced (a stale cache only costs time).
#
# HotSpot compiles Java with C1 only (TieredStopAtLevel=1). The Graal compiler that turns hot
# JavaScript into machine code is itself Java code here (jargraal), as is GraalJS's interpreter;
# with C2 on, C2 spends the first seconds compiling those on the same two cores the program
# needs, and JavaScript reaches compiled speed later. Measured on this 2-core machine
# (docs/performance.md): start-up 1.5 -> 1.0 s, HTTP hello world +30-60%, TCP echo ~2x; only
# Java-heavy string codecs (base64, UTF-8 of long strings) run 2-5x slower without C2.
#
# The young generation is capped at 64 MiB (-Xmn64m): Buffer memory is native (direct ByteBuffers)
# and only a collection frees it, while the Java objects that hold it are tiny. With the default,
# much larger young generation, streaming 1 GiB through HTTP left ~600 MiB of dead Buffer memory
# waiting for a collection; with 64 MiB, young collections (a few ms each) come often enough that
# the process stayed under ~400 MiB RSS at the same throughput (test/js/http/test-http-big-stream.js).
#
# java.nio is opened to jnode so that jnode.posix.RawMemory can make plain direct buffers over
# memory it allocates without zeroing and recycles (without it, Buffers fall back to allocateDirect);
# java.lang so that jnode.binding.StringBytes can read a Latin-1 string's bytes without copying
# them first, and make strings of codecs' arrays without copying them (without it, strings are
# copied); java.util so that jnode.binding.Base64Blocks can call the JDK's base64 block loops.
# jdk.internal.misc is exported so that jnode.posix.MemoryCopy can copy small chunks between
# Buffers with Unsafe's loads and stores (intrinsics under C1, where a segment copy is a ~25 ns
# native call each), and jnode.binding.Utf8Encoder can encode a UTF-16 string's own array into
# Buffer memory; without it Buffer.concat copies chunk by chunk through MemorySegment and UTF-8
# goes through the JDK's encoder.
#
# JVMCI's packages are exported to jnode so that jnode.runtime.HostCompiler can have Graal compile
# the few Java loops that C1's code leaves slow (base64), and HotSpot generates its SIMD routines
# for optimizing compilers at start-up (-DelayCompilerStubsGeneration; with C1 alone it never
# does): Graal's code calls them as C2's would. Costs under 10 ms of start-up CPU.
jnode_common_java_options() {
  JNODE_COMMON=(-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI -XX:TieredStopAtLevel=1
    -XX:+UnlockDiagnosticVMOptions -XX:-DelayCompilerStubsGeneration
    --add-exports=jdk.internal.vm.ci/jdk.vm.ci.code=ALL-UNNAMED
    --add-exports=jdk.internal.vm.ci/jdk.vm.ci.hotspot=ALL-UNNAMED
    --add-exports=jdk.internal.vm.ci/jdk.vm.ci.meta=ALL-UNNAMED
    --add-exports=jdk.internal.vm.ci/jdk.vm.ci.runtime=ALL-UNNAMED
    --add-exports=java.base/jdk.internal.misc=ALL-UNNAMED
    --enable-native-access=org.graalvm.truffle,ALL-UNNAMED --sun-misc-unsafe-memory-access=allow
    --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED
    --add-opens=java.base/java.util=ALL-UNNAMED
    -XX:-UsePerfData -XX:+UseParallelGC -Xmn64m
    -Xlog:disable -Xlog:all=warning:stderr -Xlog:aot=off -Xlog:cds=off
    -cp "$1/target/lib/jnode-launcher.jar:$1/target/lib/app/*")
}

# True when the runtime image and an AOT cache newer than the jnode jar (and than this file,
# whose JVM options the cache was recorded with) exist for this JDK.
# Builtins only: this runs on every launch.
jnode_runtime_ready() {
  local rt=$1/target/runtime src=""
  [ -f "$rt/jnode.aot" ] && [ "$rt/jnode.aot" -nt "$1/target/lib/jnode-launcher.jar" ] \
    && [ "$rt/jnode.aot" -nt "$1/bin/jdk.sh" ] || return 1
  [ -f "$rt/jdk.source" ] && read -r src < "$rt/jdk.source"
  [ "$src" = "$JNODE_JDK" ]
}

# True when an earlier attempt for this JDK and jar failed: do not retry on every launch.
jnode_runtime_failed() {
  local rt=$1/target/runtime src=""
  [ -f "$rt/failed" ] && [ "$rt/failed" -nt "$1/target/lib/jnode-launcher.jar" ] || return 1
  read -r src < "$rt/failed"
  [ "$src" = "$JNODE_JDK" ]
}

jnode_image_java_options() {
  JNODE_IMAGE=(--module-path="$1/target/lib/compiler/compiler.jar:$1/target/lib/graal"
    --add-modules=org.graalvm.polyglot,jdk.graal.compiler)
}

# Builds what jnode_runtime_ready checks for (under the build lock).
jnode_prepare_runtime() {
  local root=$1 rt=$1/target/runtime src=""
  mkdir -p "$rt"
  (
    flock 9
    jnode_runtime_ready "$root" && exit 0
    jnode_runtime_failed "$root" && exit 1
    [ -t 2 ] && echo "jnode: preparing the startup cache (once)..." >&2
    [ -f "$rt/jdk.source" ] && read -r src < "$rt/jdk.source"
    if [ "$src" != "$JNODE_JDK" ] || [ ! -x "$rt/jdk/bin/java" ]; then
      rm -rf "$rt/jdk" "$rt/jdk.source"
      "$JNODE_JDK/bin/jlink" --add-modules "$JNODE_RUNTIME_MODULES" --output "$rt/jdk" \
        --strip-debug --no-header-files --no-man-pages >/dev/null 2>&1 || { echo "$JNODE_JDK" > "$rt/failed"; exit 1; }
      echo "$JNODE_JDK" > "$rt/jdk.source"
    fi
    jnode_common_java_options "$root"
    jnode_image_java_options "$root"
    rm -f "$rt/jnode.aot" "$rt/jnode.aot.tmp"
    if "$rt/jdk/bin/java" "${JNODE_COMMON[@]}" "${JNODE_IMAGE[@]}" -XX:AOTCacheOutput="$rt/jnode.aot.tmp" \
         -Djnode.lib="$root/lib" jnode.Main "$root/src/main/aot/training.js" >/dev/null 2>&1 \
       && [ -s "$rt/jnode.aot.tmp" ]; then
      mv "$rt/jnode.aot.tmp" "$rt/jnode.aot"
    else
      rm -f "$rt/jnode.aot.tmp"; echo "$JNODE_JDK" > "$rt/failed"; exit 1
    fi
  ) 9>"$root/target/.runtime.lock"
}

# Sets JNODE_HEAP to the JVM's heap limit for node's --max-old-space-size=MiB among the options
# before the script (as node reads them); the limit holds V8's old space, so the JVM's also gets
# room for its young generation (-Xmn64m above). Empty (the JVM's default) without the option.
jnode_heap_option() {
  JNODE_HEAP=()
  while [ $# -gt 0 ]; do
    case $1 in
      --max-old-space-size=*|--max_old_space_size=*)
        [[ ${1#*=} =~ ^[0-9]+$ ]] && JNODE_HEAP=("-Xmx$((${1#*=} + 64))m") ;;
      -e|--eval|-pe|-ep) shift ;;
      -p|--print) [ $# -gt 1 ] && [ "${2#-}" = "$2" ] && shift ;;
      --|-) return ;;
      -*) ;;
      *) return ;;
    esac
    shift
  done
}

# Sets JNODE_JAVA to the command (JVM and its options, up to the main class) that runs jnode.
jnode_java_command() {
  local root=$1
  jnode_common_java_options "$root"
  if jnode_runtime_ready "$root" || { ! jnode_runtime_failed "$root" && jnode_prepare_runtime "$root"; }; then
    jnode_image_java_options "$root"
    JNODE_JAVA=("$root/target/runtime/jdk/bin/java" "${JNODE_COMMON[@]}" "${JNODE_IMAGE[@]}"
      -XX:AOTCache="$root/target/runtime/jnode.aot")
  else
    # Truffle compiles JS only when the Graal compiler is on the upgrade module path and
    # JVMCI is enabled; without these GraalJS silently runs ~40x slower in its interpreter.
    JNODE_JAVA=("$JNODE_JDK/bin/java" "${JNODE_COMMON[@]}"
      --upgrade-module-path="$root/target/lib/compiler/compiler.jar"
      --module-path="$root/target/lib/graal" --add-modules=org.graalvm.polyglot)
  fi
}
