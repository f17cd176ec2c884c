package jnode.binding.dns;

import io.netty.util.NetUtil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * /etc/hosts, read fresh on each use (it is small, and edits must be seen): names for an address
 * (dns.reverse consults it before DNS, as c-ares does) and addresses for a name (dns.lookup when
 * jnode's own DNS client stands in for the system resolver).
 */
final class HostsFile {
    private HostsFile() {}

    private static final Path PATH = Path.of("/etc/hosts");

    /** One entry: an address and its names. */
    record Entry(byte[] address, List<String> names) {}

    static List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(PATH);
        } catch (IOException e) {
            return out;
        }
        for (String line : lines) {
            int hash = line.indexOf('#');
            if (hash >= 0) line = line.substring(0, hash);
            String[] fields = line.trim().split("\\s+");
            if (fields.length < 2) continue;
            byte[] address = NetUtil.createByteArrayFromIpAddressString(fields[0]);
            if (address == null) continue;
            List<String> names = new ArrayList<>();
            for (int i = 1; i < fields.length; i++) names.add(fields[i]);
            out.add(new Entry(address, names));
        }
        return out;
    }

    /** The names /etc/hosts gives the address (empty if none). */
    static List<String> namesOf(byte[] address) {
        for (Entry e : entries()) {
            if (java.util.Arrays.equals(e.address(), address)) return e.names();
        }
        return List.of();
    }

    /** Addresses /etc/hosts gives the name (case-insensitive), of the family wanted (4, 6 or 0). */
    static List<byte[]> addressesOf(String name, int family) {
        String wanted = name.toLowerCase(Locale.ROOT);
        if (wanted.endsWith(".")) wanted = wanted.substring(0, wanted.length() - 1);
        List<byte[]> out = new ArrayList<>();
        for (Entry e : entries()) {
            boolean v6 = e.address().length == 16;
            if ((family == 4 && v6) || (family == 6 && !v6)) continue;
            for (String n : e.names()) {
                if (n.toLowerCase(Locale.ROOT).equals(wanted)) {
                    out.add(e.address());
                    break;
                }
            }
        }
        return out;
    }
}
