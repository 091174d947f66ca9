package dev.escalation.extract;

import dev.escalation.records.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each stage of the coder on one sentence, with the built-in dictionaries. */
class StagesTest {
    private static final String SAT_3_FEB_2024 = "2024-02-03";

    @Test
    void segmentationSkipsTheDatelineAndThePageFurniture() {
        Segmentation segmentation = new Segmentation(TestArticles.DICTIONARIES,
                "BAGHDAD (Reuters) - Rockets hit a base in Iraq. Read more: Iraq news. Markets rallied.");
        List<Segmentation.Passage> passages = segmentation.passages();
        assertEquals(2, passages.size(), "the furniture is no passage");
        assertEquals("Rockets", segmentation.tokens.get(passages.get(0).from()).raw, "the dateline is where the story was filed");
        assertTrue(segmentation.mayReport(passages.get(0)));
        assertFalse(segmentation.mayReport(passages.get(1)), "no event word: only remembered");
    }

    @Test
    void triggersGroupAdjacentEventWordsIntoOneEvent() {
        Sentence s = TestArticles.sentence(SAT_3_FEB_2024, "The Houthis fired a barrage of ballistic missiles at a tanker.");
        List<Mention> mentions = mentions(s);
        assertEquals(1, mentions.size());
        assertEquals(EventType.MISSILE_ATTACK, mentions.get(0).type);
    }

    @Test
    void triggersLeaveOutIntentionsAndTakeTalliesForBackground() {
        assertTrue(mentions(TestArticles.sentence(SAT_3_FEB_2024, "Iran wants to attack Israel.")).isEmpty());
        Sentence tally = TestArticles.sentence(SAT_3_FEB_2024, "The groups have carried out more than 40 attacks on US forces.");
        Mention m = mentions(tally).get(0);
        assertTrue(Triggers.background(tally, m), "a count of attacks is a tally, not an incident");
    }

    @Test
    void datingReadsAWeekdayBeforeThePublicationDay() {
        Sentence s = TestArticles.sentence(SAT_3_FEB_2024, "A drone struck a base in Syria on Monday.");
        Mention m = mentions(s).get(0);
        new Dating(reading()).date(s, m);
        assertEquals(LocalDate.of(2024, 1, 29), m.date);
    }

    @Test
    void datingCountsARelativeDateFromTheLastDayTheTextGave() {
        Reading reading = reading();
        Sentence s = TestArticles.sentence(SAT_3_FEB_2024, "Two days later, rockets hit the embassy.");
        Mention m = mentions(s).get(0);
        new Dating(reading).date(s, m);
        assertTrue(m.relativeUnresolved, "nothing dated to count from: left out rather than dated wrongly");

        reading.lastDayDate = LocalDate.of(2024, 1, 28);
        new Dating(reading).date(s, m);
        assertEquals(LocalDate.of(2024, 1, 30), m.date);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // passive: the subject suffered it, the doer follows "by" (the sided one of a chain of "by" phrases)
            "Three US soldiers were killed in Jordan by a drone launched by militant groups backed by Iran.|IRAN_AXIS|US",
            // active: a sided phrase before the event word is the doer, the phrase after "on" the target
            "US strikes on Kataib Hezbollah facilities in Iraq.|US|IRAN_AXIS",
            // coordinated actors: the first conjunct acts; a supporting insertion is neither actor nor target
            "The U.S. and U.K., with support from Australia, Bahrain and Canada, conducted strikes on Houthi sites.|US|IRAN_AXIS",
            "Iran—and its proxies operating out of Yemen, Syria and Iraq—launched an air attack on Israel.|IRAN_AXIS|ISRAEL",
            // a bracketed acronym inside a name keeps the name one phrase
            "U.S. Central Command (USCENTCOM) forces destroyed a Houthi missile system in Yemen.|US|IRAN_AXIS",
            // an actor phrase that holds the event word, the one an attack comes from, the one who claimed it
            "Government aircraft struck a market in Aleppo, killing 33 people.|@GOV|CIVILIAN",
            "The attack from Russian positions hit a school in Kherson.|RUSSIA|CIVILIAN",
            "The attack, for which ISIS claimed responsibility, killed 12 civilians.|JIHADIST|CIVILIAN",
            // victims: the dead of a casualty clause, the phrase a participle with "by" modifies, a counted object
            "We are concerned by reports of a Burma military airstrike in Sagaing that killed more than 50 people.|MYANMAR_JUNTA|CIVILIAN",
            "The seven humanitarians killed by Israeli airstrikes in Gaza were there to help.|ISRAEL|CIVILIAN",
            "U.S. Forces struck and destroyed four Houthi anti-ship ballistic missiles.|US|IRAN_AXIS",
            "The U.S. and Britain launched strikes on Houthi targets in Yemen.|US|IRAN_AXIS",
            "The attack on the base, carried out by Iran-backed militias, injured 34 U.S. troops.|IRAN_AXIS|US",
            "The embassy mourns the victims who lost their lives in the blast in Bajaur, Pakistan.|null|CIVILIAN"}, nullValues = "null")
    void argumentsByVoiceAndPreposition(String sentence, String actorSide, String targetSide) {
        Sentence s = TestArticles.sentence(SAT_3_FEB_2024, sentence);
        Mention m = mentions(s).get(0);
        Arguments.assign(s, m);
        assertEquals(actorSide, m.actor == null ? null : m.actor.side);
        assertEquals(targetSide, m.target.side);
    }

    @Test
    void argumentsTakeAPronounOrSubjectlessClausesActorFromTheParagraph() {
        String told = "U.S. forces conducted a counterterrorism operation today against an ISIS-K planner. ";
        String strike = "The unmanned airstrike occurred in Nangarhar Province of Afghanistan.";
        assertEquals("US", TestArticles.code(SAT_3_FEB_2024, told + strike).get(0).getActorSide());
        assertEquals(null, TestArticles.code(SAT_3_FEB_2024, told + "\n\n" + strike).get(0).getActorSide(),
                "a new paragraph may have changed the topic");
        String m23 = "The M23 is tightening its grip on Goma. It has also conducted attacks on MONUSCO in the Democratic Republic of the Congo.";
        assertEquals("M23", TestArticles.code(SAT_3_FEB_2024, m23).get(0).getActorSide());
        String victims = "Civilians fled the town. They were killed in an airstrike in Sagaing.";
        assertEquals(null, TestArticles.code(SAT_3_FEB_2024, victims).get(0).getActorSide(), "civilians do not strike");
    }

    @Test
    void placingPrefersTheEventsOwnClauseToWhereItWasTalkedAbout() {
        Sentence s = TestArticles.sentence(SAT_3_FEB_2024, "Speaking in Qatar, the minister condemned the US strikes in Iraq.");
        Mention m = mentions(s).get(0);
        assertEquals(List.of("IQ"), countries(Placing.places(s, m)));
    }

    @Test
    void placingFallsBackOnACountryNamedAsTheTarget() {
        Sentence s = TestArticles.sentence(SAT_3_FEB_2024, "Hezbollah launched a drone attack on Israel.");
        Mention m = mentions(s).get(0);
        Arguments.assign(s, m);
        assertEquals(List.of("IL"), countries(Placing.places(s, m)));
    }

    /** The mentions of every clause of the sentence. */
    private static List<Mention> mentions(Sentence s) {
        List<Mention> out = new ArrayList<>();
        for (int seg = 0; seg < s.segments(); seg++) {
            out.addAll(Triggers.mentions(s, seg));
        }
        return out;
    }

    private static List<String> countries(List<Sentence.PlaceRef> places) {
        return places.stream().map(p -> p.place().country()).toList();
    }

    private static Reading reading() {
        return new Reading(TestArticles.DICTIONARIES, TestArticles.article("test", SAT_3_FEB_2024, ""));
    }
}
