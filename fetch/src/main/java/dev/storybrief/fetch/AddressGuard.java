package dev.storybrief.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Refuses URLs a fetcher serving other people must not reach: schemes other than http and https, and hosts that
 * resolve to loopback, private, link-local, carrier-grade NAT, unique-local, multicast or unspecified addresses
 * (every address the name resolves to is checked, so one public and one private answer is refused too).
 *
 * <p>The check resolves the name through the JVM's address cache, which the HTTP client then connects through:
 * the positive cache keeps an answer for 30 s by default, so a name cannot change its answer between the check
 * and the connection (DNS rebinding) within one request. Every redirect hop is checked again.
 */
public final class AddressGuard {
    private final boolean allowPrivate;

    /** A guard; {@code allowPrivate} lets internal addresses through (scheme checks stay). */
    public AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Throws unless {@code uri} is an absolute http(s) URL whose host resolves to public addresses only. */
    public void check(URI uri) throws FetchException {
        checkSyntax(uri);
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new FetchException(FetchFailure.DNS, uri, "no address for " + uri.getHost());
        }
        for (InetAddress address : addresses) {
            if (!allowPrivate && isInternal(address)) {
                throw new FetchException(FetchFailure.FORBIDDEN_ADDRESS, uri, uri.getHost() + " resolves to the "
                        + "internal address " + address.getHostAddress() + "; --allow-private lets it through");
            }
        }
    }

    /** Throws unless {@code uri} is an absolute http or https URL with a host. */
    public static void checkSyntax(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(FetchFailure.BAD_URL, uri, "only http and https URLs are fetched");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new FetchException(FetchFailure.BAD_URL, uri, "the URL has no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new FetchException(FetchFailure.BAD_URL, uri, "URLs with a user name or password are not fetched");
        }
    }

    /** True for every address that is not a public unicast one. */
    public static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            return first == 0                                    // "this network"
                    || first == 100 && second >= 64 && second < 128  // carrier-grade NAT
                    || first == 192 && second == 0 && (b[2] & 0xFF) == 0  // IETF protocol assignments
                    || first == 198 && (second == 18 || second == 19)     // benchmarking
                    || first >= 240;                                      // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xFF;
            if ((first & 0xFE) == 0xFC) {
                return true;                                     // unique local fc00::/7
            }
            if (isEmbeddedIpv4(b)) {
                try {
                    return isInternal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    /** IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) addresses carry an IPv4 address in their last bytes. */
    private static boolean isEmbeddedIpv4(byte[] b) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 12; i++) {
            zeroPrefix &= b[i] == 0;
        }
        boolean nat64 = (b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B;
        return zeroPrefix || nat64;
    }
}
