#!/usr/bin/env python3
"""Generate the synthetic rows of the region-resolver corpus from the division data.

Usage:
    python3 tools/regions/make_corpus.py [--count 360] [--seed 2260]

Rewrites the SYNTHETIC rows of src/test/resources/regions/corpus.tsv and keeps every other
line (comments, hand-written HARD rows) as it is. Deterministic for a given seed and data.

Each synthetic row is an address or a short complaint sentence built from one real county
(or one city without counties) in a form that names it unambiguously according to the data
alone, e.g. 山西省临汾市尧都区屯里镇, 临汾尧都, 尧都区屯里镇, or a township with the city as
context. The expected answer is that county's code. The generator knows nothing of the
resolver: it decides uniqueness by counting names in the data.
"""

import argparse
import gzip
import os
import random
from collections import Counter, defaultdict

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
RESOURCES = os.path.join(ROOT, "src", "main", "resources", "regions")
CORPUS = os.path.join(ROOT, "src", "test", "resources", "regions", "corpus.tsv")

# neutral fillers: checked below to contain no division name or short form
PLACES = ["一家化工厂", "某砖厂", "某养殖场", "某洗煤厂", "某小区旁", "一处采石场", "某搅拌站", "某印染厂", "某烧烤店",
          "某铸造厂"]
PROBLEMS = ["夜间偷排废水", "噪声扰民严重", "粉尘污染严重", "烟囱冒黑烟", "随意倾倒垃圾", "异味刺鼻", "油烟直排",
            "废水流进农田"]
OPENERS = ["群众反映：", "来电人反映，", "举报", "信访人称，", ""]


def load(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]


def simple_short(name, suffixes):
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=360)
    parser.add_argument("--seed", type=int, default=2260)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    rows = load(os.path.join(RESOURCES, "divisions.tsv.gz"))
    regions = {r[0]: {"code": r[0], "name": r[1], "level": r[2], "parent": r[3] if len(r) > 3 else ""} for r in rows}
    children = defaultdict(list)
    for r in regions.values():
        if r["parent"]:
            children[r["parent"]].append(r["code"])
    common = {r[0] for r in load(os.path.join(RESOURCES, "common-words.txt"))}
    alias_names = Counter(r[0] for r in load(os.path.join(RESOURCES, "aliases.tsv")))
    alias_names.update(r[0] for r in load(os.path.join(RESOURCES, "zones.tsv")))

    upper_names = Counter(r["name"] for r in regions.values() if r["level"] != "TOWNSHIP")
    upper_names.update(alias_names)
    town_names = Counter(r["name"] for r in regions.values() if r["level"] == "TOWNSHIP")
    city_shorts = Counter()
    county_shorts = Counter()
    for r in regions.values():
        if r["level"] == "CITY":
            s = simple_short(r["name"], ["市"])
            if s:
                city_shorts[s] += 1
        if r["level"] == "COUNTY":
            s = simple_short(r["name"], ["区", "县", "市"])
            if s:
                county_shorts[s] += 1

    # fillers must not name anything
    names = set(upper_names) | set(town_names) | set(city_shorts) | set(county_shorts)
    for filler in PLACES + PROBLEMS + OPENERS:
        for name in names:
            assert name not in filler, (filler, name)

    def path(code):
        out = []
        while code:
            out.append(regions[code])
            code = regions[code]["parent"]
        return list(reversed(out))

    counties = sorted(c for c, r in regions.items() if r["level"] == "COUNTY")
    cityless = sorted(c for c, r in regions.items()
                      if r["level"] == "CITY" and not any(regions[k]["level"] == "COUNTY" for k in children[c]))

    def town_of(code):
        towns = [t for t in children[code] if regions[t]["name"].endswith(("镇", "乡", "街道"))]
        return regions[rng.choice(towns)] if towns else None

    def sentence(address):
        return rng.choice(OPENERS) + address + rng.choice(PLACES) + rng.choice(PROBLEMS)

    def build(code):
        p = path(code)
        county = p[-1]
        city = p[-2] if len(p) > 1 and p[-2]["level"] == "CITY" else None
        province = p[0]
        forms = ["full", "city-county", "county-town", "province-county", "sentence"]
        city_short = simple_short(city["name"], ["市"]) if city else None
        county_short = simple_short(county["name"], ["区", "县", "市"])
        if (city_short and county_short and city_short != county_short and city_shorts[city_short] == 1
                and county_short not in common
                and city_short not in common
                and sum(1 for k in children[city["code"]]
                        if simple_short(regions[k]["name"], ["区", "县", "市"]) == county_short) == 1):
            forms.append("short-short")
        if upper_names[county["name"]] == 1 and county["name"] not in common and len(county["name"]) >= 3:
            forms.append("county-alone")
        if city:
            forms.append("town-within-city")
        form = rng.choice(forms)
        town = town_of(county["code"])
        if form == "full":
            text = "".join(r["name"] for r in p) + (town["name"] if town else "")
            return form, "", text
        if form == "city-county":
            text = (city["name"] if city else province["name"]) + county["name"]
            return form, "", text
        if form == "county-town":
            if not town:
                return None
            same = [k for k in counties if regions[k]["name"] == county["name"]]
            if sum(1 for k in same for t in children[k] if regions[t]["name"] == town["name"]) != 1:
                return None
            return form, "", county["name"] + town["name"]
        if form == "province-county":
            same = [k for k in counties if regions[k]["name"] == county["name"] and k[:2] == county["code"][:2]]
            if len(same) != 1:
                return None
            return form, "", province["name"] + county["name"]
        if form == "sentence":
            return form, "", sentence((city["name"] if city else province["name"]) + county["name"])
        if form == "short-short":
            return form, "", city_short + county_short + rng.choice(PLACES)
        if form == "county-alone":
            return form, "", sentence(county["name"])
        if form == "town-within-city":
            if not town:
                return None
            in_city = [t for k in children[city["code"]] for t in children[k] if regions[t]["name"] == town["name"]]
            if len(in_city) != 1:
                return None
            return form, city["code"], sentence(town["name"])
        return None

    out = []
    picked = set()
    while len(out) < args.count:
        if rng.random() < 0.02:
            code = rng.choice(cityless)
            town = town_of(code)
            if not town or town_names[town["name"]] != 1 or code in picked:
                continue
            picked.add(code)
            out.append(("cityless", "", code, regions[code]["name"], regions[code]["name"] + town["name"]))
            continue
        code = rng.choice(counties)
        if code in picked:
            continue
        built = build(code)
        if built is None:
            continue
        picked.add(code)
        form, within, text = built
        out.append((form, within, code, regions[code]["name"], text))

    kept = []
    if os.path.exists(CORPUS):
        with open(CORPUS, encoding="utf-8") as f:
            kept = [line.rstrip("\n") for line in f if not line.startswith("SYNTHETIC\t")]
    lines = kept + ["\t".join(("SYNTHETIC",) + row) for row in out]
    with open(CORPUS, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote {} synthetic rows, kept {} other lines".format(len(out), len(kept)))


if __name__ == "__main__":
    main()
