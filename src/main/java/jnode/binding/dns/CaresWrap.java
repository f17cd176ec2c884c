package jnode.binding.dns;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.dns.DefaultDnsRecordDecoder;
import io.netty.handler.codec.dns.DnsPtrRecord;
import io.netty.handler.codec.dns.DnsRawRecord;
import io.netty.handler.codec.dns.DnsRecord;
import io.netty.handler.codec.dns.DnsRecordType;
import io.netty.handler.codec.dns.DnsResponse;
import io.netty.handler.codec.dns.DnsResponseCode;
import io.netty.handler.codec.dns.DnsSection;
import io.netty.util.NetUtil;
import jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java half of {@code process.binding('cares_wrap')} (lib/internal/binding/cares_wrap.js):
 * name resolution for lib/dns.js. {@code getaddrinfo} is the system resolver on the worker pool;
 * {@code query} asks DNS servers directly through {@link DnsClient} on the event loop (never the
 * hosts file), and {@code getHostByAddr} answers from /etc/hosts first, then a PTR query, as
 * c-ares does. Callbacks are {@code callback(err, results)}; error codes are c-ares's names
 * (ENOTFOUND, ENODATA, ETIMEOUT, ECONNREFUSED, EBADNAME...).
 */
public final class CaresWrap {
    private final NodeRuntime runtime;
    private DnsConfig config;
    private DnsClient client;

    public CaresWrap(NodeRuntime runtime) {
        this.runtime = runtime;
        this.config = DnsConfig.load(System.getenv("JNODE_DNS_SERVERS"), System.getenv("JNODE_DNS_TIMEOUT_MS"),
                System.getenv("JNODE_DNS_TRIES"));
    }

    /**
     * Re-reads the configuration with these values of JNODE_DNS_SERVERS, JNODE_DNS_TIMEOUT_MS and
     * JNODE_DNS_TRIES (null when unset); the JavaScript side calls it when process.env changes them.
     */
    @Export
    public void configure(String servers, String timeoutMs, String tries) {
        this.config = DnsConfig.load(servers, timeoutMs, tries);
        this.client = null;
    }

    private DnsClient client() {
        if (client == null) client = new DnsClient(runtime.loop(), config);
        return client;
    }

    private void reply(Value callback, String error, Object result) {
        jnode.binding.net.JsCalls.call(runtime, null, callback, error, result);
    }

    // --- getaddrinfo -------------------------------------------------------------------------------

    /** Addresses of {@code host} for family 4, 6 or 0 (either): {@code callback(err, [address...])}. */
    @Export
    public void getaddrinfo(String host, int family, Value callback) {
        if (config.fromEnvironment()) {
            lookupWithClient(host, family, callback);
            return;
        }
        runtime.loop().workers().submit(() -> GetAddrInfo.lookup(host, family), outcome -> {
            if (outcome.failed()) {
                Exception e = outcome.error();
                reply(callback, e instanceof GetAddrInfo.LookupException l ? l.code : "EADDRINFO", null);
            } else {
                List<String> out = new ArrayList<>();
                for (InetAddress a : outcome.value()) out.add(NetUtil.toAddressString(a));
                reply(callback, null, runtime.interop().arrayOf(out));
            }
        });
    }

    /** The test configuration's stand-in for getaddrinfo: /etc/hosts, then A/AAAA queries. */
    private void lookupWithClient(String host, int family, Value callback) {
        List<byte[]> fromHosts = HostsFile.addressesOf(host, family);
        if (!fromHosts.isEmpty()) {
            List<String> out = new ArrayList<>();
            for (byte[] a : fromHosts) out.add(NetUtil.bytesToIpAddress(a));
            reply(callback, null, runtime.interop().arrayOf(out));
            return;
        }
        DnsRecordType first = family == 6 ? DnsRecordType.AAAA : DnsRecordType.A;
        client().query(host, first, (error, response) -> {
            String code = error != null ? error : statusOf(response);
            List<String> out = code == null ? addresses(response, first) : List.of();
            if (code == null && out.isEmpty()) code = "ENODATA";
            if (code != null && family == 0 && code.equals("ENODATA")) {
                client().query(host, DnsRecordType.AAAA, (e2, r2) -> {
                    String c2 = e2 != null ? e2 : statusOf(r2);
                    List<String> o2 = c2 == null ? addresses(r2, DnsRecordType.AAAA) : List.of();
                    if (c2 == null && o2.isEmpty()) c2 = "ENODATA";
                    if (c2 != null) reply(callback, lookupCode(c2), null);
                    else reply(callback, null, runtime.interop().arrayOf(o2));
                });
                return;
            }
            if (code != null) reply(callback, lookupCode(code), null);
            else reply(callback, null, runtime.interop().arrayOf(out));
        });
    }

    /** getaddrinfo's view of a DNS failure: no such name or no address is ENOTFOUND. */
    private static String lookupCode(String aresCode) {
        return aresCode.equals("ENOTFOUND") || aresCode.equals("ENODATA") ? "ENOTFOUND" : "EADDRINFO";
    }

    // --- queries -----------------------------------------------------------------------------------

    /**
     * Starts a query for {@code rrtype} (A, AAAA, MX, TXT, SRV, NS, CNAME, PTR) records of
     * {@code name}; returns null, or an error code if it cannot be sent (EBADNAME).
     */
    @Export
    public String query(String rrtype, String name, Value callback) {
        DnsRecordType type = typeOf(rrtype);
        if (type == null) return "ENOTIMP";
        if (!validName(name)) return "EBADNAME";
        client().query(name, type, (error, response) -> {
            String code = error != null ? error : statusOf(response);
            Value result = null;
            if (code == null) {
                result = records(response, type);
                if (result == null) code = "ENODATA";
            }
            reply(callback, code, result);
        });
        return null;
    }

    /** Host names for an IP address: /etc/hosts, else a PTR query. null, or 'ENOTIMP' for a non-IP. */
    @Export
    public String getHostByAddr(String ip, Value callback) {
        byte[] address = NetUtil.createByteArrayFromIpAddressString(ip);
        if (address == null || ip.indexOf('%') >= 0) return "ENOTIMP";
        List<String> names = HostsFile.namesOf(address);
        if (!names.isEmpty()) {
            reply(callback, null, runtime.interop().arrayOf(names));
            return null;
        }
        return query("PTR", reverseName(address), callback);
    }

    static String reverseName(byte[] a) {
        StringBuilder sb = new StringBuilder();
        if (a.length == 4) {
            for (int i = 3; i >= 0; i--) sb.append(a[i] & 0xff).append('.');
            return sb.append("in-addr.arpa").toString();
        }
        for (int i = 15; i >= 0; i--) {
            sb.append(Character.forDigit(a[i] & 0xf, 16)).append('.');
            sb.append(Character.forDigit((a[i] >> 4) & 0xf, 16)).append('.');
        }
        return sb.append("ip6.arpa").toString();
    }

    private static DnsRecordType typeOf(String rrtype) {
        return switch (rrtype) {
            case "A" -> DnsRecordType.A;
            case "AAAA" -> DnsRecordType.AAAA;
            case "MX" -> DnsRecordType.MX;
            case "TXT" -> DnsRecordType.TXT;
            case "SRV" -> DnsRecordType.SRV;
            case "NS" -> DnsRecordType.NS;
            case "CNAME" -> DnsRecordType.CNAME;
            case "PTR" -> DnsRecordType.PTR;
            default -> null;
        };
    }

    /** What c-ares accepts as a query name: labels of 1..63 bytes, at most 255 bytes in all. */
    static boolean validName(String name) {
        if (name == null) return false;
        String n = name.endsWith(".") && name.length() > 1 ? name.substring(0, name.length() - 1) : name;
        if (n.getBytes(StandardCharsets.UTF_8).length > 253) return false;
        if (n.isEmpty() || n.equals(".")) return true;
        for (String label : n.split("\\.", -1)) {
            int len = label.getBytes(StandardCharsets.UTF_8).length;
            if (len == 0 || len > 63) return false;
        }
        return true;
    }

    /** c-ares's status for a response: null (success) or the error its response code means. */
    private static String statusOf(DnsResponse r) {
        DnsResponseCode code = r.code();
        if (code.equals(DnsResponseCode.NOERROR)) return r.count(DnsSection.ANSWER) > 0 ? null : "ENODATA";
        if (code.equals(DnsResponseCode.NXDOMAIN)) return "ENOTFOUND";
        if (code.equals(DnsResponseCode.SERVFAIL)) return "ESERVFAIL";
        if (code.equals(DnsResponseCode.REFUSED)) return "EREFUSED";
        if (code.equals(DnsResponseCode.FORMERR)) return "EFORMERR";
        if (code.equals(DnsResponseCode.NOTIMP)) return "ENOTIMP";
        return "ESERVFAIL";
    }

    private static List<DnsRecord> answers(DnsResponse r, DnsRecordType type) {
        List<DnsRecord> out = new ArrayList<>();
        int n = r.count(DnsSection.ANSWER);
        for (int i = 0; i < n; i++) {
            DnsRecord rec = r.recordAt(DnsSection.ANSWER, i);
            if (rec.type().equals(type)) out.add(rec);
        }
        return out;
    }

    private static List<String> addresses(DnsResponse r, DnsRecordType type) {
        List<String> out = new ArrayList<>();
        int size = type == DnsRecordType.A ? 4 : 16;
        for (DnsRecord rec : answers(r, type)) {
            if (rec instanceof DnsRawRecord raw && raw.content().readableBytes() == size) {
                byte[] b = new byte[size];
                raw.content().getBytes(raw.content().readerIndex(), b);
                out.add(NetUtil.bytesToIpAddress(b));
            }
        }
        return out;
    }

    /** The records as lib/dns.js hands them out, or null if there are none of the type. */
    private Value records(DnsResponse r, DnsRecordType type) {
        if (type == DnsRecordType.A || type == DnsRecordType.AAAA) {
            List<String> a = addresses(r, type);
            return a.isEmpty() ? null : runtime.interop().arrayOf(a);
        }
        List<DnsRecord> recs = answers(r, type);
        if (recs.isEmpty()) return null;
        List<Object> out = new ArrayList<>();
        for (DnsRecord rec : recs) {
            if (rec instanceof DnsPtrRecord ptr) {
                out.add(stripDot(ptr.hostname()));
                continue;
            }
            if (!(rec instanceof DnsRawRecord raw)) continue;
            ByteBuf c = raw.content().duplicate();
            if (type == DnsRecordType.MX) {
                Value mx = runtime.interop().newObject();
                mx.putMember("priority", c.readUnsignedShort());
                mx.putMember("exchange", stripDot(DefaultDnsRecordDecoder.decodeName(c)));
                out.add(mx);
            } else if (type == DnsRecordType.SRV) {
                Value srv = runtime.interop().newObject();
                srv.putMember("priority", c.readUnsignedShort());
                srv.putMember("weight", c.readUnsignedShort());
                srv.putMember("port", c.readUnsignedShort());
                srv.putMember("name", stripDot(DefaultDnsRecordDecoder.decodeName(c)));
                out.add(srv);
            } else if (type == DnsRecordType.TXT) {
                // Node v0.10 lists every character-string of every record, flat.
                while (c.isReadable()) {
                    int len = c.readUnsignedByte();
                    byte[] b = new byte[Math.min(len, c.readableBytes())];
                    c.readBytes(b);
                    out.add(new String(b, StandardCharsets.UTF_8));
                }
            } else {
                out.add(stripDot(DefaultDnsRecordDecoder.decodeName(c)));
            }
        }
        return runtime.interop().arrayOf(out);
    }

    private static String stripDot(String name) {
        return name.length() > 1 && name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
