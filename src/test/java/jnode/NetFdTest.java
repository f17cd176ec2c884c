package jnode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code new net.Socket({fd})} on a descriptor the process inherits: bash opens a TCP connection
 * to this test as descriptor 3 and then becomes bin/jnode, which speaks over it
 * (test/js/net/fixtures/socket-fd.js).
 */
class NetFdTest {
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void socketOverInheritedDescriptor() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String script = JnodeProcess.ROOT.resolve("test/js/net/fixtures/socket-fd.js").toString();
            String command = "exec 3<>/dev/tcp/127.0.0.1/" + server.getLocalPort() + " && exec \"$0\" \"$1\"";
            var pb = new ProcessBuilder("bash", "-c", command, JnodeProcess.LAUNCHER.toString(), script);
            Process p = pb.start();
            try (Socket peer = server.accept()) {
                peer.setSoTimeout(240_000);
                InputStream in = peer.getInputStream();
                String hello = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertEquals("hello from fd 3", hello);
                peer.getOutputStream().write("reply".getBytes(StandardCharsets.UTF_8));
                peer.shutdownOutput();
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(120, TimeUnit.SECONDS);
            assertEquals(0, p.exitValue(), err);
            assertEquals("ok\n", out, err);
        }
    }
}
