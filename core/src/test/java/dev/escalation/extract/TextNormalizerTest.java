package dev.escalation.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextNormalizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a count repeated in digits is said once; other brackets stay
            "U.S. forces conducted two (2) self-defense strikes.|U.S. forces conducted two self-defense strikes.",
            "Three (3) drones and Two (2) missiles were destroyed.|Three drones and Two missiles were destroyed.",
            "The strike (2) hit and 12 (12) people died.|The strike (2) hit and 12 (12) people died.",
            "Markup: <b>bold</b> &amp; [a link](https://example.org) here.|Markup:  bold  & a link here.",
            // curly quotes and hard spaces, typed or written as entities, are plain ones
            "Iran\u2019s\u00a0navy and Israel&rsquo;s&nbsp;army|Iran's navy and Israel's army"})
    void normalizesMarkupAndCountsInDigits(String text, String normalized) {
        assertEquals(normalized, TextNormalizer.normalize(text));
    }
}
