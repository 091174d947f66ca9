package dev.escalation.extract;

import dev.escalation.records.Article;
import dev.escalation.records.EventType;
import dev.escalation.records.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
    void segmentationSkipsADatelineWithItsDate() {
        Segmentation segmentation = new Segmentation(TestArticles.DICTIONARIES,
                "WASHINGTON, Dec. 28, 2008 -- A suicide bomber struck a district centre in Khowst province.");
        assertEquals("A", segmentation.tokens.get(segmentation.passages().get(0).from()).raw, "where and when the story was filed");
        Segmentation ap = new Segmentation(TestArticles.DICTIONARIES, "KYIV, Ukraine (AP) — Russian drones struck Odesa.");
        assertEquals("Russian", ap.tokens.get(ap.passages().get(0).from()).raw, "a city and its country");
        assertEquals("UA", ap.datelineCountry());
    }

    @Test
    void triggersGroupAdjacentEventWordsIntoOneEvent() {
        Sentence s = TestArticles.sentence(SAT_3_FEB_2024, "The Houthis fired a barrage of ballistic missiles at a tanker.");
        List<Mention> mentions = mentions(s);
        assertEquals(1, mentions.size());
        assertEquals(EventType.MISSILE_ATTACK, mentions.get(0).type);
        List<Mention> another = mentions(TestArticles.sentence(SAT_3_FEB_2024, "Russia unleashed another barrage of more than 70 missiles at Ukraine."));
        assertEquals(List.of(EventType.MISSILE_ATTACK), another.stream().map(m -> m.type).toList(), "'another' parts no verb from its weapon");
    }

    @Test
    void triggersLeaveOutIntentionsAndTakeTalliesForBackground() {
        assertTrue(mentions(TestArticles.sentence(SAT_3_FEB_2024, "Iran wants to attack Israel.")).isEmpty());
        Sentence tally = TestArticles.sentence(SAT_3_FEB_2024, "The groups have carried out more than 40 attacks on US forces.");
        Mention m = mentions(tally).get(0);
        assertTrue(Triggers.background(tally, m), "a count of attacks is a tally, not an incident");
        Sentence dozens = TestArticles.sentence(SAT_3_FEB_2024, "The Houthis have launched dozens of drone and missile attacks on ships in the Red Sea.");
        assertTrue(mentions(dozens).stream().allMatch(d -> Triggers.background(dozens, d)), "a weapon joined to an attack word counts attacks");
    }

    @Test
    void aListItemOpenedByItsDayIsDatedNewsPlacedOnceTheArticleIsRead() {
        List<Incident> item = TestArticles.code("2024-03-05", "Overview: Bahrain developed its counterterrorism capacities.\n\n"
                + "• On February 17, an explosion in the village of Al-Dayr injured five policemen.");
        assertEquals(List.of("BH 2024-02-17"), item.stream().map(i -> i.getCountryCode() + " " + i.getEventDate()).toList());
    }

    @Test
    void aDaySetOffByARelativeDayOfAnotherThingIsTheEventsDay() {
        List<Incident> bombing = TestArticles.code("2016-07-19",
                "On May 20, three days before national elections, a bomb exploded on a bus near Humera, Ethiopia, wounding 13 people.");
        assertEquals(List.of(LocalDate.of(2016, 5, 20)), bombing.stream().map(Incident::getEventDate).toList());
        List<Incident> strikes = TestArticles.code("2024-07-21", "Israeli warplanes struck the port of Hodeidah in western Yemen on Saturday, "
                + "a day after a drone launched by the Houthis exploded in central Tel Aviv and killed a man.");
        assertEquals(List.of(LocalDate.of(2024, 7, 20), LocalDate.of(2024, 7, 19)), strikes.stream().map(Incident::getEventDate).toList());
        List<Incident> commas = TestArticles.code("2024-07-21", "Israeli warplanes struck the port of Hodeidah in western Yemen on Saturday, "
                + "a day after a drone, launched by the Houthis, exploded in central Tel Aviv and killed a man.");
        assertEquals(List.of(LocalDate.of(2024, 7, 20), LocalDate.of(2024, 7, 19)), commas.stream().map(Incident::getEventDate).toList());
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
        // "the previous day" and "a day earlier" count back, and tell no history
        for (String before : List.of("The previous day", "A day earlier")) {
            List<Incident> two = TestArticles.code(SAT_3_FEB_2024, "Israeli jets struck Gaza on Thursday. " + before + ", militants fired rockets at Sderot.");
            assertEquals(List.of("2024-02-01", "2024-01-31"), two.stream().map(i -> i.getEventDate().toString()).toList(), before);
        }
        // ... from the event's day, not the day a source spoke of it
        List<Incident> spoken = TestArticles.code(SAT_3_FEB_2024, "An air strike on a market in Kabkabiya on Monday killed 100 people, "
                + "medics said on Thursday. A day later, RSF shelling of the Abu Shouk camp killed seven people.");
        assertEquals(List.of("2024-01-29", "2024-01-30"), spoken.stream().map(i -> i.getEventDate().toString()).toList());
        // ... nor from the day a history began, nor from an event of another month the story recalls
        List<Incident> sinceFlared = TestArticles.code(SAT_3_FEB_2024, "Rockets struck the town of Barda in Azerbaijan on Thursday, killing 21 "
                + "civilians, in the deadliest attack since fighting flared on Sept. 27. A day earlier, shelling killed five people in a village near Barda.");
        assertEquals(List.of("2024-02-01", "2024-01-31"), sinceFlared.stream().map(i -> i.getEventDate().toString()).toList());
        // the day a source spoke dates an event until the text tells its own day: one incident, on that day
        List<Incident> corrected = TestArticles.code(SAT_3_FEB_2024, "A Nigerian army drone mistakenly struck villagers in Kaduna state, "
                + "killing at least 85 people, the emergency agency said on Friday. The strike hit Tudun Biri village late on Wednesday.");
        assertEquals(List.of("2024-01-31 85"), corrected.stream().map(i -> i.getEventDate() + " " + i.getFatalities()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the date that closes the sentence, not the publication day
            "U.S. forces conducted an airstrike in the vicinity of Jilib, Middle Juba Region, Somalia, on January 30, 2024.|2024-01-30",
            // a bracketed note that converts the time gives the local day
            "U.S. forces conducted a cruise missile strike against an airfield today at about 8:40 p.m. EST (4:40 a.m., February 4, in Syria).|2024-02-04",
            // a day of the publication's week before it
            "Earlier this week, the regime bombed a vegetable market in Idlib.|2024-02-02",
            // a date that modifies the event noun is its day, whatever else the clause dates
            "On Monday the authorities raised the toll from January 17's airstrike upon a refugee camp in Rann to 115.|2024-01-17",
            // holidays of a fixed day, the last one before publication
            "Investigators named a suspect in the explosion that rocked downtown Nashville on Christmas Day.|2023-12-25",
            "A bomb exploded in a Kabul market on New Year's Eve.|2023-12-31",
            // a day before the event noun and its modifiers is its day, whatever day the toll was told
            "The death toll from Thursday's Russian missile strike on an apartment building in Dnipro rose to 40 on Saturday.|2024-02-01",
            // a weekday of last week; a day "of" a month
            "On Thursday last week, gunmen attacked a village in Plateau state.|2024-01-25",
            "Gunmen attacked a village in Plateau state on the 3rd of January.|2024-01-03",
            // "earlier in the week" as "earlier this week"; a numeric date, month or day first, whichever is a day before publication
            "Earlier in the week, the regime bombed a vegetable market in Idlib.|2024-02-02",
            "On 25/1/2024, militants attacked an army post near Tillaberi.|2024-01-25",
            "On 1/25/2024, militants attacked an army post near Tillaberi.|2024-01-25",
            // a quoted name is part of its clause, which the day closes
            "The Islamic Resistance in Iraq said it targeted a \"vital target\" in Eilat with drones on Thursday.|2024-02-01"})
    void datingTakesTheDayToldAfterTheEvent(String sentence, String date) {
        Sentence s = TestArticles.sentence(SAT_3_FEB_2024, sentence);
        Mention m = mentions(s).get(0);
        new Dating(reading()).date(s, m);
        assertEquals(LocalDate.parse(date), m.date);
    }

    @Test
    void datingGivesEachEventOfAClauseTheDayToldAfterIt() {
        Sentence s = TestArticles.sentence(SAT_3_FEB_2024,
                "The minister spoke yesterday following the Houthi missile attack on Israel on Thursday and a barrage of rocket attacks over the weekend.");
        List<Mention> mentions = mentions(s);
        Dating dating = new Dating(reading());
        mentions.forEach(m -> dating.date(s, m));
        assertEquals(LocalDate.of(2024, 2, 1), mentions.get(0).date, "the missile attack on Thursday");
        assertEquals(LocalDate.of(2024, 2, 3), mentions.get(1).date, "the rockets over the weekend");
    }

    @Test
    void datingCountsTheSameDayFromTheLastDayTheTextGave() {
        Reading reading = reading();
        reading.lastDayDate = LocalDate.of(2024, 1, 28);
        Sentence s = TestArticles.sentence(SAT_3_FEB_2024, "Another bombing took place in Maroua killing several others on the same day.");
        Mention m = mentions(s).get(0);
        new Dating(reading).date(s, m);
        assertEquals(LocalDate.of(2024, 1, 28), m.date);
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
            "The embassy mourns the victims who lost their lives in the blast in Bajaur, Pakistan.|null|CIVILIAN",
            // the counted dead ("at least 20 people") are the object of the killing, not the attack's doer
            "Gunmen on motorbikes killed at least 20 people in an attack on a village in Tillaberi.|@GROUP|CIVILIAN",
            // an event noun's "of" names what it hit; "inflicted by" names the doer
            "The shelling of Ukrainian positions near Bakhmut continued.|null|UKRAINE",
            "The attacks in northeastern Nigeria inflicted by Boko Haram took the lives of six people.|JIHADIST|null",
            // a leader named after the group he heads is the object of the killing, not its doer
            "Israel killed Hezbollah leader Sayyed Hassan Nasrallah in a massive air strike in Beirut.|ISRAEL|IRAN_AXIS",
            // the "of" of a quantity is no preposition: the wounded are the target
            "Missiles were fired at Ain al-Asad air base in western Iraq, wounding a number of U.S. personnel.|null|US",
            // who was told is no party: the reporters were not attacked, the fighters were
            "Rebel commanders told reporters their fighters were attacked by government aircraft.|@GOV|@GROUP",
            // what is shot down is the launcher's, not what it aimed at
            "A British warship shot down a Houthi drone targeting commercial shipping in the Red Sea.|UK|IRAN_AXIS",
            // Israeli tank fire is shelling
            "A UNIFIL position near Naqoura was hit by Israeli tank fire on Saturday, wounding two peacekeepers.|ISRAEL|OTHER",
            // insurgents the guide gives no camp keep their name, side UNKNOWN
            "Baloch separatists attacked a passenger train in Balochistan on Saturday.|UNKNOWN|CIVILIAN",
            // who backs a side is not who acts
            "M23 rebels backed by Rwanda seized the town of Masisi in eastern Congo on Saturday.|M23|CD_GOV",
            // "army drones" are the government's, like "the army"
            "Army drones struck RSF positions near El Obeid in North Kordofan on Saturday, the army said.|@GOV|SUDAN_RSF",
            // blame that qualifies the event word names the doer: the RSF were not attacked (a power station is civilian)
            "A drone attack blamed on the RSF hit a power station in Port Sudan on Saturday.|SUDAN_RSF|CIVILIAN",
            // the land taken is no victim: the village's people did not fight
            "Russian troops captured the village of Ocheretyne in the Donetsk region on Saturday.|RUSSIA|null",
            // the owner of what exploded is no doer
            "Hundreds of pagers used by members of Hezbollah exploded across Lebanon on Saturday, killing at least nine people.|null|CIVILIAN",
            // a group's affiliate in a country is the group's
            "A suicide bomber struck a crowd outside Kabul airport on Saturday, and Islamic State's Afghan affiliate claimed the blast.|JIHADIST|CIVILIAN",
            // a branch of a side's forces is the side's
            "Russian special forces attacked Ukrainian positions near Robotyne on Saturday.|RUSSIA|UKRAINE",
            // an aside names some of those who suffered it: the subject is the phrase before it
            "At least twenty people, including a policeman, were killed in riots in Jos on Saturday.|null|CIVILIAN",
            // the object past a compound adjective; homes, shops and stations are civilian ...
            "A Russian missile hit a nine-storey apartment building in Dnipro on Saturday.|RUSSIA|CIVILIAN",
            "A Russian drone hit a supermarket in Odesa on Saturday.|RUSSIA|CIVILIAN",
            // ... unless fighters of a side were killed in them
            "An Israeli strike hit a house in Khan Younis on Saturday, killing a Hamas commander.|ISRAEL|IRAN_AXIS",
            // whose the weapon was, after its "of"; a side's "occupation army"; a warship by its name and hull number
            "A drone of the Turkish occupation army targeted a convoy of civilians near Tishreen Dam on Saturday.|TR_GOV|CIVILIAN",
            "USS Mason (DDG 87) shot down a Houthi drone over the Red Sea on Saturday.|US|IRAN_AXIS",
            // the killed of a named state are the target, not a "military" post no side is named for
            "Two Chadian soldiers were killed in a militant attack on a military checkpoint in northern Mali on Saturday.|@GROUP|TD_GOV",
            // "a group of" people past an adjective is those people
            "Gunmen opened fire on a group of foreign tourists in the central province of Bamiyan on Saturday.|@GROUP|CIVILIAN",
            // who filled the place hit is the target
            "Hamas fighters blew up a house packed with Israeli soldiers in Rafah on Saturday.|IRAN_AXIS|ISRAEL",
            // a UN peacekeeping camp is the peacekeepers', not a civilian camp
            "Militants attacked the UN peacekeeping camp in Kidal on Saturday.|@GROUP|OTHER",
            // fighting told in a relative clause; two groups of no camp in the guide fight each other too
            "Fighting that erupted on Saturday between ELN guerrillas and FARC dissidents in Catatumbo has killed 80 people.|UNKNOWN|UNKNOWN",
            // a side's word before the head of the subject, one plain word apart, is whose the means were
            "On Saturday, junta navy vessels off Kyaukphyu shelled coastal villages.|@GOV|CIVILIAN",
            // fire opened on protesters is force, whoever it hit
            "Soldiers and police opened fire on protesters in Yangon on Saturday.|@GOV|CIVILIAN",
            // a side's word in a civilian place's name names the place
            "A drone struck the Saudi Teaching Hospital in El Fasher on Saturday.|null|CIVILIAN"}, nullValues = "null")
    void argumentsByVoiceAndPreposition(String sentence, String actorSide, String targetSide) {
        Sentence s = TestArticles.sentence(SAT_3_FEB_2024, sentence);
        Mention m = mentions(s).get(0);
        Arguments.assign(s, m);
        assertEquals(actorSide, m.actor == null ? null : m.actor.side);
        assertEquals(targetSide, m.target == null ? null : m.target.side);
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
        assertEquals("MYANMAR_JUNTA", TestArticles.code(SAT_3_FEB_2024, victims).get(0).getActorSide(),
                "civilians do not strike; over Myanmar the junta alone flies (air-powers.tsv)");
    }

    @Test
    void placingPrefersTheEventsOwnClauseToWhereItWasTalkedAbout() {
        Sentence s = TestArticles.sentence(SAT_3_FEB_2024, "Speaking in Qatar, the minister condemned the US strikes in Iraq.");
        Mention m = mentions(s).get(0);
        assertEquals(List.of("IQ"), countries(Placing.places(s, m)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // "the country" is the one the text named last, in the sentence or before it, not where the article mostly is
            "President Biden spoke in Washington on Thursday. The Ethiopian Human Rights Commission says more than 100 people have been killed in a massacre in the western part of the country.|ET",
            "President Biden spoke in Washington on Thursday. Fighting resumed in Tigray on Friday. At least 30 people were killed in attacks in the country's north.|ET",
            // where people would cross into is no place of what struck them
            "Drone attacks on Rohingya families waiting to cross into Bangladesh near the Myanmar town of Maungdaw killed dozens on Monday.|MM",
            // a name particle opens a longer name: "Abu Salim" is Tripoli's, not the West Bank's Salim
            "Heavy fighting broke out in the Abu Salim district of Tripoli on Monday.|LY",
            // a capital that speaks for its government is no place of the event
            "Indian warplanes struck what New Delhi called a training camp of the Jaish-e-Mohammad group in northeastern Pakistan on Tuesday.|PK",
            // and so is "the capital": a newscast's next story is not the last one's
            "Russian police detained 300 protesters in Moscow on Saturday. Haitian authorities on Sunday arrested 23 people over an alleged coup plot. Earlier on Sunday, gunmen in the capital clashed with police.|HT",
            // troops may serve abroad: their country is not where they were attacked
            "Residents in Mogadishu stayed home on Saturday. The insurgents attacked the Ethiopian and Somali troops after they entered the neighborhood.|SO"})
    void placingReadsTheCountryAsTheOneNamedLast(String text, String country) {
        List<Incident> incidents = TestArticles.code(SAT_3_FEB_2024, text);
        assertEquals(List.of(country), incidents.stream().map(Incident::getCountryCode).distinct().toList(), incidents::toString);
    }

    @Test
    void eventsReadALooseVerbInIngAsAPartOfTheEventItsSentenceNames() {
        List<Incident> incidents = TestArticles.code(SAT_3_FEB_2024, "The United States strongly condemns the suicide bombing that "
                + "took place in the Parwan capital of Charikar this morning, killing at least a dozen people, when gunmen detonated "
                + "explosives after storming the Parwan Governor's building.");
        assertEquals(1, incidents.size(), incidents::toString);
        assertEquals(EventType.BOMBING, incidents.get(0).getEventType());
    }

    @Test
    void eventsLeaveADoerTheTextCallsUnidentifiedUnknown() {
        List<Incident> incidents = TestArticles.code(SAT_3_FEB_2024, "Boko Haram fighters attacked a village in Borno on Thursday, "
                + "killing 12 people.\n\nOn Friday, unidentified armed bandits attacked a village in Katsina State, killing dozens.");
        assertEquals(2, incidents.size(), incidents::toString);
        assertEquals(List.of("JIHADIST", "none"), incidents.stream().map(i -> i.getActorSide() == null ? "none" : i.getActorSide()).toList(),
                "the only doer of the article's attacks stands in only where the text names none");
    }

    @Test
    void placingFallsBackOnACountryNamedAsTheTarget() {
        Sentence s = TestArticles.sentence(SAT_3_FEB_2024, "Hezbollah launched a drone attack on Israel.");
        Mention m = mentions(s).get(0);
        Arguments.assign(s, m);
        assertEquals(List.of("IL"), countries(Placing.places(s, m)));
    }

    @Test
    void placingTakesTheCountryOfATownTheGazetteerLacks() {
        Sentence s = TestArticles.sentence(SAT_3_FEB_2024, "Suicide bombers struck a market near Seradji-Kerawa, Cameroon.");
        assertEquals(List.of("CM"), countries(Placing.places(s, mentions(s).get(0))));
    }

    @Test
    void placingTakesATownInTheCountryTheTextPutsItIn() {
        // the gazetteer's Solhan is a Turkish town; "in Burkina Faso's Yagha province" says which Solhan this is
        Sentence s = TestArticles.sentence(SAT_3_FEB_2024, "Jihadists killed 15 villagers in an attack on Solhan in Burkina Faso's Yagha province.");
        assertEquals(List.of("BF"), countries(Placing.places(s, mentions(s).get(0))).stream().distinct().toList(),
                "Solhan, and Yagha the province, both Burkina Faso's");
    }

    @Test
    void placingReadsBareKashmirAsTheIndianAdministeredPart() {
        Sentence s = TestArticles.sentence(SAT_3_FEB_2024, "Troops exchanged fire across the Line of Control in Kashmir.");
        assertEquals(List.of("IN"), countries(Placing.places(s, mentions(s).get(0))));
    }

    @ParameterizedTest
    @CsvSource({"Plateau State,NG", "Plateau state,NG", "Kherson Oblast,UA", "Kherson oblast,UA"})
    void placingReadsARegionWithItsSuffixInEitherCase(String region, String country) {
        // the gazetteer's "Plateau State" and the variant "Plateau state" share one entry: neither spelling may shadow the other
        Sentence s = TestArticles.sentence(SAT_3_FEB_2024, "Fighters ambushed a convoy in " + region + ".");
        assertEquals(List.of(country), countries(Placing.places(s, mentions(s).get(0))));
    }

    @ParameterizedTest
    @CsvSource({"Afgoye,SO", "Galkayo,SO", "Dhusamareb,SO", "Hudur,SO", "Bosaso,SO", "Sloviansk,UA", "Kostiantynivka,UA", "Berdiansk,UA",
            "Mykolaiv,UA", "ad-Dali,YE", "Beit Lahia,PS"})
    void placingKnowsTownsAsEnglishNewsSpellsThem(String town, String country) {
        // GeoNames writes Somali orthography (Afgooye, Gaalkacyo, Dhuusamarreeb, Xuddur, Boosaaso) and an older Ukrainian
        // transliteration (Slovyansk, Kostyantynivka, Berdyansk); the gazetteer adds the spellings news uses
        Sentence s = TestArticles.sentence(SAT_3_FEB_2024, "Fighters ambushed a convoy near " + town + ".");
        assertEquals(List.of(country), countries(Placing.places(s, mentions(s).get(0))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "An Israeli airstrike killed two Hezbollah commanders on Saturday.|LB",
            "U.S. forces killed a senior al-Shabaab leader in an airstrike on Saturday.|SO",
            "A Pakistani drone strike killed three TTP commanders on Saturday.|PK",
            // what the commanders were once involved in is their record, not news
            "Israel's military said it carried out airstrikes on Saturday that killed two Hezbollah commanders who were involved in "
                    + "missile attacks targeting northern Israel.|LB"})
    void placingPutsAStrikeOnAGroupTheTextDoesNotPlaceWhereTheGroupIsBased(String text, String country) {
        List<Incident> incidents = TestArticles.code(SAT_3_FEB_2024, text);
        assertEquals(List.of(country), incidents.stream().map(Incident::getCountryCode).toList(), incidents::toString);
    }

    @Test
    void placingLeavesOutWhereTheFireCameFrom() {
        Sentence s = TestArticles.sentence(SAT_3_FEB_2024, "Rockets fired from southern Lebanon struck northern Israel.");
        assertEquals(List.of("IL"), countries(Placing.places(s, mentions(s).get(0))));
    }

    @Test
    void aPeopleCountedAmongTheDeadAreCivilians() {
        List<Incident> strikes = TestArticles.code(SAT_3_FEB_2024, "Israeli strikes killed at least 27 Palestinians in Gaza on Saturday.");
        assertEquals(List.of("ISRAEL->CIVILIAN 27"), strikes.stream().map(i -> i.getActorSide() + "->" + i.getTargetSide() + " " + i.getFatalities()).toList());
        // ... but a people that fires is no victim
        List<Incident> rockets = TestArticles.code(SAT_3_FEB_2024, "Palestinians fired rockets at Sderot on Saturday.");
        assertEquals(1, rockets.size());
        assertNull(rockets.get(0).getTargetSide());
    }

    @Test
    void aDayThatOpensTheSentenceDatesTheEventAWeaponOpens() {
        List<Incident> items = TestArticles.code("2017-04-27", "On April 18, a grenade exploded in the Kebele 18 neighborhood of Gondar. "
                + "On April 20, a grenade was thrown into a private residential compound.");
        assertEquals(List.of("2017-04-18", "2017-04-20"), items.stream().map(i -> i.getEventDate().toString()).toList());
    }

    @Test
    void casualtiesAreOfTheEventToldJustBeforeThem() {
        List<Incident> incidents = TestArticles.code("2024-05-10", "A week after the May 3 attack on the Ministry of Defence in Mogadishu, "
                + "al-Shabaab ambushed a convoy near Afgoye on Thursday, killing seven soldiers.");
        assertEquals(List.of("2024-05-03 null", "2024-05-09 7"), incidents.stream().map(i -> i.getEventDate() + " " + i.getFatalities()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a denied event is none (the guide: denials are not incidents) ...
            "Moscow denied that its troops had shelled the village of Hroza on Thursday.|0|",
            "The Israeli military on Friday denied a Lebanese media report that its troops had opened fire on a U.N. position near Naqoura.|0|",
            "The army rejected claims that its soldiers killed 20 villagers in Mopti on Friday.|0|",
            // ... but a denied part in one leaves the event, with another doer than the denier
            "Iran denied any role in the drone attack on the tanker off Oman on Friday.|1|",
            "The RSF denied responsibility for the attack on the camp in El Fasher, which killed 12 people on Friday.|1|"})
    void aDeniedEventIsNoneAndItsDenierNoDoer(String text, int incidents, String actor) {
        List<Incident> coded = TestArticles.code(SAT_3_FEB_2024, text);
        assertEquals(incidents, coded.size(), coded::toString);
        coded.forEach(i -> assertEquals(actor, i.getActor(), "the denier is no doer"));
    }

    @Test
    void theDayAfterALinkingVerbIsTheOtherEventsNotTheOneToldAgain() {
        List<Incident> incidents = TestArticles.code("2019-02-26", "Indian warplanes struck a camp near Balakot in Pakistan on Tuesday. "
                + "The strike came 12 days after a suicide car bomber killed 40 Indian paramilitary police in Pulwama.");
        assertEquals(List.of(EventType.AIR_STRIKE, EventType.BOMBING), incidents.stream().map(Incident::getEventType).toList(),
                "'The strike came 12 days after' tells the strike again and dates the bombing");
    }

    @Test
    void theAttacksOfASideAreNeverItsInterceptionsToldAgain() {
        List<Incident> incidents = TestArticles.code("2024-09-30", "Ukraine's military said Monday it shot down 67 of 73 Russian drones over "
                + "Kyiv overnight. Belgorod's governor reported one person killed in the Ukrainian attacks.");
        assertTrue(incidents.stream().anyMatch(i -> i.getEventType() != EventType.INTERCEPTION && "RU".equals(i.getCountryCode())
                && "UKRAINE".equals(i.getActorSide())), incidents::toString);
    }

    @Test
    void aClaimInTheNextSentenceNamesTheDoer() {
        List<Incident> incidents = TestArticles.code("2022-10-30", "At least 100 people were killed when two car bombs exploded in Mogadishu "
                + "on Saturday. Al Shabaab claimed responsibility in a statement on Sunday.");
        assertEquals(List.of("JIHADIST"), incidents.stream().map(Incident::getActorSide).toList());
    }

    @Test
    void aDayEarlierCountsFromTheStorysDayNotFromItsCause() {
        List<Incident> incidents = TestArticles.code("2025-05-06", "Israeli warplanes struck Sanaa's airport on Tuesday in retaliation for a "
                + "Houthi missile that hit Israel's main airport at the weekend. A day earlier, Israeli jets bombed the port of Hodeidah.");
        assertTrue(incidents.stream().anyMatch(i -> i.getEventDate().equals(LocalDate.of(2025, 5, 5))), incidents::toString);
    }

    @Test
    void aClauseOpenedByAfterHasASubjectOfItsOwn() {
        List<Incident> incidents = TestArticles.code("2024-07-28", "Israeli aircraft struck Hezbollah targets in Lebanon overnight, the military "
                + "said, after a rocket slammed into a football pitch in Majdal Shams on Saturday and killed 12 children.");
        Incident rocket = incidents.stream().filter(i -> i.getEventType() == EventType.ROCKET_ATTACK).findFirst().orElseThrow();
        assertEquals(null, rocket.getActor(), "the rocket is not the main clause's subject's");
    }

    @Test
    void casualtiesCountTheIncidentsDeadNotTheWarsToll() {
        List<Incident> incidents = TestArticles.code(SAT_3_FEB_2024, "The seven aid workers killed by Israeli airstrikes in Gaza yesterday "
                + "were delivering food. Their deaths, and the deaths of more than 30,000 Palestinians in this conflict, are devastating.");
        assertEquals(1, incidents.size(), incidents::toString);
        assertEquals(7, incidents.get(0).getFatalities());
        // nor a year's toll told after the incident
        List<Incident> bomb = TestArticles.code("2012-10-18", "Authorities in eastern India say a bomb planted by Maoist rebels has killed "
                + "five paramilitary personnel. More than 1,000 people were killed in rebel violence in 2010.");
        assertEquals(List.of(5), bomb.stream().map(Incident::getFatalities).toList());
        // nor the toll of another, older event a clause dates by its month
        List<Incident> twin = TestArticles.code("2022-10-30", "At least 100 people were killed when two car bombs exploded in Mogadishu on "
                + "Saturday. The second blast went off near the junction where a truck bomb killed more than 500 people in October 2017.");
        assertEquals(List.of(100), twin.stream().map(Incident::getFatalities).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A US airstrike killed two terrorists in Somalia on Friday. No civilians were injured or killed.|2",
            "A US airstrike hit al-Shabaab militants in Somalia on Friday. No civilians were injured or killed.|",
            "A drone attack hit a US base in Syria on Friday. No one was killed.|0",
            // one person named or counted by "a": one dead; "a number of children" states no count
            "Militants attacked a patrol near Gossi in Mali on Friday, which led to the death of a French soldier.|1",
            "A rocket attack on Majdal Shams on Friday killed a number of children playing soccer.|",
            // an aside names some of those counted: the count is the one before it, and so is the target
            "Ten civilians, including two children, were killed in an airstrike in Idlib on Friday.|10",
            "At least twenty people, including a policeman, have been killed in riots in the Nigerian city of Jos.|20",
            "Seven aid workers with the World Central Kitchen, including citizens of Britain, Australia and Poland, were killed in an Israeli air strike in Gaza on Friday.|7",
            // a toll may end on a date; the dead of a clause that names no place go with the event placed after it
            "The death toll from a Russian missile strike on the centre of the Ukrainian city of Sumy rose to 35 on Friday.|35",
            "Militiamen killed at least 60 people, many of them women and children, in an attack on a camp in Ituri province late on Friday.|60",
            "Militiamen killed at least 60 people, many of them women, in an attack on a camp in Ituri province late on Friday, officials said.|60",
            // the toll of a war's clause or of a disaster is no incident's
            "A UN helicopter came under fire in the South Sudanese town of Nasir on Friday, killing a crew member. The fighting threatens a peace deal that ended a civil war in which some 400,000 people were killed.|1",
            "Myanmar's military carried out air strikes on villages in Shan state on Friday, killing seven people. The junta said the death toll from the earthquake had climbed to 1,700.|7",
            // a whole war's count to date, its subject the war: "the violence has killed", "the conflict ... has killed"
            "Suspected jihadists ambushed an army convoy near Diapaga on Sunday, killing at least 11 soldiers. The violence has killed more than 20,000 people since 2015.|11",
            "On Wednesday, insurgents beheaded two fishermen off Quissanga district. The conflict began in 2017, and has killed more than 5,000 people.|2",
            "Officials said a boy was killed when Azerbaijani rockets hit a village near Martuni in Armenia on Friday. The region broke away in a war in the early 1990s that killed about 30,000 people.|1",
            // a verb of killing split by its object ("hacked ... to death") kills, and "slaughtered" counts its dead
            "ADF rebels hacked 22 people to death in Beni territory on Friday night, local officials said.|22",
            "Gunmen slaughtered 14 farmers in Borno state on Friday.|14"})
    void casualtiesCountTheDeadAndSayZeroOnlyWhenNobodyDied(String text, Integer killed) {
        List<Incident> incidents = TestArticles.code(SAT_3_FEB_2024, text);
        assertEquals(1, incidents.size(), incidents::toString);
        assertEquals(killed, incidents.get(0).getFatalities());
    }

    /** The mentions of every clause of the sentence. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a weapon or a verb alone takes the event word a few words on
            "Government aircraft continued dropping crude barrel bombs on Aleppo.|AIR_STRIKE",
            "The Houthis fired one anti-ship ballistic missile into the Gulf of Aden.|MISSILE_ATTACK",
            // a weapon after "with", its count and its name between them
            "Russia attacked Odesa with 24 Shahed drones overnight.|DRONE_ATTACK",
            // bombs that hit came from the air; a planted bomb explodes
            "Russian bombs hit playgrounds in Kyiv.|AIR_STRIKE"})
    void triggersJoinAWeaponToItsVerb(String sentence, EventType type) {
        List<Mention> mentions = mentions(TestArticles.sentence(SAT_3_FEB_2024, sentence));
        assertEquals(1, mentions.size());
        assertEquals(type, mentions.get(0).type);
    }

    @Test
    void aVerbThatOpensARelativeClauseOnAnEventNounTellsThatEvent() {
        List<Incident> incidents = TestArticles.code("2024-02-03",
                "Kataib Hezbollah claimed responsibility for the drone attack that struck a U.S. base in Syria on Friday.");
        assertEquals(1, incidents.size(), incidents::toString);
        assertEquals(EventType.DRONE_ATTACK, incidents.get(0).getEventType(), "no air strike");
        List<Incident> downed = TestArticles.code("2024-02-03", "U.S. and coalition forces shot down 28 one-way attack drones over the Red Sea on Saturday.");
        assertEquals(List.of(EventType.INTERCEPTION), downed.stream().map(Incident::getEventType).toList(),
                "attack drones shot down are what was intercepted, not an attack by those who shot them down");
    }

    @Test
    void anEventNounCarriedByALightVerbIsToldInThatVerbsTense() {
        List<Incident> incidents = TestArticles.code("2019-04-12", "A car bomb exploded near Afgooye on April 9. "
                + "In response, U.S. Africa Command conducted a collective self-defense airstrike.");
        assertEquals(List.of(EventType.BOMBING, EventType.AIR_STRIKE), incidents.stream().map(Incident::getEventType).toList(),
                "the airstrike is news, placed where the bombing was, and no part of it");
        assertEquals("SO", incidents.get(1).getCountryCode());
        assertEquals("US", incidents.get(1).getActorSide());
        assertEquals(null, incidents.get(0).getActorSide());
        List<Incident> struck = TestArticles.code("2024-02-03", "An explosion rocked a house in Erbil on Friday, killing two people. "
                + "Officials said the blast was caused by a drone strike.");
        assertEquals(List.of(EventType.DRONE_ATTACK), struck.stream().map(Incident::getEventType).toList(),
                "but an explosion with no device named is the strike's own");
        List<Incident> killedIn = TestArticles.code("2008-06-09", "Violence in Mogadishu killed at least 12 people on Sunday. "
                + "Witnesses say most were civilians killed in an artillery battle between insurgents and government troops.");
        assertEquals(List.of(EventType.SHELLING), killedIn.stream().map(Incident::getEventType).toList(),
                "an event noun that people were killed in is told in the tense of their death");
    }

    @Test
    void anEventToldAsAnotherIsNotMergedIntoTheOneBefore() {
        List<Incident> similar = TestArticles.code("2004-03-03", "Israeli helicopters have fired missiles at a car in the Gaza Strip, "
                + "killing at least three people. Last Saturday, a similar air strike killed three members of the Islamic Jihad group.");
        // the news, told with no day, is dated the day before its publication (Emitting.day); the similar strike keeps its own
        assertEquals(List.of(LocalDate.parse("2004-03-02"), LocalDate.parse("2004-02-28")), similar.stream().map(Incident::getEventDate).toList(),
                "the news keeps its day; the similar strike is its own");
        List<Incident> earlier = TestArticles.code("2003-08-26", "Israeli helicopter gunships fired missiles at Hamas activists north of "
                + "Gaza City, killing at least one bystander. Earlier, an Israeli gunboat shelled an area north of Gaza City.");
        assertEquals(2, earlier.size(), earlier::toString);
        List<Incident> series = TestArticles.code("2014-09-01", "Boko Haram militants attacked the city of Bama in Nigeria on Monday. "
                + "This is Boko Haram's third major attack on Bama.");
        assertEquals(1, series.size(), "the third of a series is the one told");
    }

    @Test
    void aParagraphsHeadingInCapitalsIsNoDoer() {
        List<Incident> incidents = TestArticles.code(SAT_3_FEB_2024, "Operational update - Central Sahel\n\n"
                + "BURKINA FASO - On 1 February, an explosive device struck a minibus near Fada N'Gourma, killing nine passengers.\n\n"
                + "NIGER - On 2 February, armed men attacked a village in the Tillaberi region, killing 12 people.");
        assertEquals(List.of("BF null", "NE null"), incidents.stream().map(i -> i.getCountryCode() + " " + i.getActorSide()).toList());
    }

    @Test
    void theHeadlinesWeaponTypesTheBodysAttackOfNoStatedMeans() {
        String body = "An attack on a military base in Maidan Shahr in Afghanistan killed 12 members of the security forces on Saturday.";
        Article titled = Article.newBuilder(TestArticles.article("titled", SAT_3_FEB_2024, body))
                .setTitle("Car bomb attack kills dozens at military base in Maidan Wardak, Afghanistan").build();
        assertEquals(List.of(EventType.BOMBING), TestArticles.CODER.code(titled).stream().map(Incident::getEventType).toList());
        assertEquals(List.of(EventType.ARMED_CLASH), TestArticles.code(SAT_3_FEB_2024, body).stream().map(Incident::getEventType).toList(),
                "without the headline, an attack of no stated means");
        // a headline about another country, or naming two kinds of attack, says nothing of this one
        Article elsewhere = Article.newBuilder(titled).setTitle("Rocket attack on Kyiv, Ukraine").build();
        assertEquals(List.of(EventType.ARMED_CLASH), TestArticles.CODER.code(elsewhere).stream().map(Incident::getEventType).toList());
        Article two = Article.newBuilder(titled).setTitle("Car bomb and rocket attacks in Afghanistan").build();
        assertEquals(List.of(EventType.ARMED_CLASH), TestArticles.CODER.code(two).stream().map(Incident::getEventType).toList());
        // nor of an attack of other days the body recalls
        Article recalled = Article.newBuilder(titled).setBody(body + " The attack came three days after an army assault killed 11 militants "
                + "in Ghazni province.").build();
        assertEquals(List.of("BOMBING 2024-02-03", "ARMED_CLASH 2024-01-31"), TestArticles.CODER.code(recalled).stream()
                .map(i -> i.getEventType() + " " + i.getEventDate()).toList());
    }

    @Test
    void whatAStatementCondemnsOrIsConcernedAboutIsTheNews() {
        List<Incident> concerned = TestArticles.code("2022-09-12", "The United States is deeply concerned about reports of attacks along "
                + "the Armenia-Azerbaijan border, including reported strikes against settlements and civilian infrastructure inside Armenia.");
        assertEquals(List.of("AM"), concerned.stream().map(Incident::getCountryCode).toList(), concerned::toString);
    }

    @Test
    void aBodyThatNamesNoPlaceIsSetWhereItsTitleIs() {
        List<Incident> statement = TestArticles.codeTitled("U.S. Embassy Statement Condemning Attacks in Northern Rakhine State",
                "2017-08-25", "We condemn the attacks that took place overnight against the security forces, and we offer condolences "
                        + "to victims and their families.");
        // the title's place inside a country, not the embassy's flag
        assertEquals(List.of("MM"), statement.stream().map(Incident::getCountryCode).toList());
    }

    @Test
    void aBombingAndGunfireToldInOneSentenceAreOneComplexAttack() {
        List<Incident> church = TestArticles.code(SAT_3_FEB_2024, "An attack on a church in Owo, Nigeria, killed 40 worshippers on Saturday. "
                + "Witnesses said the attackers detonated explosives and opened fire.");
        assertEquals(List.of(EventType.BOMBING), church.stream().map(Incident::getEventType).toList());
        // a bomb that hit a military post went off among no civilians, whoever's post it was
        List<Incident> base = TestArticles.code(SAT_3_FEB_2024, "Suicide bombers attacked a military base in Gao on Saturday.");
        assertEquals(1, base.size(), base::toString);
        assertNull(base.get(0).getTargetSide());
        // gunfire and explosions heard are the sound of the attack told, of whatever kind it was
        List<Incident> heard = TestArticles.code(SAT_3_FEB_2024, "Resistance forces launched 29 drones at the Aye Lar airbase in Naypyitaw "
                + "early on Saturday. Residents of Naypyitaw said they heard explosions and gunfire at about 5 a.m.");
        assertEquals(List.of(EventType.DRONE_ATTACK), heard.stream().map(Incident::getEventType).toList());
    }

    @Test
    void aStateThatTellsOfInterceptionsInterceptedTheOtherSidesFire() {
        List<Incident> incidents = TestArticles.code("2024-06-13", "Hezbollah fired more than 200 rockets at northern Israel on Wednesday. "
                + "An Israeli strike killed a Hezbollah commander in southern Lebanon on Tuesday. "
                + "The Israeli military said many of the projectiles were intercepted.");
        Incident interception = incidents.stream().filter(i -> i.getEventType() == EventType.INTERCEPTION).findFirst().orElseThrow();
        assertEquals("IL", interception.getCountryCode(), "over Israel, where Hezbollah's rockets flew; not Israel's own strike");
        assertEquals("IRAN_AXIS", interception.getTargetSide());
    }

    @Test
    void flyingWeaponsDestroyedAfterTheAttackIsToldWereIntercepted() {
        List<Incident> incidents = TestArticles.code("2024-06-10", "Overnight, Russia attacked Ukraine with 47 Shahed drones and four "
                + "missiles, the air force said, adding that 44 drones were destroyed.");
        assertEquals(List.of(EventType.DRONE_ATTACK, EventType.INTERCEPTION), incidents.stream().map(Incident::getEventType).toList());
        List<Incident> ground = TestArticles.code("2024-06-10", "Ukraine said on Sunday that Russian drones were destroyed in a strike on a "
                + "depot in Crimea.");
        assertTrue(ground.stream().noneMatch(i -> i.getEventType() == EventType.INTERCEPTION), "struck where they stood: " + ground);
    }

    @Test
    void whatAirDefenceDestroyedWasIntercepted() {
        List<Incident> incidents = TestArticles.code("2024-02-03",
                "Russia launched 24 Shahed drones at Ukraine overnight, 18 of which were destroyed by air defence.");
        assertEquals(List.of(EventType.DRONE_ATTACK, EventType.INTERCEPTION), incidents.stream().map(Incident::getEventType).toList());
        assertEquals("UKRAINE", incidents.get(1).getActorSide());
        assertEquals(List.of(), TestArticles.code("2024-02-03", "Russia launched 24 Shahed drones overnight."),
                "an attack placed nowhere is not placed in its doer's country");
    }

    @Test
    void aWeaponAnInterceptionStoppedIsNoAttackByTheInterceptor() {
        List<Incident> incidents = TestArticles.code("2024-02-03",
                "The Israeli military said it intercepted a surface-to-surface missile launched from Yemen on Friday.");
        assertEquals("ISRAEL", incidents.get(0).getActorSide());
        assertEquals(EventType.INTERCEPTION, incidents.get(0).getEventType());
        assertTrue(incidents.stream().noneMatch(i -> i.getEventType() == EventType.MISSILE_ATTACK && "ISRAEL".equals(i.getActorSide())),
                incidents::toString);
    }

    @Test
    void triggersReadHasSinceAsNews() {
        Sentence s = TestArticles.sentence(SAT_3_FEB_2024, "The two armies have since exchanged fire in Kashmir.");
        assertFalse(Triggers.background(s, mentions(s).get(0)), "\"have since\" is what followed, not history");
    }

    @Test
    void aClauseOpenedByAsHasItsOwnPlace() {
        List<Incident> incidents = TestArticles.code("2022-08-08",
                "Israeli aircraft pounded targets in Gaza on Sunday as Islamic Jihad militants fired hundreds of rockets into Israel.");
        assertEquals(List.of("AIR_STRIKE PS", "ROCKET_ATTACK IL"),
                incidents.stream().map(i -> i.getEventType() + " " + i.getCountryCode()).sorted().toList());
    }

    @Test
    void eventsKeepTwoEventsOfDifferentTypesInOneSentenceApart() {
        List<Incident> incidents = TestArticles.code(SAT_3_FEB_2024,
                "The Houthi ballistic missile attack against Israel on Friday and a barrage of rocket attacks into northern Israel by Hezbollah alarmed the region.");
        assertEquals(1, TestArticles.of(incidents, EventType.MISSILE_ATTACK, "IL").size());
        assertEquals(1, TestArticles.of(incidents, EventType.ROCKET_ATTACK, "IL").size());
    }

    @Test
    void daysListedAfterAStrikeAreAStrikeEach() {
        List<Incident> incidents = TestArticles.code("2018-08-30", "U.S. Central Command conducted air strikes against AQAP in "
                + "Shabwah, Yemen. These include two airstrikes June 23 and 30, two airstrikes July 22 and 24, and one Aug. 14.");
        assertEquals(List.of("2018-06-23", "2018-06-30", "2018-07-22", "2018-07-24", "2018-08-14"),
                incidents.stream().map(i -> i.getEventDate().toString()).sorted().toList(), incidents::toString);
        // the list may follow the event's place in its clause
        List<Incident> joint = TestArticles.code("2024-05-01", "The United States and the United Kingdom conducted joint strikes on "
                + "Houthi targets across different locations in Yemen on January 11, January 22, February 3, and February 24.");
        assertEquals(List.of("2024-01-11", "2024-01-22", "2024-02-03", "2024-02-24"),
                joint.stream().map(i -> i.getEventDate().toString()).sorted().toList(), joint::toString);
        // history keeps its days to itself
        List<Incident> history = TestArticles.code("2018-08-30", "Since 2017, U.S. forces have conducted airstrikes June 23 and 30 "
                + "in Shabwah, Yemen.");
        assertTrue(history.stream().noneMatch(i -> i.getEventDate().toString().equals("2018-06-30")), history::toString);
    }

    @Test
    void attacksAGroupPlotsAreNone() {
        assertEquals(List.of(), TestArticles.code("2018-08-30", "\"AQAP has taken advantage of the conflicts in Yemen, to plot, "
                + "direct and encourage terror attacks abroad,\" said a spokesman."));
    }

    @Test
    void eventsTellOneIncidentPerListedPlaceAndDay() {
        List<Incident> incidents = TestArticles.code("2014-11-11",
                "Gunmen attacked civilians in Maiduguri in Borno State on Nov. 3; in Azare in Bauchi State on Nov. 7.");
        assertEquals(List.of(LocalDate.of(2014, 11, 3), LocalDate.of(2014, 11, 7)),
                incidents.stream().map(Incident::getEventDate).sorted().toList());
    }

    @Test
    void eventsTakeThisAttackForTheOneJustTold() {
        List<Incident> incidents = TestArticles.code("2015-03-31",
                "A car bomb exploded in Kabul on Monday. This attack underscores the need for the accord reached in Doha on March 1.");
        assertEquals(1, incidents.size(), "the date and place of the accord start no incident");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Three separate suicide bombers killed nine civilians near Mora in Cameroon on Saturday.|BOMBING",
            "Civilians were killed in an artillery battle between insurgents and government troops in Mogadishu on Saturday.|SHELLING",
            "Two soldiers were killed in a pitched battle with insurgents in Kandahar on Saturday.|ARMED_CLASH",
            // ground taken by advancing; blasts that rock a city on one day are one incident, however many
            "Azerbaijani forces pushed further into Nagorno-Karabakh on Saturday.|ARMED_CLASH",
            "The army and rebels fought an intense battle in eastern Chad on Saturday.|ARMED_CLASH",
            // the plurals and tenses of the event words
            "Insurgents assaulted Kunduz from several directions on Saturday, triggering gunbattles with government forces.|ARMED_CLASH",
            "Two landmine explosions killed four soldiers in Kidal on Saturday.|BOMBING",
            // a shooting is shooting
            "A shooting at a school in Kumba, Cameroon, on Saturday killed seven children.|ARMED_CLASH",
            // a participle of clashing after its clause is the clash
            "Insurgents entered Macomia in Cabo Delgado province on Friday, clashing with Mozambican troops.|ARMED_CLASH",
            // bombs launched by demonstrators are bombs, not unrest
            "Improvised explosive devices were launched by hooded demonstrators at a university in Bogota, Colombia, on Tuesday.|BOMBING",
            // a military aircraft by its designation, brought down: by a missile; so is a drone flown as an aircraft
            "On April 5, CENTCOM reported one F-15E destroyed over Iran.|MISSILE_ATTACK",
            "The Houthis shot down a U.S. MQ-9 Reaper drone over Yemen on Monday.|MISSILE_ATTACK",
            "Ukraine shot down a Russian Su-25 attack aircraft over Donetsk on Monday.|MISSILE_ATTACK",
            // a state's missiles launched at home that hit nothing are a show of force: a threat
            "North Korea fired a ballistic missile into the sea off its east coast on Thursday.|THREAT",
            "The United States condemns the DPRK's ballistic missile launch.|THREAT",
            // but missiles that struck a city at home are an attack
            "Ethiopian government missiles struck Mekelle, the Tigray capital, on Monday.|MISSILE_ATTACK",
            // a counteroffensive is an attack
            "A French helicopter pilot was killed on Friday during the counteroffensive to retake Konna, Mali.|ARMED_CLASH",
            // an attack of no stated means on men in arms was on the ground, even where attacks are mostly bombings
            "Insurgents attacked government troops in Mogadishu on Tuesday.|ARMED_CLASH",
            // rounds reported somewhere fell there; a vehicle that rolled over a device set it off
            "On February 1, 2023, mortar rounds were reported near Aden Adde International Airport in Mogadishu.|SHELLING",
            "On March 25, a security force vehicle rolled over an improvised explosive device on the Amchide Ganse road in Cameroon.|BOMBING",
            // the military's names of bombs: vehicle-borne and body-borne IEDs
            "A VBIED attack at a checkpoint near Kabul airport on August 10 killed six people.|BOMBING",
            // a stabbing is an attack by hand
            "Indonesia's security minister Wiranto was stabbed in Pandeglang on Saturday.|ARMED_CLASH",
            // men with no aircraft who "bombed" a place planted the bomb
            "Unknown assailants bombed a police station in Athens on Saturday.|BOMBING",
            "The foreign minister was fatally shot at his home in Colombo on Saturday.|ARMED_CLASH",
            "ADF rebels hacked to death at least 40 villagers in the Beni territory of North Kivu on Saturday night.|ARMED_CLASH",
            // a car bomber is no aircraft
            "A suicide car bomber struck a security checkpoint near the Mogadishu airport on Saturday, killing five people.|BOMBING",
            // a suicide attacker who "struck" came on foot, not from the air
            "A suicide attacker struck a crowd of worshippers outside a mosque in Kandahar on Saturday, killing 12.|BOMBING",
            // what did not happen yet, told after the strike, does not make the strike hypothetical
            "U.S. forces conducted a self-defense strike against five militants preparing to launch a one-way attack drone near Kirkuk, Iraq, on Saturday.|AIR_STRIKE",
            // a ship taken by pirates is a naval attack, whoever took it
            "Armed pirates boarded and seized the MV Abdullah, a Bangladesh-flagged bulk carrier, off the Somali coast on Saturday.|NAVAL_ATTACK",
            // a manned aircraft destroyed, not by its own crew's hand: brought down by a missile
            "The incident saw a Turkish F-4 Phantom jet destroyed on Saturday off the coast of Latakia, Syria.|MISSILE_ATTACK",
            "Israeli jets destroyed a Hamas command centre in Gaza City on Saturday.|AIR_STRIKE",
            // a killing verb joined by "and" to its subject's first verb; a military's words for killing, in either spelling
            "Nigerian troops rescued 15 hostages and killed eight bandits in an operation in Zamfara state on Saturday, the army said.|ARMED_CLASH",
            "The Turkish defence ministry said 12 PKK militants were neutralised in air operations in northern Iraq on Saturday.|AIR_STRIKE",
            // a participle after a comma is told in the tense of the clause before it
            "Azerbaijan launched what it called anti-terrorist operations in Nagorno-Karabakh on Saturday, shelling Armenian positions.|SHELLING",
            "Several explosions rocked Baghdad on Saturday, police said.|BOMBING",
            // a blast that "tore through" a place; a truck bomb is no aircraft's
            "A suicide truck bomb tore through a crowded shopping district in central Baghdad early on Saturday, killing at least 115 people.|BOMBING",
            // aircraft as the subject of a generic verb type it
            "A Myanmar junta fighter jet and a helicopter gunship attacked a crowd in Pazigyi village in the Sagaing region on Saturday.|AIR_STRIKE",
            // the diplomats' formula "strongest possible terms" is no hypothesis; an attack on a Baghdad market is a bombing
            "We condemn in the strongest possible terms the terrorist attacks carried out by Da'esh in shopping districts in Baghdad today.|BOMBING",
            // a day of the month before the event noun is no count of attacks
            "We also strongly condemn the March 19 airstrike targeting the Presidential Palace in Aden.|AIR_STRIKE",
            // an armed group that destroys homes: an attack of unstated means, not an air strike
            "Boko Haram destroyed dozens of homes near Fotokol in Cameroon on Saturday.|ARMED_CLASH",
            // a count of weapons is one attack, not a tally
            "On Saturday, multiple bombs were detonated at two bus stations in Gombe, Nigeria.|BOMBING",
            "Several explosions rocked Baghdad as the polls opened, one of them near the green zone.|BOMBING",
            // weapons named by their make
            "Russia fired three Iskander-M missiles and 40 Shahed drones at Kharkiv on Saturday.|MISSILE_ATTACK",
            "On Saturday, gunmen fired rocket-propelled grenades at a police station in Kidal, Mali.|ROCKET_ATTACK",
            // an attempt made is force used
            "On Saturday, Pakistan attempted to strike military stations in northern India with drones.|DRONE_ATTACK",
            // and so is force carried on: "continued to attack ... today"
            "U.S. military forces continued to attack ISIL terrorists in Syria on Saturday.|ARMED_CLASH",
            // a verb of striking takes its means from "with"
            "Syrian government forces pounded rebel-held districts of Homs with artillery and mortars on Saturday.|SHELLING",
            // a flying weapon destroyed on the ground was struck; destroyed over a place, or by air defences, intercepted
            "U.S. Central Command forces destroyed two Houthi uncrewed aerial vehicles in Houthi-controlled areas of Yemen on Saturday.|AIR_STRIKE",
            "Air defenses destroyed 30 Russian drones in the Kyiv region on Saturday.|INTERCEPTION",
            "Russian forces destroyed 12 Ukrainian drones over the Belgorod region on Saturday.|INTERCEPTION",
            // a state's bombing comes from the air; a planted bomb is a bombing whoever set it
            "On Saturday, the Syrian regime carried out a bombing of a market in Idlib.|AIR_STRIKE",
            "On Saturday, a roadside bomb killed three soldiers in Kandahar.|BOMBING",
            // fighters on foot make an unspecified attack an armed clash, even where attacks are mostly bombings
            "On Saturday, eleven Taliban fighters attacked an airport in Kandahar.|ARMED_CLASH",
            // ... but "forces" say nothing of the ground: Ukraine's attacks on Russian regions are drones
            "Ukrainian forces attacked an oil refinery in Russia's Krasnodar region on Saturday, officials said.|DRONE_ATTACK",
            // a grenade thrown by hand came from no aircraft, wherever it landed
            "On Saturday, a grenade was thrown into a residential compound in Gondar.|BOMBING",
            "On May 10 while visiting Tbilisi a live hand grenade landed within 100 feet of United States President George W. Bush.|BOMBING",
            // a raid is an attack of unstated means; a shell that landed was shelling
            "Police in Nigeria's Zamfara state said bandits killed 37 villagers in raids on three communities on Saturday.|ARMED_CLASH",
            "Five civilians were killed when a shell landed on a market in Donetsk on Saturday.|SHELLING",
            // ground taken: a military outpost, by the members of a named group
            "Rebels from the Arakan Army captured a military outpost in Rakhine state on Saturday, the group said.|ARMED_CLASH",
            // downing an aircraft with people aboard is a missile attack; a drone, an interception
            "Syria shot down a Turkish F-4 fighter jet near Latakia on Saturday.|MISSILE_ATTACK",
            "Iraqi troops battled Shiite militiamen in Basra for a third day on Saturday.|ARMED_CLASH",
            // fire at a ship, whatever the weapon, is a naval attack
            "Houthi gunmen in a small boat fired on a bulk carrier off Hodeidah on Saturday, the UKMTO said.|NAVAL_ATTACK",
            // small arms fire across a line is a clash
            "Indian army said Pakistani troops resorted to unprovoked small arms firing along the Line of Control in Kupwara on Saturday.|ARMED_CLASH",
            // a side with no aircraft that "struck" hit on the ground
            "Al-Shabaab struck a police station in Baidoa on Saturday.|ARMED_CLASH",
            // two sides that fought in a town clashed; whom a man fought for is his side, not a battle
            "Ethiopian federal forces and Fano militiamen fought in the town of Lalibela on Saturday, residents said.|ARMED_CLASH",
            // a planted device that killed is a bombing; a weapon after "with" types a generic attack
            "Kenyan police said al-Shabaab militants planted an improvised explosive device that killed five police officers in Lamu on Saturday.|BOMBING",
            "Yemen's Houthi rebels attacked the Star Nasia, a Marshall Islands-flagged bulk carrier, with missiles off Hudaydah on Saturday.|MISSILE_ATTACK",
            // a ship taken is a naval attack; bombs set off by men who also opened fire are a bombing, not from the air
            "Yemen's Houthi movement said on Saturday it had seized an Israel-linked cargo ship in the southern Red Sea.|NAVAL_ATTACK",
            // a nationality joined to "owned" or "flagged" is the ship's, no doer or target of its own
            "The Houthis attacked a Greek-owned tanker in the Red Sea on Saturday.|NAVAL_ATTACK",
            // ... but a tanker taken is the guide's tanker seizure
            "Iran's navy seized an oil tanker in the Gulf of Oman on Saturday, state media reported.|OTHER",
            "Suspected Boko Haram militants set off bombs and opened fire on worshippers at the central mosque in Kano on Saturday.|BOMBING",
            // what comes under fire suffers an attack of unstated means
            "A United Nations helicopter came under fire near the town of Nasir in South Sudan on Saturday, killing one of its crew.|ARMED_CLASH",
            // gunmen who kill attack, whoever sent them
            "Gunmen shot and killed a female television journalist in Jalalabad, Afghanistan, on Saturday.|ARMED_CLASH",
            "Gunmen killed a journalist in Kabul on Saturday.|ARMED_CLASH",
            // an attack from positions is fire from afar, whoever's forces made it
            "Azerbaijani forces attacked the village of Sotk in Armenia from their positions across the border on Saturday, killing nine people.|SHELLING",
            // coordinated killers before a counted object, whatever the tagger reads the verb as
            "Malian troops and Russian mercenaries killed dozens of civilians in Moura on Saturday.|ARMED_CLASH",
            // a drone boat that rams a ship, missiles rained on cities, fighters who infiltrate
            "An explosive-laden Houthi drone boat rammed the stern of the Tutor southwest of Hodeidah on Saturday.|NAVAL_ATTACK",
            "Russia rained cruise missiles on cities across Ukraine on Saturday, killing at least 11 people.|MISSILE_ATTACK",
            "Hamas gunmen infiltrated southern Israel from Gaza on Saturday, killing at least 22 Israelis.|ARMED_CLASH"})
    void eventWordsTypeTheirMeans(String sentence, EventType type) {
        List<Incident> incidents = TestArticles.code("2015-10-13", sentence);
        assertEquals(1, incidents.size());
        assertEquals(type, incidents.get(0).getEventType());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Attacks on health facilities in Sudan continue to be reported.",
            "He condemned the continued cross-border attacks from Lebanon into Israel.",
            "Boko Haram has stepped up its attacks in Nigeria, killing hundreds in suicide bombings.",
            // an owner's undated attacks: what the group does
            "Al-Shabaab's attacks on civilians in Mogadishu are immoral and unacceptable.",
            // an event its own words put in a past year is history, whatever day the clause's other verb has
            "A court in Istanbul yesterday cleared an academic of killing seven in a bomb attack in 1998.",
            // no evidence of it is no event; an anniversary's relative clause tells the history it hangs on
            "The agency said on Friday it had found no evidence of recent shelling at the Zaporizhzhia nuclear power plant.",
            "Israelis gathered on Monday to mark one year since the Oct. 7 attack, in which Hamas-led gunmen killed about 1,200 people in Israel.",
            // fighting between two sides is an event only told as it happened; since a day weeks past, history
            "The fighting between the army and the Rapid Support Forces in Sudan has displaced four million people.",
            "Since the fighting between the army and the Rapid Support Forces erupted in Khartoum on January 2, violence has displaced millions.",
            // one quantity word counts the whole list of event nouns after it
            "The United States blames al-Shabaab for multiple attacks, shootings and bombings inside Somalia.",
            // criticism is no fire
            "The defence minister came under fire from critics in Kabul on Saturday.",
            "The government came under fire over its handling of the siege of Mariupol on Saturday.",
            // sanctions, arrests and labour strikes are no force
            "The United States on Saturday targeted ten individuals in Minsk with travel bans and asset freezes.",
            "Myanmar leader Aung San Suu Kyi was detained in an early morning raid in Naypyitaw on Saturday.",
            "In Mandalay, shipyard workers went on strike on Saturday.",
            // attacks to be reduced or prevented are not told as happening
            "Austin said on Saturday that peace in Afghanistan depends on the Taliban reducing attacks.",
            "Kenya deployed troops to its border on Saturday to prevent attacks by al-Shabaab.",
            "The U.S. mission in Geneva on Saturday called for Armenia and Azerbaijan to stop targeting civilian areas in Nagorno-Karabakh.",
            "The shadow National Unity Government announced a two-week pause in offensive operations by its People's Defence Force in Sagaing starting Saturday.",
            // what a side has said before is its past claim, the clause it reports too
            "Hamas said on Saturday that Israel bore responsibility, and the group has previously said hostages were killed by Israeli air strikes in Gaza.",
            // the displaced are a toll, not an attack
            "Two million people have been displaced by the fighting in Darfur, the U.N. said on Saturday.",
            // what a threat puts at risk is no force promised; watching and telling is no threat
            "Al-Shabaab has proved its capability to attack U.S. forces and threatened U.S. security interests in Somalia, officials said on Saturday.",
            "The U.S. military said on Saturday that individuals who were threatening the force had gathered near Kunduz.",
            // a year's toll of attacks is a statistic
            "According to the institute, 685 security personnel lost their lives in militant attacks in Pakistan during the year.",
            "U.S. Africa Command will continue to assess the results of this operation in Somalia and will provide additional information as appropriate.",
            "The United States calls on the warring parties to immediately cease further attacks in and around El Fasher, Sudan, on Saturday.",
            // a group's past attacks are its record
            "Indian authorities on Saturday questioned members of the Indian Mujahideen, which has claimed past attacks in India.",
            // people and goods stopped on their way are no interception of fire
            "Hundreds of militants advanced toward the city of Bama early Saturday, but were intercepted by Nigerian soldiers.",
            "Officials in northern Afghanistan said Saturday at least some of the ballots were intercepted by militants.",
            // nature, disease and accidents do the damage
            "The flood destroyed bridges and roads in Kachin state on Saturday.",
            "Rescue teams in China brought to the surface 11 miners trapped in a gold mine by an explosion on Saturday.",
            "A boy was struck by a train in Kabul on Saturday.",
            // a state's navy taking smugglers' boats enforces a law
            "Off the coast of Somalia on Saturday, a U.S. naval ship captured a number of small vessels involved in smuggling weapons.",
            "Lightning struck a house in Kabul on Saturday, killing two people.",
            "New South Wales and Victoria are battling to curb new COVID-19 outbreaks.",
            // words and money, not force: a campaign, critics, hackers, or a plan or a rollout as the object
            "On Saturday, the campaign targeted young voters in Lagos.",
            "Critics attacked the plan in Nairobi on Saturday.",
            "The UK government, which has secured 100 million doses of the vaccine, has targeted a rollout in Kabul to begin on Saturday.",
            "Hackers targeted Ukraine's power grid on Saturday.",
            // protest and riot with no one killed and no one shot are civil unrest, no side's force
            "Demonstrators in the capital of Haiti clashed with police on Saturday, who responded with tear gas.",
            "More than 3,500 demonstrators were detained in protests across Russia on Saturday, with several injured in clashes with police in Moscow.",
            "A mob stormed the Capitol in Washington on Saturday.",
            // an attack told as a habit
            "The group has also repeatedly targeted Chinese nationals working on projects in Balochistan.",
            "Al-Shabab frequently carries out attacks in Mogadishu as part of its bid to overthrow the government.",
            // a labour strike
            "On Saturday, civil servants, railway employees and teachers began a nationwide strike in Yangon.",
            // a past year's event, and what a relative clause tells of it
            "The attack recalled the 2015 siege of Garissa University, in which al-Shabaab gunmen killed 148 people.",
            // whom fighters fought for is their side
            "Officials in Kabul said on Saturday that foreigners were killed, but did not disclose who they fought for."})
    void eventsLeaveOutHabitsAndTrends(String sentence) {
        assertTrue(TestArticles.code(SAT_3_FEB_2024, sentence).isEmpty());
    }

    @Test
    void triggersTakeAnEventDatedAfterSinceForNews() {
        Sentence dated = TestArticles.sentence(SAT_3_FEB_2024, "Talks went on since the attack yesterday in northern Israel.");
        assertFalse(Triggers.background(dated, mentions(dated).get(0)), "since a dated attack: that attack");
        Sentence history = TestArticles.sentence(SAT_3_FEB_2024, "It was the deadliest attack in northern Israel since the war.");
        assertTrue(Triggers.background(history, mentions(history).get(0)));
        Sentence thisWeek = TestArticles.sentence(SAT_3_FEB_2024, "Russian attacks on Kharkiv since Tuesday have killed 12 people.");
        assertFalse(Triggers.background(thisWeek, mentions(thisWeek).get(0)), "attacks since a day of this week: this week's news");
        Sentence years = TestArticles.sentence(SAT_3_FEB_2024, "Russian attacks on Kharkiv since 2022 have killed 1,200 people.");
        assertTrue(Triggers.background(years, mentions(years).get(0)));
    }

    @Test
    void aKillingToldAsANounTakesTheDayAfterItsVictims() {
        List<Incident> incidents = TestArticles.code("2020-06-10", "These crimes follow the shooting of a pastor and his wife on June 1 "
                + "and the killing of an imam, a village head and several civilians on June 5 in Taraba State.");
        assertEquals(List.of("2020-06-01", "2020-06-05"), incidents.stream().map(i -> i.getEventDate().toString()).sorted().toList(),
                incidents::toString);
    }

    @Test
    void eventsPlaceAnInterceptionWhereTheAttackItStopsWasAimed() {
        List<Incident> incidents = TestArticles.code(SAT_3_FEB_2024,
                "Iran launched a drone attack on Israel on Saturday. We helped Israel take down nearly all of the incoming drones.");
        assertEquals(1, TestArticles.of(incidents, EventType.INTERCEPTION, "IL").size());
        List<Incident> targets = TestArticles.code(SAT_3_FEB_2024, "US jets struck radars and air defense systems in Yemen on Saturday.");
        assertTrue(TestArticles.of(targets, EventType.INTERCEPTION, "YE").isEmpty(), "an air defence system struck is a target");
    }

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
    @Test
    void eventsPlaceAnEventTheTextLeavesUnplacedOnceTheArticleIsRead() {
        List<Incident> home = TestArticles.code("2022-09-13",
                "Armenia said Azerbaijani forces attacked several points near the border, killing 49 Armenian soldiers.");
        assertEquals("AM", home.get(0).getCountryCode(), "where the soldiers attacked serve");
        assertEquals(49, home.get(0).getFatalities());
        List<Incident> article = TestArticles.code("2008-07-29", "Indian and Pakistani troops clashed in Kashmir on Monday. "
                + "Officials met in Delhi. The two sides have since exchanged fire for over twelve hours.");
        assertTrue(article.stream().allMatch(i -> i.getCountryCode().equals("IN")), "the incident just told sets the scene");
        assertTrue(TestArticles.code(SAT_3_FEB_2024, "Power is knocked out by Russia's air strikes.").isEmpty(),
                "a present passive speaks of strikes in general");
        List<Incident> release = TestArticles.code("2024-03-12", "At the request of the Federal Government of Somalia, "
                + "U.S. Africa Command conducted a collective self-defense airstrike against al-Shabaab on Mar. 10.\n\n"
                + "The collective self-defense airstrike occurred in a remote area approximately 71 km southwest of Mogadishu.");
        assertEquals(1, release.size(), release::toString);
        assertEquals(LocalDate.parse("2024-03-10"), release.get(0).getEventDate(), "the place told later, the day told first: one strike");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US forces struck Houthi radars in Yemen on Friday.|The US will continue to strike the Houthis in Yemen.|1",
            "Turkish drones struck PKK hideouts in northern Iraq on Friday.|Erdogan said operations would continue until not a single terrorist is left.|1",
            // "the armed forces" a speaker names are its own; a single quote opening inside a phrase is no break in it
            "Rebels seized the town of Lashio in Myanmar on Saturday.|The junta said that the armed forces would 'retake every town that has been seized'.|1",
            // a pronoun after the cue is no subject of it; a quote opening on the cue keeps the force before it
            "Azerbaijan launched an offensive in Nagorno-Karabakh on Tuesday.|Azerbaijan said the operation will continue until the formations lay down their arms.|1",
            "Israeli aircraft struck Gaza on Friday.|Prime Minister Yair Lapid said the operation \"will continue as long as necessary\".|1",
            "US forces struck Houthi radars in Yemen on Friday.|The US will continue to work with its partners in Somalia.|0",
            // help to another's fight is no threat of one's own
            "Islamic State fighters attacked an army post in Niger on Friday.|We will continue our work to bolster their capacity to fight ISIS.|0",
            "US forces struck al-Shabaab in Somalia on Sunday.|U.S. Africa Command's forces will continue training, advising, and equipping partner forces to degrade al-Shabaab.|0",
            "A US drone strike killed Qassem Soleimani in Baghdad on Friday.|On Tuesday, the IRGC vowed to \"set ablaze\" places where Americans live.|1",
            // a threat told of a past month is history
            "Houthi missiles hit a tanker off Hudaydah on Friday.|In January, the Houthis publicly threatened to attack commercial shipping in the Red Sea.|0",
            "Ukrainian drones struck a refinery in Saratov on Friday.|The Kremlin has repeatedly warned that it would respond to attacks on Russian territory.|0",
            // retaliation vowed, and the formulas of reprisal
            "The United States struck Houthi targets in Yemen on Friday.|Houthi officials vowed retaliation.|1",
            "The United States struck Houthi targets in Yemen on Friday.|Houthi officials said the strikes would not go unpunished.|1",
            // "shall keep on" as "will continue"; what a threat puts at risk promises no force
            "Al-Shabaab fighters attacked a government base in Mogadishu on Friday.|\"We shall keep on targeting them,\" said the attackers.|1",
            "Al-Shabaab fighters attacked a government base in Mogadishu on Friday.|The attack threatened the security of the forces in the area.|0",
            // "It" opening the threat's sentence is the side that spoke or acted just before
            "The Islamic Revolutionary Guard Corps said it had targeted three military bases near Tel Aviv on Friday.|It warned of a crushing response if Israel retaliated.|1",
            // "of our choosing" speaks for its author, whatever "It" opens the sentence
            "Israeli jets struck targets in Syria on Friday.|It will continue at times and places of our choosing.|1",
            // a quote inside a phrase of the dictionaries is no break in it
            "Israel struck Iran's nuclear sites on Friday.|Khamenei said on Friday that Israel should expect \"severe punishment\".|1",
            // the formulas of a reprisal in their several wordings
            "Israel struck Iran's nuclear sites on Friday.|Pakistan said it would respond at a time, place and manner of its choosing.|1",
            "Iran fired missiles at Israel on Friday.|\"We will operate at the place and time we decide,\" the Israeli military said.|1",
            "Iran fired missiles at Israel on Friday.|If Israel reacts, it will face crushing attacks, the IRGC said.|1",
            // measures to be taken complete "will not hesitate"
            "Iran-backed militias fired rockets at U.S. forces in Syria on Friday.|\"We will not hesitate to take further necessary measures,\" the Pentagon said.|1",
            // the forces a side's speaker names without a side are its own
            "M23 rebels captured Goma on Tuesday.|An M23 spokesman said on Tuesday the rebels would attack Kinshasa next.|1",
            // an armed group's spokesman speaks for "the group"
            "French warplanes struck Islamist bases in Gao, Mali, on Friday.|A MUJAO spokesman said the group would strike French interests everywhere.|1",
            // a gerund of force completes "would keep"
            "Al-Shabaab fighters attacked a government base in Mogadishu on Friday.|The group said its fighters would keep attacking government institutions.|1",
            // nor is an adverb
            "Pagers exploded across Lebanon on Friday.|Hezbollah said Israel will certainly receive its just punishment.|1"})
    void threatsOfOpenCuesNeedWordsOfForce(String told, String sentence, int threats) {
        List<Incident> incidents = TestArticles.code(SAT_3_FEB_2024, told + " " + sentence);
        assertEquals(threats, incidents.stream().filter(i -> i.getEventType() == EventType.THREAT).count(), sentence);
    }

    @Test
    void aThreatThatNamesNoOneIsAgainstItsAuthorsEnemy() {
        // the one enemy of its author (wars.tsv) the article names; for a state, the armed group the article names
        List<Incident> kashmir = TestArticles.code("2019-02-26", "Indian jets struck a camp near Balakot in Pakistan on Tuesday. "
                + "Pakistan's military spokesman said Pakistan would respond at a time and place of its choosing.");
        assertEquals(List.of("IN_GOV"), kashmir.stream().filter(i -> i.getEventType() == EventType.THREAT).map(Incident::getTargetSide).toList());
        List<Incident> sahel = TestArticles.code("2024-08-26", "JNIM fighters attacked villagers digging trenches near Barsalogho, "
                + "Burkina Faso, on Saturday. The minister said on Monday that the army would hunt down the perpetrators.");
        assertEquals(List.of("JIHADIST"), sahel.stream().filter(i -> i.getEventType() == EventType.THREAT).map(Incident::getTargetSide).toList(),
                sahel::toString);
    }

    @Test
    void aThreatOpenedByItIsBySideThatSpokeBefore() {
        List<Incident> threats = TestArticles.code("2024-10-02", "The Islamic Revolutionary Guard Corps said it had targeted three military bases near "
                + "Tel Aviv on Tuesday. It warned of a crushing response if Israel retaliated.").stream()
                .filter(i -> i.getEventType() == EventType.THREAT).toList();
        assertEquals(1, threats.size(), threats::toString);
        assertEquals("IRAN_AXIS", threats.get(0).getActorSide());
    }

    @Test
    void aThreatAloneOfACampOfManyLandsIsPlacedWhereItSaysForceWillBeUsed() {
        List<Incident> threats = TestArticles.code("2023-11-15", "The Houthis will target any Israeli-linked vessel sailing in the Red Sea, "
                + "the group's military spokesman Yahya Saree said on Tuesday.");
        assertEquals(1, threats.size(), threats::toString);
        assertEquals(EventType.THREAT, threats.get(0).getEventType());
        assertEquals("YE", threats.get(0).getCountryCode());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the doer's untyped word for what it hit, in the same sentence, tells the same strike
            "2024-08-10|More than 90 people were killed when an Israeli strike hit a school compound in Gaza City on Saturday, Gaza's civil "
                    + "defence agency said; the Israeli military said it had targeted a Hamas command centre.|AIR_STRIKE",
            // a record ("its first ever direct attack") is news, not history
            "2024-04-14|Iran launched more than 300 drones and missiles at Israel late on Saturday in its first ever direct military attack "
                    + "on Israeli territory.|DRONE_ATTACK",
            // a record told of the attack, dated by the day it was said, is the attack told a day earlier
            "2023-12-31|Twenty-four people were killed when rockets fired from Ukraine slammed into the centre of Belgorod on Saturday, the "
                    + "governor said on Sunday, in the deadliest attack on Russian soil since the start of the war.|ROCKET_ATTACK",
            // an untyped word with no doer of its own, in the sentence of a typed event, is that event
            "2019-01-18|A car bomb exploded at a police academy in Bogota on Thursday, killing at least 20 people in the deadliest attack "
                    + "on the city in years.|BOMBING",
            // a verb that names no means, beside an event its doer told: "struck again, ambushing a convoy" is the ambush
            "2024-05-10|Al-Shabaab struck again on Thursday, ambushing a convoy near Afgoye and killing seven soldiers.|ARMED_CLASH",
            // a long name between "fighting between" and the verb that tells it happened
            "2024-05-14|Fighting between the Sudanese army and the paramilitary Rapid Support Forces (RSF) killed at least 40 civilians in "
                    + "the city of Omdurman on Sunday, according to a local medical group.|ARMED_CLASH",
            // a participle set off by a comma is done by its clause's subject, not by the object before it
            "2024-05-10|Ukraine's military said it had struck a Russian air base in Crimea overnight, destroying several aircraft.|AIR_STRIKE"})
    void oneStrikeToldTwiceInASentenceIsOneIncident(String published, String sentence, EventType type) {
        List<Incident> incidents = TestArticles.code(published, sentence);
        assertEquals(1, incidents.size(), incidents::toString);
        assertEquals(type, incidents.get(0).getEventType());
    }

    @Test
    void aPunishmentVowedIsAThreatOfWhoVowedItAndWhatItAnswersIsNoNewIncident() {
        List<Incident> incidents = TestArticles.code("2024-04-03", "Iran's Supreme Leader Ayatollah Ali Khamenei vowed on Tuesday that "
                + "Israel 'will be punished' for the killing of Iranian commanders in Syria.");
        assertEquals(1, incidents.size(), incidents::toString);
        assertEquals(EventType.THREAT, incidents.get(0).getEventType());
        assertEquals("IRAN_AXIS", incidents.get(0).getActorSide());
        assertEquals("IR", incidents.get(0).getCountryCode());
        List<Incident> attack = TestArticles.code("2024-04-03", "Iran's supreme leader said on Tuesday that Israel 'will be punished' "
                + "for the attack on the consulate in Damascus.");
        assertEquals(List.of(EventType.THREAT), attack.stream().map(Incident::getEventType).toList(), "what the punishment answers is its cause");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // reported speech shifts "will" to "would": the threat is the same
            "Israeli jets struck southern Lebanon on Monday. Hezbollah warned on Tuesday that it would strike deep inside Israel.|IRAN_AXIS",
            "Israel struck the Iranian consulate in Damascus on Monday. Iran's supreme leader vowed on Tuesday that Israel would be "
                    + "severely punished for the strike.|IRAN_AXIS",
            // "the group" a leader warns for is his own
            "Hezbollah leader Hassan Nasrallah warned on Tuesday that the group would strike deep inside Israel if Israel expanded its offensive.|IRAN_AXIS",
            // a forecast by someone else is nobody's threat
            "Analysts said on Tuesday that Iran would strike Israel.|"})
    void aThreatInReportedSpeechIsStillAThreat(String text, String author) {
        List<Incident> threats = TestArticles.code("2024-02-06", text).stream().filter(i -> i.getEventType() == EventType.THREAT).toList();
        assertEquals(author == null ? List.of() : List.of(author), threats.stream().map(Incident::getActorSide).toList(), threats::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the side a threat names is its target: after the cue, or the subject of the punishment
            "Iran vowed on Tuesday to retaliate against Israel.|IRAN_AXIS|ISRAEL",
            "Iran's supreme leader said on Tuesday that Israel 'will be punished' for the attack on the consulate in Damascus.|IRAN_AXIS|ISRAEL",
            // a vow set apart from its "to retaliate for" by a day is still a threat, against the doer of what it answers
            "Iran vowed on Tuesday to retaliate for the Israeli strike on its consulate in Damascus.|IRAN_AXIS|ISRAEL",
            "Iran vowed on Tuesday to avenge the Israeli strike on its consulate in Damascus.|IRAN_AXIS|ISRAEL",
            // what revenge is taken "on" someone "for" is the cause, no attack of the avenger's
            "Iran vowed on Tuesday to take revenge on Israel for an air strike that destroyed its consulate in Damascus a day earlier.|IRAN_AXIS|ISRAEL",
            // a group of a camp of many lands threatens from where it is based (homes.tsv)
            "The Houthis threatened on Tuesday to attack any ship heading to Israeli ports.|IRAN_AXIS|ISRAEL",
            // "any further attack" is no attack yet, only the harsh response it would meet is threatened
            "Hezbollah warned on Tuesday that any further attack on Lebanese civilians would be met with a harsh response.|IRAN_AXIS|null",
            // the side warned that "it will pay" is the one the warning names
            "Hezbollah warned Israel on Tuesday that it would pay a heavy price for the assassination of its commander in Beirut.|IRAN_AXIS|ISRAEL",
            // "the military" a minister speaks of is his side's, and a threat on a condition is a threat
            "Israel's defence minister said on Tuesday the military would strike Hezbollah hard if attacks from Lebanon continued.|ISRAEL|IRAN_AXIS",
            // weapons are force
            "North Korea threatened on Tuesday to use nuclear weapons against the United States and South Korea.|KP_GOV|US",
            // to keep striking is a threat, and so are a punishment to receive and a harsher response
            "Ukrainian drones hit a refinery in Russia's Ryazan region on Tuesday. Ukraine's General Staff said it would keep striking facilities that feed Russia's war machine.|UKRAINE|RUSSIA",
            "Hezbollah said on Tuesday that Israel would receive its just punishment.|IRAN_AXIS|ISRAEL",
            // a leader known by name speaks for his state; "the army" and "our forces" are the state's; more words of reprisal
            "Hezbollah fighters attacked an Israeli convoy near the Lebanese border on Monday. \"Those behind today's attack will pay the full price,\" Prime Minister Benjamin Netanyahu said.|ISRAEL|IRAN_AXIS",
            "Al Shabaab fighters overran a Kenyan base at El Adde in Somalia on Monday. \"Our forces will pursue those who perpetrated this heinous act and strike them wherever they hide,\" President Uhuru Kenyatta said.|KE_GOV|JIHADIST",
            "Jihadists killed dozens of soldiers near Barsalogho in Burkina Faso on Saturday. A minister said on Monday that the army would hunt down the perpetrators.|BF_GOV|JIHADIST",
            // "he" speaks for the side told last
            "The Houthis launched drones at an oil terminal in Hadramout on Monday. Their spokesman Yahya Saree said the operation was a warning. He warned that the group would strike any ship loading oil there.|IRAN_AXIS|null",
            // who does "any further" act is the one warned; the capital that warns speaks for its state
            "Tehran said on Sunday the attack was punishment for the April 1 strike on its consulate in Damascus, but warned that any further Israeli action would draw a far harsher response.|IRAN_AXIS|ISRAEL",
            // a negation before "and" belongs to the verb before it
            "The Houthis said on Tuesday that the strikes would not deter them, and vowed to keep firing at Israel.|IRAN_AXIS|ISRAEL"})
    void aThreatIsAgainstTheSideItNames(String text, String author, String target) {
        List<Incident> threats = TestArticles.code("2024-02-06", text).stream().filter(i -> i.getEventType() == EventType.THREAT).toList();
        assertEquals(List.of(author + "->" + target), threats.stream().map(i -> i.getActorSide() + "->" + i.getTargetSide()).toList(),
                threats::toString);
    }

    @Test
    void aThreatInTheFirstPersonIsTheSpeakers() {
        Incident threat = TestArticles.code("2024-01-29", "Three U.S. service members were killed in a drone attack on an outpost in Jordan "
                + "on Sunday, President Joe Biden said, blaming Iran-backed militant groups and vowing: 'We shall respond.'").stream()
                .filter(i -> i.getEventType() == EventType.THREAT).findFirst().orElseThrow();
        assertEquals("US", threat.getActorSide());
    }

    @Test
    void sidesTheTextLeavesToTheArticle() {
        Incident group = TestArticles.code("2020-08-20", "US forces conducted an airstrike targeting one terrorist near Jilib, Somalia. "
                + "Al-Shabaab continues to put Somali people in danger.").get(0);
        assertEquals("JIHADIST", group.getTargetSide(), "'one terrorist' is the armed group the article names");
        Incident state = TestArticles.code("2022-09-13", "Azerbaijan carried out shelling in Armenia on Monday.").get(0);
        assertEquals("AM_GOV", state.getTargetSide(), "a foreign side's attack in an uncontested country is on that state");
        List<Incident> intercepted = TestArticles.code("2024-04-13", "Iran launched drones and missiles at Israel today. "
                + "Israeli air defences shot down nearly all of them.");
        assertEquals("IRAN_AXIS", intercepted.stream().filter(i -> i.getEventType() == EventType.INTERCEPTION)
                .findFirst().orElseThrow().getTargetSide(), "an interception stops the attack told beside it");
    }

    @Test
    void eventsTellEachListedItemOfAPluralNoun() {
        List<Incident> incidents = TestArticles.code("2014-11-12", "The United States condemns the attacks on civilians this past week "
                + "in Potiskum in Yobe State on Nov.\n3; in Azare in Bauchi State on Nov. 7.");
        assertEquals(List.of(LocalDate.of(2014, 11, 3), LocalDate.of(2014, 11, 7)),
                incidents.stream().map(Incident::getEventDate).distinct().sorted().toList(), "a hard break after 'Nov.' goes on");
        List<Incident> wrapped = TestArticles.code("2024-02-03", "These strikes are in response to the attack on Jan. 28 against U.S.\n"
                + "forces at Tower 22 in northeastern Jordan, in which a drone killed three U.S. Army soldiers.");
        assertEquals(List.of("US"), wrapped.stream().map(Incident::getTargetSide).toList(), "and so does one after an initial ('U.S.')");
    }

    @Test
    void anInterceptionWithNoDefenderIsOverTheSpeakersLandAndWarshipsAreAtSea() {
        List<Incident> israel = TestArticles.code("2025-04-18", "Israel's military said on Friday that a missile launched from Yemen "
                + "had been intercepted before it crossed into Israeli territory.");
        Incident interception = israel.stream().filter(i -> i.getEventType() == EventType.INTERCEPTION).findFirst().orElseThrow();
        assertEquals("IL", interception.getCountryCode());
        assertEquals("ISRAEL", interception.getActorSide());
        List<Incident> atSea = TestArticles.code("2024-01-10", "On Tuesday, US and British warships shot down 18 drones and two cruise missiles.");
        assertTrue(atSea.stream().noneMatch(i -> "US".equals(i.getCountryCode())), "not over the United States: " + atSea);
    }

    @Test
    void bombingWithNoDoerIsTheAirStrikeToldBesideIt() {
        List<Incident> kunduz = TestArticles.code("2015-10-04", "Twelve staff members and ten patients were killed when a hospital in the "
                + "northern Afghan city of Kunduz was hit by repeated bombing early on Saturday, the medical charity said. The U.S. military "
                + "said American forces carried out an air strike in Kunduz at about 2:15 a.m. on Saturday.");
        assertEquals(List.of(EventType.AIR_STRIKE), kunduz.stream().map(Incident::getEventType).toList(), kunduz::toString);
        assertEquals(22, kunduz.get(0).getFatalities());
    }

    @Test
    void theDayASourceSpokeYieldsToTheEventsOwnDayToldLaterInTheSentence() {
        List<Incident> clash = TestArticles.code("2024-05-14", "The Rwanda Defence Force said on Monday that its soldiers had killed "
                + "seven insurgents in clashes near Mucojo, on the coast east of Macomia, on Sunday.");
        assertEquals(List.of(LocalDate.of(2024, 5, 12)), clash.stream().map(Incident::getEventDate).toList());
    }

    @Test
    void aDigestItemHeadedByItsPlaceIsThereAndAnAsideOfTargetsTellsNoOtherEvent() {
        List<Incident> digest = TestArticles.code("2024-01-23", "Iraq: Iran-backed militants fired ballistic missiles at al-Asad air base "
                + "in western Iraq on Saturday evening, U.S. Central Command said.\n\nYemen: U.S. and British warplanes struck eight Houthi "
                + "targets, including an underground storage site and missile and air-surveillance systems, late on Monday, the Pentagon said.");
        Incident yemen = digest.stream().filter(i -> i.getEventType() == EventType.AIR_STRIKE).findFirst().orElseThrow();
        assertEquals("YE", yemen.getCountryCode());
        assertEquals(LocalDate.of(2024, 1, 22), yemen.getEventDate());
    }

    @Test
    void aHeadingWithAPastYearAndAColonFramesTheDaysBelowItInThatYear() {
        // "Country Reports on Terrorism 2016", published in July 2017
        List<Incident> listed = TestArticles.code("2017-07-19", "2016 Terrorist Incidents:\n\n"
                + "• On April 24, a bomb attack at a tea room in Adi Aro, Ethiopia, killed five people.");
        assertEquals(List.of(LocalDate.of(2016, 4, 24)), listed.stream().map(Incident::getEventDate).toList());
    }

    @Test
    void aSentenceOpenedByAMonthAndItsYearTellsThatMonthsEvent() {
        List<Incident> month = TestArticles.code("2026-10-05", "In March 2026, Iranian missiles struck Prince Sultan Air Base in Saudi Arabia.");
        assertEquals(List.of(LocalDate.of(2026, 3, 1)), month.stream().map(Incident::getEventDate).toList(), month::toString);
        List<Incident> early = TestArticles.code("2026-10-05", "• In early March 2026, Iranian drones struck Muwaffaq Salti Air Base in Jordan.");
        assertEquals(List.of(LocalDate.of(2026, 3, 1)), early.stream().map(Incident::getEventDate).toList(), early::toString);
        // a month and year long before the news is history
        assertTrue(TestArticles.code("2026-10-05", "In March 2022, Russian forces struck a theatre in Mariupol, Ukraine.").isEmpty());
        // a month with no year in the news is history
        assertTrue(TestArticles.code("2026-10-05", "In March, Iranian missiles struck Prince Sultan Air Base in Saudi Arabia.").isEmpty());
    }

    @Test
    void aReportTitledByAPastYearIsThatYearsRecordMonthByMonth() {
        // "Country Reports on Terrorism 2013", published in April 2014: its days and months with no year are 2013's
        List<Incident> report = TestArticles.codeTitled("Country Reports on Terrorism 2013 - Bahrain", "2014-04-30",
                "Overview: Bahrain developed its capacities.\n\n"
                        + "• On July 6 in Sitra, Bahrain, a homemade bomb exploded, killing one policeman.\n\n"
                        + "• In October, two separate explosions injured at least five policemen in Sitra, Bahrain.");
        assertEquals(List.of(LocalDate.of(2013, 7, 6), LocalDate.of(2013, 10, 1)), report.stream().map(Incident::getEventDate).toList());
        // attacks in the plural with neither day nor month are the year's tally
        assertTrue(TestArticles.codeTitled("Country Reports on Terrorism 2010 - Russia", "2011-08-18",
                "2010 Terrorist Incidents: Terrorist attacks in Russia continued to emanate from the unrest in Dagestan, Russia.").isEmpty());
        assertTrue(TestArticles.codeTitled("Country Reports on Terrorism 2019 - Egypt", "2020-06-24", "2019 Terrorist Incidents: "
                + "Egyptian security forces face frequent small arms and IED attacks in North Sinai, Egypt.").isEmpty(),
                "the head of the event phrase is plural");
        assertTrue(TestArticles.codeTitled("Country Reports on Terrorism 2010 - Russia", "2011-08-18", "2010 Terrorist Incidents: "
                + "Officials in mid-December cited 529 terrorist attacks over the course of the year in which 218 victims were killed in "
                + "Dagestan, Russia.").isEmpty(), "the year's toll");
        // a month that names an attack in a year's record dates it too
        assertEquals(List.of(LocalDate.of(2011, 6, 1)), TestArticles.codeTitled("Country Reports on Terrorism 2011 - Nigeria", "2012-07-31",
                        "Overview: Cooperation continued, particularly following the June attack on the Abuja headquarters of the Nigerian police force.")
                .stream().map(Incident::getEventDate).toList());
        // an event with no day of its own in a year's record is that year's, not the publication's
        assertEquals(List.of(2018), TestArticles.codeTitled("Country Reports on Terrorism 2018 - Jordan", "2019-11-01",
                        "Overview: Prominent terrorist incidents included an ISIS-inspired attack in Fuheis, Jordan, that killed a policeman.")
                .stream().map(i -> i.getEventDate().getYear()).toList());
        // a report of a year in a news headline frames nothing
        assertEquals(List.of(LocalDate.of(2024, 8, 17)), TestArticles.codeTitled("UN report: 2023 was the deadliest year on record for "
                        + "aid workers", "2024-08-19", "Gunmen killed three aid workers in Nyala, Sudan, on Saturday.")
                .stream().map(Incident::getEventDate).toList());
        // a month alone in the news is history
        assertTrue(TestArticles.code("2014-04-30", "In October, two separate explosions injured at least five policemen in Sitra, Bahrain.").isEmpty());
    }

    @Test
    void aHeadingWithADayAndAColonDatesTheListBelowIt() {
        List<Incident> listed = TestArticles.code("2024-10-13", "Summary of IDF activity on the northern front on Saturday, October 12:\n\n"
                + "- IAF fighter jets struck approximately 30 Hezbollah terror targets in southern Lebanon.");
        assertEquals(List.of(LocalDate.of(2024, 10, 12)), listed.stream().map(Incident::getEventDate).toList());
    }

    @Test
    void aQuestionReportsNothing() {
        List<Incident> asked = TestArticles.code("2024-02-03", "Q: Did the U.S. notify the Iraqi government in advance, "
                + "and did you strike any targets inside Iran? A: We struck 85 targets in Iraq and Syria on Friday.");
        assertEquals(List.of("IQ", "SY"), asked.stream().map(Incident::getCountryCode).toList(), "no strike in Iran: " + asked);
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Boko Haram fighters killed 30 villagers in Borno State on Sunday.|1",
            "Gunmen stormed a village in Zamfara State on Sunday, killing 20 people.|1",
            "Unidentified gunmen opened fire on worshippers at a church in Owo, Ondo State, on Sunday.|1",
            // a passive killing on a day at a place, with no weapon named, is an attack of unstated means; a toll is none
            "Three soldiers were killed in Borno State on Sunday.|1",
            "Two Israeli soldiers were killed in Gaza on Sunday, the military said.|1",
            "More than 34,000 people have been killed in Gaza since October 7, the health ministry said on Sunday.|0",
            "The group has killed more than 500 people in Borno State since 2009.|0",
            // a report of one's own killing in the past perfect is news
            "Pakistan's military said on Sunday it had killed 11 militants in an operation in South Waziristan.|1",
            // a killing with an object is the past even when the tagger reads a participle; rebels are armed
            "ADF rebels killed at least 20 civilians in the village of Mayikengo in North Kivu's Lubero territory overnight.|1",
            "Rebels killed at least 20 civilians in North Kivu on Sunday.|1",
            // the doer set off from its verb by an insertion, and owned by the speaker ("its troops")
            "Somalia's government said its troops, backed by African Union forces, killed 30 al-Shabaab fighters in Middle Shabelle on Sunday.|1",
            "Islamic State-linked insurgents beheaded 11 Christians in Cabo Delgado's Macomia district on Sunday.|1",
            // taking ground is an armed clash when an armed side takes a place
            "The M23 rebels seized the town of Rubaya on Tuesday after heavy fighting with Congolese troops.|1",
            "The Arakan Army said it captured the military regime's Western Command headquarters in Ann Township on Friday.|1",
            // a weapon that sank a ship sank it; a ship that sank names no weapon; fire exchanged with a modifier
            "Ukraine's military intelligence agency said sea drones had sunk the Russian patrol ship Sergei Kotov near the Kerch Strait early on Tuesday.|1",
            "The ferry sank off the coast of Sudan on Tuesday, killing 40 people.|0",
            // no indication, evidence or credible report of an attack tells none; ground raids are fought on the ground
            "We have no indication that U.S. forces in the region were targeted in Iraq on Tuesday.|0",
            "We've seen no credible reports of attacks on the internationally recognized territory of Armenia today.|0",
            "Israel began limited ground raids against Hezbollah targets in villages near the border in southern Lebanon on Monday.|1",
            // a vehicle that struck a device is no traffic accident
            "On 28 December, three soldiers were killed when their armoured vehicle struck an improvised explosive device near Hombori, in Mali.|1",
            "M23 rebels and the Congolese army exchanged heavy-weapons fire around Kalembe in North Kivu on Monday.|1",
            "Fighters from the rebel group M23 have taken the key eastern city of Goma.|1",
            "The Arakan Army captured the town of Maungdaw on Sunday.|1",
            "Soldiers seized weapons in Borno State on Sunday.|0",
            // fighting in a place is a clash there; an end to the fighting is none
            "The RSF and the army are fighting within the city of Nyala, officials said on Sunday.|1",
            "Ethnic fighters were battling their way into the town of Lashio on Saturday.|1",
            "Pakistani and Afghan forces traded fire at the Torkham border crossing on Friday.|1",
            // weapons sent at a place are an attack; weapons sent to a country are arms
            "Iran responded by sending around 100 drones towards Israel on Friday.|1",
            "The United States sent missiles to Ukraine on Friday.|0",
            // a subject coordinated up to the verb takes ground; a country that owns what follows is no apposition
            "Rwandan and Mozambican troops have recaptured the port town of Mocimboa da Praia, Rwanda's military said on Sunday.|1",
            // a truck that blew up is a bombing
            "A truck packed with explosives blew up near a military aviation school in the Colombian city of Cali on Thursday.|1",
            // what strikes would do tells none
            "The Houthis said the strikes would not deter them.|0",
            // a side that "would like to" strike has not struck
            "Iran would like to launch missile attacks on U.S. bases in Iraq, an official said on Friday.|0",
            // a speaker who "would like to" address an attack tells it: a formula, not a hypothesis
            "I would like to start off by addressing the missile strike by Russia's forces that killed at least 50 civilians at the Kramatorsk railway station in eastern Ukraine.|1",
            // how a campaign fares tells no new use of force
            "Ukraine's counteroffensive in Zaporizhzhia has stalled, officials said on Thursday.|0",
            // what to do in case of fire tells no fire
            "U.S. citizens in Israel can find information on steps to take in case of mortar and rocket fire on the embassy website.|0",
            // since a time of the news day is the news
            "Since this morning, thousands of rockets have been fired from Gaza into southern Israel.|1",
            // reports of force had are a security alert's news; reports called false are none
            "The U.S. Embassy is aware of unrest along the airport road in Kinshasa, Congo. There have been reports of gunfire.|1",
            "The U.S. Embassy in Kinshasa, Congo, reminds citizens to stay at home. The government said reports of gunfire are false.|0",
            // force told of the whole world is no incident; force escalating is a trend
            "Places of worship and schools have all been targeted by terrorist organizations worldwide, the embassy in Manila, Philippines, said.|0",
            "The Secretary pledged more air defense to Ukraine to combat Russia's escalating missile strikes on Kyiv.|0",
            // a stabbing is an attack by hand
            "A June 25 stabbing at a police post in Medan, Indonesia, killed one police officer.|1",
            // shots fired are gunfire; none fired, none
            "Shots were fired at police in Port-au-Prince, Haiti, on Tuesday.|1",
            "No shots were fired near Naqoura, Lebanon, the UN said on Tuesday.|0",
            // men who swarm a post storm it
            "Suspected JNIM members swarmed a park ranger checkpoint near Say, Niger, on Friday, killing two park rangers.|1",
            // a toll in thousands of fighting that lasts is history; a fight's dead of the day are news
            "Fighting between the forces of President Salva Kiir and ex-vice president Riek Machar in Juba has left more than 1,000 people dead.|0",
            "Heavy fighting in Mogadishu between government troops and local police has killed at least thirteen people.|1",
            // what a claim holds is not adopted; told with its day, the attack is the news
            "Officials in Washington were questioned about their claims that their forces targeted the general to prevent attacks in Iraq.|0",
            "Despite claims that the army targets only militants, its jets struck a school in Kalaa, Sudan, killing 20 people.|1",
            "The commission is investigating claims that the United States used white phosphorus bombs in an attack against Taliban militants in Farah on March 4.|1",
            // an undated fight is not one dated weeks before it in the article ("the offensive began February 9")
            "Clashes between the army and Kokang rebels continued in Laukkai. The Kokang offensive began January 9, when rebels attacked army posts in Laukkai.|2",
            // an attack the speaker "also" condemns is one more, not the one told
            "The United States condemns the March 3 bombing of a market in Kirkuk, which killed 20 people. We also condemn the attack on security personnel in Hawija.|2",
            "The United States condemns the March 3 bombing of a market in Kirkuk, which killed 20 people. We condemn the attack on security personnel in Hawija.|1",
            // one attack kept up is news; attacks kept up are a tally, and a war kept up since weeks ago is its start
            "The United States condemns the ongoing barrage of rocket attacks by Hamas from Gaza upon civilians across Israel.|1",
            "The United States condemns the ongoing rocket attacks by Hamas from Gaza upon civilians across Israel.|0",
            "The ongoing fighting between Azerbaijan and Armenia erupted Jan. 2 and has killed hundreds of people.|0",
            // a wave of strikes on a place on one day is one incident, not a tally
            "Israel launched a wave of strikes on Iran early on Friday, hitting the Natanz enrichment site.|1",
            // those "among" the dead told again are the event's, not another
            "Dozens of people were killed when insurgents stormed the town of Palma on Wednesday, among them some who were ambushed as they fled.|1",
            "The United States calls for an end to the fighting.|0",
            "The Malian army hit out at critics in Bamako on Sunday.|0",
            // a drill is none wherever its clause says so; an attack the text dates to a past year is history
            "Ukrainian troops fired artillery during drills near Lviv on Sunday.|0",
            // a passive whose subject is none tells that nothing happened
            "India's defence ministry said on Sunday that no Pakistani military facilities had been targeted.|0",
            "A court in Paris sentenced a man to life in prison on Sunday for the 2015 attacks on the Bataclan.|0",
            // violence no side is named for, when it kills, is the event; its toll over time is none
            "Riots in Jos killed at least 20 people on Friday.|1",
            "At least 12 people were killed in intercommunal violence in Taraba State.|1",
            "The violence has killed more than 1,000 people and displaced 210,000 in Cabo Delgado.|0",
            // live fire at people is shooting; fire into the air, tear gas and rubber bullets are not
            "Police fired live ammunition at demonstrators in Khartoum on Thursday, killing at least five.|1",
            "Soldiers fired live rounds into the air to disperse the crowd in Baghdad on Friday.|0",
            "Police fired tear gas and rubber bullets at protesters in Baghdad on Friday.|0",
            // air defences are who intercepts, not an interception: sending them is none
            "Ukrainian air defense shot down three of the four Russian drones over Kyiv on Sunday.|1",
            "We need to send Ukraine more air defenses to protect against Russian missile strikes.|0"})
    void triggersReadVerbsOfKillingByAnArmedSide(String sentence, int incidents) {
        assertEquals(incidents, TestArticles.code("2024-03-05", sentence).size(), sentence);
    }
    @Test
    void targetsTheDictionariesDoNotKnowComeFromTheNounPhraseChunks() {
        Incident attack = TestArticles.code("2018-07-08",
                "The United States condemns the July 7 terrorist attack on the Ministries of Interior and Internal Security in Mogadishu.").get(0);
        assertEquals("the Ministries of Interior and Internal Security", attack.getTarget(), "the chunker's phrase with its 'of' phrase");
        assertEquals("SO_GOV", attack.getTargetSide(), "ministries are the government's, wherever it fights");
    }
    @Test
    void datingReadsNoYearInADecimal() {
        // a real DoD story threw NumberFormatException on "$43.7 billion" read as a year
        List<Incident> incidents = TestArticles.code("2023-09-11",
                "Since the Russian invasion of Ukraine, the U.S. has committed more than $43.7 billion in defense support. "
                        + "Russian missiles struck Kyiv on Sunday.");
        assertEquals(1, incidents.size());
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Officials said Monday that Russian airstrikes injured at least 16 people in the city of Zaporizhzhia.|RUSSIA|CIVILIAN",
            "On March 13, Iranian-backed Houthi terrorists fired one missile from Houthi-controlled areas of Yemen into the Gulf of Aden.|IRAN_AXIS|-",
            "On Sunday, al-Shabaab militants attacked a police station in Mogadishu.|JIHADIST|SO_GOV",
            // the doer of "killed" is no victim of it; under fire is suffered; a fight both sides wage has the other as target
            "Pakistani security forces killed 10 militants in a raid in North Waziristan on Friday.|PK_GOV|-",
            "Jihadists killed 30 soldiers in an attack on an army base in northern Burkina Faso on Sunday.|JIHADIST|BF_GOV",
            "The al-Asad air base in Iraq, which houses American troops, was under rocket fire on Monday.|-|US",
            "Israeli troops clashed with Hezbollah fighters in southern Lebanon on Tuesday.|ISRAEL|IRAN_AXIS",
            "Indian and Pakistani troops exchanged fire along the Line of Control in Kashmir on Sunday.|IN_GOV|PK_GOV",
            "Heavy fighting between the Sudanese army and the RSF erupted in Khartoum on Saturday.|SUDAN_SAF|SUDAN_RSF",
            // a name before the target noun is part of it; a count repeated in digits is one count; an army camp is the state's
            "The United States strongly condemns the Al-Shabaab attack at the Hayat Hotel in Mogadishu.|JIHADIST|CIVILIAN",
            "On Sept. 5, 2016, U.S. forces conducted two (2) self-defense strikes against al-Shabaab near Tortoroow, Somalia.|US|JIHADIST",
            "JNIM fighters attacked an army camp in Dioura, Mali, on Sunday.|JIHADIST|ML_GOV",
            // a passive's doer after a date; the dead counted after "including"
            "The United States condemns the attacks committed on December 24 by the Burmese military in Kayah State, which killed at least 35, including women and children.|MYANMAR_JUNTA|CIVILIAN",
            // soldiers no side names are the army of the country they fall in
            "Militants ambushed a patrol in the Khyber Pakhtunkhwa province on Sunday, killing four soldiers.|-|PK_GOV",
            // armed movements with no camp of the guide keep their name, side UNKNOWN; bandits kill as armed men do
            "CODECO militiamen attacked a displacement camp in Ituri on Sunday, killing 20.|UNKNOWN|CIVILIAN",
            "The SPLM-N attacked army positions in South Kordofan on Sunday.|UNKNOWN|SUDAN_SAF",
            "Bandits killed 25 villagers in Zamfara State on Sunday.|-|CIVILIAN",
            // who killed in a fight fought whom they killed
            "Al-Shabaab said on Sunday it had killed dozens of Somali soldiers and AU troops in heavy fighting near Beledweyne.|JIHADIST|SO_GOV",
            // a ship the dictionaries do not know is named after the verb that follows the weapon, its apposition says whose
            "A Houthi missile hit the True Confidence, a Barbados-flagged bulk carrier, off Aden on Sunday.|IRAN_AXIS|CIVILIAN",
            // military aircraft and drones no side names are the government's where they strike
            "The Nigerian army said on Sunday that a military drone mistakenly killed villagers in Kaduna State.|NG_GOV|CIVILIAN",
            // the government's positions are the government's wherever they stand
            "Hayat Tahrir al-Sham fighters attacked government positions in Idlib on Sunday.|JIHADIST|SYRIA_GOV"})
    void argumentsReadReportedSpeechNamedGroupsAndWhereFireCameFrom(String sentence, String actor, String target) {
        // "said that": a complementizer, no "that strike" told again; "Houthi terrorists": the named side,
        // not the common noun's; "from Houthi-controlled areas": where the fire came from, not its target
        List<Incident> incidents = TestArticles.code("2024-03-18", sentence);
        assertEquals(1, incidents.size(), sentence);
        assertEquals(actor, incidents.get(0).getActorSide(), sentence);
        assertEquals(target, incidents.get(0).getTargetSide(), sentence);
    }
    @Test
    void eventsLeftWithoutADoerTakeTheOnlySideThatDoesThatKindOfAttackInTheArticle() {
        List<Incident> incidents = TestArticles.code("2015-11-02", "On Nov. 1, coalition military forces conducted 10 strikes in Syria. "
                + "The following is a summary of the strikes.\n\nNear Al Hawl, one strike destroyed an ISIL vehicle.\n"
                + "Near Kisik, one strike struck an ISIL tactical unit.");
        assertFalse(incidents.isEmpty());
        for (Incident i : incidents) {
            assertEquals("US", i.getActorSide(), "a release's list of strikes is the coalition's: " + i);
        }
    }
    @Test
    void anInterceptionTargetsTheOwnerOfWhatItStopsAndTheirAttackIsTheOwners() {
        List<Incident> incidents = TestArticles.code("2024-09-30",
                "Ukraine's military said Monday it shot down 67 of 73 Russian aerial drones launched in overnight attacks targeting areas across Ukraine.");
        Incident interception = incidents.stream().filter(i -> i.getEventType() == EventType.INTERCEPTION).findFirst().orElseThrow();
        assertEquals("UKRAINE", interception.getActorSide());
        assertEquals("RUSSIA", interception.getTargetSide(), "'67 of 73 Russian drones': the counted object's side");
        Incident attack = incidents.stream().filter(i -> i.getEventType() == EventType.DRONE_ATTACK).findFirst().orElseThrow();
        assertEquals("RUSSIA", attack.getActorSide(), "'Russian aerial drones': the side before its weapon, a modifier between");
    }
    @Test
    void flyingWeaponsDestroyedOverAPlaceAreInterceptedByThatCountrysState() {
        Incident i = TestArticles.code("2024-09-30", "Air defences destroyed 30 Ukrainian drones over the Kursk region overnight.").get(0);
        assertEquals(EventType.INTERCEPTION, i.getEventType(), "'destroyed ... drones ... over': an air defence report");
        assertEquals("RUSSIA", i.getActorSide(), "who shoots down what flies over Russia");
        assertEquals("UKRAINE", i.getTargetSide());
    }
    @Test
    void anUnattributedStrikeOnAStateComesFromTheOneEnemyTheArticleNames() {
        List<Incident> incidents = TestArticles.code("2024-10-27", "Kyiv says its long-range campaign against Ukraine's invader is legitimate. "
                + "The ministry said air defense destroyed 13 of the drones over the Belgorod region. "
                + "Voronezh Governor Alexander Gusev said drones damaged two businesses and injured two people.");
        Incident interception = incidents.stream().filter(i -> i.getEventType() == EventType.INTERCEPTION).findFirst().orElseThrow();
        assertEquals("RUSSIA", interception.getActorSide());
        assertEquals("UKRAINE", interception.getTargetSide(), "Russia's one enemy the article names (wars.tsv)");
        Incident voronezh = incidents.stream().filter(i -> i.getEventType() == EventType.DRONE_ATTACK).findFirst().orElseThrow();
        assertEquals("UKRAINE", voronezh.getActorSide(), "drones falling on Russia, with Ukraine named as the enemy");
    }
    @Test
    void interceptionsInThePassiveOrWithNoPlaceAreOverTheDefendersLand() {
        Incident passive = TestArticles.code("2024-02-06",
                "Ten Ukrainian drones were destroyed over the Belgorod region on Monday, the Russian defense ministry said.").get(0);
        assertEquals(EventType.INTERCEPTION, passive.getEventType(), "a flying weapon destroyed in flight was intercepted");
        assertEquals("RUSSIA", passive.getActorSide());
        assertEquals("UKRAINE", passive.getTargetSide());
        Incident placeless = TestArticles.code("2024-02-06", "Ukraine's air force said it shot down 20 of 25 Russian drones on Monday.").get(0);
        assertEquals(EventType.INTERCEPTION, placeless.getEventType());
        assertEquals("UA", placeless.getCountryCode(), "air defences fire over their own land");
        assertEquals(List.of(), TestArticles.code("2024-02-06", "The U.S. Navy shot down three drones on Monday."),
                "a navy that fights abroad says nothing of where");
    }
    @Test
    void anUnattributedStrikeStaysUnattributedWhenTheArticleNamesNoEnemy() {
        Incident i = TestArticles.code("2024-10-27", "Voronezh Governor Alexander Gusev said drones damaged two businesses and injured two people.").get(0);
        assertEquals(null, i.getActorSide());
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // in Kabul, an unspecified attack was a bombing (unspecified-attacks.tsv)
            "The U.S. Embassy strongly condemns today's attack near the International Airport in Kabul.|BOMBING",
            // no prior for the place: the guide's unspecified use of force
            "Insurgents attacked a police checkpoint in Helmand on Monday.|ARMED_CLASH",
            // attackers named by their guns were shooting
            "Gunmen attacked a checkpoint in Kabul on Monday.|ARMED_CLASH",
            // a stated weapon wins
            "A car bomb attack in Helmand on Monday killed four people.|BOMBING",
            // Ukraine attacks Russian regions from afar, Israel attacks Lebanon from the air (attacks-from-afar.tsv) ...
            "The Ukrainian attack on Belgorod on Monday injured two people.|DRONE_ATTACK",
            "Israel attacked Hezbollah targets in southern Lebanon on Monday.|AIR_STRIKE",
            // ... but its troops fight on the ground
            "Israeli troops attacked Hezbollah positions in southern Lebanon on Monday.|ARMED_CLASH",
            // a ship struck with no weapon named is the guide's naval attack; a stated weapon wins
            "Houthis struck the MV Tutor in the Red Sea on Monday.|NAVAL_ATTACK",
            "Houthis fired a missile at the MV Tutor in the Red Sea on Monday.|MISSILE_ATTACK",
            // a ship taken, its prefix written "M/V" (three tokens), is a naval attack
            "Houthis seized the M/V Galaxy Leader in the Red Sea on Monday.|NAVAL_ATTACK",
            // a verb that needs a weapon takes the one after its "with"
            "Houthi rebels hit the Greek-owned tanker Sounion with missiles in the Red Sea on Monday.|MISSILE_ATTACK",
            // a warship after the verb is what was hit, and the weapon after "with", past its article and adjectives, is the means
            "The Houthis said they had targeted a U.S. destroyer in the Red Sea with a ballistic missile on Monday.|MISSILE_ATTACK",
            "Russia attacked Ukraine overnight with 23 Iranian-made Shahed drones along with a cruise missile.|DRONE_ATTACK",
            // an aircraft brought down is a missile attack, whether told in the active or the passive
            "Thirteen police officers died on Monday when their helicopter was brought down in Antioquia province.|MISSILE_ATTACK",
            // a train or a plane hijacked is taken by armed men, at no sea
            "BLA fighters hijacked a passenger train in Balochistan on Monday, taking hundreds of passengers hostage.|ARMED_CLASH",
            // what exploded names the attack: a drone that exploded is a drone attack
            "A drone launched by the Houthis exploded in central Tel Aviv on Monday and killed a man.|DRONE_ATTACK",
            // an armed side that hits something with no weapon named attacked it
            "JNIM fighters hit an army convoy near Djibo on Monday, killing 15 soldiers.|ARMED_CLASH"})
    void anAttackWithNoWeaponIsWhatAttacksWereWhereItHappened(String sentence, EventType type) {
        assertEquals(type, TestArticles.code("2015-08-10", sentence).get(0).getEventType());
    }
    @Test
    void whoJudgesOrMournsAnAttackIsNeverItsDoer() {
        for (String stance : List.of("joins the international community in expressing outrage at", "is deeply concerned by",
                "calls on all parties to end attacks on civilians after", "welcomes the arrest of the plotters of", "is appalled by",
                "remains deeply concerned about", "is saddened by")) {
            Incident i = TestArticles.code("2022-04-19", "The United States " + stance + " today's attack on a school in Kabul.").get(0);
            assertEquals(null, i.getActorSide(), stance);
        }
    }
    @Test
    void aPlaceHostingASideIsThatSidesTarget() {
        Incident i = TestArticles.code("2020-03-17", "Iraq's military said Tuesday two rockets struck a base south of Baghdad "
                + "hosting U.S.-led coalition troops and NATO trainers.").get(0);
        assertEquals("US", i.getTargetSide(), "'a base hosting X': X is who was hit");
    }
    @Test
    void fireSufferedFromASidesPositionsIsThatSidesAttack() {
        Incident i = TestArticles.code("2019-10-12", "U.S. troops in the vicinity of Kobani came under artillery fire from Turkish positions "
                + "at approximately 9 p.m. local Oct. 11.").get(0);
        assertEquals("TR_GOV", i.getActorSide(), "'under fire from X': X fired");
        assertEquals("US", i.getTargetSide());
        assertEquals("SY", i.getCountryCode());
    }
    @Test
    void groundTakenToldAsANounIsAClashAndItsTakerTheDoer() {
        Incident masisi = TestArticles.code("2025-01-06", "The continued advances by the M23, including the taking of Masisi town this weekend, "
                + "damage efforts to reach a negotiated peace in eastern DRC.").get(0);
        assertEquals(EventType.ARMED_CLASH, masisi.getEventType());
        assertEquals("CD", masisi.getCountryCode());
        Incident goma = TestArticles.code("2025-01-28", "The fall of Goma to M23 rebels on Monday displaced thousands.").get(0);
        assertEquals("M23", goma.getActorSide(), "'the fall of X to Y': Y took it");
        assertEquals(LocalDate.parse("2025-01-27"), goma.getEventDate());
        assertTrue(TestArticles.code("2025-01-28", "Since the fall of the Assad regime in Syria, exiles have returned.").isEmpty(),
                "a regime is no ground");
    }
    @Test
    void aRecordSinceTheWarBeganIsOneNewAttackNotHistory() {
        List<Incident> incidents = TestArticles.code("2024-03-22", "Overnight, Russia launched one of its largest aerial assaults against "
                + "Ukraine's energy grid since the war began, depriving many people across the country of heat.");
        assertEquals(1, incidents.size(), incidents::toString);
        assertEquals("RUSSIA", incidents.get(0).getActorSide());
        assertEquals(LocalDate.parse("2024-03-21"), incidents.get(0).getEventDate());
    }
    @Test
    void aTallyJoinedByAsWellAsLeavesTheSingleAttackBeforeIt() {
        List<Incident> incidents = TestArticles.code("2023-12-12", "The Secretary condemned the attack on the U.S. Embassy in Baghdad "
                + "as well as the series of attacks on U.S. personnel in Iraq and Syria in recent weeks.");
        assertEquals(1, incidents.size(), incidents::toString);
        assertEquals("US", incidents.get(0).getTargetSide());
        assertEquals("IQ", incidents.get(0).getCountryCode());
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a weapon after "with" and plain words of its kind types the attack it follows
            "Explosions rocked two military airfields deep inside Russia early on Monday, killing three servicemen, in what Moscow said were Ukrainian attacks with Soviet-era jet drones.|DRONE_ATTACK",
            // a weapon after "with" past adjectives of any form types the attack
            "Hezbollah said it targeted an Israeli military position in the Shebaa Farms with guided missiles on Monday.|MISSILE_ATTACK",
            // a boat after "by" is the means, not the ship hit
            "An oil tanker was hit by an explosive-laden drone boat in the Red Sea on Monday.|NAVAL_ATTACK",
            // a part of the weapons launched destroyed is an interception
            "Ukraine's air force said it destroyed 20 of the 25 drones Russia launched overnight.|INTERCEPTION",
            // air defences that fire at drones intercept them
            "Iranian air defences fired at three small drones over the central city of Isfahan early on Monday.|INTERCEPTION",
            "A bomb killed four soldiers in Kandahar on Monday.|BOMBING",
            "An improvised explosive device killed four soldiers in Kandahar on Monday.|BOMBING",
            "A Russian drone killed four soldiers in Kharkiv on Monday.|DRONE_ATTACK",
            "Missiles killed four civilians in Kharkiv on Monday.|MISSILE_ATTACK",
            "Near Al Hawl, Syria, one strike destroyed an ISIL vehicle borne improvised explosive device (VBIED).|AIR_STRIKE",
            "Near Al Hawl, Syria, one strike destroyed an ISIL improvised explosive device (IED).|AIR_STRIKE",
            // aircraft destroyed at a base were hit, they did not strike
            "On January 5, al-Shabaab fighters attacked Camp Simba at Manda Bay in Kenya, killing three Americans and destroying six aircraft.|ARMED_CLASH"})
    void aWeaponThatKilledIsAnAttackOfItsKindAndAWeaponDestroyedIsATarget(String text, EventType type) {
        List<Incident> incidents = TestArticles.code("2015-11-02", text);
        assertEquals(1, incidents.size(), incidents::toString);
        assertEquals(type, incidents.get(0).getEventType());
    }
    @Test
    void strikesInPursuitOfTheAttackersAnswerTheirAttack() {
        List<Incident> incidents = TestArticles.code("2024-05-18", "Niger's defense ministry says suspected jihadists on motorcycles "
                + "attacked a military position near the border with Burkina Faso on Thursday, killing seven soldiers. The ministry "
                + "said about 20 assailants were neutralized in air strikes carried out in pursuit of the attackers.");
        assertEquals(List.of(EventType.ARMED_CLASH, EventType.AIR_STRIKE), incidents.stream().map(Incident::getEventType).toList(),
                incidents::toString);
        assertTrue(incidents.get(1).getIsRetaliation());
        assertEquals("JIHADIST", incidents.get(1).getTargetSide());
    }
    @Test
    void anAttackThatCameDaysAfterAnotherIsNotDatedByIt() {
        List<Incident> incidents = TestArticles.code("2015-11-23", "On November 20, 2015, gunmen laid siege to the Radisson Blu, a hotel "
                + "in Mali's capital, Bamako. At least 22 people are reportedly dead. The Bamako attack came one week after the "
                + "terrorist attacks in Paris.");
        List<Incident> mali = incidents.stream().filter(i -> "ML".equals(i.getCountryCode())).toList();
        assertEquals(1, mali.size(), incidents::toString);
        assertEquals(LocalDate.parse("2015-11-20"), mali.get(0).getEventDate());
        assertEquals(EventType.ARMED_CLASH, mali.get(0).getEventType(), "a siege laid is an armed attack");
    }
    @Test
    void aDateThatNamesADocumentDatesNoEvent() {
        Incident i = TestArticles.code("2022-02-10", "The deaths are the first announced by the Malian army since a January 5 report "
                + "of six deaths during clashes in Mopti in November and December.").stream().findFirst().orElse(null);
        assertTrue(i == null || !LocalDate.parse("2022-01-05").equals(i.getEventDate()), "'a January 5 report' is the report's day");
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Pakistani army said it killed 20 militants in North Waziristan on Sunday.|ARMED_CLASH|PK",
            "Mortar rounds fell on a camp for displaced people in El Fasher on Sunday, killing seven.|SHELLING|SD",
            "Troops repelled an attack by al-Shabaab fighters on a base in Lower Shabelle on Sunday.|ARMED_CLASH|SO",
            "Gunmen suspected to be bandits killed 25 villagers in Zamfara state on Sunday.|ARMED_CLASH|NG",
            "An Azerbaijani soldier was wounded by Armenian sniper fire in Tovuz on Monday.|ARMED_CLASH|AZ",
            "Armenian snipers fired on Azerbaijani positions in Tovuz on Monday.|ARMED_CLASH|AZ",
            "Iran's attack against Israel on Sunday, involving more than 300 drones and missiles, was almost entirely defeated.|DRONE_ATTACK|IL"})
    void ordinaryWireConstructionsAreRead(String text, EventType type, String country) {
        List<Incident> incidents = TestArticles.code("2024-03-18", text);
        assertEquals(1, incidents.size(), incidents::toString);
        assertEquals(type, incidents.get(0).getEventType());
        assertEquals(country, incidents.get(0).getCountryCode());
    }
    @Test
    void whoCondemnsAnAttackIsNeverItsDoer() {
        Incident i = TestArticles.code("2022-10-30", "The United States strongly condemns yesterday's tragic terrorist attack in Mogadishu that "
                + "killed an estimated 100 people, and in particular its heinous targeting of the Somali Ministry of Education.").get(0);
        assertEquals(null, i.getActorSide(), "'its targeting' is the attack's, not the speaker's");
        assertEquals(100, i.getFatalities());
    }
    @Test
    void anExplicitThreatAloneIsAThreatWhereItsAuthorSpeaksFrom() {
        List<Incident> incidents = TestArticles.code("2024-03-18", "Russia threatened on Monday to strike Western weapons depots in Ukraine.");
        assertEquals(1, incidents.size(), incidents::toString);
        assertEquals(EventType.THREAT, incidents.get(0).getEventType());
        assertEquals("RU", incidents.get(0).getCountryCode(), "the speaker's country, as the guide places a threat");
        assertTrue(TestArticles.code("2024-03-18", "The Houthis said they will continue to work with the United Nations.").isEmpty(),
                "an open cue with no force is no threat");
        List<Incident> warned = TestArticles.code("2023-11-20", "Yemen's Iran-aligned Houthi movement warned on Monday it would keep "
                + "targeting vessels linked to Israel until the war in Gaza ends.");
        assertEquals(List.of("YE"), warned.stream().map(Incident::getCountryCode).toList(),
                "a warning makes an open cue explicit, and a group speaks from where it is based, not from the war it names");
        List<Incident> revenge = TestArticles.code("2024-04-02", "An Israeli air strike destroyed Iran's consulate in Damascus on Monday. "
                + "Iran's supreme leader said on Tuesday that Israel would be punished.");
        assertEquals(List.of("IR"), revenge.stream().filter(i -> i.getEventType() == EventType.THREAT).map(Incident::getCountryCode).toList(),
                "a revenge is promised where its author speaks from, not where the strike it answers fell");
    }
    @Test
    void whoLaunchedWhatIsShotDownIsTheTargetNotTheInterceptor() {
        Incident i = TestArticles.code("2024-03-06", "Ukraine's air force said it had shot down 22 of 28 drones launched by Russia over Kyiv overnight.")
                .stream().filter(x -> x.getEventType() == EventType.INTERCEPTION).findFirst().orElseThrow();
        assertEquals("UKRAINE", i.getActorSide());
        assertEquals("RUSSIA", i.getTargetSide(), "'drones launched by Russia'");
        assertEquals("UA", i.getCountryCode(), "shot down over the defender's land, not the launcher's");
    }
    @Test
    void theDeadOfARelativeClauseAreThoseItStandsFor() {
        Incident i = TestArticles.code("2024-01-29", "We offer our condolences to the family members and loved ones of the three U.S. "
                + "soldiers who were killed in Jordan this weekend in the drone attack at Tower 22.").get(0);
        assertEquals("US", i.getTargetSide(), "the soldiers 'who were killed', not their families");
        assertEquals(3, i.getFatalities(), "the count before 'who'");
    }
    @Test
    void attacksInTwoTownsOnTwoDaysAreTwoIncidents() {
        List<Incident> incidents = TestArticles.code("2021-01-20", "Rebels killed 20 villagers near Beni on Sunday. On Monday, gunmen "
                + "attacked a market in Oicha, killing five.");
        assertEquals(List.of(LocalDate.parse("2021-01-17"), LocalDate.parse("2021-01-18")),
                incidents.stream().map(Incident::getEventDate).sorted().toList(), "not one attack dated a day apart by two sources");
    }
    @Test
    void aSurveillanceDroneBroughtDownIsAnAircraftNotAMunition() {
        Incident i = TestArticles.code("2019-06-21", "Iran shot down a U.S. surveillance drone over the Strait of Hormuz on Thursday.").get(0);
        assertEquals(EventType.MISSILE_ATTACK, i.getEventType(), "the guide: a surface-to-air missile downing an aircraft");
        assertEquals("US", i.getTargetSide());
    }
    @Test
    void aClauseThatTurnsWithHoweverIsNotTheHistoryBeforeIt() {
        List<Incident> incidents = TestArticles.code("2020-06-24", "Overall, the number of insurgent attacks decreased from the previous "
                + "year; however, a November 5 attack at a security checkpoint in Yala killed 15, making it the single deadliest attack "
                + "in the Deep South in recent years.");
        assertEquals(1, incidents.size(), incidents::toString);
        assertEquals(LocalDate.parse("2019-11-05"), incidents.get(0).getEventDate());
        assertEquals(15, incidents.get(0).getFatalities());
    }
    @Test
    void aSecondAttackToldInTheSameSentenceIsAnotherIncident() {
        List<Incident> incidents = TestArticles.code("2015-10-14", "An attack on Monday, October 12, killed one civilian in Kolofata, "
                + "while a second attack, on a village near Mora, was repelled by Cameroonian security services.");
        assertEquals(2, incidents.size(), incidents::toString);
    }
    @Test
    void whatTheDeadFellNearIsWhereNotWhom() {
        Incident i = TestArticles.code("2024-07-22", "A Houthi drone struck Tel Aviv on Friday, killing one Israeli citizen near the "
                + "U.S. Embassy Branch Office.").get(0);
        assertEquals("ISRAEL", i.getTargetSide(), "the citizen killed, not the embassy nearby");
        Incident aimed = TestArticles.code("2024-07-22", "Rockets landed near the U.S. Embassy in Baghdad on Friday.").get(0);
        assertEquals("US", aimed.getTargetSide(), "with no one killed, what rockets land near is what they were fired at");
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "On April 5, 2026, CENTCOM reported one F-15E destroyed over Iran.|US",
            "Ukrainian forces shot down two Su-34s over the Donetsk region on Monday.|RUSSIA",
            "Houthi rebels said they shot down an MQ-9 Reaper over Marib on Monday.|US"})
    void anAircraftLostIsTheSidesThatAloneFliesItsType(String text, String owner) {
        Incident i = TestArticles.code("2026-05-14", text).get(0);
        assertEquals(EventType.MISSILE_ATTACK, i.getEventType());
        assertEquals(owner, i.getTargetSide(), "aircraft.tsv");
    }
    @Test
    void fightingThatHasKilledSinceADayThisWeekIsNews() {
        List<Incident> incidents = TestArticles.code("2024-05-14", "Heavy fighting between the army and the RSF in El Fasher has killed "
                + "at least 27 people since Friday, medics said.");
        assertEquals(1, incidents.size(), incidents::toString);
        assertEquals(EventType.ARMED_CLASH, incidents.get(0).getEventType());
        assertTrue(TestArticles.code("2024-05-14", "Fighting in El Fasher has killed more than 2,000 people since April 2023.").isEmpty(),
                "since a month long past it is a toll");
    }
    @Test
    void aTimeOfDayIsNoTarget() {
        Incident i = TestArticles.code("2024-05-14", "The attack occurred at approximately 3:00 a.m. local time on May 12 at the "
                + "Tower 22 logistics base in northeast Jordan.").get(0);
        assertTrue(i.getTarget() == null || !i.getTarget().contains("3"), i::toString);
    }
    @Test
    void theDeadOfAnAttackToldAsHistoryAreNoRecentIncidents() {
        List<Incident> incidents = TestArticles.code("2024-05-14", "Russian missiles struck Kharkiv on Monday, killing four people. "
                + "Kharkiv has been hit repeatedly since Russia launched a new offensive in the region on May 10. "
                + "In March, a Russian missile attack on the city killed 10.");
        assertTrue(incidents.stream().noneMatch(i -> Integer.valueOf(10).equals(i.getFatalities())), incidents::toString);
    }
    @Test
    void theVictimsNationalityIsNotWhereTheAttackWas() {
        Incident i = TestArticles.code("2024-05-14", "A suicide bomber attacked a convoy of Chinese engineers in Khyber Pakhtunkhwa on Tuesday.").get(0);
        assertEquals("PK", i.getCountryCode(), "the region's country, not the engineers'");
        assertEquals("CIVILIAN", i.getTargetSide());
    }
    @Test
    void violenceThatResultedInDeathsIsAnEventOfNoNamedDoer() {
        Incident i = TestArticles.code("2022-06-22", "The United States was deeply saddened to learn of the violence in the Bandiagara "
                + "and Gao regions of Mali this past weekend, resulting in the deaths of more than 100 civilians.").get(0);
        assertEquals(EventType.ARMED_CLASH, i.getEventType());
        assertEquals("ML", i.getCountryCode());
        assertEquals(100, i.getFatalities());
        assertEquals(null, i.getActorSide(), "who is saddened by it did not do it");
        Incident jos = TestArticles.code("2024-05-14", "Ethnic violence in Jos on Sunday, resulting in at least 20 deaths, was condemned "
                + "by the governor.").get(0);
        assertEquals(20, jos.getFatalities());
        assertTrue(TestArticles.code("2024-05-14", "The violence resulted in the destruction of several buildings in Jos on Sunday.").isEmpty(),
                "a result that is no death tells no event");
    }
    @Test
    void anEventSetBesideAnotherKeepsItsOwnPlaceTimeAndDead() {
        List<Incident> incidents = TestArticles.code("2024-03-05", "A suicide bomber struck a mosque in Peshawar on Sunday, killing 40 "
                + "people. Sunday's bombing was the deadliest since a suicide attack in Quetta in May 2023 that killed 150 people.");
        assertEquals(1, incidents.size(), "the attack of May 2023 is history, not a second incident of that Sunday");
        assertEquals(40, incidents.get(0).getFatalities(), "the 150 were that attack's dead");
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Police fired on protesters in Mandalay on Saturday, killing two people.|ARMED_CLASH",
            "Soldiers fired at a crowd in Mandalay on Saturday.|ARMED_CLASH",
            "A military helicopter then fired on villagers in Sagaing on Saturday.|AIR_STRIKE",
            "Armenia said Azerbaijani forces fired on its positions along the border on Saturday.|ARMED_CLASH"})
    void firingOnPeopleWithNoWeaponNamedIsAShooting(String text, EventType type) {
        Incident i = TestArticles.code("2021-02-21", text).get(0);
        assertEquals(type, i.getEventType(), "from the air when an aircraft fired");
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Security forces used live ammunition against protesters in Mandalay on Saturday, killing two people.|1",
            "Two people were killed when police used live bullets against protesters in Mandalay on Saturday.|1",
            "The army has used drones for surveillance along the border since Saturday.|0"})
    void aWeaponPutToUseAtSomeoneIsAnAttack(String text, int incidents) {
        assertEquals(incidents, TestArticles.code("2021-02-22", text).size(), "used against someone, not merely used");
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Abbas condemned rocket attacks against Israel from the Hamas-controlled Gaza Strip.|0",
            "Amnesty called upon the Pakistani authorities to investigate attacks on journalists in Balochistan.|0",
            "The Taliban leader is linked to car bombings in Kabul.|0",
            "Some experts in Russia have called for limited nuclear strikes.|0",
            "The United States condemns the rocket attacks on Sderot on Saturday.|1"})
    void aKindOfActJudgedOrAskedForIsNoEvent(String text, int incidents) {
        assertEquals(incidents, TestArticles.code("2024-03-10", text).size(), "a bare plural after condemned, linked to, called for");
    }
    @Test
    void aWindowOfAFewDaysIsTheNewsNotHistory() {
        List<Incident> incidents = TestArticles.code("2011-08-23", "In the past eight days alone we have received reports on the "
                + "killing of one journalist, Munir Shakir, in Balochistan on August 14 2011.");
        assertEquals(1, incidents.size(), "eight days back is this week's news");
        assertEquals(LocalDate.of(2011, 8, 14), incidents.get(0).getEventDate());
        assertTrue(TestArticles.code("2011-08-23", "In the past ten years, militants killed a journalist in Balochistan on August 14 "
                + "2001.").isEmpty(), "ten years back is history");
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Gunmen abducted 12 students from a school in Kaduna on Saturday.|1",
            "Bandits kidnapped 30 villagers in Zamfara on Saturday.|1",
            "The two engineers kidnapped in Balochistan last year were freed on Saturday.|0"})
    void anAbductionByArmedMenIsAnAttack(String text, int incidents) {
        List<Incident> found = TestArticles.code("2023-10-29", text);
        assertEquals(incidents, found.size(), "taken by armed men, as a killing by them is");
        found.forEach(i -> assertEquals(EventType.ARMED_CLASH, i.getEventType()));
    }
    @Test
    void aParticiplesPhraseBetweenTheFightersAndTheirVerbKeepsThemItsSubject() {
        Incident i = TestArticles.code("2024-10-13", "IDF troops operating in southern Lebanon eliminated a Hezbollah cell near "
                + "Ramyeh on Saturday.").get(0);
        assertEquals("ISRAEL", i.getActorSide(), "the troops, operating in southern Lebanon, are who eliminated the cell");
        assertEquals("LB", i.getCountryCode());
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ten villagers were killed by Boko Haram fighters in Borno on Saturday.|JIHADIST",
            "Two people were killed by Israeli fire in Jenin on Saturday.|ISRAEL",
            "Twelve students were abducted by gunmen in Kaduna on Saturday.|"})
    void thePassiveWithArmedMenAfterByIsTheirAttack(String text, String actorSide) {
        List<Incident> found = TestArticles.code("2024-10-13", text);
        assertEquals(1, found.size(), "killed by armed men: their attack, though no weapon is named");
        assertEquals(actorSide, found.get(0).getActorSide());
        assertTrue(TestArticles.code("2024-10-13", "In the past month, 18 SDF members have been killed by Turkey in northern Syria.")
                .isEmpty(), "a toll told in the perfect is no event");
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Militants set fire to a police station in Lakki Marwat on Saturday.|1",
            "A school was set on fire by separatist fighters in Bamenda on Saturday.|1",
            "Protesters set fire to tyres in Nairobi on Saturday.|0"})
    void arsonByArmedMenIsAnAttackAndByProtestersUnrest(String text, int incidents) {
        assertEquals(incidents, TestArticles.code("2024-10-13", text).size());
    }
    @Test
    void aSpanAfterAnEventThatOpensTheSentenceCountsForward() {
        List<Incident> found = TestArticles.code("2018-04-20", "A chemical attack killed 40 people in Douma on April 7. A week after "
                + "the attack, the United States fired more than 100 missiles at three sites near Damascus.");
        assertEquals(List.of(LocalDate.of(2018, 4, 7), LocalDate.of(2018, 4, 14)), found.stream().map(Incident::getEventDate).toList(),
                "a week after the attack of April 7");
    }
    @Test
    void aBombThatToreThroughAPlaceWasSetOffThere() {
        Incident i = TestArticles.code("2016-03-22", "A bomb ripped through a metro carriage at Maalbeek station in Brussels on Tuesday.").get(0);
        assertEquals(EventType.BOMBING, i.getEventType(), "not dropped from the air");
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "On Friday, troops backed by air strikes killed 11 militants in Datu Hoffer town.",
            "On Friday, soldiers killed 11 militants in Datu Hoffer town with the support of helicopter gunships."})
    void theSupportOfAnotherArmDoesNotTypeTheFight(String text) {
        Incident i = TestArticles.code("2023-12-02", text).get(0);
        assertEquals(EventType.ARMED_CLASH, i.getEventType(), "the troops' fight, the strikes its support");
    }
    @Test
    void whoKillsIsNoVictim() {
        Incident i = TestArticles.code("2023-12-02", "Soldiers killed 11 insurgents in Borno on Friday.").get(0);
        assertNotEquals("NG_GOV", i.getTargetSide(), "the soldiers killed, the insurgents fell");
    }
    @Test
    void aVehicleDrivenIntoPeopleIsAnAttack() {
        Incident i = TestArticles.code("2017-11-01", "A man drove a rented pickup truck onto a crowded bicycle path in New York on "
                + "Tuesday, mowing down cyclists and killing eight people.").get(0);
        assertEquals(EventType.ARMED_CLASH, i.getEventType());
        assertEquals(8, i.getFatalities());
    }
    @Test
    void aTrainHijackedIsNoNavalAttackWhicheverSideOfTheVerbItStands() {
        Incident i = TestArticles.code("2025-03-12", "Security forces ended the siege of a passenger train hijacked by separatist "
                + "militants in Balochistan on Wednesday, killing all 33 attackers.").get(0);
        assertEquals(EventType.ARMED_CLASH, i.getEventType());
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Five years after Islamic State-inspired militants laid siege to the city of Marawi, 17,000 families remain displaced.",
            "Washington had acted alone a year earlier, launching 59 Tomahawk cruise missiles at Shayrat air base in Syria.",
            "Militants attacked a church in Marawi two years ago.",
            "Militants attacked a church in Marawi three months ago.",
            "The court will rule on the killing of at least 6,402 civilians by soldiers in Colombia between 2002 and 2008."})
    void anEventYearsBackIsHistory(String text) {
        assertTrue(TestArticles.code("2022-05-23", text).isEmpty(), "years or months after, ago, earlier: a past period's event");
    }
    @Test
    void theSameFateAndWorseToComeAreThreats() {
        List<Incident> found = TestArticles.code("2025-09-04", "U.S. forces struck a drug boat off Venezuela on Tuesday, killing 11 people. "
                + "Defense Secretary Pete Hegseth said on Wednesday that other traffickers on those waters would meet the same fate.");
        assertTrue(found.stream().anyMatch(i -> i.getEventType() == EventType.THREAT), found::toString);
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A mortar round fired during clashes hit a house in Tripoli on Wednesday, killing two children.|SHELLING",
            "A shell fired during fighting landed in the town of Ruili in Yunnan on Wednesday, wounding five people.|SHELLING"})
    void fightingToldAsTheSettingOfAWeaponsStrikeDoesNotTypeIt(String text, EventType type) {
        List<Incident> found = TestArticles.code("2024-01-05", text);
        assertEquals(1, found.size(), found::toString);
        assertEquals(type, found.get(0).getEventType(), "the round's strike, the clashes its setting");
    }
    @Test
    void aWeekdayThatNamesAGatheringIsNoDate() {
        Incident i = TestArticles.code("2019-02-01", "On January 27, two bombs exploded during Sunday Mass at the cathedral in Jolo, "
                + "Sulu, killing 23 people.").get(0);
        assertEquals(LocalDate.of(2019, 1, 27), i.getEventDate(), "Sunday Mass is a service, January 27 the day");
    }
    @Test
    void aLargeBarrageOfMissilesIsStillTheVerbsWeapon() {
        Incident i = TestArticles.code("2024-10-01", "Iran launched a large barrage of ballistic missiles toward Israel this evening.").get(0);
        assertEquals(EventType.MISSILE_ATTACK, i.getEventType());
        assertEquals("IL", i.getCountryCode());
    }
    @Test
    void aFlightShotDownIsAMissileAttack() {
        Incident i = TestArticles.code("2020-01-09", "IRGC air defenses near Tehran shot down Ukraine International Airlines Flight 752 "
                + "shortly after takeoff on Wednesday, killing all 176 people aboard.").get(0);
        assertEquals(EventType.MISSILE_ATTACK, i.getEventType(), "an aircraft with people aboard, not a munition stopped");
    }
    @Test
    void troopsAChiefSpeaksOfAreHisOwnWhateverWasSaidBetween() {
        List<Incident> found = TestArticles.code("2025-01-24", "Armed men ambushed army soldiers on the island of Basilan on Wednesday, "
                + "killing two. The MILF denied ordering the attack. \"They were attacked without provocation,\" a spokesman said. "
                + "The chief of the Armed Forces of the Philippines said on Thursday that troops would hunt down those responsible.");
        assertTrue(found.stream().anyMatch(i -> i.getEventType() == EventType.THREAT && "PH_GOV".equals(i.getActorSide())), found::toString);
    }
    @Test
    void aThreatOfTheRebelsIsTheirGroupsNeverAPlaceholder() {
        List<Incident> found = TestArticles.code("2012-11-22", "M23 rebels seized Goma on Tuesday after clashes with the army. A rebel "
                + "spokesman said the rebels would march on to Bukavu and then to Kinshasa.");
        assertTrue(found.stream().anyMatch(i -> i.getEventType() == EventType.THREAT && "M23".equals(i.getActorSide())), found::toString);
        assertTrue(found.stream().noneMatch(i -> String.valueOf(i.getActorSide()).startsWith("@")
                || String.valueOf(i.getTargetSide()).startsWith("@")), "no side is written out unresolved");
    }
    @Test
    void anAircraftCarrierIsAShipNotAnAirStrike() {
        Incident i = TestArticles.code("2024-05-15", "The Houthis said they had targeted the USS Eisenhower aircraft carrier with missiles "
                + "and drones in the Red Sea on Tuesday.").get(0);
        assertEquals(EventType.MISSILE_ATTACK, i.getEventType(), "the missiles fired at it type the attack");
        assertEquals("US", i.getTargetSide());
    }
    @Test
    void aBombThatWentOffOutsideABuildingWasAimedAtIt() {
        Incident i = TestArticles.code("2024-05-15", "A car bomb exploded outside a police station in Diyarbakir on Tuesday.").get(0);
        assertEquals("TR", i.getCountryCode(), "Diyarbakır as English news spells it");
        assertEquals("TR_GOV", i.getTargetSide());
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "On August 13, 2017, terrorists attacked the Aziz Istanbul restaurant in Ouagadougou, killing 19 people.|BF",
            "Taliban gunmen attacked the Kabul Serena Hotel on August 13, 2017, killing six people.|AF",
            "Gunmen attacked a Kabul hotel on August 13, 2017, killing six people.|AF"})
    void aPlaceNamedLastInAVenuesNameIsPartOfTheName(String text, String country) {
        List<Incident> incidents = TestArticles.code("2018-09-19", text);
        assertEquals(1, incidents.size(), incidents::toString);
        assertEquals(country, incidents.get(0).getCountryCode(), "a name that opens with a place is set there");
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The U.S. Embassy in Baghdad was attacked by multiple rockets early this morning.|US",
            "A U.S. base in Syria was attacked by drones on Monday.|US"})
    void whatWasAttackedByAWeaponSufferedIt(String text, String target) {
        Incident i = TestArticles.code("2024-02-05", text).get(0);
        assertNull(i.getActorSide(), "the weapon after \"by\" is the means, the subject is no doer");
        assertEquals(target, i.getTargetSide());
    }
    @Test
    void aSeaOrRegionBeforeTheCityOfATownOnlyDescribesIt() {
        List<Incident> incidents = TestArticles.code("2024-04-14", "Israeli air defences intercepted a drone launched from Yemen over the "
                + "Red Sea city of Eilat on Saturday.");
        assertEquals(1, incidents.size(), incidents::toString);
        assertEquals("IL", incidents.get(0).getCountryCode(), "Eilat, not the Red Sea's nearest coast");
    }
    @Test
    void whatTheDoerSaidItStruckIsTheTarget() {
        Incident i = TestArticles.code("2024-01-19", "Israel struck what it called Hezbollah targets in southern Lebanon on Thursday.").get(0);
        assertEquals("Hezbollah targets", i.getTarget(), "not \"what\"");
        assertEquals("IRAN_AXIS", i.getTargetSide());
    }
    @Test
    void aDatelineInCapitalsPlacesTheStoryItFiles() {
        Incident i = TestArticles.code("2024-05-15", "KABUL — A suicide bomber struck a crowd on Sunday, killing 12 people, police said.").get(0);
        assertEquals("AF", i.getCountryCode(), "KABUL is Kabul: where the story was filed, when it names no other place");
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Burkina Faso's army said jihadists attacked a military post on Monday.|BF",
            "Burkina Faso's army said jihadists killed 12 soldiers on Monday.|BF",
            "Niger's army said jihadists killed 12 soldiers in an attack on a military post on Monday.|NE"})
    void aCountrysArmyThatTellsOfAnAttackOnItsMenTellsOfOneOnItsLand(String text, String country) {
        Incident i = TestArticles.code("2024-05-15", text).get(0);
        assertEquals(country, i.getCountryCode(), "the speaking army's land, naming no place");
        assertEquals(country + "_GOV", i.getTargetSide());
    }
    @Test
    void theCountryAfterANameTheStrikeHitIsWhereItWas() {
        Incident i = TestArticles.code("2026-09-18", "On September 9, 2026, an Iranian missile strike on Muwaffaq Salti Air Base, Jordan, "
                + "damaged eight F-15s.").get(0);
        assertEquals("JO", i.getCountryCode(), "the base's country, not the striker's");
    }
    @Test
    void aSecondVerbOfTheSubjectSharesItsPast() {
        Incident i = TestArticles.code("2024-05-15", "Russian troops advanced near Vovchansk and captured the village of Lukyantsi on May 14.").get(0);
        assertEquals(EventType.ARMED_CLASH, i.getEventType(), "\"captured\" read as a participle still tells the past");
        assertEquals("RUSSIA", i.getActorSide());
    }
    @Test
    void anUndatedEventFollowsTheStorysLastDay() {
        Incident i = TestArticles.code("2024-05-15", "On Sunday, thousands of people gathered in Maiduguri. Gunmen attacked the market, "
                + "killing 12 people.").get(0);
        assertEquals(LocalDate.of(2024, 5, 12), i.getEventDate(), "the day the story tells, though no incident came before it");
    }
    @Test
    void aDenialOfTheDeadIsNoDenialOfTheAttack() {
        List<Incident> incidents = TestArticles.code("2022-10-25", "The army denied that civilians were killed in Sunday's airstrikes "
                + "on a village in Kachin State.");
        assertEquals(1, incidents.size(), "the strikes are told; only their dead are denied");
        assertTrue(TestArticles.code("2022-10-25", "Russia denied that its missiles hit a residential building in Dnipro on Sunday.").isEmpty(),
                "a denied strike is no incident");
    }
    @Test
    void anEventDatedByAWeekTakesTheDayToldLater() {
        List<Incident> incidents = TestArticles.code("2024-05-15", "Militants overran an army base in Borno last week, killing 20 "
                + "soldiers. Militants stormed the base before dawn on May 10.");
        assertEquals(1, incidents.size(), "the week holds the day: one incident, not two");
        assertEquals(LocalDate.of(2024, 5, 10), incidents.get(0).getEventDate());
    }
}
