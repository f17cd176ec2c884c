package jnode;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher must run GraalJS with its optimizing compiler: without JVMCI and the Graal compiler
 * GraalJS silently falls back to its interpreter (about 40x slower). Truffle's compilation trace
 * shows a hot JavaScript function being compiled.
 */
class JitTest {
    @Test
    void hotLoopIsCompiled() throws Exception {
        String program = "function hotLoop(n) { var s = 0; for (var i = 0; i < n; i++) s = (s + i * i) | 0; return s; }\n"
                + "var r = 0; for (var k = 0; k < 300; k++) r = hotLoop(100000);\nconsole.log(r);";
        JnodeProcess.Result r = JnodeProcess.run(Files.createTempDirectory("jnode-jit"),
                Map.of("JNODE_JAVA_OPTS", "-Dpolyglot.engine.TraceCompilation=true -Dpolyglot.engine.BackgroundCompilation=false"),
                null, 120, "-e", program);
        assertEquals(0, r.exitCode(), r::toString);
        assertFalse(r.stderr().contains("fallback runtime"), r::toString);
        assertTrue(r.stderr().matches("(?s).*opt done.*hotLoop.*"), () -> "hotLoop was never compiled\n" + r);
    }

    @Test
    void noInterpreterWarningOnPlainRun() throws Exception {
        JnodeProcess.Result r = JnodeProcess.run("-e", "console.log('hi')");
        assertEquals("hi\n", r.stdout(), r::toString);
        assertEquals("", r.stderr(), r::toString);
    }
}
