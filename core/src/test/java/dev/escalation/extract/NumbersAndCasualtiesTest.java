package dev.escalation.extract;

import dev.escalation.records.Incident;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NumbersAndCasualtiesTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {"16|16", "2,500|2500", "five|5", "twenty-one|21", "a dozen|12", "dozens|12",
            "two hundred|200", "eighteen|18", "hundreds|100"})
    void numbersInDigitsAndWords(String text, int value) {
        List<Token> tokens = Tokenizer.tokenize(text);
        assertEquals(value, Numbers.parse(tokens, 0, tokens.size()).value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "US air strikes in Syria killed at least 18 pro-Iran fighters.|18|",
            "At least 16 people were killed in the air strikes in western Iraq.|16|",
            "Israeli air strikes on Gaza killed 12 and wounded 30 others, officials said.|12|30",
            "A drone attack on Tower 22 in Jordan killed three US troops and injured more than 40.|3|40",
            "Three rockets hit Baghdad airport, killing five members of a militia.|5|",
            "A car bombing in Kirkuk left 7 dead and dozens wounded.|7|12",
            "Militants stormed a checkpoint in Niger, killing two park rangers and injuring three.|2|3",
            "Militants detonated an IED along a highway in Bahrain, targeting a police bus and killing one officer.|1|",
            "US warplanes struck more than 85 targets at seven facilities in Iraq.||",
            "A drone attack hit a base in Iraq where 2,500 US troops are deployed.||",
            "An air strike hit a convoy in Syria; several fighters were killed.||",
            "Al-Shabaab attacked a hotel in Kismayo, Somalia, killing 9 Kenyan nationals.|9|",
            "An attack on a village near Mora, Cameroon, killed one civilian and a suicide bomber.|2|",
            "A bombing in Charsadda, Pakistan, killed six police officers and a child.|7|",
            "A Taliban attack has left at least 26 soldiers dead and 13 others wounded in Kandahar, Afghanistan.|26|13",
            "An Indian soldier was killed in cross-border firing by Pakistani troops along the Line of Control in Kashmir.|1|",
            "Nigerian troops rescued 20 hostages and killed 10 bandits in a raid on a forest hideout in Katsina State.|10|",
            "Gunmen attacked a police academy near Quetta, Pakistan, killing scores of cadets.||",
            // those "including" are among the count, not added to it
            "Gang members killed at least 70 people, including 10 women and three infants, in an attack on the town of Pont-Sonde in Haiti on Thursday.|70|",
            // coordinated counts before the verb add up
            "Four police officers and two civilians were killed in two landmine blasts in Nagorno-Karabakh on Tuesday.|6|",
            // the noun of a killing counts its dead after "of"
            "The United States condemns the murder of five aid workers in Mogadishu on Thursday.|5|",
            // one person by rank or role
            "A U.S. drone strike killed a senior al-Qaida leader in northwest Syria on Friday.|1|",
            "A Houthi drone struck Tel Aviv on Friday, killing one Israeli citizen and wounding eight others.|1|8",
            // one person by a pronoun
            "CENTCOM forces conducted a strike against an ISIS leader in Syria on Friday, killing him.|1|",
            // an age is no count
            "A 25-year-old man was killed in clashes between rival fans in Peania, Greece.|1|",
            // a toll put "at" a number far after it; a combined toll is no incident's; "no injuries" says nobody died
            "Officials put the death toll from the attack on an army camp in Dioura, Mali, at 23.|23|",
            "Rockets hit an apartment complex in Israel, killing three, bringing the combined death toll on both sides to 15.|3|",
            "A Houthi missile struck the sea near a ship in the Red Sea; there were no injuries or damage reported.|0|",
            // a toll without "death", and who the dead were
            "A car bomb exploded in Mogadishu. Police said it killed 12 people. Hospital officials later put the toll at 15.|15|",
            "A car bomb exploded in Mogadishu on Tuesday. Among the dead were five children.|5|",
            // an upper bound states no lower one; a series with its place and its dead is the day's news
            "A series of bombings in Baghdad killed as many as 130 people.||",
            // a bare number before an auxiliary counts the dead; the people counted may be of any walk of life
            "At least 12 were killed in an Israeli strike in Rafah on Tuesday.|12|",
            "Medics said 12 were dead after an Israeli strike in Rafah on Tuesday.|12|",
            "An Israeli strike in Rafah on Tuesday killed five children and seven adults.|12|",
            "A suicide bomber struck a funeral in Baghdad, killing 30 mourners.|30|",
            // the wounded counted after "and more than" are the wounded's
            "At least five civilians were killed and more than 10 others wounded when mortars hit Mogadishu.|5|10"})
    void casualtiesCountPeopleNotOtherThings(String sentence, Integer killed, Integer injured) {
        List<Incident> incidents = TestArticles.code("2024-02-03", sentence);
        assertEquals(1, incidents.size(), incidents::toString);
        assertEquals(killed, incidents.get(0).getFatalities());
        if (injured == null) {
            assertNull(incidents.get(0).getInjured());
        } else {
            assertEquals(injured, incidents.get(0).getInjured());
        }
    }
}
