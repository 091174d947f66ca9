package dev.escalation.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ACLED's rows split as the hand-written reader it replaced split them. */
class CsvRowTest {

    @Test
    void commaSeparatedCellsKeepQuotedCommasQuotesLineBreaksAndEmptyCells() {
        assertEquals(List.of("a", "b", "c"), CsvRow.split("a,b,c"));
        assertEquals(List.of("", "x", "", ""), CsvRow.split(",x,,"));
        assertEquals(List.of(""), CsvRow.split(""));
        assertEquals(List.of("id", "one, two", "say \"hi\"", "line\nbreak", " spaced "),
                CsvRow.split("id,\"one, two\",\"say \"\"hi\"\"\",\"line\nbreak\", spaced "));
        assertEquals(List.of("", "x"), CsvRow.split("\"\",x"));
    }

    @Test
    void aQuoteNeverClosedIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CsvRow.split("a,\"never closed"));
        assertFalse(CsvRow.quotesBalanced("a,\"open"));
        assertTrue(CsvRow.quotesBalanced("a,\"open\nclosed\""));
    }
}
