#!/usr/bin/env python3
"""Reads one published month's files back with real parsers and checks them against each other.

    scripts/check_outputs.py OUTPUT/2026-11

digest.json and summary.json against schemas/digest.schema.json (jsonschema); deadlines.ics with
icalendar: one event per genuine notice with a deadline, its UID the group id, two alarms;
notices.csv with the csv module: a BOM, CRLF rows, one row per message, no cell a spreadsheet would
read as a formula. Exits 1 with every problem found. Needs `pip install jsonschema icalendar`.
"""
import csv
import io
import json
import pathlib
import sys

import icalendar
import jsonschema

ROOT = pathlib.Path(__file__).resolve().parent.parent


def main(folder: pathlib.Path) -> list[str]:
    problems = []
    schema = json.loads((ROOT / "schemas/digest.schema.json").read_text())
    checker = jsonschema.FormatChecker()
    digest = json.loads((folder / "digest.json").read_text())
    for error in jsonschema.Draft202012Validator(schema, format_checker=checker).iter_errors(digest):
        problems.append(f"digest.json {list(error.path)}: {error.message}")
    summary_schema = {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": "#/$defs/summary"}
    summary = json.loads((folder / "summary.json").read_text())
    for error in jsonschema.Draft202012Validator(summary_schema, format_checker=checker).iter_errors(summary):
        problems.append(f"summary.json {list(error.path)}: {error.message}")
    if summary["counts"] != digest["counts"]:
        problems.append("summary.json and digest.json give different counts")

    calendar = icalendar.Calendar.from_ical((folder / "deadlines.ics").read_bytes())
    events = list(calendar.walk("VEVENT"))
    dated = {g["id"]: g for g in digest["groups"] if g["deadline"] and g["trust"] != "suspicious"}
    uids = {str(e["UID"]).removesuffix("@notice-digest") for e in events}
    if uids != set(dated):
        problems.append(f"deadlines.ics: events {len(uids)}, notices with a deadline {len(dated)}")
    for event in events:
        group = dated.get(str(event["UID"]).removesuffix("@notice-digest"))
        if group and event["DTSTART"].dt.isoformat() != group["deadline"]:
            problems.append(f"deadlines.ics {event['UID']}: starts {event['DTSTART'].dt}, deadline {group['deadline']}")
        if len(list(event.walk("VALARM"))) != 2:
            problems.append(f"deadlines.ics {event['UID']}: not two alarms")
    raw_ics = (folder / "deadlines.ics").read_bytes()
    if any(len(line) > 75 for line in raw_ics.split(b"\r\n")):
        problems.append("deadlines.ics: a line longer than 75 octets")

    raw = (folder / "notices.csv").read_bytes()
    if not raw.startswith(b"\xef\xbb\xbf"):
        problems.append("notices.csv: no byte-order mark")
    if b"\n" in raw.replace(b"\r\n", b"") and b'"' not in raw:
        problems.append("notices.csv: a bare LF ends a row")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    if len(rows) - 1 != len(digest["messages"]):
        problems.append(f"notices.csv: {len(rows) - 1} rows, {len(digest['messages'])} messages")
    for number, row in enumerate(rows[1:], start=2):
        for cell in row:
            if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                problems.append(f"notices.csv row {number}: a cell a spreadsheet would run: {cell[:40]!r}")
    return problems


if __name__ == "__main__":
    found = main(pathlib.Path(sys.argv[1]))
    for problem in found:
        print(problem)
    sys.exit(1 if found else 0)
