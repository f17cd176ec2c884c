package jnode;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line: script + args, -e, -p, -v, -h, --, stdin, bad options, execPath. */
class CliTest {
    private static JnodeProcess.Result run(String... args) throws Exception {
        return JnodeProcess.run(args);
    }

    @Test
    void versionAndHelp() throws Exception {
        for (String flag : new String[] {"-v", "--version"}) {
            JnodeProcess.Result r = run(flag);
            assertEquals(0, r.exitCode(), r::toString);
            assertEquals("v0.10.40\n", r.stdout());
        }
        JnodeProcess.Result help = run("--help");
        assertEquals(0, help.exitCode(), help::toString);
        assertTrue(help.stdout().startsWith("Usage: jnode [options] [ -e script | script.js ] [arguments]"), help::toString);
    }

    @Test
    void evalAndPrint() throws Exception {
        assertEquals("", run("--eval", "42").stdout());
        JnodeProcess.Result err = run("--eval", "console.error(42)");
        assertEquals("", err.stdout());
        assertEquals("42\n", err.stderr());
        for (String[] form : new String[][] {{"--print", "42"}, {"-p", "-e", "42"}, {"-pe", "42"}, {"-p", "42"}}) {
            JnodeProcess.Result r = run(form);
            assertEquals("42\n", r.stdout(), r::toString);
            assertEquals("", r.stderr(), r::toString);
        }
        assertEquals("[]\n", run("-p", "[]").stdout());
        assertEquals("-42\n", run("-p", "\\-42").stdout());
        assertEquals("", run("-e", "").stdout());
    }

    @Test
    void evalRunsInGlobalScopeWithRequire() throws Exception {
        JnodeProcess.Result r = run("-e", "var x = 5; console.log('%d %s %s %s', global.x, typeof require, __filename, module.id)");
        assertEquals("5 function [eval] [eval]\n", r.stdout(), r::toString);
    }

    @Test
    void argvForScriptsAndEval() throws Exception {
        Path dir = Files.createTempDirectory("jnode-cli");
        Path script = dir.resolve("argv.js");
        Files.writeString(script, "console.log(JSON.stringify(process.argv.slice(1)));");
        JnodeProcess.Result r = JnodeProcess.run(dir, Map.of(), null, 60, "argv.js", "a", "--b", "-c");
        assertEquals("[\"" + script.toRealPath() + "\",\"a\",\"--b\",\"-c\"]\n", r.stdout(), r::toString);
        // "--" ends the runtime's options; what follows is the script and its arguments.
        JnodeProcess.Result dashed = JnodeProcess.run(dir, Map.of(), null, 60, "--", "argv.js", "-v");
        assertEquals("[\"" + script.toRealPath() + "\",\"-v\"]\n", dashed.stdout(), dashed::toString);
        JnodeProcess.Result eval = run("-e", "console.log(JSON.stringify(process.argv.slice(1)))", "foo", "bar");
        assertEquals("[\"foo\",\"bar\"]\n", eval.stdout(), eval::toString);
    }

    @Test
    void execPathIsTheLauncherAndRunnable() throws Exception {
        JnodeProcess.Result r = run("-p", "process.execPath");
        assertEquals(JnodeProcess.LAUNCHER.toRealPath() + "\n", r.stdout(), r::toString);
        ProcessBuilder pb = new ProcessBuilder(r.stdout().trim(), "-p", "1 + 1");
        Process p = pb.start();
        assertEquals("2\n", new String(p.getInputStream().readAllBytes()));
        assertEquals(0, p.waitFor());
    }

    @Test
    void programFromStdin() throws Exception {
        JnodeProcess.Result r = JnodeProcess.run(Files.createTempDirectory("jnode-cli"), Map.of(),
                "console.log('from stdin', __filename)", 60);
        assertEquals("from stdin [stdin]\n", r.stdout(), r::toString);
    }

    @Test
    void badOptionAndMissingScript() throws Exception {
        JnodeProcess.Result bad = run("-Z");
        assertEquals(9, bad.exitCode(), bad::toString);
        assertTrue(bad.stderr().contains("bad option: -Z"), bad::toString);
        JnodeProcess.Result missing = run("/no/such/script.js");
        assertEquals(8, missing.exitCode(), missing::toString);
        assertTrue(missing.stderr().contains("Error: Cannot find module '/no/such/script.js'"), missing::toString);
        assertTrue(!missing.stderr().contains("\tat java"), missing::toString);
    }

    @Test
    void unknownEngineOptionIsOneLine() throws Exception {
        JnodeProcess.Result r = JnodeProcess.run(JnodeProcess.ROOT, Map.of("JNODE_JAVA_OPTS", "-Dpolyglot.engine.NoSuchOption=1"), null, 60, "-e", "0");
        assertEquals(9, r.exitCode(), r::toString);
        assertEquals("jnode: Could not find option with name engine.NoSuchOption.", r.stderr().lines().findFirst().orElse(""), r::toString);
        assertTrue(!r.stderr().contains("\tat "), r::toString);
    }

    @Test
    void syntaxErrorShowsFileLineAndCaret() throws Exception {
        Path dir = Files.createTempDirectory("jnode-cli");
        Files.writeString(dir.resolve("bad.js"), "var ok = 1;\nvar = oops;\n");
        JnodeProcess.Result r = JnodeProcess.run(dir, Map.of(), null, 60, "bad.js");
        assertEquals(8, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains(dir.toRealPath().resolve("bad.js") + ":2\nvar = oops;\n"), r::toString);
        assertTrue(r.stderr().contains("SyntaxError"), r::toString);
    }
}
