package dev.escalation.extract;

import dev.escalation.records.Article;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Input the coder must survive: refused with a reason where it cannot be read, coded without throwing otherwise. */
class BadInputTest {
    private static final int MAX = 1_000_000;

    private static Article article(String body) {
        return Article.newBuilder().setId("bad").setBody(body).setPublishedAt(Instant.parse("2024-02-03T09:00:00Z")).build();
    }

    @Test
    void nonEnglishTextIsRefusedWithAReason() {
        String french = "Des frappes aériennes américaines ont visé des groupes armés soutenus par l'Iran dans l'est de la Syrie "
                + "vendredi, selon un responsable du ministère de la Défense qui a requis l'anonymat. Les frappes ont tué "
                + "au moins seize combattants, selon l'Observatoire syrien des droits de l'homme basé au Royaume-Uni.";
        String reason = EventCoder.refusal(article(french), MAX);
        assertNotNull(reason);
        assertTrue(reason.contains("English"), reason);
    }

    @Test
    void englishNewsIsAccepted() {
        assertNull(EventCoder.refusal(article("US forces struck Iran-backed groups in eastern Syria on Friday, the Pentagon said. "
                + "The strikes were carried out in retaliation for an attack on a base in Jordan that killed three soldiers, "
                + "and officials said more were to come in the days ahead as the campaign went on."), MAX));
    }

    @Test
    void aBodyTooLargeIsRefused() {
        String big = "US forces struck targets in Syria on Friday. ".repeat(30_000);
        assertTrue(EventCoder.refusal(article(big), MAX).contains("maxBodyBytes"));
    }

    @Test
    void textWithNoSentenceBreaksIsRefused() {
        String run = "strikes hit targets in Syria and Iraq and killed fighters ".repeat(200);
        assertTrue(EventCoder.refusal(article(run), MAX).contains("no sentence"));
    }

    @Test
    void boilerplateHeadlinesAndAMegabyteAreCodedWithoutThrowing() {
        EventCoder coder = TestArticles.CODER;
        String boilerplate = "Subscribe to our newsletter\nCookie policy\nAll rights reserved\nRead more\nShare on Facebook\n".repeat(50);
        String headlines = ("US strikes Iran-backed militias in Iraq and Syria\nHouthis fire missile at ship in Red Sea\n"
                + "Russia shells Kharkiv overnight\n").repeat(40);
        // a megabyte of sentences is refused before coding (extraction.maxBodyBytes); coding one directly is slow (quadratic merging), see README
        String longArticle = "US forces struck Iran-backed groups in eastern Syria on Friday, killing 18 fighters. ".repeat(300);
        String noBreaks = "strikes hit targets in Syria and Iraq and killed fighters ".repeat(100);
        for (String body : new String[] {boilerplate, headlines, longArticle, noBreaks, "", " ", "\u0000\u0001"}) {
            assertDoesNotThrow(() -> coder.code(article(body)));
        }
    }
}
