#!/usr/bin/env python3
"""Converts the npm package chinese-days (MIT) into Ducha's working-day calendar resource.

Usage:
    cd "$(mktemp -d)" && npm pack chinese-days@1.5.7 && tar xzf chinese-days-1.5.7.tgz
    python3 /path/to/ducha/tools/calendar/convert.py package/dist/chinese-days.json 1.5.7 \
        > /path/to/ducha/src/main/resources/calendar/cn-calendar.tsv

The package records the State Council's yearly holiday notices (国务院办公厅关于节假日安排的通知): public
holidays and the make-up working days (调休) on weekends.
"""
import datetime
import json
import sys


def main(path, version):
    data = json.load(open(path, encoding="utf-8"))
    rows = []
    for kind, key in (("HOLIDAY", "holidays"), ("WORKDAY", "workdays")):
        for day, label in data[key].items():
            english, chinese = label.split(",")[0:2]
            rows.append((day, kind, chinese, english))
    rows.sort()
    years = sorted({row[0][:4] for row in rows})
    print(f"# Chinese public holidays (HOLIDAY) and make-up working days on weekends (WORKDAY), {years[0]}-{years[-1]}.")
    print(f"# Source: npm package chinese-days {version} (MIT licence, (c) 2024 Yawei Sun), dist/chinese-days.json,")
    print("# which transcribes the State Council's yearly holiday notices. Converted by tools/calendar/convert.py")
    print(f"# on {datetime.date.today().isoformat()}. Days not listed: Monday-Friday work, Saturday/Sunday rest.")
    print("# date\tkind\tname_zh\tname_en")
    for row in rows:
        print("\t".join(row))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
