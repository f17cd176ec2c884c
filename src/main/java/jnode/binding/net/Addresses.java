package jnode.binding.net;

import io.netty.util.NetUtil;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** IP address literals as Node writes and accepts them (RFC 5952 IPv6 text, no host names). */
final class Addresses {
    private Addresses() {}

    static String format(InetAddress address) {
        return NetUtil.toAddressString(address);
    }

    /** The address for an IPv4 (or, with {@code v6}, IPv6) literal; null if it is not one. */
    static InetAddress parse(String literal, boolean v6) {
        if (literal == null) return null;
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(literal);
        if (bytes == null || (bytes.length == 16) != v6) return null;
        try {
            InetAddress a = InetAddress.getByAddress(bytes);
            // getByAddress turns an IPv4-mapped IPv6 literal into IPv4; a v6 bind must stay v6.
            if (v6 && a instanceof Inet4Address) return Inet6Address.getByAddress(null, bytes, -1);
            return a;
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
