package jnode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Netty's leak detector at its paranoid level (every buffer tracked) over a workload that moves
 * bytes through every socket path jnode has — TCP, UNIX sockets, UDP, DNS over UDP and TCP
 * (test/js/net/fixtures/leak-workload.js) — must report nothing.
 */
class NetLeakTest {
    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void noLeakReportAtParanoidLevel() throws Exception {
        Path tmp = Files.createTempDirectory("jnode-leak");
        JnodeProcess.Result r = JnodeProcess.run(JnodeProcess.ROOT.resolve("test/js/net/fixtures"),
                Map.of("JNODE_JAVA_OPTS", "-Dio.netty.leakDetection.level=paranoid", "JNODE_TEST_TMPDIR", tmp.toString()),
                "", 540, "--expose-gc", "leak-workload.js");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("rounds done\n", r.stdout(), r::toString);
        assertFalse(r.stderr().contains("LEAK:"), r::toString);
        Files.walk(tmp).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
}
