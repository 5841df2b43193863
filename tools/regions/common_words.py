#!/usr/bin/env python3
"""List division names and short forms that are also everyday Chinese words.

A curation aid for src/main/resources/regions/common-words.txt, not part of the build.
It needs a word-frequency dictionary; the one used was jieba's, shipped in the npm
package nodejieba (MIT):

    mkdir -p /tmp/jb && cd /tmp/jb && npm pack nodejieba@3.5.8 && tar xzf nodejieba-3.5.8.tgz
    python3 tools/regions/common_words.py /tmp/jb/package/submodules/cppjieba/dict/jieba.dict.utf8

Prints "frequency, word, part of speech, division" for every county- or city-level short
form (or full name) that the dictionary knows as something other than a place name (ns),
most frequent first. A person then decides which are really everyday words (资源, 比如,
公安, 清水) and adds those to common-words.txt; place names the dictionary mis-tags (石首,
仙桃) stay out.
"""

import argparse
import gzip
import os

RESOURCES = os.path.join(os.path.dirname(__file__), "..", "..", "src", "main", "resources", "regions")
SUFFIXES = ["自治县", "自治州", "自治旗", "自治区", "特别行政区", "林区", "特区", "新区", "矿区", "地区", "省", "市", "区", "县",
            "旗", "盟"]


def short(name):
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dictionary", help="jieba.dict.utf8: lines of 'word frequency tag'")
    parser.add_argument("--min-frequency", type=int, default=50)
    args = parser.parse_args()

    frequency = {}
    with open(args.dictionary, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3:
                frequency[parts[0]] = (int(parts[1]), parts[2])

    with gzip.open(os.path.join(RESOURCES, "divisions.tsv.gz"), "rt", encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if not line.startswith("#")]
    found = []
    for code, name, level, _parent in rows:
        if level == "TOWNSHIP":
            continue
        for form in filter(None, [short(name), name]):
            if form in frequency and frequency[form][1] != "ns" and frequency[form][0] >= args.min_frequency:
                found.append((frequency[form][0], form, frequency[form][1], name + " " + code))
    for entry in sorted(set(found), reverse=True):
        print("\t".join(str(value) for value in entry))


if __name__ == "__main__":
    main()
