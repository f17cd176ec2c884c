package jnode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs bin/jnode as a child process and captures its exit status and output. */
public final class JnodeProcess {
    public static final Path ROOT = Path.of(System.getProperty("jnode.root", ".")).toAbsolutePath().normalize();
    public static final Path LAUNCHER = ROOT.resolve("bin/jnode");

    public record Result(int exitCode, String stdout, String stderr, boolean timedOut) {
        @Override
        public String toString() {
            return "exit " + exitCode + (timedOut ? " (timed out)" : "") + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
        }
    }

    private JnodeProcess() {}

    private static boolean prepared;

    /**
     * The first launch after a build links the runtime image and records the AOT cache (see
     * bin/jdk.sh), which takes far longer than a test's timeout on a busy machine. Do it once,
     * with its own generous limit, before any test's clock starts.
     */
    private static synchronized void prepareOnce() throws IOException, InterruptedException {
        if (prepared) return;
        prepared = true;
        Process p = new ProcessBuilder(LAUNCHER.toString(), "-e", "0")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(900, TimeUnit.SECONDS)) p.destroyForcibly();
    }

    public static Result run(Path cwd, Map<String, String> env, String stdin, long timeoutSeconds, String... args)
            throws IOException, InterruptedException {
        prepareOnce();
        List<String> command = new ArrayList<>();
        command.add(LAUNCHER.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        CompletableFuture<String> out = drain(p.getInputStream());
        CompletableFuture<String> err = drain(p.getErrorStream());
        try (var in = p.getOutputStream()) {
            if (stdin != null) in.write(stdin.getBytes(StandardCharsets.UTF_8));
        } catch (IOException ignored) {
            // the program exited without reading its input
        }
        boolean finished = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        return new Result(finished ? p.exitValue() : -1, out.join(), err.join(), !finished);
    }

    public static Result run(String... args) throws IOException, InterruptedException {
        return run(Files.createTempDirectory("jnode-test"), Map.of(), null, 60, args);
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }
}
