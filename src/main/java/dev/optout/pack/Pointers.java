package dev.optout.pack;

/** JSON pointer helpers (RFC 6901), the addresses the loader uses for every node. */
final class Pointers {

    private Pointers() {
    }

    static String child(String parent, String key) {
        return parent + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    static String child(String parent, int index) {
        return parent + "/" + index;
    }

    static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    /** The last segment, unescaped: the key or index a pointer ends in. */
    static String last(String pointer) {
        return unescape(pointer.substring(pointer.lastIndexOf('/') + 1));
    }

    /** One segment as the key it names. */
    static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }
}
