package jnode.binding;

import jnode.posix.Libc;
import jnode.posix.PosixException;
import jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code process.binding('os')}: what the os module reports about the machine, read the way
 * Node v0.10's libuv reads it on Linux: uname(2), gethostname(2), sysinfo(2), sysconf(3),
 * getifaddrs(3), /proc/cpuinfo and /proc/stat. Method names are Node's own binding's. Values are
 * JavaScript numbers and strings exactly where Node has them; a query that fails the way libuv
 * lets it fail (uptime, CPU list) answers null, which lib/os.js turns into undefined.
 */
public final class OsBinding {
    private final NodeRuntime runtime;

    OsBinding(NodeRuntime runtime) {
        this.runtime = runtime;
    }

    @Export
    public String getEndianness() {
        return ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN ? "BE" : "LE";
    }

    @Export
    public String getHostname() {
        try {
            return Libc.gethostname();
        } catch (PosixException e) {
            throw runtime.interop().errnoError(e.errno, e.syscall).throwException();
        }
    }

    @Export
    public String getOSType() {
        return uname().sysname();
    }

    @Export
    public String getOSRelease() {
        return uname().release();
    }

    private Libc.Uname uname() {
        try {
            return Libc.uname();
        } catch (PosixException e) {
            throw runtime.interop().errnoError(e.errno, e.syscall).throwException();
        }
    }

    /** Seconds since boot, fraction included, or null if the clock cannot be read. */
    @Export
    public Object getUptime() {
        try {
            return Libc.uptimeSeconds();
        } catch (PosixException e) {
            return null;
        }
    }

    /** [1, 5, 15 minute load averages]; zeros if sysinfo(2) fails, as libuv leaves them. */
    @Export
    public Value getLoadAvg() {
        double[] avg;
        try {
            avg = Libc.loadavg();
        } catch (PosixException e) {
            avg = new double[3];
        }
        return runtime.interop().arrayOf(List.of(avg[0], avg[1], avg[2]));
    }

    /** Physical memory in bytes: page size times physical pages, as libuv computes it. */
    @Export
    public double getTotalMem() {
        return (double) Libc.sysconf(Libc.SC_PAGESIZE) * Libc.sysconf(Libc.SC_PHYS_PAGES);
    }

    /** Free memory in bytes: page size times available (free, not reclaimable) pages. */
    @Export
    public double getFreeMem() {
        return (double) Libc.sysconf(Libc.SC_PAGESIZE) * Libc.sysconf(Libc.SC_AVPHYS_PAGES);
    }

    /**
     * One {model, speed, times: {user, nice, sys, idle, irq}} per online CPU. Models and speeds
     * come from /proc/cpuinfo (CPUs without a model line repeat the last one seen, "unknown" if
     * there is none; speeds missing there come from cpufreq in sysfs), times from /proc/stat.
     * Null when /proc/stat cannot be read or parsed.
     */
    @Export
    public Value getCPUs() {
        int count = (int) Libc.sysconf(Libc.SC_NPROCESSORS_ONLN);
        if (count <= 0) return null;
        String[] models = new String[count];
        long[] speeds = new long[count];
        readModelsAndSpeeds(models, speeds);
        long[][] times = readTimes(count);
        if (times == null) return null;
        if (speeds[0] == 0) readCpufreqSpeeds(speeds);

        var interop = runtime.interop();
        List<Value> cpus = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("user", (double) times[i][0]);
            t.put("nice", (double) times[i][1]);
            t.put("sys", (double) times[i][2]);
            t.put("idle", (double) times[i][3]);
            t.put("irq", (double) times[i][4]);
            Map<String, Object> cpu = new LinkedHashMap<>();
            cpu.put("model", models[i]);
            cpu.put("speed", (double) speeds[i]);
            cpu.put("times", interop.objectOf(t));
            cpus.add(interop.objectOf(cpu));
        }
        return interop.arrayOf(cpus);
    }

    private static final String MODEL_MARKER = "model name\t: ";
    private static final String SPEED_MARKER = "cpu MHz\t\t: ";

    private static void readModelsAndSpeeds(String[] models, long[] speeds) {
        int modelCount = 0;
        int speedCount = 0;
        for (String line : readLines("/proc/cpuinfo")) {
            if (modelCount < models.length && line.startsWith(MODEL_MARKER)) {
                models[modelCount++] = line.substring(MODEL_MARKER.length());
            } else if (speedCount < speeds.length && line.startsWith(SPEED_MARKER)) {
                // Whole MHz, the fraction dropped, as atoi reads "2596.120".
                speeds[speedCount++] = leadingInteger(line.substring(SPEED_MARKER.length()));
            }
        }
        if (modelCount == 0) models[modelCount++] = "unknown";
        for (; modelCount < models.length; modelCount++) models[modelCount] = models[modelCount - 1];
    }

    private static void readCpufreqSpeeds(long[] speeds) {
        for (int i = 0; i < speeds.length; i++) {
            List<String> khz = readLines("/sys/devices/system/cpu/cpu" + i + "/cpufreq/scaling_cur_freq");
            speeds[i] = khz.isEmpty() ? 0 : leadingInteger(khz.get(0).trim()) / 1000;
        }
    }

    /**
     * user, nice, sys, idle and irq of the first {@code count} per-CPU lines of /proc/stat; iowait,
     * the fifth column, is not reported. The kernel counts clock ticks (USER_HZ, 100 a second).
     * Node v0.10.40's libuv multiplies them by that tick rate instead of converting them to
     * milliseconds (1000 / rate), so its times are ten times the manual's milliseconds; jnode
     * reports what v0.10.40 reports. Later libuv versions fixed the unit.
     */
    private static long[][] readTimes(int count) {
        List<String> lines = readLines("/proc/stat");
        long ticks = Libc.sysconf(Libc.SC_CLK_TCK);
        if (lines.isEmpty() || ticks <= 0) return null;
        long[][] times = new long[count][];
        int n = 0;
        // The first line is the all-CPU total; per-CPU lines "cpuN user nice system idle iowait irq ..." follow.
        for (String line : lines.subList(1, lines.size())) {
            if (n >= count || !line.startsWith("cpu")) break;
            String[] f = line.trim().split("\\s+");
            if (f.length < 7) return null;
            long[] t = new long[5];
            try {
                t[0] = Long.parseLong(f[1]) * ticks;
                t[1] = Long.parseLong(f[2]) * ticks;
                t[2] = Long.parseLong(f[3]) * ticks;
                t[3] = Long.parseLong(f[4]) * ticks;
                t[4] = Long.parseLong(f[6]) * ticks;
            } catch (NumberFormatException e) {
                return null;
            }
            times[n++] = t;
        }
        // Fewer lines than online CPUs: the rest report zero times, as libuv's zeroed array does.
        for (; n < count; n++) times[n] = new long[5];
        return times;
    }

    private static long leadingInteger(String s) {
        int end = 0;
        while (end < s.length() && Character.isDigit(s.charAt(end))) end++;
        return end == 0 ? 0 : Long.parseLong(s.substring(0, Math.min(end, 18)));
    }

    private static List<String> readLines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * {name: [{address, family, internal}, ...]} for every address of every interface that is up,
     * names in the order getifaddrs first lists them. No getifaddrs at all (ENOSYS) gives {}.
     */
    @Export
    public Value getInterfaceAddresses() {
        List<Libc.InterfaceAddress> all;
        try {
            all = Libc.interfaceAddresses();
        } catch (PosixException e) {
            if (e.linuxErrno == 38) return runtime.interop().newObject();   // ENOSYS
            throw runtime.interop().uvError(e.errno, "uv_interface_addresses", null).throwException();
        }
        var interop = runtime.interop();
        Map<String, List<Value>> byName = new LinkedHashMap<>();
        for (Libc.InterfaceAddress a : all) {
            Map<String, Object> entry = new LinkedHashMap<>();
            switch (a.family()) {
                case Libc.AF_INET -> {
                    entry.put("address", a.address());
                    entry.put("family", "IPv4");
                }
                case Libc.AF_INET6 -> {
                    entry.put("address", a.address());
                    entry.put("family", "IPv6");
                }
                default -> {
                    entry.put("address", "<unknown sa family>");
                    entry.put("family", "<unknown>");
                }
            }
            entry.put("internal", a.loopback());
            byName.computeIfAbsent(a.name(), k -> new ArrayList<>()).add(interop.objectOf(entry));
        }
        Value result = interop.newObject();
        byName.forEach((name, entries) -> result.putMember(name, interop.arrayOf(entries)));
        return result;
    }
}
