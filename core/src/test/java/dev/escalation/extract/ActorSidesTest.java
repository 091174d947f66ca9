package dev.escalation.extract;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each phrase of actor-sides.tsv, looked up whole in the default dictionaries, has the side listed there. */
class ActorSidesTest {
    private static final Dictionaries DICT = Dictionaries.defaults();

    /** The actor the whole phrase names (the longest match from its first word must cover all of it), or null. */
    static Dictionaries.Actor lookUp(String phrase) {
        List<Token> tokens = Tokenizer.tokenize(phrase);
        DICT.mark(tokens);
        PhraseTrie.Match<Dictionaries.Actor> m = DICT.actors.longest(tokens, 0, tokens.size());
        return m == null || m.end() != tokens.size() ? null : m.value();
    }

    @TestFactory
    Stream<DynamicTest> everyListedPhraseHasItsSide() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = ActorSidesTest.class.getResourceAsStream("actor-sides.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        }
        assertTrue(rows.size() > 100, "the table lists the guide's conflicts");
        return rows.stream().map(row -> DynamicTest.dynamicTest(row[0] + " -> " + row[1], () -> {
            Dictionaries.Actor a = lookUp(row[0]);
            assertNotNull(a, "no actor for '" + row[0] + "'");
            assertEquals(row[1].equals("-") ? null : row[1], a.side(), row[0]);
        }));
    }

    @Test
    void ambiguousWordsAreNotActorsByThemselves() {
        // a US state: only their adjectival or qualified forms name a state's forces
        assertNull(lookUp("Georgia Army"), "the Georgia Army National Guard is a US state's");
        assertNull(lookUp("Georgia"), "a US state as often as the country");
        assertEquals("GE_GOV", lookUp("Georgian troops").side());
        // Niger is not Nigeria; the Niger Delta is in Nigeria
        assertEquals("NE_GOV", lookUp("Niger").side());
        assertEquals("NG_GOV", lookUp("Nigeria").side());
        assertEquals("UNKNOWN", lookUp("Niger Delta Avengers").side());
        // "Congo" alone is the DRC as the press writes it
        assertEquals("CD_GOV", lookUp("Congo").side());
    }

    @Test
    void weaponWordsStayOutsideActorPhrases() {
        // "Israeli jets struck ...": the coder needs "jets" to type the air strike; "Israeli" alone gives the side
        assertNull(lookUp("Israeli jets"));
        assertNull(lookUp("Kenyan air force"), "generated phrases leave out weapon words");
        assertEquals("ISRAEL", lookUp("Israeli").side());
    }

    @Test
    void handWrittenLinesWinOverGeneratedOnes() {
        // generated: "Congo" is PETRARCH's Republic of the Congo (CG_GOV); actors.tsv, loaded after, says CD_GOV
        assertEquals("CD_GOV", lookUp("Congo").side());
        // generated "Iraqi forces" is IRAQ_GOV; the hand-written "Iraqi militia" is the Iran axis
        assertEquals("IRAN_AXIS", lookUp("Iraqi militia").side());
    }
}
