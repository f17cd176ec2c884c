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
}
