package jnode.binding.dns;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * The system resolver, as dns.lookup() uses it: libc's getaddrinfo(3) called through the FFM API
 * (so /etc/hosts, /etc/nsswitch.conf and /etc/resolv.conf apply exactly as for any program), with
 * the address family Node asks for. It blocks, so it runs on the worker pool. Errors follow
 * libuv 0.10: "no such name" (EAI_NONAME, EAI_NODATA) is ENOTFOUND, anything else EADDRINFO.
 */
final class GetAddrInfo {
    private GetAddrInfo() {}

    private static final int AF_UNSPEC = 0;
    private static final int AF_INET = 2;
    private static final int AF_INET6 = 10;
    private static final int SOCK_STREAM = 1;
    private static final int EAI_NONAME = -2;
    private static final int EAI_NODATA = -5;

    // struct addrinfo on 64-bit Linux: ai_flags, ai_family, ai_socktype, ai_protocol (ints),
    // ai_addrlen (socklen_t) + padding, then ai_addr, ai_canonname, ai_next (pointers).
    private static final long AI_FAMILY = 4;
    private static final long AI_SOCKTYPE = 8;
    private static final long AI_ADDR = 24;
    private static final long AI_NEXT = 40;
    private static final long ADDRINFO_SIZE = 48;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final MethodHandle GETADDRINFO = LINKER.downcallHandle(LIBC.find("getaddrinfo").orElseThrow(),
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    private static final MethodHandle FREEADDRINFO = LINKER.downcallHandle(LIBC.find("freeaddrinfo").orElseThrow(),
            FunctionDescriptor.ofVoid(ADDRESS));

    /** A failed lookup, with the error code Node v0.10 reports. */
    static final class LookupException extends Exception {
        final String code;

        LookupException(String code) {
            super(code, null, false, false);
            this.code = code;
        }
    }

    /** The addresses of {@code host} (family 4, 6 or 0 for both), in the resolver's order. */
    static List<InetAddress> lookup(String host, int family) throws LookupException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment hints = arena.allocate(ADDRINFO_SIZE, 8);
            hints.set(JAVA_INT, AI_FAMILY, family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC);
            hints.set(JAVA_INT, AI_SOCKTYPE, SOCK_STREAM);
            MemorySegment result = arena.allocate(ADDRESS);
            int r = (int) GETADDRINFO.invokeExact(arena.allocateFrom(host), MemorySegment.NULL, hints, result);
            if (r == EAI_NONAME || r == EAI_NODATA) throw new LookupException("ENOTFOUND");
            if (r != 0) throw new LookupException("EADDRINFO");
            MemorySegment first = result.get(ADDRESS, 0);
            try {
                return addresses(first);
            } finally {
                FREEADDRINFO.invokeExact(first);
            }
        } catch (LookupException e) {
            throw e;
        } catch (Throwable t) {
            if (t instanceof Error e) throw e;
            throw new IllegalStateException(t);
        }
    }

    private static List<InetAddress> addresses(MemorySegment first) throws UnknownHostException {
        Set<InetAddress> out = new LinkedHashSet<>();
        for (MemorySegment ai = first; !ai.equals(MemorySegment.NULL); ) {
            MemorySegment node = ai.reinterpret(ADDRINFO_SIZE);
            int family = node.get(JAVA_INT, AI_FAMILY);
            MemorySegment addr = node.get(ADDRESS, AI_ADDR);
            if (family == AF_INET) {
                byte[] b = addr.reinterpret(16).asSlice(4, 4).toArray(ValueLayout.JAVA_BYTE);
                out.add(InetAddress.getByAddress(b));
            } else if (family == AF_INET6) {
                byte[] b = addr.reinterpret(28).asSlice(8, 16).toArray(ValueLayout.JAVA_BYTE);
                out.add(java.net.Inet6Address.getByAddress(null, b, -1));
            }
            ai = node.get(ADDRESS, AI_NEXT);
        }
        return new ArrayList<>(out);
    }
}
