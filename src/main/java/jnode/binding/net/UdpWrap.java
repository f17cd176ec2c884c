package jnode.binding.net;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.SocketProtocolFamily;
import jnode.loop.Handle;
import jnode.posix.Errno;
import jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

/**
 * The Java half of {@code process.binding('udp_wrap').UDP}: a UDP socket over Netty's
 * EpollDatagramChannel on the loop thread. Datagrams are read into the shared read slabs and
 * reported as {@code onmessage(null, memory, offset, length, memoryLength, address, family, port)};
 * sends wrap the Buffer's memory (no copy) and complete with {@code oncomplete(req, err)}.
 * bind() binds at once (errors such as EADDRINUSE are returned); a send on an unbound socket binds
 * it to the wildcard address first, as libuv does. Socket options go straight to setsockopt, so
 * invalid values fail with the kernel's EINVAL as in Node.
 */
public final class UdpWrap {
    private final NodeRuntime runtime;
    private final NetHooks hooks;
    private final ReadSlabs slabs;
    private final Handle handle;
    private EpollDatagramChannel channel;
    private boolean v6;
    private boolean receiving;

    @Export
    public Value owner;

    @Export
    public UdpWrap() {
        this.runtime = NodeRuntime.current();
        this.hooks = NetHooks.of(runtime);
        this.slabs = runtime.shared(ReadSlabs.class, ReadSlabs::new);
        this.handle = new Handle(runtime.loop()) {
            @Override
            protected void onClose() {
                if (channel != null) channel.close();
            }
        };
    }

    @Export
    public static void setHooks(Value functions) {
        NetHooks.of(NodeRuntime.current()).set(functions);
    }

    private Object receiver() {
        return owner != null ? owner : this;
    }

    @Export
    public String bind(String address, int port, int flags) {
        return bindTo(address, port, false);
    }

    @Export
    public String bind6(String address, int port, int flags) {
        return bindTo(address, port, true);
    }

    private String bindTo(String address, int port, boolean ipv6) {
        if (handle.isClosed()) return Errno.EINVAL.name();
        if (channel != null) return Errno.EINVAL.name();
        InetAddress ip = Addresses.parse(address, ipv6);
        if (ip == null || port < 0 || port > 65535) return Errno.EINVAL.name();
        EpollDatagramChannel ch = new EpollDatagramChannel(ipv6 ? SocketProtocolFamily.INET6 : SocketProtocolFamily.INET);
        ch.config().setAutoRead(false);
        // As libuv 0.10: every UDP socket may share its port (multicast/broadcast listeners in
        // several processes).
        ch.config().setReuseAddress(true);
        ch.config().setRecvByteBufAllocator(slabs.datagramAllocator());
        ch.pipeline().addLast(new Receiver());
        runtime.loop().io().register(ch);
        ChannelFuture bound = ch.bind(new InetSocketAddress(ip, port));
        if (bound.isDone() && !bound.isSuccess()) {
            ch.close();
            return NetErrors.errnoOf(bound.cause()).name();
        }
        channel = ch;
        v6 = ipv6;
        if (receiving) {
            channel.config().setAutoRead(true);
        }
        return null;
    }

    private final class Receiver extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            DatagramPacket packet = (DatagramPacket) msg;
            try {
                if (hooks.onmessage == null || handle.isClosed()) return;
                ByteBuf content = packet.content();
                int n = content.readableBytes();
                ByteBuffer memory = slabs.take(content);
                InetSocketAddress from = packet.sender();
                InetAddress a = from.getAddress();
                JsCalls.call(runtime, receiver(), hooks.onmessage, null, memory, slabs.takenOffset(), n, memory.capacity(),
                        Addresses.format(a), a instanceof Inet6Address ? "IPv6" : "IPv4", from.getPort());
            } finally {
                packet.release();
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (hooks.onmessage == null || handle.isClosed()) return;
            JsCalls.call(runtime, receiver(), hooks.onmessage, NetErrors.errnoOf(cause).name(), null, 0, 0, 0, null, null, 0);
        }
    }

    /** Sends {@code memory[offset, offset + length)} to ip:port; completes {@code req}. */
    @Export
    public String send(Value req, ByteBuffer memory, int offset, int length, int port, String address) {
        return sendTo(req, memory, offset, length, port, address, false);
    }

    @Export
    public String send6(Value req, ByteBuffer memory, int offset, int length, int port, String address) {
        return sendTo(req, memory, offset, length, port, address, true);
    }

    private String sendTo(Value req, ByteBuffer memory, int offset, int length, int port, String address, boolean ipv6) {
        if (handle.isClosed()) return Errno.EBADF.name();
        InetAddress ip = Addresses.parse(address, ipv6);
        if (ip == null || port < 0 || port > 65535) return Errno.EINVAL.name();
        if (channel == null) {
            String err = bindTo(ipv6 ? "::" : "0.0.0.0", 0, ipv6);
            if (err != null) return err;
        }
        ByteBuf data = Unpooled.wrappedBuffer(memory.slice(offset, length));
        runtime.loop().beginRequest();
        ChannelPromise promise = channel.newPromise();
        promise.addListener(done -> {
            runtime.loop().endRequest();
            if (hooks.oncomplete != null && req != null) {
                JsCalls.call(runtime, receiver(), hooks.oncomplete, req, done.isSuccess() ? null : NetErrors.errnoOf(done.cause()).name());
            }
        });
        channel.writeAndFlush(new DatagramPacket(data, new InetSocketAddress(ip, port)), promise);
        return null;
    }

    @Export
    public String recvStart() {
        if (handle.isClosed()) return Errno.EBADF.name();
        if (channel == null) return Errno.EINVAL.name();
        receiving = true;
        channel.config().setAutoRead(true);
        handle.activate();
        return null;
    }

    @Export
    public String recvStop() {
        receiving = false;
        if (channel != null) channel.config().setAutoRead(false);
        handle.deactivate();
        return null;
    }

    @Export
    public Value getsockname() {
        return channel == null ? null : StreamWrap.describeInet(runtime, channel.localAddress());
    }

    // --- socket options: null or the error code -----------------------------------------------------

    private int fdOrNeg() {
        return channel == null || !channel.isOpen() ? -1 : channel.fd().intValue();
    }

    private static String result(int r) {
        return r == 0 ? null : Errno.fromLinux(-r).name();
    }

    @Export
    public String setBroadcast(boolean on) {
        int fd = fdOrNeg();
        if (fd < 0) return Errno.EBADF.name();
        return result(SocketFds.setInt(fd, SocketFds.SOL_SOCKET, SocketFds.SO_BROADCAST, on ? 1 : 0));
    }

    @Export
    public String setTTL(int ttl) {
        int fd = fdOrNeg();
        if (fd < 0) return Errno.EBADF.name();
        if (ttl < 1 || ttl > 255) return Errno.EINVAL.name();
        return result(v6 ? SocketFds.setInt(fd, SocketFds.IPPROTO_IPV6, SocketFds.IPV6_UNICAST_HOPS, ttl)
                         : SocketFds.setInt(fd, SocketFds.IPPROTO_IP, SocketFds.IP_TTL, ttl));
    }

    @Export
    public String setMulticastTTL(int ttl) {
        int fd = fdOrNeg();
        if (fd < 0) return Errno.EBADF.name();
        return result(v6 ? SocketFds.setInt(fd, SocketFds.IPPROTO_IPV6, SocketFds.IPV6_MULTICAST_HOPS, ttl)
                         : SocketFds.setInt(fd, SocketFds.IPPROTO_IP, SocketFds.IP_MULTICAST_TTL, ttl));
    }

    @Export
    public String setMulticastLoopback(boolean on) {
        int fd = fdOrNeg();
        if (fd < 0) return Errno.EBADF.name();
        return result(v6 ? SocketFds.setInt(fd, SocketFds.IPPROTO_IPV6, SocketFds.IPV6_MULTICAST_LOOP, on ? 1 : 0)
                         : SocketFds.setInt(fd, SocketFds.IPPROTO_IP, SocketFds.IP_MULTICAST_LOOP, on ? 1 : 0));
    }

    @Export
    public String addMembership(String multicastAddress, String interfaceAddress) {
        return membership(multicastAddress, interfaceAddress, true);
    }

    @Export
    public String dropMembership(String multicastAddress, String interfaceAddress) {
        return membership(multicastAddress, interfaceAddress, false);
    }

    private String membership(String group, String iface, boolean join) {
        int fd = fdOrNeg();
        if (fd < 0) return Errno.EBADF.name();
        if (!v6) {
            InetAddress g = Addresses.parse(group, false);
            InetAddress i = iface == null ? null : Addresses.parse(iface, false);
            if (g == null || (iface != null && i == null)) return Errno.EINVAL.name();
            byte[] mreq = new byte[8];
            System.arraycopy(g.getAddress(), 0, mreq, 0, 4);
            if (i != null) System.arraycopy(i.getAddress(), 0, mreq, 4, 4);
            return result(SocketFds.setBytes(fd, SocketFds.IPPROTO_IP, join ? SocketFds.IP_ADD_MEMBERSHIP : SocketFds.IP_DROP_MEMBERSHIP, mreq));
        }
        InetAddress g = Addresses.parse(group, true);
        if (g == null) return Errno.EINVAL.name();
        int index = 0;
        if (iface != null) {
            InetAddress i = Addresses.parse(iface, true);
            if (i == null) return Errno.EINVAL.name();
            try {
                java.net.NetworkInterface ni = java.net.NetworkInterface.getByInetAddress(i);
                if (ni != null) index = ni.getIndex();
            } catch (java.net.SocketException e) {
                return Errno.EINVAL.name();
            }
        }
        byte[] mreq = new byte[20];
        System.arraycopy(g.getAddress(), 0, mreq, 0, 16);
        // ipv6mr_interface is a host-order unsigned int (x86-64: little-endian)
        mreq[16] = (byte) index;
        mreq[17] = (byte) (index >> 8);
        mreq[18] = (byte) (index >> 16);
        mreq[19] = (byte) (index >> 24);
        return result(SocketFds.setBytes(fd, SocketFds.IPPROTO_IPV6, join ? SocketFds.IPV6_ADD_MEMBERSHIP : SocketFds.IPV6_DROP_MEMBERSHIP, mreq));
    }

    // --- handle life ---------------------------------------------------------------------------------

    @Export
    public void close(Value callback) {
        if (handle.isClosed()) return;
        handle.close();
        if (callback != null && callback.canExecute()) {
            runtime.loop().deferClose(() -> runtime.callback(receiver(), callback));
        }
    }

    @Export
    public void close() {
        close(null);
    }

    @Export
    public void ref() {
        handle.ref();
    }

    @Export
    public void unref() {
        handle.unref();
    }

    @Export
    public int fd() {
        return fdOrNeg();
    }
}
