package dev.optout.pack;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which origins a pack may name: https, a plain lowercase ASCII host on one of Meta's domains, nothing else. The tool
 * types personal data into these hosts, so a look-alike must fail at load, not in the browser.
 */
public final class MetaOrigins {

    /** Meta's registrable domains; a host must be one of these or a subdomain of one. */
    public static final List<String> META_DOMAINS =
            List.of("facebook.com", "instagram.com", "meta.ai", "messenger.com", "meta.com", "fb.com", "whatsapp.com");

    private static final String PREFIX = "https://";
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    private MetaOrigins() {
    }

    /** Why an origin is refused, or empty when it is acceptable. */
    public static Optional<String> problem(String origin) {
        Optional<String> nonAscii = nonAscii(origin);
        if (nonAscii.isPresent()) {
            return nonAscii;
        }
        if (!origin.startsWith(PREFIX)) {
            return Optional.of("origin '" + origin + "' must use https:// (e.g. https://www.facebook.com)");
        }
        String host = origin.substring(PREFIX.length());
        int at = host.indexOf('@');
        if (at >= 0) {
            return Optional.of("origin '" + origin + "' contains user info ('" + host.substring(0, at + 1)
                    + "'); an origin is https:// and a host, nothing else");
        }
        if (host.matches(".*[/?#].*")) {
            return Optional.of("origin '" + origin + "' has a path; an origin is https:// and a host, nothing else");
        }
        if (host.contains(":")) {
            return Optional.of("origin '" + origin + "' names a port; an origin is https:// and a host, nothing else");
        }
        if (!HOST.matcher(host).matches()) {
            return Optional.of("origin '" + origin + "' does not name a lowercase host such as www.facebook.com");
        }
        if (host.startsWith("xn--") || host.contains(".xn--")) {
            return Optional.of("origin '" + origin + "' uses a punycode (internationalised) host; Meta's hosts are "
                    + "plain ASCII");
        }
        if (!isMetaHost(host)) {
            return Optional.of("origin '" + origin + "' is not on Meta's domains (allowed: "
                    + String.join(", ", META_DOMAINS) + " and their subdomains)");
        }
        return Optional.empty();
    }

    /** Whether a lowercase host is one of Meta's domains or a subdomain of one. */
    public static boolean isMetaHost(String host) {
        return META_DOMAINS.stream().anyMatch(domain -> host.equals(domain) || host.endsWith("." + domain));
    }

    /**
     * The origin of an absolute https URL ({@code https://host} or {@code https://host:port}, lowercase), or why it
     * has none that a pack may open.
     */
    static Result originOf(String url) {
        Optional<String> nonAscii = nonAscii(url);
        if (nonAscii.isPresent()) {
            return Result.problem(nonAscii.get().replaceFirst("^origin", "URL"));
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Result.problem("'" + url + "' is not a valid URL: " + e.getReason());
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return Result.problem("URL '" + url + "' must use https://");
        }
        if (uri.getRawUserInfo() != null) {
            return Result.problem("URL '" + url + "' contains user info ('" + uri.getRawUserInfo() + "@')");
        }
        if (uri.getHost() == null) {
            return Result.problem("URL '" + url + "' does not name a host");
        }
        return new Result(Origin.of(uri), Optional.empty());
    }

    private static Optional<String> nonAscii(String text) {
        return text.codePoints().filter(c -> c > 0x7e || c < 0x21).findFirst().stream()
                .mapToObj(c -> "origin '" + text + "' contains the character '" + new String(Character.toChars(c))
                        + "' (U+" + String.format("%04X", c) + "); only plain ASCII hosts are accepted, "
                        + "so look-alike hosts cannot pass")
                .findFirst();
    }

    record Result(Optional<Origin> origin, Optional<String> problem) {
        static Result problem(String problem) {
            return new Result(Optional.empty(), Optional.of(problem));
        }
    }
}
