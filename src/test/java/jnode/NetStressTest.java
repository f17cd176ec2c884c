package jnode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Many connections to one bin/jnode server (test/js/net/fixtures/stress-server.js): 10,000 open
 * at once, and 100,000 opened and closed, after which the server's descriptor count is back where
 * it was and its heap (after a full GC) back near its baseline. The clients are plain Java
 * blocking sockets in this JVM: far cheaper than a second jnode process, so the server gets most
 * of the machine's (two) cores and the test stays short.
 */
class NetStressTest {
    private static final Path FIXTURES = JnodeProcess.ROOT.resolve("test/js/net/fixtures");
    private static final Pattern NUMBER = Pattern.compile("\"(\\w+)\":(-?\\d+)");
    private static final int CLIENT_THREADS = 4;

    /** A long-running jnode process whose stdout is read line by line. */
    private static final class Jnode implements AutoCloseable {
        final Process process;
        final BufferedReader out;
        final OutputStream in;

        Jnode(String... args) throws IOException {
            List<String> command = new ArrayList<>();
            command.add(JnodeProcess.LAUNCHER.toString());
            command.addAll(List.of(args));
            process = new ProcessBuilder(command).directory(FIXTURES.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            in = process.getOutputStream();
        }

        String line() throws IOException {
            String l = out.readLine();
            if (l == null) throw new IOException("process ended early (exit " + waitExit() + ")");
            return l;
        }

        void send(String line) throws IOException {
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        }

        int waitExit() {
            try {
                if (!process.waitFor(120, TimeUnit.SECONDS)) return -1;
                return process.exitValue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        @Override
        public void close() {
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }

    private static long field(String json, String name) {
        Matcher m = NUMBER.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(name)) return Long.parseLong(m.group(2));
        }
        throw new AssertionError("no " + name + " in " + json);
    }

    /**
     * Connects to the server at 127.0.0.(1 + i % 4) — several destinations, so that short
     * connections never run short of address/port pairs — and reads the one byte it says first.
     */
    private static Socket connectAndGreet(long port, int i) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0." + (1 + i % 4), (int) port), 60_000);
        s.setSoTimeout(120_000);
        int b = s.getInputStream().read();
        if (b != 'x') {
            s.close();
            throw new IOException("connection " + i + ": expected the server's byte, got " + b);
        }
        return s;
    }

    /** Runs {@code job(i)} for i in [0, n) on a few threads; fails on the first exception. */
    private interface Job {
        void run(int i) throws Exception;
    }

    private static void parallel(int n, Job job) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENT_THREADS);
        AtomicInteger next = new AtomicInteger();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < CLIENT_THREADS; t++) {
                workers.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < n; ) job.run(i);
                    return null;
                }));
            }
            for (Future<?> w : workers) w.get(10, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void tenThousandConcurrentConnections() throws Exception {
        int n = 10_000;
        Socket[] clients = new Socket[n];
        try (Jnode server = new Jnode("stress-server.js", "hold", String.valueOf(n))) {
            String ready = server.line();
            long port = field(ready, "port");
            long fdsBefore = field(ready, "fds");
            try {
                parallel(n, i -> clients[i] = connectAndGreet(port, i));
                String all = server.line();
                assertEquals(n, field(all, "open"), all);
                assertTrue(field(all, "fds") >= fdsBefore + n, all);
                // The server now destroys every connection: each client sees its end.
                parallel(n, i -> {
                    InputStream in = clients[i].getInputStream();
                    try {
                        assertEquals(-1, in.read(), "connection " + i + " ended by the server");
                    } catch (java.net.SocketException reset) {
                        // a reset is an end too
                    }
                    clients[i].close();
                });
                String closed = server.line();
                assertTrue(closed.contains("\"closed\":true"), closed);
                // (the JVM may have opened a jar or two for classes it loaded meanwhile)
                assertTrue(field(closed, "fds") <= fdsBefore + 4, "every accepted descriptor closed: " + ready + " -> " + closed);
                assertEquals(0, server.waitExit());
            } finally {
                for (Socket s : clients) if (s != null) s.close();
            }
        }
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void hundredThousandConnectionsLeaveNothingBehind() throws Exception {
        try (Jnode server = new Jnode("--expose-gc", "stress-server.js", "churn")) {
            long port = field(server.line(), "port");
            // Warm up (JIT, pools, first-use allocations), then take the baseline.
            churn(port, 2_000);
            server.send("measure");
            String baseline = server.line();
            churn(port, 100_000);
            server.send("measure");
            String after = server.line();
            assertEquals(102_000, field(after, "accepted"), after);
            assertEquals(0, field(after, "open"), after);
            // A connection still closing at the baseline holds a descriptor there: count it out.
            assertEquals(field(baseline, "fds") - field(baseline, "open"), field(after, "fds"),
                    "descriptors: " + baseline + " -> " + after);
            long heapBefore = field(baseline, "heapUsed");
            long heapAfter = field(after, "heapUsed");
            // The heap also holds the JIT's work (compiler graphs of code compiled meanwhile, lazily
            // parsed functions): tens of MiB that do not grow with the number of connections. A
            // leak of 700 bytes per connection (100,000 of them) would already break the bound below.
            assertTrue(heapAfter < heapBefore + 64L * 1024 * 1024,
                    "heap back near its baseline: " + baseline + " -> " + after);
            server.send("exit");
            assertEquals(0, server.waitExit());
        }
    }

    /** {@code n} connections that each read the server's byte and its end, then close. */
    private static void churn(long port, int n) throws Exception {
        parallel(n, i -> {
            try (Socket s = connectAndGreet(port, i)) {
                assertEquals(-1, s.getInputStream().read(), "connection " + i + " ended by the server");
            }
        });
    }
}
