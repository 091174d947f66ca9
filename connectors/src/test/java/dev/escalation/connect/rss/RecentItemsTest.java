package dev.escalation.connect.rss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RecentItemsTest {

    @Test
    void remembersItemsAcrossAnOffset() {
        RecentItems recent = new RecentItems(10);
        assertTrue(recent.firstTime("guid-1"));
        assertFalse(recent.firstTime("guid-1"));
        assertTrue(recent.firstTime("guid-2"));

        RecentItems restored = RecentItems.decode(recent.encode(), 10);

        assertFalse(restored.firstTime("guid-1"));
        assertFalse(restored.firstTime("guid-2"));
        assertTrue(restored.firstTime("guid-3"));
        assertTrue(RecentItems.decode(null, 10).firstTime("guid-1"), "no offset: nothing seen yet");
    }

    @Test
    void forgetsTheOldestBeyondItsCapacity() {
        RecentItems recent = new RecentItems(2);
        recent.firstTime("a");
        recent.firstTime("b");
        recent.firstTime("c");

        assertEquals(2, recent.encode().split(",").length);
        assertFalse(recent.firstTime("c"));
        assertTrue(recent.firstTime("a"), "the oldest was forgotten");
    }
}
