package jnode.binding.dns;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.handler.codec.dns.DatagramDnsQuery;
import io.netty.handler.codec.dns.DatagramDnsQueryEncoder;
import io.netty.handler.codec.dns.DatagramDnsResponseDecoder;
import io.netty.handler.codec.dns.DefaultDnsQuery;
import io.netty.handler.codec.dns.DefaultDnsQuestion;
import io.netty.handler.codec.dns.DnsQuery;
import io.netty.handler.codec.dns.DnsRecordType;
import io.netty.handler.codec.dns.DnsResponse;
import io.netty.handler.codec.dns.DnsSection;
import io.netty.handler.codec.dns.TcpDnsQueryEncoder;
import io.netty.handler.codec.dns.TcpDnsResponseDecoder;
import io.netty.util.ReferenceCountUtil;
import jnode.loop.EventLoop;
import jnode.loop.Timer;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An asynchronous DNS client on the event loop, as c-ares is for Node: one question per query,
 * sent over UDP (a connected socket, so a server that is not there answers ECONNREFUSED at once)
 * to each configured server in turn, round after round with a doubling timeout, and repeated over
 * TCP when the answer comes back truncated. Messages are encoded and decoded by Netty's DNS codec.
 * Outcomes are c-ares's: the response, or ETIMEOUT, ECONNREFUSED, EBADRESP.
 */
final class DnsClient {
    /** How a query ends: a response (released after this returns) or an error code. */
    interface Done {
        void done(String error, DnsResponse response);
    }

    private final EventLoop loop;
    private final DnsConfig config;

    DnsClient(EventLoop loop, DnsConfig config) {
        this.loop = loop;
        this.config = config;
    }

    /** Asks for {@code type} records of {@code name}; {@code done} runs on the loop thread, later. */
    void query(String name, DnsRecordType type, Done done) {
        loop.beginRequest();
        new Query(name, type, done).next();
    }

    private final class Query {
        private final String name;
        private final DnsRecordType type;
        private final Done done;
        private final Timer timer;
        private int attempt;
        private String lastError = "ETIMEOUT";
        private Channel channel;
        private int id;
        private boolean finished;
        /** When the current try gives up, by the wall clock (the loop's clock lags while JavaScript runs). */
        private long deadlineNanos;

        Query(String name, DnsRecordType type, Done done) {
            this.name = name;
            this.type = type;
            this.done = done;
            this.timer = new Timer(loop, this::timedOut);
        }

        /** The next server (or the next round), or the end once every try is spent. */
        void next() {
            dropChannel();
            int servers = config.servers().size();
            if (attempt >= servers * config.tries()) {
                finish(lastError, null);
                return;
            }
            InetSocketAddress server = config.servers().get(attempt % servers);
            int round = attempt / servers;
            attempt++;
            long timeout = Math.min((long) config.timeoutMs() << round, 60_000L);
            sendUdp(server, timeout);
        }

        private void sendUdp(InetSocketAddress server, long timeout) {
            EpollDatagramChannel ch = new EpollDatagramChannel(familyOf(server));
            ch.pipeline().addLast(new DatagramDnsQueryEncoder(), new DatagramDnsResponseDecoder(), new Receiver(ch));
            channel = ch;
            loop.io().register(ch);
            ChannelFuture connected = ch.connect(server);
            if (connected.isDone() && !connected.isSuccess()) {
                lastError = "ECONNREFUSED";
                loop.post(this::next);
                return;
            }
            id = ThreadLocalRandom.current().nextInt(1, 65536);
            DatagramDnsQuery q = new DatagramDnsQuery(null, server, id);
            q.setRecursionDesired(true);
            q.addRecord(DnsSection.QUESTION, new DefaultDnsQuestion(name, type));
            deadlineNanos = System.nanoTime() + timeout * 1_000_000L;
            timer.start(timeout, 0);
            ch.writeAndFlush(q).addListener(w -> {
                if (!w.isSuccess() && channel == ch) failed(w.cause());
            });
        }

        private void sendTcp(InetSocketAddress server) {
            dropChannel();
            EpollSocketChannel ch = new EpollSocketChannel(familyOf(server));
            ch.pipeline().addLast(new TcpDnsQueryEncoder(), new TcpDnsResponseDecoder(), new Receiver(ch));
            channel = ch;
            loop.io().register(ch);
            id = ThreadLocalRandom.current().nextInt(1, 65536);
            DnsQuery q = new DefaultDnsQuery(id);
            q.setRecursionDesired(true);
            q.addRecord(DnsSection.QUESTION, new DefaultDnsQuestion(name, type));
            ch.connect(server).addListener(c -> {
                if (channel != ch) return;
                if (!c.isSuccess()) {
                    ReferenceCountUtil.release(q);
                    failed(c.cause());
                    return;
                }
                ch.writeAndFlush(q).addListener(w -> {
                    if (!w.isSuccess() && channel == ch) failed(w.cause());
                });
            });
        }

        private final class Receiver extends ChannelInboundHandlerAdapter {
            private final Channel ch;

            Receiver(Channel ch) {
                this.ch = ch;
            }

            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                DnsResponse response = (DnsResponse) msg;
                try {
                    if (finished || channel != ch || response.id() != id) return;
                    if (response.isTruncated() && ch instanceof EpollDatagramChannel) {
                        sendTcp((InetSocketAddress) ch.remoteAddress());
                        return;
                    }
                    finish(null, response);
                } finally {
                    ReferenceCountUtil.release(response);
                }
            }

            @Override
            public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                if (!finished && channel == ch) failed(cause);
            }
        }

        private void failed(Throwable cause) {
            // A reply the codec cannot parse is EBADRESP; a socket error (ICMP port unreachable,
            // TCP connection refused or reset) counts as ECONNREFUSED, as in c-ares.
            lastError = isMalformed(cause) ? "EBADRESP" : "ECONNREFUSED";
            timer.stop();
            next();
        }

        private void timedOut() {
            if (finished) return;
            long left = deadlineNanos - System.nanoTime();
            if (left > 0) {
                timer.start(Math.max(1, left / 1_000_000L), 0);
                return;
            }
            lastError = "ETIMEOUT";
            next();
        }

        private void finish(String error, DnsResponse response) {
            if (finished) return;
            finished = true;
            timer.close();
            loop.endRequest();
            try {
                done.done(error, response);
            } finally {
                dropChannel();
            }
        }

        private void dropChannel() {
            if (channel != null) {
                channel.close();
                channel = null;
            }
        }
    }

    private static boolean isMalformed(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof io.netty.handler.codec.DecoderException || c instanceof IndexOutOfBoundsException) return true;
        }
        return false;
    }

    private static SocketProtocolFamily familyOf(InetSocketAddress a) {
        return a.getAddress() instanceof Inet6Address ? SocketProtocolFamily.INET6 : SocketProtocolFamily.INET;
    }
}
