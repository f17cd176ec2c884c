package jnode.binding.net;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ServerChannel;
import jnode.posix.Errno;

import java.net.SocketAddress;

/**
 * The listening half shared by TCP and UNIX-socket servers: binds the server channel on the loop
 * and hands every accepted connection to JavaScript as a new handle,
 * {@code onconnection(null, clientHandle)}; an accept failure (EMFILE...) is
 * {@code onconnection(code, null)}, as Node reports it.
 */
final class ServerSide {
    private final StreamWrap owner;
    private final ServerChannel channel;

    ServerSide(StreamWrap owner, ServerChannel channel) {
        this.owner = owner;
        this.channel = channel;
        channel.pipeline().addLast(new Acceptor());
    }

    /** Registers and binds; on the loop thread both complete before this returns. */
    String bind(SocketAddress address) {
        owner.runtime.loop().io().register(channel);
        ChannelFuture bound = channel.bind(address);
        if (!bound.isDone()) return null; // cannot happen on the loop thread; reported by close if it does
        if (!bound.isSuccess()) {
            Throwable cause = bound.cause();
            channel.close();
            return cause == null ? Errno.EINVAL.name() : NetErrors.errnoOf(cause).name();
        }
        return null;
    }

    /** Registers a channel over a descriptor that is already bound and listening. */
    String adopt() {
        ChannelFuture registered = owner.runtime.loop().io().register(channel);
        if (registered.isDone() && !registered.isSuccess()) {
            channel.close();
            return NetErrors.errnoOf(registered.cause()).name();
        }
        return null;
    }

    private final class Acceptor extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            Channel child = (Channel) msg;
            StreamWrap server = owner;
            if (server.hooks.onconnection == null || server.handle.isClosed()) {
                child.close();
                return;
            }
            StreamWrap client = owner.accepted(child);
            JsCalls.call(server.runtime, server.receiver(), server.hooks.onconnection, null, client);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            StreamWrap server = owner;
            if (server.hooks.onconnection == null || server.handle.isClosed()) return;
            JsCalls.call(server.runtime, server.receiver(), server.hooks.onconnection, NetErrors.errnoOf(cause).name(), null);
        }
    }
}
