package org.confed.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/** Whether a host name or address stays on this machine, so that plain HTTP to it crosses no network. */
final class Loopback {
    private Loopback() {
    }

    /**
     * @param host a name or an address, as typed ({@code 127.0.0.1}, {@code localhost}, {@code [::1]})
     * @return true when every address it names is a loopback address
     * @throws UnknownHostException when the name resolves to nothing
     */
    static boolean is(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses = InetAddress.getAllByName(bare);
        return addresses.length > 0 && Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress);
    }
}
