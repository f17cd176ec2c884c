package jnode.binding.dns;

import io.netty.util.NetUtil;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where jnode's DNS client sends queries and how patiently: the name servers of
 * /etc/resolv.conf (its {@code options timeout:N attempts:N} too), with c-ares's defaults —
 * 127.0.0.1:53 when none is listed, 5 s per try, 4 rounds over the servers, each round waiting
 * twice as long as the one before.
 *
 * <p>For tests, which must not depend on the network, environment variables override the file
 * (read from {@code process.env} when a lookup or query starts, so a test may set them itself):
 * {@code JNODE_DNS_SERVERS} ("127.0.0.1:14053,[::1]:14053", port 53 when omitted) — in that mode
 * dns.lookup() also asks these servers (after /etc/hosts) instead of the system resolver —
 * {@code JNODE_DNS_TIMEOUT_MS} and {@code JNODE_DNS_TRIES}.
 */
record DnsConfig(List<InetSocketAddress> servers, int timeoutMs, int tries, boolean fromEnvironment) {
    private static final int DEFAULT_TIMEOUT_MS = 5000;
    private static final int DEFAULT_TRIES = 4;

    /** The configuration for these environment values (null: not set), read as described above. */
    static DnsConfig load(String env, String timeoutMs, String triesText) {
        List<InetSocketAddress> servers = new ArrayList<>();
        int timeout = DEFAULT_TIMEOUT_MS;
        int tries = DEFAULT_TRIES;
        boolean fromEnv = env != null && !env.isBlank();
        if (fromEnv) {
            for (String s : env.split(",")) {
                InetSocketAddress a = parseServer(s.trim());
                if (a != null) servers.add(a);
            }
        } else {
            try {
                for (String line : Files.readAllLines(Path.of("/etc/resolv.conf"))) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length >= 2 && f[0].equals("nameserver")) {
                        InetSocketAddress a = parseServer(f[1]);
                        if (a != null) servers.add(a);
                    } else if (f.length >= 2 && f[0].equals("options")) {
                        for (int i = 1; i < f.length; i++) {
                            if (f[i].startsWith("timeout:")) timeout = 1000 * positive(f[i].substring(8), timeout / 1000);
                            if (f[i].startsWith("attempts:")) tries = positive(f[i].substring(9), tries);
                        }
                    }
                }
            } catch (IOException e) {
                // no resolv.conf: the default server below
            }
        }
        if (servers.isEmpty()) servers.add(new InetSocketAddress(InetAddress.getLoopbackAddress(), 53));
        if (timeoutMs != null) timeout = positive(timeoutMs.trim(), timeout);
        if (triesText != null) tries = positive(triesText.trim(), tries);
        return new DnsConfig(List.copyOf(servers), timeout, tries, fromEnv);
    }

    private static int positive(String s, int fallback) {
        try {
            int v = Integer.parseInt(s);
            return v > 0 ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** "1.2.3.4", "1.2.3.4:53", "::1", "[::1]:53". */
    static InetSocketAddress parseServer(String s) {
        String host = s;
        int port = 53;
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0) return null;
            host = s.substring(1, close);
            if (s.length() > close + 2 && s.charAt(close + 1) == ':') port = positive(s.substring(close + 2), 53);
        } else if (s.indexOf(':') == s.lastIndexOf(':') && s.indexOf(':') > 0) {
            host = s.substring(0, s.indexOf(':'));
            port = positive(s.substring(s.indexOf(':') + 1), 53);
        }
        byte[] b = NetUtil.createByteArrayFromIpAddressString(host);
        if (b == null) return null;
        try {
            return new InetSocketAddress(InetAddress.getByAddress(b), port);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
