package jnode;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JavaScript test suite: every test/js/**&#47;test-*.js runs under bin/jnode as its own process
 * and must exit 0 (Node's own rule for its tests). A test may state other expectations in header
 * comments, checked here:
 * <pre>
 * // expect-exit: 8                      exit status (default 0)
 * // expect-stdout: text\n               exact stdout (\n, \t escapes)
 * // expect-stderr-match: regex          stderr must contain a match (DOTALL)
 * // expect-stdout-match: regex          stdout must contain a match (DOTALL)
 * // args: a b c                         arguments after the script
 * // flags: --expose-gc                  runtime options before the script
 * // stdin: text                         text fed to stdin (\n escapes)
 * </pre>
 * Each test gets its own scratch directory in $JNODE_TEST_TMPDIR and runs in the test's folder.
 */
class JsSuiteTest {
    private static final Path SUITE = JnodeProcess.ROOT.resolve("test/js");
    private static final Pattern DIRECTIVE = Pattern.compile("^// (expect-[a-z-]+|args|flags|stdin|timeout): ?(.*)$", Pattern.MULTILINE);

    @TestFactory
    Stream<DynamicTest> javascriptTests() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SUITE)) {
            files = walk.filter(p -> p.getFileName().toString().matches("test-.*\\.js"))
                        .filter(p -> !p.toString().contains("/fixtures/"))
                        .sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(SUITE.relativize(f).toString(), f.toUri(), () -> runOne(f)));
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\t", "\t");
    }

    private static void runOne(Path file) throws Exception {
        String source = Files.readString(file);
        Map<String, String> d = new HashMap<>();
        Matcher m = DIRECTIVE.matcher(source);
        while (m.find()) d.merge(m.group(1), m.group(2), (a, b) -> a + "\n" + b);

        List<String> args = new ArrayList<>();
        if (d.containsKey("flags")) args.addAll(List.of(d.get("flags").trim().split("\\s+")));
        args.add(file.toString());
        if (d.containsKey("args")) args.addAll(List.of(d.get("args").trim().split("\\s+")));

        Path tmp = Files.createTempDirectory("jnode-js-test");
        long timeout = Long.parseLong(d.getOrDefault("timeout", "120").trim());
        String stdin = d.containsKey("stdin") ? unescape(d.get("stdin")) : "";
        JnodeProcess.Result r = JnodeProcess.run(file.getParent(), Map.of("JNODE_TEST_TMPDIR", tmp.toString()),
                stdin, timeout, args.toArray(String[]::new));
        try (Stream<Path> walk = Files.walk(tmp)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }

        assertFalse(r.timedOut(), () -> "timed out\n" + r);
        int expectedExit = Integer.parseInt(d.getOrDefault("expect-exit", "0").trim());
        assertEquals(expectedExit, r.exitCode(), () -> "wrong exit status\n" + r);
        if (d.containsKey("expect-stdout")) {
            assertEquals(unescape(d.get("expect-stdout")), r.stdout(), () -> "wrong stdout\n" + r);
        }
        if (d.containsKey("expect-stdout-match")) {
            Pattern p = Pattern.compile(d.get("expect-stdout-match"), Pattern.DOTALL);
            assertTrue(p.matcher(r.stdout()).find(), () -> "stdout does not match " + p + "\n" + r);
        }
        if (d.containsKey("expect-stderr-match")) {
            Pattern p = Pattern.compile(d.get("expect-stderr-match"), Pattern.DOTALL);
            assertTrue(p.matcher(r.stderr()).find(), () -> "stderr does not match " + p + "\n" + r);
        }
        assertFalse(r.stderr().contains("fallback runtime"), () -> "GraalJS ran without its JIT\n" + r);
        assertFalse(r.stderr().matches("(?s).*\\tat (java|jdk|org\\.graalvm|com\\.oracle)\\..*"), () -> "a Java stack trace leaked\n" + r);
    }
}
