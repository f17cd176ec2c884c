package jnode.binding;

import jnode.posix.Libc;
import jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.Value;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code process.binding('tty_wrap')} as Java provides it: {@code isTTY(fd)},
 * {@code guessHandleType(fd)} and the handle class {@code TTY} ({@link jnode.binding.tty.TtyWrap}).
 * JavaScript sees it through its front, lib/internal/binding/tty_wrap.js.
 */
final class TtyWrapBinding {
    private TtyWrapBinding() {}

    static Object create(NodeRuntime runtime) {
        Value b = runtime.interop().newObject();
        b.putMember("isTTY", (org.graalvm.polyglot.proxy.ProxyExecutable) args -> Libc.isatty(args[0].asInt()));
        b.putMember("guessHandleType", (org.graalvm.polyglot.proxy.ProxyExecutable) args -> guessHandleType(args[0].asInt()));
        // Looked up on first use: making the host class costs start-up time that printing to a
        // pipe (the usual first use of this binding, via stdio) does not need.
        b.putMember("ttyClass", (org.graalvm.polyglot.proxy.ProxyExecutable) args ->
                runtime.context().asValue(jnode.binding.tty.TtyWrap.class).getMember("static"));
        return b;
    }

    /** 'TTY', 'FILE', 'PIPE', 'TCP'/'UNIX' (sockets) or 'UNKNOWN', as libuv's uv_guess_handle. */
    static String guessHandleType(int fd) {
        if (fd < 0) return "INVALID";
        if (Libc.isatty(fd)) return "TTY";
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            String target = Files.readSymbolicLink(link).toString();
            if (target.startsWith("pipe:")) return "PIPE";
            if (target.startsWith("socket:")) return "PIPE";
            if (target.startsWith("/")) {
                return Files.isRegularFile(Path.of(target)) || Files.isDirectory(Path.of(target)) ? "FILE" : "UNKNOWN";
            }
            return "UNKNOWN";
        } catch (Exception e) {
            return "INVALID";
        }
    }
}
