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
import java.util.ArrayList;
import java.util.List;

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



    // Each downcall handle is built the first time it is used (one holder class per function):
    // building one takes milliseconds at start-up, and a program uses few of them.
    private static final class Getpid {
        static final MethodHandle H = plain("getpid", FunctionDescriptor.of(JAVA_INT));
    }

    // Linked ahead of need (prepareAbort): abort is called when the heap may be exhausted.
    private static final class Abort {
        static final MethodHandle H = plain("abort", FunctionDescriptor.ofVoid());
    }

    private static final class Getppid {
        static final MethodHandle H = plain("getppid", FunctionDescriptor.of(JAVA_INT));
    }

    private static final class Umask {
        static final MethodHandle H = plain("umask", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    }

    private static final class Getuid {
        static final MethodHandle H = plain("getuid", FunctionDescriptor.of(JAVA_INT));
    }

    private static final class Geteuid {
        static final MethodHandle H = plain("geteuid", FunctionDescriptor.of(JAVA_INT));
    }

    private static final class Getgid {
        static final MethodHandle H = plain("getgid", FunctionDescriptor.of(JAVA_INT));
    }

    private static final class Getegid {
        static final MethodHandle H = plain("getegid", FunctionDescriptor.of(JAVA_INT));
    }

    private static final class Isatty {
        static final MethodHandle H = plain("isatty", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    }

    private static final class Chdir {
        static final MethodHandle H = fn("chdir", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    private static final class Getcwd {
        static final MethodHandle H = fn("getcwd", FunctionDescriptor.of(ADDRESS, ADDRESS, ValueLayout.JAVA_LONG));
    }

    private static final class Sigaction {
        static final MethodHandle H = plain("sigaction", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    }

    private static final class Signal {
        static final MethodHandle H = plain("signal", FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS));
    }

    /**
     * Calls no program makes at start-up (identity, signals to others, dlopen, the os module), in a
     * holder class: linking a downcall costs milliseconds, paid here only on first use.
     */
    private static final class Rare {
        static final MethodHandle SETUID = fn("setuid", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
        static final MethodHandle SETGID = fn("setgid", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
        static final MethodHandle KILL = fn("kill", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
        static final MethodHandle GETGROUPS = fn("getgroups", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
        static final MethodHandle DLOPEN = plain("dlopen", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));
        static final MethodHandle DLERROR = plain("dlerror", FunctionDescriptor.of(ADDRESS));
        static final MethodHandle DLCLOSE = plain("dlclose", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        static final MethodHandle GETPWNAM = fn("getpwnam", FunctionDescriptor.of(ADDRESS, ADDRESS));
        static final MethodHandle GETGRNAM = fn("getgrnam", FunctionDescriptor.of(ADDRESS, ADDRESS));
        static final MethodHandle UNAME = fn("uname", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        static final MethodHandle GETHOSTNAME = fn("gethostname", FunctionDescriptor.of(JAVA_INT, ADDRESS, ValueLayout.JAVA_LONG));
        static final MethodHandle SYSINFO = fn("sysinfo", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        static final MethodHandle SYSCONF = plain("sysconf", FunctionDescriptor.of(ValueLayout.JAVA_LONG, JAVA_INT));
        static final MethodHandle CLOCK_GETTIME = fn("clock_gettime", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
        static final MethodHandle GETIFADDRS = fn("getifaddrs", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        static final MethodHandle FREEIFADDRS = plain("freeifaddrs", FunctionDescriptor.ofVoid(ADDRESS));
        static final MethodHandle INET_NTOP = plain("inet_ntop", FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
    }

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
            return (int) Getpid.H.invokeExact();
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static int getppid() {
        try {
            return (int) Getppid.H.invokeExact();
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Sets the file mode creation mask; returns the previous one. */
    public static int umask(int mask) {
        try {
            return (int) Umask.H.invokeExact(mask);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static int getuid() {
        return idCall(Getuid.H);
    }

    public static int geteuid() {
        return idCall(Geteuid.H);
    }

    public static int getgid() {
        return idCall(Getgid.H);
    }

    public static int getegid() {
        return idCall(Getegid.H);
    }

    private static int idCall(MethodHandle h) {
        try {
            return (int) h.invokeExact();
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * Gives {@code signum} its default action (SIG_DFL) in the kernel, unless the process was
     * started with it ignored (SIG_IGN, e.g. SIGHUP under nohup), which stays. The kernel then
     * ends the process by itself: no JVM handler has to run first.
     */
    public static void defaultActionUnlessIgnored(int signum) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment old = a.allocate(256);   // struct sigaction (152 bytes on x86_64 glibc)
            if ((int) Sigaction.H.invokeExact(signum, MemorySegment.NULL, old) != 0) return;
            // sa_handler comes first; SIG_IGN is (void (*)(int)) 1, SIG_DFL is 0
            if (old.get(ValueLayout.JAVA_LONG, 0) != 1L) {
                MemorySegment previous = (MemorySegment) Signal.H.invokeExact(signum, MemorySegment.NULL);
            }
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
            if ((int) Sigaction.H.invokeExact(signum, MemorySegment.NULL, old) != 0) return;
            // sa_handler comes first; SIG_IGN is (void (*)(int)) 1
            if (old.get(ValueLayout.JAVA_LONG, 0) == 1L) {
                MemorySegment previous = (MemorySegment) Signal.H.invokeExact(signum, MemorySegment.NULL);
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static boolean isatty(int fd) {
        try {
            return (int) Isatty.H.invokeExact(fd) == 1;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static void chdir(String dir) throws PosixException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(CAPTURE);
            int r = (int) Chdir.H.invokeExact(st, a.allocateFrom(dir));
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
            MemorySegment r = (MemorySegment) Getcwd.H.invokeExact(st, buf, 4096L);
            if (r.address() == 0) throw new PosixException(errno(st), "getcwd");
            return buf.getString(0);
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static void setuid(int uid) throws PosixException {
        intCall(Rare.SETUID, uid, "setuid");
    }

    public static void setgid(int gid) throws PosixException {
        intCall(Rare.SETGID, gid, "setgid");
    }

    /** Links {@link #abort} now, so that calling it later needs no memory. */
    public static void prepareAbort() {
        Abort.H.type();
    }

    /** abort(3): the process dies of SIGABRT. */
    public static void abort() {
        try {
            Abort.H.invokeExact();
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * Ends the process by {@code signum}'s default action, so that a parent sees it die of the
     * signal (as Node's processes do), not exit with a status. Returns only if that failed.
     */
    public static void dieOfSignal(int signum) {
        try {
            // signal(signum, SIG_DFL): SIG_DFL is (void (*)(int)) 0
            MemorySegment previous = (MemorySegment) Signal.H.invokeExact(signum, MemorySegment.NULL);
            kill(getpid(), signum);
        } catch (Throwable t) {
            // fall through: the caller ends the process its own way
        }
    }

    public static void kill(int pid, int signal) throws PosixException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(CAPTURE);
            int r = (int) Rare.KILL.invokeExact(st, pid, signal);
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
            int n = (int) Rare.GETGROUPS.invokeExact(st, 0, MemorySegment.NULL);
            if (n < 0) throw new PosixException(errno(st), "getgroups");
            MemorySegment list = a.allocate(JAVA_INT, Math.max(1, n));
            n = (int) Rare.GETGROUPS.invokeExact(st, n, list);
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
            MemorySegment lib = (MemorySegment) Rare.DLOPEN.invokeExact(a.allocateFrom(path), 1);
            if (lib.address() != 0) {
                int ignored = (int) Rare.DLCLOSE.invokeExact(lib);
                return null;
            }
            MemorySegment msg = (MemorySegment) Rare.DLERROR.invokeExact();
            return msg.address() == 0 ? "dlopen failed" : msg.reinterpret(4096).getString(0);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** The uid of a user name, or -1 when there is no such user. */
    public static int uidOf(String user) {
        return idOfName(Rare.GETPWNAM, user);
    }

    /** The gid of a group name, or -1 when there is no such group. */
    public static int gidOf(String group) {
        return idOfName(Rare.GETGRNAM, group);
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

    // ---- system information (the os module) ----

    /** sysconf(3) names, Linux/glibc values. */
    public static final int SC_CLK_TCK = 2;
    public static final int SC_PAGESIZE = 30;
    public static final int SC_NPROCESSORS_ONLN = 84;
    public static final int SC_PHYS_PAGES = 85;
    public static final int SC_AVPHYS_PAGES = 86;

    /** sysconf(3): the value, or -1 when the name is unknown or has no limit. */
    public static long sysconf(int name) {
        try {
            return (long) Rare.SYSCONF.invokeExact(name);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** The fields of uname(2) that the os module reports. */
    public record Uname(String sysname, String nodename, String release, String version, String machine) {}

    // struct utsname: six char arrays of _UTSNAME_LENGTH (65) bytes each on Linux.
    private static final int UTSNAME_FIELD = 65;

    public static Uname uname() throws PosixException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(CAPTURE);
            MemorySegment buf = a.allocate(UTSNAME_FIELD * 6L);
            if ((int) Rare.UNAME.invokeExact(st, buf) != 0) throw new PosixException(errno(st), "uname");
            return new Uname(buf.getString(0), buf.getString(UTSNAME_FIELD), buf.getString(2L * UTSNAME_FIELD),
                    buf.getString(3L * UTSNAME_FIELD), buf.getString(4L * UTSNAME_FIELD));
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** gethostname(2), with room for a maximum-length (256 byte) name plus its terminator. */
    public static String gethostname() throws PosixException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(CAPTURE);
            MemorySegment buf = a.allocate(257);
            if ((int) Rare.GETHOSTNAME.invokeExact(st, buf, buf.byteSize()) != 0) {
                throw new PosixException(errno(st), "gethostname");
            }
            return buf.getString(0);
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** The load averages of sysinfo(2), as the fractions the kernel's fixed-point values stand for. */
    public static double[] loadavg() throws PosixException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(CAPTURE);
            // struct sysinfo on LP64: long uptime; unsigned long loads[3]; ... (112 bytes)
            MemorySegment info = a.allocate(256);
            if ((int) Rare.SYSINFO.invokeExact(st, info) != 0) throw new PosixException(errno(st), "sysinfo");
            double[] avg = new double[3];
            for (int i = 0; i < 3; i++) {
                // SI_LOAD_SHIFT is 16: loads are fixed-point with 16 fraction bits.
                avg[i] = info.get(ValueLayout.JAVA_LONG, 8L + 8L * i) / 65536.0;
            }
            return avg;
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private static final int CLOCK_MONOTONIC = 1;
    private static final int CLOCK_BOOTTIME = 7;
    private static final int EINVAL = 22;

    /**
     * Seconds since boot, with the fraction, suspended time included (CLOCK_BOOTTIME); kernels
     * older than 2.6.39 lack that clock, and there the monotonic clock stands in.
     */
    public static double uptimeSeconds() throws PosixException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(CAPTURE);
            MemorySegment ts = a.allocate(16);   // struct timespec { time_t tv_sec; long tv_nsec; }
            int r = (int) Rare.CLOCK_GETTIME.invokeExact(st, CLOCK_BOOTTIME, ts);
            if (r != 0 && errno(st) == EINVAL) r = (int) Rare.CLOCK_GETTIME.invokeExact(st, CLOCK_MONOTONIC, ts);
            if (r != 0) throw new PosixException(errno(st), "clock_gettime");
            return ts.get(ValueLayout.JAVA_LONG, 0) + ts.get(ValueLayout.JAVA_LONG, 8) / 1e9;
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** One address of a network interface, as getifaddrs(3) lists it. */
    public record InterfaceAddress(String name, int family, String address, boolean loopback) {}

    public static final int AF_INET = 2;
    public static final int AF_INET6 = 10;
    private static final int AF_PACKET = 17;
    private static final int IFF_UP = 0x1;
    private static final int IFF_LOOPBACK = 0x8;
    private static final int IFF_RUNNING = 0x40;

    // struct ifaddrs on LP64: ifa_next @0, ifa_name @8, ifa_flags @16 (unsigned int), ifa_addr @24,
    // ifa_netmask @32, ifa_ifu @40, ifa_data @48.
    private static final long IFADDRS_SIZE = 56;
    private static final long IFA_NAME = 8;
    private static final long IFA_FLAGS = 16;
    private static final long IFA_ADDR = 24;
    // sockaddr_in6 is the largest address read here (28 bytes); sin_addr sits at 4, sin6_addr at 8.
    private static final long SOCKADDR_IN6_SIZE = 28;

    /**
     * The IPv4 and IPv6 addresses of the interfaces that are up and running, in getifaddrs order.
     * Link-layer (AF_PACKET) entries and entries without an address are left out; an address of
     * any other family is reported with address null.
     */
    public static List<InterfaceAddress> interfaceAddresses() throws PosixException {
        List<InterfaceAddress> out = new ArrayList<>();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(CAPTURE);
            MemorySegment head = a.allocate(ADDRESS);
            if ((int) Rare.GETIFADDRS.invokeExact(st, head) != 0) throw new PosixException(errno(st), "getifaddrs");
            MemorySegment first = head.get(ADDRESS, 0);
            try {
                MemorySegment text = a.allocate(64);   // INET6_ADDRSTRLEN is 46
                for (MemorySegment p = first; p.address() != 0; ) {
                    MemorySegment ent = p.reinterpret(IFADDRS_SIZE);
                    p = ent.get(ADDRESS, 0);
                    int flags = ent.get(JAVA_INT, IFA_FLAGS);
                    MemorySegment addr = ent.get(ADDRESS, IFA_ADDR);
                    boolean upAndRunning = (flags & IFF_UP) != 0 && (flags & IFF_RUNNING) != 0;
                    if (!upAndRunning || addr.address() == 0) continue;
                    addr = addr.reinterpret(SOCKADDR_IN6_SIZE);
                    int family = Short.toUnsignedInt(addr.get(ValueLayout.JAVA_SHORT, 0));
                    if (family == AF_PACKET) continue;
                    String name = ent.get(ADDRESS, IFA_NAME).reinterpret(4096).getString(0);
                    String address = null;
                    if (family == AF_INET || family == AF_INET6) {
                        MemorySegment raw = addr.asSlice(family == AF_INET ? 4 : 8, family == AF_INET ? 4 : 16);
                        MemorySegment r = (MemorySegment) Rare.INET_NTOP.invokeExact(family, raw, text, (int) text.byteSize());
                        if (r.address() != 0) address = text.getString(0);
                    }
                    out.add(new InterfaceAddress(name, family, address, (flags & IFF_LOOPBACK) != 0));
                }
            } finally {
                Rare.FREEIFADDRS.invokeExact(first);
            }
            return out;
        } catch (PosixException e) {
            throw e;
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
