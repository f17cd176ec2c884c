package jnode.binding;

import jnode.posix.Errno;
import jnode.runtime.NodeRuntime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code process.binding('constants')} (also the public {@code constants} module): the Linux
 * values of errno codes, signals, open(2) flags and file mode bits, as Node v0.10 exposes them.
 */
final class ConstantsBinding {
    private ConstantsBinding() {}

    /** Signal names to Linux (x86-64) numbers. */
    static final Map<String, Integer> SIGNALS = new LinkedHashMap<>();

    static {
        String[] names = {"SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE",
            "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT", "SIGCHLD",
            "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM",
            "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS"};
        for (int i = 0; i < names.length; i++) SIGNALS.put(names[i], i + 1);
        SIGNALS.put("SIGIOT", 6);
        SIGNALS.put("SIGPOLL", 29);
        SIGNALS.put("SIGUNUSED", 31);
    }

    static Map<String, Object> values() {
        Map<String, Object> c = new LinkedHashMap<>();
        for (Errno e : Errno.values()) {
            if (e.linuxErrno > 0) c.putIfAbsent(e.name(), e.linuxErrno);
        }
        c.put("E2BIG", 7);
        c.put("ECHILD", 10);
        c.put("EDEADLK", 35);
        c.put("EDOM", 33);
        c.put("EOPNOTSUPP", 95);
        c.put("EWOULDBLOCK", 11);
        c.put("EINPROGRESS", 115);
        c.put("ENOLCK", 37);
        c.put("ENOEXEC", 8);
        c.put("ESTALE", 116);
        c.put("EDQUOT", 122);
        c.putAll(SIGNALS);
        // open(2) flags
        c.put("O_RDONLY", 0);
        c.put("O_WRONLY", 1);
        c.put("O_RDWR", 2);
        c.put("O_CREAT", 0100);
        c.put("O_EXCL", 0200);
        c.put("O_NOCTTY", 0400);
        c.put("O_TRUNC", 01000);
        c.put("O_APPEND", 02000);
        c.put("O_NONBLOCK", 04000);
        c.put("O_DIRECTORY", 0200000);
        c.put("O_NOFOLLOW", 0400000);
        c.put("O_SYNC", 04010000);
        c.put("O_DIRECT", 040000);
        c.put("O_NOATIME", 01000000);
        // file types and permission bits
        c.put("S_IFMT", 0170000);
        c.put("S_IFREG", 0100000);
        c.put("S_IFDIR", 040000);
        c.put("S_IFCHR", 020000);
        c.put("S_IFBLK", 060000);
        c.put("S_IFIFO", 010000);
        c.put("S_IFLNK", 0120000);
        c.put("S_IFSOCK", 0140000);
        c.put("S_IRWXU", 0700);
        c.put("S_IRUSR", 0400);
        c.put("S_IWUSR", 0200);
        c.put("S_IXUSR", 0100);
        c.put("S_IRWXG", 070);
        c.put("S_IRGRP", 040);
        c.put("S_IWGRP", 020);
        c.put("S_IXGRP", 010);
        c.put("S_IRWXO", 07);
        c.put("S_IROTH", 04);
        c.put("S_IWOTH", 02);
        c.put("S_IXOTH", 01);
        return c;
    }

    static Object create(NodeRuntime runtime) {
        return runtime.interop().objectOf(values());
    }
}
