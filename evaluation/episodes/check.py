#!/usr/bin/env python3
"""Validates episodes.json and incidents.jsonl and recomputes the reference reading of the
escalation ladder (see README.md, 'Expected levels') from incidents.jsonl alone.
Usage: python3 check.py   (exit code 1 on a structural error)"""
import datetime, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
D = datetime.date.fromisoformat
JOIN, MASS = 14, 50
TYPES = {"AIR_STRIKE", "DRONE_ATTACK", "MISSILE_ATTACK", "ROCKET_ATTACK", "SHELLING", "BOMBING",
         "ARMED_CLASH", "NAVAL_ATTACK", "INTERCEPTION", "THREAT", "OTHER"}
FIELDS = ["id", "eventType", "eventDate", "countryCode", "location", "actor", "actorSide", "target",
          "targetSide", "fatalities", "isRetaliation", "retaliationFor", "feed", "sourceIds",
          "corroboration", "confidence", "evidence"]

def load():
    inc = [json.loads(l) for l in open(os.path.join(HERE, "incidents.jsonl")) if l.strip()]
    doc = json.load(open(os.path.join(HERE, "episodes.json")))
    return inc, doc

def ref_level(inc, ans_id):
    order = {i["id"]: n for n, i in enumerate(inc)}
    a = next(i for i in inc if i["id"] == ans_id)
    pair, ad = frozenset((a["actorSide"], a["targetSide"])), D(a["eventDate"])
    seq = [i for i in inc if frozenset((i["actorSide"], i["targetSide"])) == pair
           and i["eventType"] not in ("INTERCEPTION", "THREAT")
           and 0 <= (ad - D(i["eventDate"])).days <= 2 * JOIN]
    seq.sort(key=lambda i: (i["eventDate"], i is a, i["isRetaliation"], order[i["id"]]))
    seq = seq[:seq.index(a) + 1]
    rev, spread = 0, False
    for p, q in zip(seq, seq[1:]):
        if q["actorSide"] != p["actorSide"] and (ad - D(q["eventDate"])).days <= JOIN \
                and (D(q["eventDate"]) - D(p["eventDate"])).days <= JOIN:
            rev += 1
            spread |= q["countryCode"] != p["countryCode"]
    fat = max([i["fatalities"] or 0 for i in seq if (ad - D(i["eventDate"])).days <= JOIN] or [0])
    lvl = 0
    if rev >= 1 or a["isRetaliation"]:
        lvl = 3
        if rev >= 2:
            lvl = 5 if spread else 4
        if fat >= MASS:
            lvl = 5
    return lvl

def main():
    inc, doc = load()
    ids, bad = set(), 0
    for i in inc:
        miss = [f for f in FIELDS if f not in i]
        if miss or i["eventType"] not in TYPES or i["id"] in ids or i["feed"] != "ARTICLE":
            print("bad incident", i.get("id"), miss); bad += 1
        D(i["eventDate"]); ids.add(i["id"])
    for e in doc["episodes"]:
        D(e["attack"]["date"]); D(e["answer"]["date"])
        if e["expectedLevel"] < 3 or not e["sources"]:
            print("bad episode", e["id"]); bad += 1
        lvl = ref_level(inc, e["answerIncident"])
        ok = lvl in e.get("acceptableLevels", [e["expectedLevel"]])
        print(f'{e["id"]:6} expected {e["expectedLevel"]} acceptable {e.get("acceptableLevels")} reference {lvl}{"" if ok else "  (outside acceptable)"}')
    for q in doc["quietPeriods"]:
        for i in inc:
            if q["from"] <= i["eventDate"] <= q["to"] and i["countryCode"] in q["countries"]:
                lvl = ref_level(inc, i["id"])
                print(f'{q["id"]} {i["id"]} reference {lvl}')
                bad += lvl >= 3
    print(len(doc["episodes"]), "episodes,", len(doc["quietPeriods"]), "quiet periods,", len(inc), "incidents")
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
