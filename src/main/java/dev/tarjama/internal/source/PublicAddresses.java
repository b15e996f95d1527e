package dev.tarjama.internal.source;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import okhttp3.Dns;

/**
 * Name resolution that refuses addresses inside the machine or its network: loopback, private ranges, link-local
 * (cloud metadata services live at 169.254.169.254), unique-local IPv6, the unspecified address. A link in a feed
 * or a redirect from a page could otherwise make tarjama read a local service and send what it says to the model.
 * The check runs on the addresses the connection will use, so a name cannot resolve one way for the check and
 * another for the connection.
 */
final class PublicAddresses implements Dns {
    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
        List<InetAddress> addresses = Dns.SYSTEM.lookup(hostname);
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new PrivateAddressException(hostname, address);
            }
        }
        return addresses;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isSiteLocalAddress()
                || address.isLinkLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xFF;
            int second = bytes[1] & 0xFF;
            // 0/8 "this network", 100.64/10 carrier-grade NAT, 192.0.0/24 protocol assignments
            return first != 0
                    && !(first == 100 && second >= 64 && second < 128)
                    && !(first == 192 && second == 0 && bytes[2] == 0);
        }
        if (address instanceof Inet6Address) {
            // fc00::/7 unique local; ::ffff:a.b.c.d mapped addresses are judged as IPv4 by InetAddress already
            return (bytes[0] & 0xFE) != 0xFC;
        }
        return true;
    }

    /** Thrown by the resolution when a name leads inside; an {@link UnknownHostException} so OkHttp gives up at once. */
    static final class PrivateAddressException extends UnknownHostException {
        PrivateAddressException(String host, InetAddress address) {
            super(host + " resolves to " + address.getHostAddress()
                    + ", an address on this machine or its private network");
        }
    }
}
