#!/usr/bin/env python3
"""Reads back, from a local mailbox, the digest a test mailed, and checks it as a reader's mail
client would see it.

    scripts/check_delivered.py MAILBOX TOKEN SUBJECT MONTH_FOLDER

Finds the message whose To holds TOKEN; checks it is multipart/alternative with a text/plain and a
text/html part, that its subject decodes to SUBJECT, that the text part is the month's digest.md,
and that the HTML part shows the numbers of the month's summary.json. Exits 1 with what is wrong.
"""
import email
import email.policy
import json
import mailbox
import pathlib
import sys


def main(box: str, token: str, subject: str, folder: pathlib.Path) -> list[str]:
    found = [m for m in mailbox.mbox(box) if token in (m["To"] or "")]
    if not found:
        return [f"no message to {token} in {box}"]
    message = email.message_from_bytes(found[-1].as_bytes(), policy=email.policy.default)
    problems = []
    if message.get_content_type() != "multipart/alternative":
        problems.append(f"content type {message.get_content_type()}")
    if str(message["Subject"]) != subject:
        problems.append(f"subject {message['Subject']!r}, expected {subject!r}")
    plain = message.get_body(("plain",))
    html = message.get_body(("html",))
    if plain is None or html is None:
        return problems + ["a part is missing"]
    if plain.get_content() != (folder / "digest.md").read_text():
        problems.append("the text part is not digest.md")
    counts = json.loads((folder / "summary.json").read_text())["counts"]
    body = html.get_content()
    for value in (counts["critical"], counts["dueOverdue"], counts["dueWithin7Days"], counts["dueWithin30Days"]):
        if f">{value:,}</div>" not in body:
            problems.append(f"the HTML part does not show {value}")
    for name, tally in counts["byCategory"].items():
        if tally["groups"] and f">{tally['groups']}</td>" not in body:
            problems.append(f"the HTML part does not show {name} {tally['groups']}")
    if "<script" in body.lower() or "<svg" in body.lower() or "<style" in body.lower():
        problems.append("the HTML part holds a script, an SVG or a style sheet")
    for header in ("Message-Id", "List-Id", "Date", "From"):
        if not message[header]:
            problems.append(f"no {header}")
    return problems


if __name__ == "__main__":
    found = main(sys.argv[1], sys.argv[2], sys.argv[3], pathlib.Path(sys.argv[4]))
    for problem in found:
        print(problem)
    sys.exit(1 if found else 0)
