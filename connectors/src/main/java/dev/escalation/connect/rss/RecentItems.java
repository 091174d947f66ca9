package dev.escalation.connect.rss;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The items of one feed already emitted, by guid (or link), newest last and bounded: a feed lists
 * its latest few dozen items, so the last thousand cover every item it may list again. Kept in the
 * source offset as short hashes, so that a restart does not emit them again.
 */
final class RecentItems {

    private static final HexFormat HEX = HexFormat.of();

    private final int capacity;
    private final Set<String> hashes = new LinkedHashSet<>();

    RecentItems(int capacity) {
        this.capacity = capacity;
    }

    /** The items an offset remembers (empty for none). */
    static RecentItems decode(String offset, int capacity) {
        RecentItems recent = new RecentItems(capacity);
        if (offset != null && !offset.isEmpty()) {
            for (String hash : offset.split(",")) {
                recent.remember(hash);
            }
        }
        return recent;
    }

    /** True, and remembered from now on, when the item with {@code key} was not seen yet. */
    boolean firstTime(String key) {
        String hash = hash(key);
        if (hashes.contains(hash)) {
            return false;
        }
        remember(hash);
        return true;
    }

    /** The offset value: the remembered hashes, oldest first. */
    String encode() {
        return String.join(",", hashes);
    }

    private void remember(String hash) {
        hashes.add(hash);
        if (hashes.size() > capacity) {
            hashes.remove(hashes.iterator().next());
        }
    }

    /** 64 bits of SHA-256: collisions among a thousand items are out of reach, and the offset stays small. */
    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HEX.formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
