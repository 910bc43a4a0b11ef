package com.fapiaorelay.sync.callback;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Where an ERP may have its changes POSTed. Its key chooses the URL, so unchecked it could aim our requests inside the
 * deployment: the host must be on {@code allowed-hosts} when that is set; a loopback, private, link-local or
 * unqualified host only when on {@code allowed-internal-hosts}; https unless {@code allow-plain-http}. Names are not
 * resolved (a registration must not wait on DNS): a public-looking name that resolves inside is stopped only by
 * {@code allowed-hosts}.
 */
@Component
class ReceiverUrls {

    private static final Pattern NUMERIC_HOST = Pattern.compile("[0-9.]+");

    private final CallbackProperties properties;

    ReceiverUrls(CallbackProperties properties) {
        this.properties = properties;
    }

    void check(String url) {
        URI uri = parse(url);
        if ("http".equalsIgnoreCase(uri.getScheme()) && !properties.allowPlainHttp()) {
            throw CallbackRefused.notHttps();
        }
        String host = normalized(uri.getHost());
        if (listed(host, properties.allowedInternalHosts())) {
            return;
        }
        if (internal(host)) {
            throw CallbackRefused.internalHost(host);
        }
        if (!properties.allowedHosts().isEmpty() && !listed(host, properties.allowedHosts())) {
            throw CallbackRefused.hostNotAllowed(host);
        }
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url == null ? "" : url);
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            if (uri.getHost() == null || !web) {
                throw CallbackRefused.notAUrl();
            }
            return uri;
        } catch (URISyntaxException e) {
            throw CallbackRefused.notAUrl();
        }
    }

    /** {@code *.example.com} covers every name below example.com; other entries are one host. */
    private static boolean listed(String host, List<String> entries) {
        return entries.stream()
                .map(ReceiverUrls::normalized)
                .anyMatch(entry -> entry.startsWith("*.") ? host.endsWith(entry.substring(1)) : host.equals(entry));
    }

    private static boolean internal(String host) {
        if (host.contains(":") || NUMERIC_HOST.matcher(host).matches()) {
            return internalAddress(host);
        }
        return !host.contains(".") || host.equals("localhost") || host.endsWith(".localhost");
    }

    /** A literal address (no DNS asked); one Java cannot read is refused too. */
    private static boolean internalAddress(String literal) {
        InetAddress address;
        try {
            address = InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            return true;
        }
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            boolean sharedAddressSpace = (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
            return bytes[0] == 0 || sharedAddressSpace;
        }
        return (bytes[0] & 0xfe) == 0xfc;
    }

    private static String normalized(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.startsWith("[") && lower.endsWith("]") ? lower.substring(1, lower.length() - 1) : lower;
    }
}
