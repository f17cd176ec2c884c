package jnode.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The process-level POSIX calls Java has no API for (umask, real chdir, uid/gid, kill with any
 * signal), made directly on libc through the FFM API. Every call reports failure as a
 * {@link PosixException} carrying errno, captured right after the call so nothing clobbers it.
 */
public final class Libc {
    private Libc() {}

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO =
            CAPTURE.varHandle(java.lang.foreign.MemoryLayout.PathElement.groupElement("errno"));

    private static MethodHandle fn(String name, FunctionDescriptor fd) {
        return LINKER.downcallHandle(LIBC.find(name).orElseThrow(), fd, Linker.Option.captureCallState("errno"));
    }

    private static MethodHandle plain(String name, FunctionDescriptor fd) {
        return LINKER.downcallHandle(LIBC.find(name).orElseThrow(), fd);
    }

    private static final MethodHandle GETPID = plain("getpid", FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle GETPPID = plain("getppid", FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle UMASK = plain("umask", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle GETUID = plain("getuid", FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle GETEUID = plain("geteuid", FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle GETGID = plain("getgid", FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle GETEGID = plain("getegid", FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle ISATTY = plain("isatty", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle CHDIR = fn("chdir", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle GETCWD = fn("getcwd", FunctionDescriptor.of(ADDRESS, ADDRESS, ValueLayout.JAVA_LONG));
    private static final MethodHandle SETUID = fn("setuid", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle SETGID = fn("setgid", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle KILL = fn("kill", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle GETGROUPS = fn("getgroups", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
    private static final MethodHandle SIGACTION = plain("sigaction", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle SIGNAL = plain("signal", FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS));
    private static final MethodHandle DLOPEN = plain("dlopen", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));
    private static final MethodHandle DLERROR = plain("dlerror", FunctionDescriptor.of(ADDRESS));
    private static final MethodHandle DLCLOSE = plain("dlclose", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle GETPWNAM = fn("getpwnam", FunctionDescriptor.of(ADDRESS, ADDRESS));
    private static final MethodHandle GETGRNAM = fn("getgrnam", FunctionDescriptor.of(ADDRESS, ADDRESS));

    // struct passwd { char *pw_name; char *pw_passwd; uid_t pw_uid; ... } and
    // struct group { char *gr_name; char *gr_passwd; gid_t gr_gid; ... } on 64-bit Linux:
    // the id follows two pointers.
    private static final long ID_AFTER_TWO_POINTERS = 2 * ADDRESS.byteSize();

    private static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        return new IllegalStateException(t);
    }

    public static int getpid() {
        try {
            return (int) GETPID.invokeExact();
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static int getppid() {
        try {
            return (int) GETPPID.invokeExact();
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Sets the file mode creation mask; returns the previous one. */
    public static int umask(int mask) {
        try {
            return (int) UMASK.invokeExact(mask);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static int getuid() {
        return idCall(GETUID);
    }

    public static int geteuid() {
        return idCall(GETEUID);
    }

    public static int getgid() {
        return idCall(GETGID);
    }

    public static int getegid() {
        return idCall(GETEGID);
    }

    private static int idCall(MethodHandle h) {
        try {
            return (int) h.invokeExact();
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * If {@code signum} is ignored (SIG_IGN, e.g. SIGHUP under nohup, inherited across exec),
     * restores its default action. The JVM refuses to install a handler for an ignored SIGHUP,
     * SIGINT or SIGTERM, while Node (libuv) always installs one when a listener is added.
     */
    public static void unignoreSignal(int signum) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment old = a.allocate(256);   // struct sigaction (152 bytes on x86_64 glibc)
            if ((int) SIGACTION.invokeExact(signum, MemorySegment.NULL, old) != 0) return;
            // sa_handler comes first; SIG_IGN is (void (*)(int)) 1
            if (old.get(ValueLayout.JAVA_LONG, 0) == 1L) {
                MemorySegment previous = (MemorySegment) SIGNAL.invokeExact(signum, MemorySegment.NULL);
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static boolean isatty(int fd) {
        try {
            return (int) ISATTY.invokeExact(fd) == 1;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static void chdir(String dir) throws PosixException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(CAPTURE);
            int r = (int) CHDIR.invokeExact(st, a.allocateFrom(dir));
            if (r != 0) throw new PosixException(errno(st), "chdir");
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static String getcwd() throws PosixException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(CAPTURE);
            MemorySegment buf = a.allocate(4096);
            MemorySegment r = (MemorySegment) GETCWD.invokeExact(st, buf, 4096L);
            if (r.address() == 0) throw new PosixException(errno(st), "getcwd");
            return buf.getString(0);
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static void setuid(int uid) throws PosixException {
        intCall(SETUID, uid, "setuid");
    }

    public static void setgid(int gid) throws PosixException {
        intCall(SETGID, gid, "setgid");
    }

    public static void kill(int pid, int signal) throws PosixException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(CAPTURE);
            int r = (int) KILL.invokeExact(st, pid, signal);
            if (r != 0) throw new PosixException(errno(st), "kill");
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private static void intCall(MethodHandle h, int arg, String name) throws PosixException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(CAPTURE);
            int r = (int) h.invokeExact(st, arg);
            if (r != 0) throw new PosixException(errno(st), name);
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static int[] getgroups() throws PosixException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(CAPTURE);
            int n = (int) GETGROUPS.invokeExact(st, 0, MemorySegment.NULL);
            if (n < 0) throw new PosixException(errno(st), "getgroups");
            MemorySegment list = a.allocate(JAVA_INT, Math.max(1, n));
            n = (int) GETGROUPS.invokeExact(st, n, list);
            if (n < 0) throw new PosixException(errno(st), "getgroups");
            return list.asSlice(0, (long) n * 4).toArray(JAVA_INT);
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * Tries to load a shared library (RTLD_LAZY) and unloads it again; returns null on success or
     * the dynamic linker's message (dlerror) on failure.
     */
    public static String tryDlopen(String path) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment lib = (MemorySegment) DLOPEN.invokeExact(a.allocateFrom(path), 1);
            if (lib.address() != 0) {
                int ignored = (int) DLCLOSE.invokeExact(lib);
                return null;
            }
            MemorySegment msg = (MemorySegment) DLERROR.invokeExact();
            return msg.address() == 0 ? "dlopen failed" : msg.reinterpret(4096).getString(0);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** The uid of a user name, or -1 when there is no such user. */
    public static int uidOf(String user) {
        return idOfName(GETPWNAM, user);
    }

    /** The gid of a group name, or -1 when there is no such group. */
    public static int gidOf(String group) {
        return idOfName(GETGRNAM, group);
    }

    private static int idOfName(MethodHandle lookup, String name) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(CAPTURE);
            MemorySegment entry = (MemorySegment) lookup.invokeExact(st, a.allocateFrom(name));
            if (entry.address() == 0) return -1;
            return entry.reinterpret(ID_AFTER_TWO_POINTERS + 4).get(JAVA_INT, ID_AFTER_TWO_POINTERS);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    // --- terminals and raw descriptors (tty_wrap) ----------------------------------------------

    /**
     * The calls only terminal and descriptor I/O needs, in a holder class so that linking them
     * costs nothing at start-up: the JVM initialises it on the first such call.
     */
    private static final class Io {
        static final MethodHandle TCGETATTR = fn("tcgetattr", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
        static final MethodHandle TCSETATTR = fn("tcsetattr", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS));
        // ioctl(int, unsigned long, ...) is variadic: the pointer is its first variadic argument.
        static final MethodHandle IOCTL_PTR = LINKER.downcallHandle(LIBC.find("ioctl").orElseThrow(),
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS),
                Linker.Option.firstVariadicArg(2), Linker.Option.captureCallState("errno"));
        static final MethodHandle POLL = fn("poll", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
        static final MethodHandle READ = fn("read", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
        static final MethodHandle WRITE = fn("write", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
        static final MethodHandle PIPE2 = fn("pipe2", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        static final MethodHandle CLOSE = fn("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    }

    /** sizeof(struct termios) with glibc on Linux; the buffer is rounded up for safety. */
    public static final int TERMIOS_SIZE = 64;
    public static final int TCSANOW = 0;
    public static final int TCSADRAIN = 1;
    private static final long TIOCGWINSZ = 0x5413;
    public static final short POLLIN = 0x1;
    public static final short POLLOUT = 0x4;
    private static final int O_NONBLOCK = 0x800;
    private static final int O_CLOEXEC = 0x80000;
    private static final int EINTR = 4;
    private static final int EAGAIN = 11;

    /** The terminal attributes of {@code fd} as the raw bytes of a struct termios. */
    public static byte[] tcgetattr(int fd) throws PosixException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(CAPTURE);
            MemorySegment t = a.allocate(TERMIOS_SIZE);
            int r = (int) Io.TCGETATTR.invokeExact(st, fd, t);
            if (r != 0) throw new PosixException(errno(st), "tcgetattr");
            return t.toArray(ValueLayout.JAVA_BYTE);
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Sets the terminal attributes of {@code fd} from bytes {@link #tcgetattr} returned (possibly changed). */
    public static void tcsetattr(int fd, int when, byte[] termios) throws PosixException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(CAPTURE);
            MemorySegment t = a.allocate(TERMIOS_SIZE);
            MemorySegment.copy(termios, 0, t, ValueLayout.JAVA_BYTE, 0, Math.min(termios.length, TERMIOS_SIZE));
            int r;
            do {
                r = (int) Io.TCSETATTR.invokeExact(st, fd, when, t);
            } while (r != 0 && errno(st) == EINTR);
            if (r != 0) throw new PosixException(errno(st), "tcsetattr");
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** The window size of the terminal on {@code fd} as {columns, rows} (ioctl TIOCGWINSZ). */
    public static int[] windowSize(int fd) throws PosixException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(CAPTURE);
            // struct winsize { unsigned short ws_row, ws_col, ws_xpixel, ws_ypixel; }
            MemorySegment ws = a.allocate(8);
            int r = (int) Io.IOCTL_PTR.invokeExact(st, fd, TIOCGWINSZ, ws);
            if (r != 0) throw new PosixException(errno(st), "ioctl");
            int rows = Short.toUnsignedInt(ws.get(ValueLayout.JAVA_SHORT, 0));
            int cols = Short.toUnsignedInt(ws.get(ValueLayout.JAVA_SHORT, 2));
            return new int[] {cols, rows};
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * Waits until one of {@code fds} is ready for {@code events} (POLLIN/POLLOUT), at most
     * {@code timeoutMillis} (-1: no limit). Returns each descriptor's revents; interrupted waits
     * (a signal arrived) are restarted.
     */
    public static short[] poll(int[] fds, short events, int timeoutMillis) throws PosixException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(CAPTURE);
            MemorySegment set = a.allocate(8L * fds.length, 4);   // struct pollfd { int fd; short events, revents; }
            for (int i = 0; i < fds.length; i++) {
                set.set(JAVA_INT, 8L * i, fds[i]);
                set.set(ValueLayout.JAVA_SHORT, 8L * i + 4, events);
                set.set(ValueLayout.JAVA_SHORT, 8L * i + 6, (short) 0);
            }
            int r;
            do {
                r = (int) Io.POLL.invokeExact(st, set, (long) fds.length, timeoutMillis);
            } while (r < 0 && errno(st) == EINTR);
            if (r < 0) throw new PosixException(errno(st), "poll");
            short[] revents = new short[fds.length];
            for (int i = 0; i < fds.length; i++) revents[i] = set.get(ValueLayout.JAVA_SHORT, 8L * i + 6);
            return revents;
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** read(2) into native memory; returns the byte count (0 at end of file). EINTR is retried. */
    public static int read(int fd, MemorySegment into) throws PosixException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(CAPTURE);
            long n;
            do {
                n = (long) Io.READ.invokeExact(st, fd, into, into.byteSize());
            } while (n < 0 && errno(st) == EINTR);
            if (n < 0) throw new PosixException(errno(st), "read");
            return (int) n;
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * Writes all of {@code data} (native memory) to {@code fd}, as a blocking write does even when
     * the descriptor is non-blocking: on EAGAIN it waits for the descriptor to become writable.
     */
    public static void writeFully(int fd, MemorySegment data) throws PosixException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(CAPTURE);
            long done = 0;
            long size = data.byteSize();
            while (done < size) {
                long n = (long) Io.WRITE.invokeExact(st, fd, data.asSlice(done), size - done);
                if (n >= 0) {
                    done += n;
                    continue;
                }
                int err = errno(st);
                if (err == EINTR) continue;
                if (err == EAGAIN) {
                    poll(new int[] {fd}, POLLOUT, -1);
                    continue;
                }
                throw new PosixException(err, "write");
            }
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** A pipe whose ends are closed on exec; with {@code nonBlocking}, both ends are non-blocking. */
    public static int[] pipe(boolean nonBlocking) throws PosixException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(CAPTURE);
            MemorySegment ends = a.allocate(JAVA_INT, 2);
            int r = (int) Io.PIPE2.invokeExact(st, ends, O_CLOEXEC | (nonBlocking ? O_NONBLOCK : 0));
            if (r != 0) throw new PosixException(errno(st), "pipe2");
            return ends.toArray(JAVA_INT);
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** close(2); errors are ignored (the descriptor is gone either way on Linux). */
    public static void close(int fd) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(CAPTURE);
            int ignored = (int) Io.CLOSE.invokeExact(st, fd);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }
}
