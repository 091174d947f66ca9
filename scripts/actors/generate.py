#!/usr/bin/env python3
"""Builds the event coder's generated actor dictionary (actors-generated.tsv) from the
PETRARCH2 / Phoenix actor dictionaries of the Open Event Data Alliance (MIT licence,
github.com/openeventdata/petrarch2, petrarch2/data/dictionaries/, pinned commit below).

What is taken (their data only, none of their code):
  - Phoenix.Countries.actors.txt: each country entry coded with a bare country code ([RUS]) and
    its '+' spellings (names, demonyms, misspellings). Spellings that are places of our
    gazetteer (capitals, provinces: "Kabul", "Darfur") are left out, since the coder reads them as
    places; so are spellings under four letters.
  - the same file and Phoenix.MilNonState.actors.txt: the armed groups listed in GROUPS below,
    with every '+' spelling PETRARCH gives. The side of each group is ours (the codes of
    ../shared/EXTRACTION-GUIDE.md), chosen here by hand; PETRARCH's CAMEO codes are not sides.
  - the country institutions coded XXXMIL (armed forces) without a date range.
  - for every country (a bare code [AFG], or an open-ended one [ARM >911221] as PETRARCH gives the post-Soviet
    states, Iraq, Eritrea and South Sudan): its state's forces and government, '<demonym> <force noun>'
    ("Nigerian troops", "Sudanese army", "Chadian security forces") and '<country> <noun>' / "<country>'s <noun>"
    ("Pakistan Army", "Niger's army", also under the ISO 3166 short name: "South Africa"), side <ISO2>_GOV or
    the guide's camp; demonyms are PETRARCH's adjectival spellings of the country (demonyms()). Capitals are
    left out (they are places: a dateline "ISLAMABAD:" is not Pakistan acting), and so are the weapon words of
    events.tsv ("jets", "drones", "air force"), which the coder needs to type the event.
  - '<country>-flagged' / '<demonym>-flagged' as CIVILIAN: a merchant ship named by its flag.

The side of a country follows the guide: the camps of its conflicts (US, UK, IRAN_AXIS, ISRAEL,
RUSSIA, UKRAINE, IRAQ_GOV, SYRIA_GOV, JORDAN_GOV, SUDAN_SAF, MYANMAR_JUNTA, SAUDI_COALITION,
ET_GOV, CD_GOV, RW_GOV), else <ISO2>_GOV. Hand-written actors.tsv is loaded after this file and
wins for any spelling both name. Every output line names its source entry in a fourth column.

Run from the repository root:  python3 scripts/actors/generate.py [PETRARCH2_GIT_DIR]
Needs: python3, git, a clone of openeventdata/petrarch2, Debian's iso-codes (ISO3 -> ISO2).
"""
import json
import os
import re
import subprocess
import sys

PINNED = "676801cd9cb2924bbbad09f86d15c9323e7097bf"
DICTS = "petrarch2/data/dictionaries/"
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RES = os.path.join(ROOT, "core/src/main/resources/dev/escalation/extract")
OUT = os.path.join(RES, "actors-generated.tsv")

# Guide sides for countries whose government is a named camp; the rest are <ISO2>_GOV.
COUNTRY_SIDES = {
    "USA": "US", "GBR": "UK", "IRN": "IRAN_AXIS", "ISR": "ISRAEL", "RUS": "RUSSIA", "UKR": "UKRAINE",
    "IRQ": "IRAQ_GOV", "SYR": "SYRIA_GOV", "JOR": "JORDAN_GOV", "SDN": "SUDAN_SAF", "MMR": "MYANMAR_JUNTA",
    "SAU": "SAUDI_COALITION", "ARE": "SAUDI_COALITION", "ETH": "ET_GOV", "COD": "CD_GOV", "RWA": "RW_GOV",
}
# Countries whose name says little about who fought (a people, a contested territory, a state split between
# camps: "Yemen" may be the Houthis or the government): left out.
COUNTRY_SKIP = {"PSE", "ESH", "YEM"}

# Armed groups: PETRARCH primary entry -> (side, our name). Sides from the guide's table; Hamas and
# Hezbollah take IRAN_AXIS, which the guide accepts for both and the engine's dyads already use.
GROUPS = {
    "HAMAS_": ("IRAN_AXIS", "Hamas"),
    "IZZ_AD-DIN_AL_QASSAM": ("IRAN_AXIS", "Hamas"),
    "PALESTINIAN_ISLAMIC_JIHAD": ("IRAN_AXIS", "Palestinian Islamic Jihad"),
    "HEZBOLLAH_": ("IRAN_AXIS", "Hezbollah"),
    "ANSAR_ALLAH_": ("IRAN_AXIS", "Houthis"),
    "BADR_FORCES_": ("IRAN_AXIS", "Badr Organization"),
    "BOKO_HARAM": ("JIHADIST", "Boko Haram"),
    "ANSARU_": ("JIHADIST", "Ansaru"),
    "AL-SHABAAB": ("JIHADIST", "al-Shabaab"),
    "AL-QAEDA_ORGANIZATION_IN_THE_ISLAMIC_MAGHREB_": ("JIHADIST", "al-Qaeda in the Islamic Maghreb"),
    "AL-QAEDA_IN_THE_ARABIAN_PENINSULA": ("JIHADIST", "al-Qaeda in the Arabian Peninsula"),
    "ANSAR_DINE_": ("JIHADIST", "Ansar Dine"),
    "ANSAR_AL-DIN_": ("JIHADIST", "Ansar Dine"),
    "ISLAMIC_STATE_OF_IRAQ_AND_THE_LEVANT_": ("JIHADIST", "Islamic State"),
    "JABHAT_AL-NUSRA_": ("JIHADIST", "Nusra Front"),
    "TALIBAN_": ("AF_GOV", "Taliban"),
    "TIGRAY_PEOPLES_LIBERATION_FRONT": ("TPLF", "TPLF"),
    "LASHKAR-E-TAIBA_(LET)_": ("UNKNOWN", "Lashkar-e-Taiba"),
    "JAISH-E-MOHAMMAD_(JEM)_": ("UNKNOWN", "Jaish-e-Mohammed"),
    "KURDISTAN_WORKERS'_PARTY": ("UNKNOWN", "PKK"),
    "PKK": ("UNKNOWN", "PKK"),
}

DEMONYMS = {"burmese", "emirati", "emirates", "dutch", "welsh", "scottish"}
COMMON = {"chin", "union", "china", "guinea", "georgia", "jordan", "chad", "turkey", "national", "republic", "kingdom"}
STOP = {"state", "party", "front", "army", "forces", "group", "movement", "islamic", "jihad", "brigade", "brigades"}


def git_show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{PINNED}:{DICTS}{path}"],
                          check=True, capture_output=True, text=True, encoding="utf-8", errors="replace").stdout


def entries(text):
    """PETRARCH actor entries: (primary, [aliases], [codes]); '+' lines are spellings, '[..]' codes."""
    out = []
    cur = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        codes = re.findall(r"\[([^\]]*)\]", stripped)
        name = re.sub(r"\[[^\]]*\]", "", stripped).strip()
        if stripped.startswith("+"):
            if cur is not None:
                cur[1].append(name[1:].strip())
                cur[2].extend(codes)
        elif stripped.startswith("["):
            if cur is not None:
                cur[2].extend(codes)
        else:
            # A new primary name; a primary that follows another with no codes yet is a spelling of it.
            if cur is not None and not cur[2] and not raw.startswith((" ", "\t")) and not codes and False:
                pass
            cur = (name, [], list(codes))
            out.append(cur)
    return out


# Adjectival forms: endings of English demonyms, and the irregular ones PETRARCH lists under another first
# three letters ('French' for France, 'Congolese' for the DRC) or that are also a place name elsewhere
# ('German', a village of the Isle of Man in the gazetteer).
DEMONYM_ENDINGS = ("an", "ese", "i", "ish", "ch", "ot", "ic", "er", "ine", "be", "ene", "ite", "ois")
IRREGULAR_DEMONYMS = {"french", "british", "dutch", "swiss", "filipino", "philippine", "welsh", "burmese", "emirati", "danish",
                      "ivorian", "malagasy", "congolese", "salvadoran", "german", "irish", "greek", "thai", "swedish",
                      "turkish", "hellenic", "lao", "laotian", "kittitian", "vincentian", "monegasque", "nigerien", "kyrgyz",
                      "turkmen", "montenegrin", "tanzanian", "uzbek", "south african", "motswana", "batswana", "basotho"}
# Words that follow a demonym or country name to name its state's forces or government ("Nigerian troops",
# "Pakistan Army", "Sudan's army"). Hand-written actors.tsv still wins where it says otherwise.
# Weapon words of events.tsv ("jets", "drones", "air force", "artillery", "warships") are left out: an actor
# phrase over them would hide the weapon from the coder ("Israeli jets struck ..." is an air strike by Israel).
FORCE_NOUNS = ["army", "armed forces", "military", "forces", "troops", "soldiers", "soldier", "navy", "naval forces",
               "security forces", "police", "police officers", "police officer", "policemen", "policeman", "gendarmerie",
               "gendarmes", "gendarme", "servicemen", "serviceman", "service members", "service member", "border guards",
               "border police", "coast guard", "special forces", "commandos", "paratroopers", "marines", "helicopters",
               "tanks", "defence forces", "defense forces", "defence ministry", "defense ministry", "ministry of defence",
               "ministry of defense", "military junta", "junta", "regime", "government", "government forces",
               "government troops", "authorities", "military intelligence", "intelligence services", "national guard"]
# Of those, the ones written after the bare country name too ("Pakistan Army", "Nigeria Police", "Sudan's army").
NAME_NOUNS = ["army", "armed forces", "military", "navy", "security forces", "police", "government",
              "defence forces", "defense forces", "defence ministry", "defense ministry", "forces", "troops", "junta",
              "regime", "authorities"]
# Countries whose forces phrases are NOT generated: a people or contested territory (PSE, ESH), a state split
# between camps ("Yemeni armed forces" is what the Houthis call themselves), a name shared by two states
# ("Korean army", "Congo's army" = the DRC's in the press: hand-written in actors.tsv).
FORCES_SKIP = {"PSE", "ESH", "YEM", "COG", "USA"}
# Country names that are not actors by themselves nor written before the force nouns: Georgia is also a US state
# ('Georgia Army National Guard'); its forces are found by the demonym ('Georgian troops'). Other ambiguous names
# (Chad, Jordan, Guinea, Turkey, China: first names, a river, a bird, porcelain) are actors as PETRARCH has them,
# since the press writes them capitalised as countries; 'Niger' and 'Nigeria' are whole words apart.
NAME_SKIP = {"georgia"}
# PETRARCH entries coded with a country's bare code that are not the country: a city.
NOT_STATES = {"LEIPZIG_"}


SMALL = {"of", "the", "and", "in", "for", "al", "el", "an", "on", "de", "du", "la", "e", "i"}


def words(petrarch):
    """'AL-QAEDA_IN_IRAQ_' -> 'al-Qaeda in Iraq'. The coder matches case-insensitively unless a word
    is all capitals, so only dotted abbreviations keep their capitals ("U.S.")."""
    s = re.sub(r"\(.*?\)", "", petrarch).replace("_", " ").strip()
    s = re.sub(r"\s+", " ", s)
    out = []
    for w in s.split(" "):
        if "." in w:
            out.append(w)
        else:
            out.append("-".join(p.lower() if p.lower() in SMALL else p.capitalize() for p in w.split("-")))
    return " ".join(out)


def country_spelling(alias, primary):
    """A spelling of the country itself or its people: 'Afghan', 'Sudanese', not a city ('Kabul')."""
    a = alias.lower()
    return a[:3] == primary.lower()[:3] or a in DEMONYMS


def current_code(codes):
    """The country's code today: a bare [ARM] or an open-ended [ARM >911221] (post-Soviet states, Iraq,
    Eritrea, South Sudan carry dated codes); None when there is not exactly one."""
    found = set()
    for c in codes:
        m = re.fullmatch(r"([A-Z]{3})(\s+>\d+)?", c.strip())
        if m:
            found.add(m.group(1))
    return found.pop() if len(found) == 1 else None


def demonyms(primary_words, aliases, places):
    """The adjectival forms among PETRARCH's spellings of a country ('Afghan', 'Sudanese', 'Saudi',
    'Burkinabe'), told from its misspellings and towns: an ending of demonyms, the first three letters of the
    name (or a listed irregular form), not the name's own last three letters ('Afganistan'), not a place."""
    name = primary_words.lower()
    out = []
    for a in aliases:
        low = a.lower()
        last = low.split(" ")[-1]
        if low in IRREGULAR_DEMONYMS:
            out.append(a)
        elif (low != name and low[:3] == name[:3] and last.endswith(DEMONYM_ENDINGS) and low[-3:] != name[-3:]
              and low.count(" ") == name.count(" ") and low not in places and "." not in low and "republic" not in low and len(low) >= 4):
            out.append(a)
    return out


def iso3_to_iso2():
    with open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8") as f:
        return {c["alpha_3"]: c["alpha_2"] for c in json.load(f)["3166-1"]}


def iso_short_names():
    """ISO3 -> the ISO 3166 short names without commas ('South Africa', 'Eswatini', 'Cabo Verde'), for the
    '<country> army' forms next to PETRARCH's first spelling ('Republic of South Africa', 'Swaziland')."""
    with open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8") as f:
        out = {}
        for c in json.load(f)["3166-1"]:
            out[c["alpha_3"]] = [n for n in (c.get("common_name"), c["name"]) if n and "," not in n and "(" not in n]
        return out


def gazetteer_names():
    names = set()
    for file in ("gazetteer.tsv", "places.tsv"):
        with open(os.path.join(RES, file), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                for alias in line.split("\t")[0].split("|"):
                    names.add(alias.strip().lower())
    return names


def usable(alias, places, keep_place=False):
    a = alias.strip()
    if a.lower().startswith("the "):
        return False  # the coder reads determiners apart; a phrase starting with "the" would be looked up at every "the"
    if len(a) < 4 or a.lower() in STOP or a.lower() in COMMON or "'" in a and a.endswith("'"):
        return False
    return keep_place or a.lower() not in places


def main():
    gitdir = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/openeventdata+petrarch2/repo/.git"
    iso = iso3_to_iso2()
    places = gazetteer_names()
    lines = []
    seen = set()

    def emit(aliases, side, name, source):
        keep = []
        for a in aliases:
            if a and a.lower() not in seen:
                seen.add(a.lower())
                keep.append(a)
        if keep:
            lines.append(f"{'|'.join(keep)}\t{side}\t{name}\t{source}")

    countries = entries(git_show(gitdir, "Phoenix.Countries.actors.txt"))
    groups = entries(git_show(gitdir, "Phoenix.MilNonState.actors.txt")) + countries

    lines.append("# --- Armed groups: spellings from PETRARCH2, sides ours (EXTRACTION-GUIDE.md)")
    for primary, aliases, _codes in groups:
        if primary in GROUPS:
            side, name = GROUPS[primary]
            spell = [words(x) for x in [primary] + aliases]
            emit([s for s in spell if usable(s, places)], side, name,
                 f"petrarch2 {PINNED[:7]} {primary.strip('_')}")

    lines.append("# --- Countries (their governments and forces): spellings from PETRARCH2 Phoenix.Countries.actors.txt")
    states = []  # (code3, side, first spelling, demonyms, source): the first entry of each code only, so not
    #             the towns PETRARCH codes with a country's code ('Leipzig' [DEU >...], 'Iraqi Kurdistan')
    taken = set()
    for primary, aliases, codes in countries:
        code3 = current_code(codes)
        if code3 is None or code3 not in iso or primary in NOT_STATES:
            continue
        side = COUNTRY_SIDES.get(code3, iso[code3] + "_GOV")
        spell = [words(primary)] + [words(a) for a in aliases]
        first = spell[0]
        source = f"petrarch2 {PINNED[:7]} {primary.strip('_')} [{code3}]"
        if code3 in taken and first.lower() in places:
            continue
        if code3 not in COUNTRY_SKIP:
            keep = [s for s in spell[1:] if usable(s, places) and country_spelling(s, first) and "," not in s]
            if first.lower() in NAME_SKIP:  # 'Georgia' is also a US state: only 'Georgian' and the like
                keep = [s for s in keep if not s.lower().startswith(first.lower())]
            else:
                keep = [first] + keep
            emit(keep, side, first, source)
        if code3 not in FORCES_SKIP and code3 not in taken:
            taken.add(code3)
            states.append((code3, side, first, demonyms(first, spell[1:], places), source))

    lines.append("# --- State forces and governments: '<demonym> troops', '<country> army', \"<country>'s military\" for every")
    lines.append("#     country above; demonyms are PETRARCH2's adjectival spellings of the country (see demonyms())")
    short = iso_short_names()
    for code3, side, first, dems, source in states:
        phrases = [f"{d} {n}" for d in dems for n in FORCE_NOUNS]
        for name in dict.fromkeys([first] + short.get(code3, [])):
            if name.lower() not in NAME_SKIP:
                phrases += [f"{name} {n}" for n in NAME_NOUNS] + [f"{name}'s {n}" for n in NAME_NOUNS]
                phrases += [f"armed forces of {name}"]  # not "government of X": the one urged to act, not an actor
        emit(phrases, side, f"{first} forces", source + " + force nouns")

    lines.append("# --- A ship under a state's flag is a merchant ship: '<country>-flagged', '<demonym>-flagged' are civilian")
    for code3, side, first, dems, source in states:
        emit([f"{x} flagged" for x in [first] + dems], "CIVILIAN", "merchant ship", source + " + flagged")

    lines.append("# --- Armed forces (XXXMIL, no date range): spellings from PETRARCH2")
    for primary, aliases, codes in countries:
        if not codes or any(not re.fullmatch(r"[A-Z]{3}MIL", c.strip()) for c in codes):
            continue
        code3 = codes[0].strip()[:3]
        if code3 not in iso or code3 in COUNTRY_SKIP:
            continue
        side = COUNTRY_SIDES.get(code3, iso[code3] + "_GOV")
        spell = [words(x) for x in [primary] + aliases]
        emit([s for s in spell if usable(s, places)], side, words(primary),
             f"petrarch2 {PINNED[:7]} {primary.strip('_')} [{codes[0].strip()}]")

    header = f"""# GENERATED by scripts/actors/generate.py: do not edit; add or override in actors.tsv.
# Source: PETRARCH2 actor dictionaries, Open Event Data Alliance, MIT licence,
#   https://github.com/openeventdata/petrarch2 at {PINNED}, {DICTS}
#   (Phoenix.Countries.actors.txt, Phoenix.MilNonState.actors.txt). Spellings are theirs; sides are
#   ours, from ../shared/EXTRACTION-GUIDE.md. The fourth column names the source entry of each line;
#   '+ force nouns' lines join a country's PETRARCH spellings (name, demonyms) and ISO 3166 short name
#   (Debian iso-codes) with our list of force nouns, '+ flagged' lines with "-flagged" (see generate.py).
# Columns (TAB separated): aliases  side  name  source
"""
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(header)
        f.write("\n".join(lines) + "\n")
    print(f"wrote {OUT}: {sum(1 for l in lines if not l.startswith('#'))} entries", file=sys.stderr)


if __name__ == "__main__":
    main()
