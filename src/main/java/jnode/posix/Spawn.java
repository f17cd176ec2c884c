package jnode.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * Starting and reaping child processes on libc through the FFM API, as libuv's uv_spawn does it
 * but with posix_spawnp (glibc runs it with a vfork-style clone and reports exec failures such as
 * ENOENT as its return value, so a missing command fails the spawn itself). The child's
 * descriptors are set up by file actions: each stdio slot is a dup2 of a parent descriptor or
 * /dev/null, then every other descriptor is closed, so no parent socket leaks into a child and
 * pipe ends see EOF when they should. Signal mask and dispositions are reset to the defaults (the
 * JVM blocks and ignores some). Failures are negative Linux errno values.
 */
public final class Spawn {
    private Spawn() {}

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO =
            CAPTURE.varHandle(java.lang.foreign.MemoryLayout.PathElement.groupElement("errno"));

    // The opaque structs are far smaller than this on glibc (80 and 336 bytes); sigset_t is 128.
    private static final long OPAQUE = 512;
    private static final long SIGSET = 128;

    private static final short POSIX_SPAWN_SETSIGDEF = 0x04;
    private static final short POSIX_SPAWN_SETSIGMASK = 0x08;
    private static final short POSIX_SPAWN_SETSID = 0x80;
    private static final int O_RDWR = 2;
    private static final int AF_UNIX = 1;
    private static final int SOCK_STREAM = 1;
    private static final int SOCK_CLOEXEC = 0x80000;
    private static final int F_DUPFD_CLOEXEC = 1030;
    private static final int F_SETFL = 4;
    private static final int O_NONBLOCK = 04000;
    private static final int EINTR = 4;

    private static MethodHandle plain(String name, FunctionDescriptor fd) {
        return LINKER.downcallHandle(LIBC.find(name).orElseThrow(), fd);
    }

    private static MethodHandle withErrno(String name, FunctionDescriptor fd, Linker.Option... more) {
        Linker.Option[] options = new Linker.Option[more.length + 1];
        options[0] = Linker.Option.captureCallState("errno");
        System.arraycopy(more, 0, options, 1, more.length);
        return LINKER.downcallHandle(LIBC.find(name).orElseThrow(), fd, options);
    }

    private static final MethodHandle FA_INIT = plain("posix_spawn_file_actions_init", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle FA_DESTROY = plain("posix_spawn_file_actions_destroy", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle FA_DUP2 = plain("posix_spawn_file_actions_adddup2", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
    private static final MethodHandle FA_OPEN = plain("posix_spawn_file_actions_addopen", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
    private static final MethodHandle FA_CHDIR = plain("posix_spawn_file_actions_addchdir_np", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle FA_CLOSEFROM = plain("posix_spawn_file_actions_addclosefrom_np", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle ATTR_INIT = plain("posix_spawnattr_init", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle ATTR_DESTROY = plain("posix_spawnattr_destroy", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle ATTR_FLAGS = plain("posix_spawnattr_setflags", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_SHORT));
    private static final MethodHandle ATTR_SIGMASK = plain("posix_spawnattr_setsigmask", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle ATTR_SIGDEFAULT = plain("posix_spawnattr_setsigdefault", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle SIGEMPTYSET = plain("sigemptyset", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle SIGFILLSET = plain("sigfillset", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle SPAWNP = plain("posix_spawnp", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    private static final MethodHandle SOCKETPAIR = withErrno("socketpair", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS));
    private static final MethodHandle FCNTL = withErrno("fcntl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT),
            Linker.Option.firstVariadicArg(2));
    private static final MethodHandle CLOSE = withErrno("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle WAITPID = withErrno("waitpid", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        return new IllegalStateException(t);
    }

    /**
     * Starts {@code file} (searched on the PATH of {@code env}, as execvp would) with {@code argv}
     * and {@code env} ("KEY=value" entries). {@code stdio[i]} is the parent descriptor the child
     * gets as descriptor i, or -1 for /dev/null. Returns the pid, or a negative errno.
     */
    public static int spawn(String file, List<String> argv, List<String> env, String cwd, int[] stdio, boolean setsid) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment actions = a.allocate(OPAQUE, 16);
            MemorySegment attr = a.allocate(OPAQUE, 16);
            int r = (int) FA_INIT.invokeExact(actions);
            if (r != 0) return -r;
            r = (int) ATTR_INIT.invokeExact(attr);
            if (r != 0) {
                int ignored = (int) FA_DESTROY.invokeExact(actions);
                return -r;
            }
            // Descriptors that a dup2 into a lower slot could overwrite before they are used are
            // first copied above the slots (close-on-exec, so the copies never reach the child).
            int[] sources = stdio.clone();
            int[] temporaries = new int[stdio.length];
            java.util.Arrays.fill(temporaries, -1);
            try {
                for (int i = 0; i < sources.length; i++) {
                    int fd = sources[i];
                    if (fd >= 0 && fd != i && fd < stdio.length) {
                        int copy = dupAbove(a, fd, stdio.length);
                        if (copy < 0) return copy;
                        temporaries[i] = copy;
                        sources[i] = copy;
                    }
                }
                MemorySegment devNull = a.allocateFrom("/dev/null");
                // Slots that keep their own descriptor go last: they pass through a spare slot
                // (dup2 onto itself would keep close-on-exec) that no later action still needs.
                int spare = stdio.length + 16;
                for (int pass = 0; pass < 2; pass++) {
                    for (int i = 0; i < sources.length; i++) {
                        int fd = sources[i];
                        if ((fd == i) != (pass == 1)) continue;
                        if (fd < 0) {
                            r = (int) FA_OPEN.invokeExact(actions, i, devNull, O_RDWR, 0);
                        } else if (fd == i) {
                            r = (int) FA_DUP2.invokeExact(actions, fd, spare);
                            if (r == 0) r = (int) FA_DUP2.invokeExact(actions, spare, i);
                        } else {
                            r = (int) FA_DUP2.invokeExact(actions, fd, i);
                        }
                        if (r != 0) return -r;
                    }
                }
                r = (int) FA_CLOSEFROM.invokeExact(actions, stdio.length);
                if (r != 0) return -r;
                if (cwd != null) {
                    r = (int) FA_CHDIR.invokeExact(actions, a.allocateFrom(cwd));
                    if (r != 0) return -r;
                }
                MemorySegment signals = a.allocate(SIGSET, 8);
                r = (int) SIGEMPTYSET.invokeExact(signals);
                r = (int) ATTR_SIGMASK.invokeExact(attr, signals);
                MemorySegment all = a.allocate(SIGSET, 8);
                r = (int) SIGFILLSET.invokeExact(all);
                r = (int) ATTR_SIGDEFAULT.invokeExact(attr, all);
                short flags = (short) (POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | (setsid ? POSIX_SPAWN_SETSID : 0));
                r = (int) ATTR_FLAGS.invokeExact(attr, flags);
                if (r != 0) return -r;

                MemorySegment pid = a.allocate(JAVA_INT);
                r = (int) SPAWNP.invokeExact(pid, a.allocateFrom(file), actions, attr, strings(a, argv), strings(a, env));
                if (r != 0) return -r;
                return pid.get(JAVA_INT, 0);
            } finally {
                for (int t : temporaries) if (t >= 0) close(t);
                int ignored = (int) FA_DESTROY.invokeExact(actions);
                ignored = (int) ATTR_DESTROY.invokeExact(attr);
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** A NULL-terminated char*[] in {@code a}. */
    private static MemorySegment strings(Arena a, List<String> list) {
        MemorySegment array = a.allocate(ADDRESS, list.size() + 1);
        for (int i = 0; i < list.size(); i++) array.setAtIndex(ADDRESS, i, a.allocateFrom(list.get(i)));
        array.setAtIndex(ADDRESS, list.size(), MemorySegment.NULL);
        return array;
    }

    private static int dupAbove(Arena a, int fd, int minimum) throws Throwable {
        MemorySegment st = a.allocate(CAPTURE);
        int r = (int) FCNTL.invokeExact(st, fd, F_DUPFD_CLOEXEC, minimum);
        return r >= 0 ? r : -(int) ERRNO.get(st, 0L);
    }

    /**
     * A connected pair of close-on-exec UNIX stream sockets, or {-errno}. The first end (the
     * parent's, read by the event loop) is non-blocking; the second (the child's) blocks, as
     * programs expect of their stdio.
     */
    public static int[] socketpair() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(CAPTURE);
            MemorySegment fds = a.allocate(JAVA_INT, 2);
            int r = (int) SOCKETPAIR.invokeExact(st, AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds);
            if (r != 0) return new int[] {-(int) ERRNO.get(st, 0L)};
            int parent = fds.getAtIndex(JAVA_INT, 0);
            int child = fds.getAtIndex(JAVA_INT, 1);
            r = (int) FCNTL.invokeExact(st, parent, F_SETFL, O_NONBLOCK);
            if (r != 0) {
                int errno = (int) ERRNO.get(st, 0L);
                close(parent);
                close(child);
                return new int[] {-errno};
            }
            return new int[] {parent, child};
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static void close(int fd) {
        try (Arena a = Arena.ofConfined()) {
            int ignored = (int) CLOSE.invokeExact(a.allocate(CAPTURE), fd);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * Blocks until child {@code pid} ends; returns its raw wait status, or a negative errno
     * (ECHILD if someone else reaped it).
     */
    public static int waitFor(int pid) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(CAPTURE);
            MemorySegment status = a.allocate(JAVA_INT);
            while (true) {
                int r = (int) WAITPID.invokeExact(st, pid, status, 0);
                if (r == pid) return status.get(JAVA_INT, 0);
                int errno = (int) ERRNO.get(st, 0L);
                if (errno != EINTR) return -errno;
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    // The wait status layout of Linux: low 7 bits the terminating signal (0 = normal exit, 0x7f =
    // stopped), bits 8-15 the exit code.
    public static boolean exited(int status) {
        return (status & 0x7f) == 0;
    }

    public static int exitCode(int status) {
        return (status >> 8) & 0xff;
    }

    public static boolean signaled(int status) {
        int low = status & 0x7f;
        return low != 0 && low != 0x7f;
    }

    public static int termSignal(int status) {
        return status & 0x7f;
    }
}
