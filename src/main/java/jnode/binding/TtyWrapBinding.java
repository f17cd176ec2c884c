package jnode.binding;

import jnode.posix.Libc;
import jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.Value;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code process.binding('tty_wrap')}: {@code isTTY(fd)} and {@code guessHandleType(fd)}. */
final class TtyWrapBinding {
    private TtyWrapBinding() {}

    static Object create(NodeRuntime runtime) {
        Value b = runtime.interop().newObject();
        b.putMember("isTTY", (org.graalvm.polyglot.proxy.ProxyExecutable) args -> Libc.isatty(args[0].asInt()));
        b.putMember("guessHandleType", (org.graalvm.polyglot.proxy.ProxyExecutable) args -> guessHandleType(args[0].asInt()));
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
