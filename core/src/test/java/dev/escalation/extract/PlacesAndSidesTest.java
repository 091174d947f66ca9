package dev.escalation.extract;

import dev.escalation.records.EventType;
import dev.escalation.records.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlacesAndSidesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Three drones hit near Arbil on Friday.|IQ|Erbil",
            // a city keeps its name from a smaller town of the same name elsewhere
            "A Russian missile strike on Uman, Ukraine, on Friday killed 23 people.|UA|Cherkasy",
            // a clause opened by "where" tells of the place just before it
            "Thanks go to the Philippines and to Yemen, where a U.S. strike against ISIS earlier this week decimated its leaders.|YE|",
            // a clause opened by a country's name as a modifier, with no state's doer, is set in that country
            "Myanmar ethnic minority fighters were battling their way into a town housing a regional military command, one of their leaders said Saturday.|MM|",
            // "not far from" and a distance "from" are near; a city someone travelled to, or one a clause with its own subject names, is not the event's
            "One of Iran's top nuclear scientists was killed Friday when his vehicle was attacked not far from the capital, Tehran.|IR|Tehran",
            "Gunmen attacked a checkpoint 30 kilometres from Kabul on Friday.|AF|Kabul",
            // a chain of names no dictionary knows, then the country: "in the Foo Hills, Barre District, Somalia"
            "U.S. forces conducted an airstrike against al-Shabaab in the Foo Hills, Barre District, Somalia, on Friday.|SO|",
            "U.S. Africa Command conducted an airstrike against ISIS-Somalia in the Golis Mountains, Puntland, Somalia, on Friday.|SO|Bari",
            "As the president flew out to Kampala for a summit, Islamist insurgents in Mogadishu began shelling the airport.|SO|Banaadir",
            "Ukraine's air force said Friday it shot down 27 drones overnight, and European leaders gathered in Berlin to discuss more aid.|UA|",
            // a country joined to "linked" or "owned" says whose the ship is, not where the attack was: one incident, off Yemen
            "The Houthis attacked an Israel-linked ship in the Red Sea on Friday.|YE|",
            // the place whose governor or mayor tells of the dead is where they died
            "Vyacheslav Gladkov, Belgorod's governor, reported one person killed and another injured in the Ukrainian attacks on Friday.|RU|Belgorod",
            // a city that ends another name is not a place: the Marlin Luanda is a tanker, not Angola's capital
            "The Marlin Luanda, a British-linked tanker, was still burning in the Gulf of Aden on Saturday after it was struck by a Houthi anti-ship missile late on Friday.|YE|",
            // coordinated directions; the world's largest cities outside the conflicts the gazetteer lists town by town
            "Israeli air strikes across southern and eastern Lebanon killed 274 people on Monday.|LB|",
            "A car bomb exploded at a police cadet school in southern Bogota on Thursday.|CO|Bogota D.C.",
            // a country that opens a longer name is no apposition of the place before it
            "Three crew members were killed when a Houthi missile hit the True Confidence off Aden, U.S. Central Command said.|YE|Aden",
            "A drone attack hit Erbil airport overnight.|IQ|Erbil",
            // regions that span several admin-1 units, and towns as the press spells them
            "Government aircraft bombed rebel positions in Darfur on Sunday.|SD|",
            "Russian missiles hit Kryvyi Rih on Friday.|UA|Dnipropetrovsk",
            "An Israeli airstrike hit the Nuseirat refugee camp on Friday.|PS|Gaza Strip",
            "Opposition forces launched a swarm of drones at the airport in Naypyitaw on Thursday.|MM|Nay Pyi Taw",
            // a town that opens a longer place name no dictionary knows is no place of its own (Mando is in Nigeria)
            "A suicide bomber detonated himself outside the Mando Zayi District centre in Khowst province, eastern Afghanistan.|AF|Khowst",
            "A car bomb was on Monday rammed into a military base in Maidan Shahr in the centre of Afghanistan's Maidan Wardak province.|AF|Maidan Wardak Province",
            "US jets struck targets in Deir Ezzor overnight.|SY|Deir ez-Zor",
            "US jets struck targets in Deir ez-Zor overnight.|SY|Deir ez-Zor",
            "US jets struck targets in the eastern province of Deir el-Zor overnight.|SY|Deir ez-Zor",
            "Air strikes hit western Iraq overnight.|IQ|",
            "A drone attack on a US base in Jordan killed three soldiers.|JO|",
            "Rockets hit the Ain al-Asad air base on Tuesday.|IQ|Al Anbar",
            "Israeli air strikes hit Beirut's southern suburbs.|LB|Mount Lebanon",
            // a spelling two countries share names the far larger town; Arabic names as English news spells them
            "An Israeli airstrike on a house in Rafah killed 12 people on Tuesday.|PS|Gaza Strip",
            "An Israeli airstrike killed 12 people in Khan Younis on Tuesday.|PS|Gaza Strip",
            "An Israeli airstrike hit Deir al-Balah on Tuesday.|PS|Gaza Strip",
            "A car bomb exploded in Tal Afar on Sunday.|IQ|Nineveh",
            "Russian missiles struck Pokrovsk on Sunday.|UA|Donetsk",
            "Pakistani security forces killed 10 militants in a raid in North Waziristan on Friday.|PK|Khyber Pakhtunkhwa",
            // the country across the border is a landmark when the clause locates the event in another
            "Militants attacked a base on Friday in southwestern Somalia, near the border with Kenya.|SO|",
            // a country or city named as the target locates the event, a day after it or not
            "Ukraine launched a drone attack on Moscow early Sunday.|RU|Moscow",
            // a side's own places aimed at, with no place named
            "Earlier today, Russia launched waves of missiles and drones against Ukrainian cities and energy infrastructure.|UA|",
            // a side's own people aimed at: their country, though the people are of no side
            "Russia fired missiles at Ukrainian civilians on Sunday.|UA|",
            // a country's possessive before a region the gazetteer lacks locates the event in that country
            "Ukrainian drones struck an oil refinery in Russia's Ryazan region early Saturday, the regional governor said.|RU|",
            "Gunmen stormed a church in Burkina Faso's northern Seno province on Sunday, killing 15 worshippers.|BF|",
            // a country's possessive before a part of it; a place in apposition to the place noun a preposition governs
            "Gunmen attacked a hotel in Somalia's capital on Sunday.|SO|",
            // a region the gazetteer spells with "Province" is found as news writes it
            "A car bomb exploded at a military base in Maidan Wardak province on Monday.|AF|Maidan Wardak Province",
            "A car bomb exploded at a military base in Maidan Wardak on Monday.|AF|Maidan Wardak Province",
            "Gunmen attacked his vehicle near the capital, Tehran, on Friday.|IR|Tehran",
            // a name that ends in a place noun governs no apposition
            "Iranian drones were shot down over Israel with the help of the United States, Britain and other allies.|IL|",
            // nowhere named: the home of the target, else of a government's forces
            "On Sunday, a drone attack targeted the Kremlin, Russian officials said, blaming Kyiv.|RU|Moscow",
            "Colombian army soldiers clashed with ELN guerrillas on Sunday, leaving four rebels dead.|CO|",
            // a place joined by a hyphen to another name is part of it ("Shefa-Amr" is no Shefa of Vanuatu); two places joined stay
            "Hamas fighters attacked Israeli troops along the Gaza-Israel border on Monday.|PS|Gaza Strip",
            "A Saudi-led coalition airstrike hit a detention center in Saada, killing at least 70 people.|YE|Sa‘dah",
            // a city the gazetteer spells otherwise, and a country named by its adjective before a place noun
            "A suicide bomber killed at least 90 Shiite pilgrims in the Iraqi city of Hillah on Tuesday.|IQ|Babil",
            "A suicide bomber killed 22 people at a concert in Manchester, England, on Monday night.|GB|",
            // a clause told at the time of the one before it ("when") happened at its place
            "Two photojournalists were killed in Misrata on Wednesday when they were hit by a rocket-propelled grenade.|LY|Misratah",
            // "its territory": the land of the side that speaks or accuses
            "Pakistan accused India of carrying out drone strikes on its territory on Sunday.|PK|",
            // a town the gazetteer lacks, named by its country's word, with a direction before it
            "Sixteen preachers were killed late Saturday in the central Malian town of Ouenkoro.|ML|",
            // a spelling two countries share is the one the country's word names ("Tripoli" alone is Libya's)
            "Gunmen killed two soldiers at a checkpoint in the northern Lebanese port city of Tripoli on Sunday.|LB|",
            // a part of a town is in the town; Acre is Israel's port, not Brazil's state; a Grad is a rocket, not a Slovenian town
            "Rockets hit the Vostochny neighbourhood of Mariupol on Sunday.|UA|Donetsk",
            "Hezbollah fired rockets at Nahariya and Acre on Sunday.|IL|Northern District",
            // Colombia's departments as the news writes them, without GeoNames' "Department"
            "ELN fighters attacked communities in Tibu and nearby municipalities in Norte de Santander province on Thursday.|CO|Norte de Santander Department",
            "The Houthi militia on Sunday launched drones at Al-Dhabba oil terminal in Hadramout governorate.|YE|Muhafazat Hadramaout",
            // Fada N'Gourma is Burkina Faso's (Fada alone a town in Chad); a village the gazetteer knows only as a city abroad is where the clause's other places are
            "An explosive device struck a minibus on the road between Fada N'Gourma and Kantchari on Sunday, killing nine passengers.|BF|Est",
            "A convoy travelling from Gao towards Ansongo was attacked near the village of Kobe on Sunday.|ML|Gao",
            // a country's own body that tells of an attack on its post, naming no place but a border, tells of its own land
            "Niger's defense ministry says suspected jihadists attacked a military position near the border with Burkina Faso on Sunday, killing seven soldiers.|NE|",
            "Gunmen opened fire on foreign tourists in the central province of Bamiyan on Sunday, killing six.|AF|Bamyan",
            // an agreement named after a city is no place of the attack
            "Militants attacked a peacekeepers' camp near Gao on Sunday, weeks after the Minsk agreements were signed.|ML|Gao",
            // a ship attacked where no place is named is at sea off the coast its attacker holds
            "The Houthis said they had targeted the MSC Tavvishi container ship with drones and missiles on Sunday.|YE|",
            "Turkish-backed fighters shelled Ras al-Ain in northeastern Syria on Sunday.|SY|Al-Hasakah",
            "Jihadists killed hundreds of villagers digging trenches in Barsalogho on Saturday.|BF|Centre-Nord",
            // landmarks the news names alone
            "The Nigerian Air Force said its jets killed scores of terrorists in airstrikes on their hideouts in the Sambisa forest on Sunday.|NG|Borno State",
            // a ship's name is no place
            "The Houthis fired a ballistic missile at the bulk carrier Unity Explorer off Hodeidah on Sunday.|YE|Al Hudaydah",
            // where a visitor spoke is no place of what he speaks of
            "Blinken, speaking in Tel Aviv on Sunday, said a Russian missile struck a hospital in Kharkiv.|UA|Kharkiv",
            "In a televised address from the holy city of Qom on Sunday, the ayatollah praised the missile strikes on U.S. forces in Iraq.|IQ|",
            // "the country" a body named by its country speaks of is its own, not the attacker's
            "Syria's defence ministry said an Israeli missile strike had hit an air defence unit in the south of the country on Sunday.|SY|",
            "Grad rockets slammed into apartment blocks in Mariupol on Saturday morning.|UA|Donetsk",
            // a city that names a broadcaster is no place; a place after a verb that ties the attack to something else is that thing's
            "A bombing was yesterday reported to have killed Abu Dhabi TV photojournalist Ziad al-Sharabi in the Red Sea port town of Mokha, Yemen.|YE|Ta‘izz",
            "The attack in Sanaa on Friday coincides with the UN's pledging event in Geneva.|YE|Amanat Al Asimah",
            // a clause that ranks the event names its place
            "Militants fired at least eight rockets overnight, the most ever fired into Israel at night, Press TV said.|IL|",
            // a town between two names that no dictionary reads is a person's name (Abdi is a town in Chad)
            "Regional Minister Hassan Abdi Mohamed said militants attacked the Daynunay base near Baidoa on Tuesday.|SO|Bay",
            // bases named by whose they are stand in that country, whoever they host
            "Iran fired more than a dozen ballistic missiles at two Iraqi military bases hosting U.S. military and coalition personnel, the Pentagon said.|IQ|",
            "Azerbaijan said Armenian forces killed one of its soldiers in the Lachin district on Wednesday.|AZ|",
            // the country across a border, and the countries that helped, are no place of the event
            "Pakistani jets struck militant hideouts in North Waziristan near the Afghan border on Saturday.|PK|Khyber Pakhtunkhwa",
            "The U.S. and British strikes on Houthi targets in Yemen, carried out with the help of Australia, Canada, the Netherlands and Bahrain, were launched from fighter jets.|YE|"})
    void placesWithAliasesGiveCountryAndAdmin1(String sentence, String country, String admin1) {
        List<Incident> incidents = TestArticles.code("2024-02-03", sentence);
        assertEquals(1, incidents.size(), incidents::toString);
        assertEquals(country, incidents.get(0).getCountryCode());
        assertEquals(admin1, incidents.get(0).getAdmin1());
    }

    @Test
    void townsOfTheGeneratedGazetteerAreFoundOnlyAsWritten() {
        List<Incident> incidents = TestArticles.code("2024-02-03", "Rockets hit the side of a base near Hadithah overnight.");
        assertEquals(1, incidents.size(), incidents.toString());
        assertEquals("IQ", incidents.get(0).getCountryCode(), "the town of Side in Turkey is written with a capital");
        assertEquals("Al Anbar", incidents.get(0).getAdmin1());
        assertEquals("Hadithah", incidents.get(0).getLocation());
    }

    @Test
    void aMinorPlaceInACountryTheArticleNeverNamesIsAnotherOfTheSameName() {
        // Bel Air is a district of the Seychelles in the gazetteer, Solhan a village of Turkey; the stories are Haiti's and Burkina Faso's
        List<Incident> haiti = TestArticles.code("2025-04-02", "Gang members attacked a police station in Port-au-Prince, Haiti, on Monday. "
                + "On Tuesday, a drone strike hit a house in the Bel-Air neighbourhood used by a gang leader.");
        assertEquals(List.of("HT", "HT"), haiti.stream().map(Incident::getCountryCode).toList(), haiti::toString);
        List<Incident> burkina = TestArticles.code("2021-06-07", "Jihadists attacked an army post near Djibo in northern Burkina Faso on Sunday. "
                + "On Saturday, they killed 160 people in a raid on the village of Solhan.");
        assertTrue(burkina.stream().noneMatch(i -> "TR".equals(i.getCountryCode())), burkina::toString);
        // a city of 100,000 people names its country by itself
        assertEquals("SO", TestArticles.code("2024-02-03", "Al-Shabaab fighters attacked a hotel in Mogadishu on Friday, Ugandan officials said.")
                .get(0).getCountryCode());
    }

    @Test
    void theArticlesArmedGroupIsNoUnnamedDoerWhereItDoesNotFight() {
        // a digest: the axis's militias fire in Iraq; the gunmen of Plateau State are nobody's named side
        List<Incident> digest = TestArticles.code("2024-01-23", "Iraq: Kataib Hezbollah fired rockets at a base near Erbil on Monday.\n\n"
                + "Nigeria: Gunmen killed at least 25 villagers in overnight attacks on communities in Plateau state, police said on Tuesday.");
        Incident nigeria = digest.stream().filter(i -> "NG".equals(i.getCountryCode())).findFirst().orElseThrow();
        assertNull(nigeria.getActorSide(), digest::toString);
        Incident iraq = digest.stream().filter(i -> "IQ".equals(i.getCountryCode())).findFirst().orElseThrow();
        assertEquals("IRAN_AXIS", iraq.getActorSide());
    }

    @Test
    void anInterceptionWithNoDefenderInAContestedCountryIsByTheAttackersNamedEnemy() {
        List<Incident> sudan = TestArticles.code("2025-02-15", "Drones launched by the RSF struck a power station in Port Sudan on Saturday, "
                + "Sudan's army said. Air defences shot down several of the drones.");
        Incident interception = TestArticles.of(sudan, EventType.INTERCEPTION, "SD").get(0);
        assertEquals("SUDAN_SAF", interception.getActorSide(), sudan::toString);
        assertEquals("SUDAN_RSF", interception.getTargetSide());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // air defences of no side intercept over the land of the body that tells of it
            "2024-10-01|Jordan's armed forces say air defences intercepted missiles and drones that entered the kingdom's airspace.|INTERCEPTION|JO",
            // a flying weapon destroyed after air defences engaged it was intercepted
            "2023-10-26|A one-way attack drone targeted U.S. forces at al-Asad Air Base in western Iraq on Thursday. The drone was engaged "
                    + "by U.S. air defenses and destroyed before it reached the base.|INTERCEPTION|IQ",
            // "the capital" is the story's country, not the flag of a force abroad
            "2007-04-19|Heavy fighting between Ethiopian troops and insurgents raged for a third day in Mogadishu on Thursday. Separately, "
                    + "a suicide bomber drove a car packed with explosives into an Ethiopian military base on the outskirts of the capital "
                    + "Wednesday.|BOMBING|SO"})
    void anArticleTellsOneIncidentOfThisTypeThere(String published, String body, EventType type, String country) {
        List<Incident> incidents = TestArticles.code(published, body);
        assertEquals(1, TestArticles.of(incidents, type, country).size(), incidents::toString);
    }

    @Test
    void anInterceptionStopsTheAttackToldJustBeforeIt() {
        // an earlier interception over Russia is not the one Ukraine's air force tells after Russia's barrage
        List<Incident> war = TestArticles.code("2025-01-15", "Russia's Defense Ministry said its air defenses had destroyed 146 Ukrainian "
                + "drones over 10 regions overnight. Hours later, Russia launched a large-scale missile and drone attack on Ukraine's energy system. "
                + "According to Ukraine's Air Force, Russia launched 43 missiles and 74 drones. Air defenses downed 30 missiles and 47 drones, "
                + "the Air Force said.");
        assertEquals(1, TestArticles.of(war, EventType.INTERCEPTION, "UA").size(), war::toString);
        assertEquals(1, TestArticles.of(war, EventType.INTERCEPTION, "RU").size(), war::toString);
    }

    @Test
    void aPlaceBetweenAClockAndTimeIsATimeZone() {
        List<Incident> strikes = TestArticles.code("2023-12-26", "U.S. military forces conducted strikes on three facilities in Iraq used by "
                + "Kataib Hezbollah on Monday. The strikes took place at approximately 4:45 a.m. Iraq time and targeted drone activities.");
        assertEquals(List.of("US"), strikes.stream().map(Incident::getActorSide).toList(), strikes::toString);
    }

    @Test
    void directionIsKeptInTheLocation() {
        assertEquals("western Iraq", TestArticles.code("2024-02-03", "Air strikes hit western Iraq overnight.").get(0).getLocation());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "CENTCOM said US forces struck Kataib Hezbollah facilities in Iraq on Friday.|US|IRAN_AXIS",
            "The Pentagon said it carried out air strikes against Iran-backed militias in Syria.|US|IRAN_AXIS",
            "Houthi rebels fired missiles at a US warship in the Red Sea on Monday.|IRAN_AXIS|US",
            "Israeli jets struck Hezbollah positions in southern Lebanon overnight.|ISRAEL|IRAN_AXIS",
            "A drone attack on US troops in Syria was carried out by Iran-backed militias, officials said.|IRAN_AXIS|US",
            "The Islamic Revolutionary Guard Corps launched ballistic missiles at Ain al-Asad air base in Iraq.|IRAN_AXIS|",
            // a phrase that opens the sentence before a comma does not swallow the subject after it
            "In coordination with the Libyan Government of National Accord, U.S. Africa Command conducted an airstrike targeting ISIS-Libya terrorists in southwest Libya.|US|JIHADIST",
            // where a weapon was made is not who fired it
            "Ukraine's air force said it downed 27 Iranian-made drones over the Odesa region.|UKRAINE|",
            // the passive of the verb, not of the weapon that opens the clause: the drones' side is the target
            "Five Ukrainian drones were intercepted over the Belgorod region, the Russian defense ministry said.|RUSSIA|UKRAINE",
            // "its positions": the speaker's
            "Armenia said Azerbaijani troops opened fire on its positions near the village of Sotk on Sunday.|AZ_GOV|AM_GOV",
            // a country's people in arms are not its government: the rebels of 2011 keep their name, side UNKNOWN
            "Libyan rebels attacked government forces in Brega, Libya, on Sunday.|UNKNOWN|LY_GOV",
            // adjectives between the verb and its sided object
            "Boko Haram fighters attacked defenseless villagers in Potiskum, Nigeria, on Sunday.|JIHADIST|CIVILIAN",
            // a fight both wage: the two after "between", or the two coordinated before the verb
            "Heavy fighting broke out on Sunday between Sudanese Armed Forces and the Rapid Support Forces in El Fasher.|SUDAN_SAF|SUDAN_RSF",
            "Clashes between the army and M23 rebels near Sake in Congo killed 12 people on Sunday.|CD_GOV|M23",
            "Fighting between M23 rebels and Congolese troops raged in Goma for a second day on Tuesday, residents said.|M23|CD_GOV",
            "Afghan and Pakistani forces exchanged fire at the Torkham crossing in Pakistan on Sunday.|AF_GOV|PK_GOV",
            // a side's word and a plain adjective share the group noun
            "Afghan and foreign forces carried out airstrikes against Islamic State positions in Kunduz on Saturday.|AF_GOV|JIHADIST",
            // who a base or a bus held is the target
            "Iran-backed militias fired rockets at an Iraqi base housing U.S. troops near Baghdad on Wednesday.|IRAN_AXIS|US",
            "Islamic State militants ambushed a bus carrying Syrian troops near Mayadin in Syria on Thursday.|JIHADIST|SYRIA_GOV",
            // a fronted day is no preposition of the name after it
            "On Saturday Israel carried out air strikes on Hezbollah positions in southern Lebanon.|ISRAEL|IRAN_AXIS",
            // a peacekeeper serves the UN, whatever country sent them
            "A Cameroonian peacekeeper was killed when unidentified gunmen ambushed a UN patrol near Bocaranga in the Central African Republic on Monday.||OTHER",
            // a name the dictionaries do not know takes the side of its apposition
            "On Tuesday Houthis struck the M/V Trans World Navigator, a Liberian-flagged bulk carrier, in the Red Sea.|IRAN_AXIS|CIVILIAN",
            // a police or army post is its state's, and so are the soldiers and police counted dead with no side named
            "A car bomb exploded at a police academy in Bogota on Thursday, killing at least 20 people.||CO_GOV",
            "Thirteen police officers were killed on Thursday when a drone attacked their helicopter in Antioquia, Colombia.||CO_GOV",
            "Four soldiers were killed in an ambush near Mopti, Mali, on Friday.||ML_GOV",
            "Suspected jihadists ambushed an army convoy near Diapaga, Burkina Faso, on Sunday.|JIHADIST|BF_GOV",
            "Militants attacked a gendarmerie training school in Bamako, Mali, on Tuesday.||ML_GOV",
            // but not what a side's own forces struck, nor a warship
            "The Israeli military said its jets struck targets in southern Lebanon on Friday.|ISRAEL|",
            "Houthi rebels fired a missile at a naval vessel in the Red Sea on Thursday.|IRAN_AXIS|",
            // "its own forces", "its special forces" are the speaker's, like "its forces", and so are a person's "his forces"
            "Armenia's defence minister said his forces had shelled Azerbaijani positions near Jermuk on Tuesday.|AM_GOV|AZ_GOV",
            "Yemen's government said its own forces killed 20 rebels in clashes near the town of Saada on Wednesday.|YE_GOV|",
            // a side that tells of a blow from afar at its enemy, naming no doer, struck it
            "Ukraine's military intelligence agency said sea drones had sunk the Russian patrol ship Sergei Kotov near the Kerch Strait early on Tuesday.|UKRAINE|RUSSIA",
            // the object of a participle after the subject is no subject
            "Russian forces encircling Ukrainian troops in Avdiivka shelled the town on Monday.|RUSSIA|CIVILIAN",
            // a claim told in a sentence of its own names the doer of the attack just told
            "A car bomb exploded outside a cafe in Mogadishu late Sunday, killing at least nine people. Al-Shabaab claimed responsibility.|JIHADIST|CIVILIAN",
            // fire from ground a side holds is that side's; "in the direction of" aims it
            "The U.S. military says two missiles were launched from Houthi-controlled territory in Yemen in the direction of a U.S. ship in the Red Sea.|IRAN_AXIS|US",
            // "at the direction of" is on the orders of
            "Iraqi militias struck U.S. forces in Syria on Friday in attacks carried out at the direction of the IRGC.|IRAN_AXIS|US",
            // a short name the article gives an actor is that actor's; the object of the first of two verbs is no subject of the second
            "Boko Haram (BH) remained a threat in Cameroon. On March 24, BH killed the village chief in Zourou, Cameroon.|JIHADIST|CIVILIAN",
            "On March 24, Boko Haram fighters entered the village of Zourou in Cameroon and killed the village chief.|JIHADIST|CIVILIAN",
            // the noun a participle of harm follows is its victim ("wounded in", "killed by"), no doer
            "A policeman wounded in the bombing in Sitra, Bahrain, died on Monday.||BH_GOV",
            // members of a group are the group, but not those after a preposition ("used by members of")
            "On Friday, suspected members of ISIS murdered six French humanitarian workers at the Koure Giraffe Reserve in Niger.|JIHADIST|CIVILIAN",
            "Hundreds of pagers used by members of Hezbollah exploded across Lebanon on Tuesday, killing at least nine people.||CIVILIAN",
            "Hundreds of pagers used by the members of Hezbollah exploded across Lebanon on Tuesday, killing at least nine people.||CIVILIAN",
            // who hears reports of an attack did not make it
            "The U.S. Embassy has received reports of small arms fire in the Badalabougou neighborhood of Bamako, Mali.||",
            // the "by" of an attack noun names its doer across the attack's date
            "The dual suicide attack on June 27 by ISIS-inspired individuals in Tunis, Tunisia, killed a police officer.|JIHADIST|TN_GOV",
            // who suffers or faces an attack is its target, not its doer
            "Egyptian soldiers faced a bomb attack in Arish, Egypt, on Friday.||EG_GOV",
            "Ukrainian troops suffered heavy shelling near Avdiivka, Ukraine, on Friday.||UKRAINE",
            // a prison is the state's; who is made aware of an attack did not make it
            "Gunmen attacked the central prison in Kuje, Nigeria, on Friday, freeing hundreds of inmates.||NG_GOV",
            "The U.S. Embassy has been made aware of an attack near Lac Assal, Djibouti, on Friday.||CIVILIAN",
            // who responds to an attack did not make it
            "Indonesian police are responding to at least three bomb explosions at churches in Surabaya, Indonesia, on Sunday.||CIVILIAN",
            // but who answers reports of an attack did what it answers with
            "Hamas militants, responding to reports of an Israeli raid, fired rockets at Ashkelon, Israel, on Friday.|IRAN_AXIS|ISRAEL",
            // who issues a statement on an attack did not make it; the attack told again by its kind names the doer
            "U.S. Ambassador's Statement on February 28 Mogadishu Attack. The United States condemns the February 28 terrorist attacks in Mogadishu. Al-Shabaab has yet again shown that it has no regard for the Somali people.|JIHADIST|CIVILIAN",
            // "the country" attacked is the state of the country it happened in
            "Ukraine's military said Monday that Russia attacked the country overnight with 23 drones.|RUSSIA|UKRAINE",
            // a target left unnamed in a sentence that names civilians was theirs
            "We are particularly alarmed by reports of indiscriminate shelling carried out by the RSF in Khartoum, Sudan, that have caused civilian casualties.|SUDAN_RSF|CIVILIAN",
            // fire from afar at a town or a ship no side is named for hits people; fighting in a town does not
            "Houthi rebels fired missiles at the city of Eilat on Thursday.|IRAN_AXIS|CIVILIAN",
            "The Houthis struck a ship off Yemen on Thursday.|IRAN_AXIS|CIVILIAN",
            "Al-Shabab militants killed eight government soldiers in an ambush near the town of Baidoa, Somalia, on Monday.|JIHADIST|SO_GOV",
            // "the government" is the state's where it acts, and so is the "it" that it says acted
            "The government said that it killed seventeen rebels in northern Yemen on Thursday.|YE_GOV|",
            // people of no camp, counted or named by kind, are civilians; armed men are not
            "IS militants executed eight young men west of Raqqa, Syria, on Friday.|JIHADIST|CIVILIAN",
            "The Houthis fired missiles at several cities in Saudi Arabia on Sunday night.|IRAN_AXIS|CIVILIAN",
            // an attack by no state that names nobody it hit, with its dead counted, fell on civilians
            "The United States condemns the brutal attack perpetrated on Saturday in Barga, Burkina Faso, leaving 43 dead.||CIVILIAN",
            // and so did an attack told with neither its means, nor its doer, nor whom it hit
            "The United States condemns the terrorist attack on Saturday night in Damboa, Nigeria.||CIVILIAN",
            // police are their state's forces, whoever holds the state
            "Police opened fire on protesters in Mandalay on Saturday, killing two people.|MYANMAR_JUNTA|CIVILIAN",
            // a victim named by trade is a civilian; a passive shooting has its doer after "by"
            "Gunmen shot and killed a journalist and a rights activist in Kabul on Thursday.||CIVILIAN",
            "A protester was shot in the head by police in Mandalay on Saturday.|MYANMAR_JUNTA|CIVILIAN",
            // the dead after a verb of causing: "that led to the death of"
            "The militant attack on Friday that led to the death of a French soldier near Gossi in northern Mali was condemned.||FR_GOV",
            // a target named without a side takes the side of the fallen counted with it
            "Islamic State West Africa Province fighters overran a military base in Malam Fatori in Borno state on Sunday, killing at least five soldiers.|JIHADIST|NG_GOV",
            // a state's military telling of a strike abroad with no doer named tells of its own; its diplomats do not
            "Two ISIS operatives were killed in a precision strike in northwest Syria on Friday, U.S. Central Command said.|US|JIHADIST",
            "A military government rules the country; the military bombed a village in Sagaing region on Friday, killing 12 people.|MYANMAR_JUNTA|CIVILIAN",
            // "who killed" right after a group makes it the killer, not a victim as in "people who died"
            "Boko Haram militants who killed 40 soldiers in Borno, Nigeria, on Friday were pursued by the army.|JIHADIST|NG_GOV",
            // ground taken, whatever the tagger reads the verb as; a region as the press writes it ("Plateau state")
            "M23 rebels captured the town of Sake in eastern Congo on Friday.|M23|CD_GOV",
            "Gunmen killed 16 people in an attack on a village in Plateau state on Friday.||CIVILIAN",
            // the place a target stands in is not its owner: "used by" names who it belongs to
            "U.S. forces conducted airstrikes on Friday against facilities in eastern Syria used by Iran's Islamic Revolutionary Guard Corps.|US|IRAN_AXIS",
            // a merchant ship's prefix names it as one
            "Houthis struck the M/V Tutor in the Red Sea on Friday.|IRAN_AXIS|CIVILIAN",
            // who claims the attack did it
            "The Islamic Resistance in Iraq claimed a drone attack on U.S. forces at Al-Tanf in Syria on Friday.|IRAN_AXIS|US",
            // a country coordinated with another modifier of the forces is no place: one incident, in Iraq
            "Iranian-backed militants launched rockets at U.S. and coalition forces at Al-Asad Air Base in Iraq on Friday.|IRAN_AXIS|US",
            // a clause that lists parts of the event before it has that event's doer, not the sentence's subject
            "Ukraine faces brutal bombardment by Russian forces, including missile strikes on apartment buildings in Kharkiv on Tuesday.|RUSSIA|CIVILIAN",
            // a place between the determiner and the noun is part of the target's phrase
            "I know everybody is interested in this missile strike on the Kramatorsk train station.||CIVILIAN",
            // a tanker is a merchant ship, whoever owns it
            "Ansar Allah fired a missile at a tanker in the Red Sea on Friday.|IRAN_AXIS|CIVILIAN",
            // a military's word for killing
            "The IDF said it eliminated a Hamas commander in an airstrike in Khan Younis on Friday.|ISRAEL|IRAN_AXIS",
            // a ground assault with no target named is on the one enemy of its doer (wars.tsv) the article names
            "Russian forces launched a ground assault on Avdiivka on Saturday, Ukraine's military said.|RUSSIA|UKRAINE",
            "The Congolese army said it repelled an M23 attack on Sake on Friday.|M23|CD_GOV",
            // "over 40" bounds a count, it is no preposition; a country's forces are people counted
            "The United States condemns the terrorist attack by a Pakistan-based terrorist group that killed over 40 Indian paramilitary forces on Thursday.||IN_GOV",
            // those "neutralised" in a passive are its victims; the ministry tells of its own strikes
            "The Turkish defence ministry said 12 PKK militants were neutralised in air operations in northern Iraq on Saturday.|TR_GOV|UNKNOWN",
            // "rebels" are the armed group the article names most
            "The M23 is backed by Rwanda, the UN says. Rebels attacked government positions near Sake in eastern Congo on Friday.|M23|CD_GOV",
            // who investigates the attacks did not make them
            "The United States condemns today's rocket attack on the International Zone in Baghdad. We stand with the Government of Iraq and the Kurdistan Regional Government as they investigate these attacks.||",
            // power stations and the energy grid are civilian
            "Drones launched by the RSF struck a power station in Northern State, Sudan, on Saturday.|SUDAN_RSF|CIVILIAN",
            // a pro-government militia is the government's side where it fights
            "Suspected jihadists killed at least 12 members of a pro-government volunteer militia in an ambush near Djibo, Burkina Faso, on Sunday.|JIHADIST|BF_GOV",
            // the side a subject is told by is no subject; the dead of an armed group no side is named for are no civilians
            "The Saudi-led coalition backing Yemen's government carried out a series of airstrikes in Sanaa on Thursday.|SAUDI_COALITION|",
            "Government troops killed 20 rebels in clashes near the town of Saada, Yemen, on Wednesday.|YE_GOV|",
            // France's demonym before its weapons
            "French warplanes struck jihadist bases near Gao, Mali, on Sunday.|FR_GOV|JIHADIST",
            // where one side alone flies, an air strike no one is named for is that side's (air-powers.tsv)
            "An air strike on a busy market in the village of Togoga in Ethiopia's Tigray region killed at least 51 people on Tuesday.|ET_GOV|CIVILIAN",
            // "a military air strike": the bare word is the forces of the state where it struck
            "A military air strike on a village in Sagaing region, Myanmar, killed seven people on Saturday.|MYANMAR_JUNTA|CIVILIAN",
            // a name two forces share is read by the theatre the article names (ambiguous-actors.tsv)
            "IAF fighter jets struck Hezbollah targets in southern Lebanon on Saturday.|ISRAEL|IRAN_AXIS",
            "IAF jets struck a training camp near Balakot in Pakistan on Tuesday, the Indian government said.|IN_GOV|",
            // but not a group that fights on its own soil, named in an article about another country's rebels
            "Chad's army retook the town of Goz Beida from rebels on Sunday. The rebels are allied with janjaweed militias from Sudan.|TD_GOV|",
            // a manned aircraft destroyed is a missile attack on its side (the guide's surface-to-air missile), by whoever brought it down
            "A Turkish F-4 Phantom jet was destroyed on Friday off the coast of Latakia, Syria.||TR_GOV",
            "A Turkish fighter jet was destroyed by Syrian air defences off the coast of Latakia on Friday.|SYRIA_GOV|TR_GOV",
            // the place a subject is in is no doer; "injuries to" names the hurt
            "Iranian-backed militants in western Iraq launched ballistic missiles at Al-Asad Airbase on Friday.|IRAN_AXIS|",
            "On Friday, two one-way attack drones targeted Al-Tanf Garrison in Syria, resulting in minor injuries to coalition forces.||US",
            // government installations are the state's, even where the country is contested
            "NATO airstrikes struck government installations in several cities in Libya on Friday.|US|LY_GOV",
            // "the regime" is the government of where it fights: Myanmar's junta
            "The United States condemns the regime's brutal airstrike on a gathering in Kanbalu township, Burma, on Friday.|MYANMAR_JUNTA|",
            // the speaker who counts its own dead is their side, not their killer
            "Britain said two of its troops were killed in an explosion in southern Afghanistan on Thursday.||UK",
            // a clause that only tells when the attack was does not part it from its target
            "We condemn the attack that took place overnight on a police post in Rakhine State, Burma.||MYANMAR_JUNTA",
            // who owns and who runs a merchant ship, listed before it, leave it a merchant ship
            "Houthi rebels seized a British-owned, Japanese-operated cargo ship in the Red Sea on Sunday.|IRAN_AXIS|CIVILIAN",
            "The Greek-owned coal carrier Tutor was struck by an unmanned surface vessel packed with explosives off the Yemeni port of Hodeidah on Wednesday.||CIVILIAN",
            // a government's police, attacked where a later sentence places them (the two unknown sides are no side attacking itself)
            "The United Kingdom condemns the violent attacks on the Kosovo Police this morning. We call on all parties in Kosovo to show restraint.||XK_GOV",
            // fire from a country whose launcher the text does not name is that launcher's (launch-origins.tsv)
            "Sirens sounded in northern Israel as about 40 rockets were fired from Lebanon on Saturday, the Israeli military said.|IRAN_AXIS|ISRAEL"})
    void actorsAndTargetsGetTheirSides(String sentence, String actorSide, String targetSide) {
        List<Incident> incidents = TestArticles.code("2024-02-03", sentence).stream()
                .filter(i -> i.getEventType() != EventType.THREAT).toList();
        assertEquals(1, incidents.size(), incidents::toString);
        assertEquals(actorSide, incidents.get(0).getActorSide());
        assertEquals(targetSide, incidents.get(0).getTargetSide());
    }

    @Test
    void aTownOfAnotherCountryIsNoPlaceWhereAStatesForcesFightAtHome() {
        // Ukraine's Samar (the gazetteer's only Samar) in a story of the Philippine army that names no country
        List<Incident> incidents = TestArticles.code("2024-12-04", "Philippine soldiers clashed with about 15 guerrillas of the "
                + "communist New People's Army in Samar on Tuesday, killing three.");
        assertEquals(List.of("PH"), incidents.stream().map(Incident::getCountryCode).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a strike whose doer is found only once the article is read hits the article's armed group too
            "2018-08-30|U.S. Central Command conducted an air strike against AQAP in Shabwah, Yemen, on Friday. A second air strike hit a compound in Hadramawt, Yemen, on Saturday.|US>JIHADIST US>JIHADIST",
            // an interception of no named defender, in a contested land, is by the side the attack it stops was aimed at
            "2024-01-21|Iran-backed militants fired rockets at U.S. forces at Ain al-Asad air base in western Iraq on Saturday. Most were intercepted by air defences.|IRAN_AXIS>US US>IRAN_AXIS",
            // the "by" of a progressive passive names the doer of that attack, not of the strikes before it
            "2014-08-09|U.S. military forces attacked ISIL terrorists in Iraq today, conducting four airstrikes to defend Yazidi civilians being indiscriminately attacked by ISIL near Sinjar.|US>JIHADIST JIHADIST>CIVILIAN",
            // a suicide bomber is one of the armed group the article names
            "2015-07-12|Boko Haram has stepped up its attacks on Chad. On July 11, a suicide bomber killed 15 in N'Djamena's main market.|JIHADIST>CIVILIAN",
            // a police bus is the police's
            "2017-10-28|On October 27, militants detonated an IED along a major highway in Bahrain targeting a police bus.|null>BH_GOV",
            // who fell in an operation against a side is of the side that attacked; not who fell in an attack on a base
            "2020-05-05|Two Nigerian soldiers were killed on Monday during an operation against Boko Haram near Maiduguri.|NG_GOV>JIHADIST",
            "2024-01-16|Two Iraqi soldiers were wounded on Monday in an attack on a U.S. base in Anbar, Iraq.|null>US"})
    void eachIncidentOfAnArticleGetsItsSides(String published, String text, String sides) {
        List<Incident> incidents = TestArticles.code(published, text);
        assertEquals(sides, String.join(" ", incidents.stream().map(i -> i.getActorSide() + ">" + i.getTargetSide()).toList()),
                incidents::toString);
    }

    @Test
    void anAnswerToldByItsGerundIsAnIncidentWhereTheOtherSideIs() {
        List<Incident> incidents = TestArticles.code("2024-02-06", "BEIRUT (AP) — An Israeli strike on a car in southern Lebanon killed "
                + "two Hezbollah members on Monday, the group said. Hezbollah responded by firing rockets at an Israeli military base.");
        assertEquals(2, incidents.size(), incidents::toString);
        Incident answer = incidents.get(1);
        assertEquals(EventType.ROCKET_ATTACK, answer.getEventType());
        assertEquals("IL", answer.getCountryCode(), "aimed at an Israeli base, not where the strike it answers fell");
        assertEquals("ISRAEL", answer.getTargetSide());
        assertTrue(answer.getIsRetaliation());
    }

    @Test
    void theArmyIsTheForceThatActedLastNotTheCountryItFightsIn() {
        List<Incident> incidents = TestArticles.code("2024-02-03", "Israeli jets struck Hezbollah targets in southern Lebanon on Monday. "
                + "On Friday the army struck a weapons depot in Nabatieh.");
        assertEquals(List.of("ISRAEL", "ISRAEL"), incidents.stream().map(Incident::getActorSide).toList(), incidents::toString);
        assertEquals("NG_GOV", TestArticles.code("2024-02-03", "The army killed 20 militants near Maiduguri, Nigeria, on Friday.")
                .get(0).getActorSide(), "with no state told before, the army is where it fights");
    }

    @Test
    void aRetaliationThatNamesNoTargetHitsWhoeverAttackedFirst() {
        Incident strike = TestArticles.code("2024-10-27", "Iran fired about 200 ballistic missiles at Israel on October 1. "
                + "On Saturday Israel carried out air strikes in retaliation for the attack.").stream()
                .filter(Incident::getIsRetaliation).findFirst().orElseThrow();
        assertEquals("ISRAEL", strike.getActorSide());
        assertEquals("IRAN_AXIS", strike.getTargetSide());
    }

    @Test
    void whoAnswersAnAttackDidNotMakeIt() {
        List<Incident> incidents = TestArticles.code("2024-01-29", "U.S. forces struck targets in Iraq on Monday in retaliation for a drone "
                + "attack on a base in Jordan on Sunday that killed three American soldiers.");
        Incident cause = incidents.stream().filter(i -> i.getEventType() == EventType.DRONE_ATTACK).findFirst().orElseThrow();
        assertEquals("JO", cause.getCountryCode());
        assertEquals(null, cause.getActorSide());
        assertEquals("US", cause.getTargetSide());
    }

    @Test
    void aStrikeInTwoCountriesIsTwoIncidents() {
        List<Incident> incidents = TestArticles.code("2024-02-03", "The US launched air strikes in Iraq and Syria overnight.");
        assertEquals(List.of("IQ", "SY"), incidents.stream().map(Incident::getCountryCode).toList());
    }

    @Test
    void speakersAreNotActors() {
        Incident i = TestArticles.code("2024-02-03", "Iraq's government said the US air strikes in Anbar on Friday killed 16 people.").get(0);
        assertEquals("US", i.getActorSide());
        assertEquals(16, i.getFatalities());
    }

    @Test
    void aStatementThatNamesNoPlaceIsAboutTheCountryWhoseSidesItNamesWhenNotSpeaking() {
        List<Incident> incidents = TestArticles.code("2013-02-09", "The United Kingdom condemns the terrorist attack that took place "
                + "this morning at Camp Hope, killing six people. We understand that the Government of Iraq will investigate the attack, "
                + "and we stand ready to help the Iraqi authorities.");
        assertEquals(1, incidents.size());
        assertEquals("IQ", incidents.get(0).getCountryCode(), "Iraq's sides named twice; the United Kingdom only speaks");
    }

    @Test
    void aDatelineIsNotTheLocation() {
        List<Incident> incidents = TestArticles.code("2024-02-03", "BEIRUT (Reuters) - Israeli jets struck targets in Syria overnight.");
        assertEquals(1, incidents.size());
        assertEquals("SY", incidents.get(0).getCountryCode());
        Incident unplaced = TestArticles.code("2024-02-06", "MOGADISHU, Somalia — A suicide car bomb exploded at a checkpoint near the "
                + "presidential palace on Monday, killing at least eight people.").get(0);
        assertEquals("SO", unplaced.getCountryCode(), "but a story that names no other place happened where it was filed");
        assertEquals(List.of(), TestArticles.code("2024-02-06", "WASHINGTON — A drone struck a base on Monday, killing three soldiers."),
                "not in the capital of a side that fights abroad");
    }

    @Test
    void operatorsExtendTheDictionariesWithoutCode(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("places.tsv"), "# a village the defaults do not know\nKhirbet Example\tSY\tIdlib\tKhirbet Example\n");
        Files.writeString(dir.resolve("actors.tsv"), "Example Brigade\tIRAN_AXIS\tExample Brigade\n");
        EventCoder coder = EventCoder.withDictionaries(dir);
        Incident i = coder.code(TestArticles.article("x", "2024-02-03", "The Example Brigade launched rockets at Khirbet Example on Friday.")).get(0);
        assertEquals("SY", i.getCountryCode());
        assertEquals("Idlib", i.getAdmin1());
        assertEquals("IRAN_AXIS", i.getActorSide());
        assertNull(TestArticles.code("2024-02-03", "The Example Brigade launched rockets at Khirbet Example on Friday.").stream()
                .findFirst().map(Incident::getActorSide).orElse(null));
    }

    @Test
    void aBrokenDictionaryLineIsReportedWithItsFileAndLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("places.tsv"), "# header\nSomewhere\tSyria\t-\tSomewhere\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventCoder.withDictionaries(dir));
        assertTrue(e.getMessage().contains("places.tsv:2"), e.getMessage());
    }

    @Test
    void aTownThatIsAlsoAGivenNameAfterATitleIsAPerson() {
        Incident i = TestArticles.code("2024-04-25", "A Russian missile attack wounded 10 in the Kharkiv region, "
                + "regional Governor Oleh Syniehubov said on Telegram.").get(0);
        assertEquals("UA", i.getCountryCode(), "Oleh is a town in Nigeria, and here the governor's name");
    }

    @Test
    void theTalibanAreTheGovernmentOnlyAfterTheFallOfKabul() {
        String text = "Taliban fighters attacked a police checkpoint in Helmand on Monday, killing four policemen.";
        assertEquals("UNKNOWN", TestArticles.code("2016-04-19", text).get(0).getActorSide(), "an insurgency in 2016 (side-periods.tsv)");
        assertEquals("AF_GOV", TestArticles.code("2023-04-19", text).get(0).getActorSide(), "the Taliban government since August 2021");
    }

    /**
     * A hand-written place's region is named as the gazetteer names it: "Avdiivka" in "Donetsk Oblast" and a
     * village in "Donetsk" read as two provinces, so their incidents were never merged or corroborated.
     */
    @Test
    void handWrittenRegionsAreTheGazetteersRegions() throws java.io.IOException {
        Path dir = Path.of("src/main/resources/dev/escalation/extract");
        java.util.Map<String, java.util.Set<String>> regions = new java.util.HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("gazetteer.tsv"))) {
            String[] cols = line.split("\t");
            if (!line.startsWith("#") && cols.length == 4 && !cols[2].equals("-")) {
                regions.computeIfAbsent(cols[1], k -> new java.util.HashSet<>()).add(cols[2]);
            }
        }
        List<String> unknown = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("places.tsv"))) {
            String[] cols = line.split("\t");
            if (!line.startsWith("#") && cols.length == 4 && !cols[2].equals("-") && regions.containsKey(cols[1])
                    && !regions.get(cols[1]).contains(cols[2])) {
                unknown.add(cols[3] + " in " + cols[2] + " (" + cols[1] + ")");
            }
        }
        assertEquals(List.of(), unknown);
    }
    @Test
    void aPeoplesNameThatOpensAPlaceNameIsNoSide() {
        List<Incident> incidents = TestArticles.code("2014-10-23", "A terrorist attack occurred yesterday near French Hill's light rail "
                + "station in Jerusalem, killing an infant.");
        assertEquals(1, incidents.size());
        assertNotEquals("FR", incidents.get(0).getCountryCode(), "French Hill is a neighbourhood of Jerusalem");
        assertNotEquals("FR_GOV", incidents.get(0).getTargetSide());
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Congolese rebels attacked army positions near Rutshuru on Friday, killing 12 soldiers.|CD_GOV",
            "Ethnic Chinese rebels attacked an army post in Kokang on Friday, killing 12 soldiers.|CN_GOV"})
    void rebelsNamedByTheirCountryAreNotItsState(String text, String notTheActor) {
        Incident i = TestArticles.code("2022-11-06", text).get(0);
        assertNotEquals(notTheActor, i.getActorSide(), "a demonym before rebels tells where they fight, not whom for");
    }
    @Test
    void aStatesStrikeOnItsEnemysLandIsNotOnTheGroupTheArticleNames() {
        Incident i = TestArticles.code("2025-08-04", "Four gunmen opened fire on concertgoers at the Crocus City Hall near Moscow on "
                + "22 March 2024, and Islamic State claimed responsibility. A Ukrainian drone attack set an oil depot ablaze near the "
                + "airport in Sochi on Sunday.").stream().filter(x -> "UKRAINE".equals(x.getActorSide())).findFirst().orElseThrow();
        assertNotEquals("JIHADIST", i.getTargetSide(), "Ukraine's drones hit Russia, not the group on trial");
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Taliban gunmen attacked a police post in Bannu district in Khyber Pakhtunkhwa on Monday, killing two policemen.|JIHADIST",
            "Taliban fighters attacked a police post in Kunduz province on Monday, killing two policemen.|AF_GOV"})
    void theTalibanOfAStoryOfPakistanAreThePakistaniTaliban(String text, String side) {
        assertEquals(side, TestArticles.code("2024-12-17", text).get(0).getActorSide(), "the TTP in Pakistan, the Islamic Emirate in Afghanistan");
    }
    @Test
    void settlersWhoRampageThroughAVillageAreNoForceOfTheState() {
        Incident i = TestArticles.code("2023-02-27", "Dozens of Israeli settlers rampaged through the Palestinian town of Turmus Ayya on "
                + "Sunday, setting fire to homes and cars.").get(0);
        assertEquals("UNKNOWN", i.getActorSide(), "settlers, not Israel's forces");
        assertEquals("PS", i.getCountryCode());
    }
}
