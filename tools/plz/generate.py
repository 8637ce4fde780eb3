#!/usr/bin/env python3
"""Builds data/postal-codes.json (postal code -> state codes, town -> state codes) from the
GeoNames/zauberware postal code CSV.

The bot asks whenever a code or town maps to more than one state or to none, so the table keeps
every state a code or town occurs in instead of picking the most frequent one.

Usage (from the repository root):
    python3 tools/plz/generate.py [--csv ../shared/data/plz/zipcodes.de.csv] [--out data/postal-codes.json]
                                  [--generated YYYY-MM-DD] [--review-months 12]
"""
import argparse
import csv
import datetime
import hashlib
import json
import os
import re
import sys

STATE_NAMES = {
    "BB": "Brandenburg", "BE": "Berlin", "BW": "Baden-Württemberg", "BY": "Bayern",
    "HB": "Bremen", "HE": "Hessen", "HH": "Hamburg", "MV": "Mecklenburg-Vorpommern",
    "NI": "Niedersachsen", "NW": "Nordrhein-Westfalen", "RP": "Rheinland-Pfalz",
    "SH": "Schleswig-Holstein", "SL": "Saarland", "SN": "Sachsen", "ST": "Sachsen-Anhalt",
    "TH": "Thüringen",
}

SOURCE = {
    "name": "GeoNames postal code data, converted by zauberware (postal-codes-json-xml-csv)",
    "url": "https://github.com/zauberware/postal-codes-json-xml-csv",
    "file": "data/DE.zip -> DE/zipcodes.de.csv",
    "commit": "f375923",
    "original": "https://www.geonames.org/",
}
LICENCE = {
    "name": "Creative Commons Attribution 4.0 International (CC BY 4.0)",
    "url": "https://creativecommons.org/licenses/by/4.0/",
    "attribution": "Postal code data © GeoNames (CC BY 4.0), converted by zauberware; modified.",
    "modifications": "Reduced to postal code -> state codes and place name -> state codes "
                     "(a place's states taken from its single-state codes where it has any); "
                     "rows without a state dropped.",
}
POSTAL_CODE = re.compile(r"^\d{5}$")


def add_months(day: datetime.date, months: int) -> datetime.date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return datetime.date(year, month, min(day.day, 28))


def main() -> int:
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", default=os.path.join(root, "..", "shared", "data", "plz", "zipcodes.de.csv"))
    parser.add_argument("--out", default=os.path.join(root, "data", "postal-codes.json"))
    parser.add_argument("--generated", default=datetime.date.today().isoformat(),
                        help="date written into the file (default: today)")
    parser.add_argument("--review-months", type=int, default=12,
                        help="postal codes change; the table is due for review after this many months")
    args = parser.parse_args()

    with open(args.csv, "rb") as raw:
        sha256 = hashlib.sha256(raw.read()).hexdigest()

    codes: dict[str, set[str]] = {}
    places: list[tuple[str, str, str]] = []
    rows = skipped = 0
    with open(args.csv, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            rows += 1
            code, state, place = row["zipcode"].strip(), row["state_code"].strip(), row["place"].strip()
            if row["country_code"] != "DE" or not POSTAL_CODE.match(code) or state not in STATE_NAMES:
                # e.g. 87491 Jungholz (Austria, served by a German code): no state, so the bot asks.
                skipped += 1
                continue
            codes.setdefault(code, set()).add(state)
            if place:
                places.append((place, code, state))

    # A place's states come from its single-state codes when it has any: the rows of a code shared by
    # two states repeat neighbouring places under the other state (21039 lists "Hamburg Bergedorf"
    # under Schleswig-Holstein), which would make "Hamburg" look ambiguous. Places that occur only
    # under shared codes keep every state, so the bot asks.
    towns: dict[str, set[str]] = {}
    shared_only: dict[str, set[str]] = {}
    for place, code, state in places:
        target = towns if len(codes[code]) == 1 else shared_only
        target.setdefault(place, set()).add(state)
    for place, states in shared_only.items():
        if place not in towns:
            towns[place] = states

    generated = datetime.date.fromisoformat(args.generated)
    table = {
        "description": "German postal code (PLZ) and place name -> state codes (ISO 3166-2:DE suffix). "
                       "More than one state: the bot asks. Not listed: the bot asks.",
        "source": SOURCE,
        "sourceSha256": sha256,
        "licence": LICENCE,
        "generated": generated.isoformat(),
        "reviewBy": add_months(generated, args.review_months).isoformat(),
        "generator": "tools/plz/generate.py",
        "states": STATE_NAMES,
        "codes": {c: sorted(s) for c, s in sorted(codes.items())},
        "towns": {t: sorted(s) for t, s in sorted(towns.items())},
    }
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        # One entry per line: compact, and a new source version gives a readable diff.
        head = {k: v for k, v in table.items() if k not in ("codes", "towns")}
        text = json.dumps(head, ensure_ascii=False, indent=1)[:-2]
        out.write(text)
        for key in ("codes", "towns"):
            out.write(f',\n "{key}": {{\n')
            out.write(",\n".join(f"  {json.dumps(k, ensure_ascii=False)}:{json.dumps(v)}"
                                 for k, v in table[key].items()))
            out.write("\n }")
        out.write("\n}\n")

    multi = sum(1 for s in codes.values() if len(s) > 1)
    print(f"{rows} rows, {skipped} skipped, {len(codes)} codes ({multi} in two states), "
          f"{len(towns)} places -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
