#!/usr/bin/python3
# test-cli-history.py
#
# SPDX-FileCopyrightText: 2026 The Calf Check authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The history on the command line (issue 15): --history in every text
# format, --export-history and --import-history between two computers
# (two data folders), and files that must be refused. Prints TAP.
#
# Usage: test-cli-history.py CALF_CHECK_EXE

import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile

EXE = sys.argv[1]
n = 0


def ok(condition, what, detail=""):
    global n
    n += 1
    print("%sok %d - %s" % ("" if condition else "not ", n, what))
    if not condition:
        for line in str(detail).splitlines()[:20]:
            print("# " + line)
        sys.exit(1)


def run(data_home, *args, stdin=None):
    env = dict(os.environ, XDG_DATA_HOME=data_home, LC_ALL="C.UTF-8")
    env.pop("CALF_CHECK_HISTORY", None)
    return subprocess.run([EXE] + list(args), env=env, input=stdin, capture_output=True, text=True)


ENTRIES = [
    {"kind": "assessment", "uuid": "6f1c1c6e-6a57-4a8e-9a39-0d9d0b3e6a01", "time": "2026-10-01T08:00:00Z",
     "region": "achilles", "side": "left", "triage": "soon", "database_version": "2026.11.0",
     "answers": {"region": "achilles", "side": "left", "findings": {"gradual-onset": True}},
     "causes": [{"id": "achilles-tendinopathy", "likelihood": "Likely"}]},
    {"kind": "session", "uuid": "6f1c1c6e-6a57-4a8e-9a39-0d9d0b3e6a02", "time": "2026-10-02T18:00:00Z",
     "exercise": "calf-stretch-bent-knee", "sets_done": 3, "reps_done": 30, "duration": 420,
     "pain_during": 4, "pain_next_morning": 3, "note": "Felt fine"},
    {"kind": "self-test", "uuid": "6f1c1c6e-6a57-4a8e-9a39-0d9d0b3e6a03", "time": "2026-10-03T09:00:00Z",
     "test": "knee-to-wall", "side": "left", "left": 8, "right": 11.5, "threshold": 10},
    {"kind": "pain", "uuid": "6f1c1c6e-6a57-4a8e-9a39-0d9d0b3e6a04", "time": "2026-10-29T09:00:00Z",
     "pain": 2, "note": "Much better"},
]


def document(entries):
    return json.dumps({"format": "calf-check-history", "version": 1, "entries": entries})


def main():
    with tempfile.TemporaryDirectory() as here, tempfile.TemporaryDirectory() as there:
        result = run(here, "--history")
        ok(result.returncode == 0, "--history on a new computer works")
        doc = json.loads(result.stdout)
        ok(doc["format"] == "calf-check-history" and doc["entries"] == [], "... and is an empty history")
        db = os.path.join(here, "calf-check", "history.db")
        ok(os.stat(db).st_mode & 0o777 == 0o600, "the history file is the owner's only")

        src = os.path.join(here, "import.json")
        with open(src, "w") as f:
            f.write(document(ENTRIES))
        result = run(here, "--import-history", src)
        ok(result.returncode == 0 and "Imported 4 entries; 0 were already there." in result.stdout,
           "--import-history adds four entries: " + result.stdout.strip())
        result = run(here, "--import-history", src)
        ok(result.returncode == 0 and "Imported 0 entries; 4 were already there." in result.stdout,
           "... and none twice")

        result = run(here, "--history", "--format", "json")
        doc = json.loads(result.stdout)
        ok([e["uuid"] for e in doc["entries"]] == [e["uuid"] for e in ENTRIES], "--history json lists them, oldest first")
        ok(doc["entries"][1]["pain_next_morning"] == 3 and doc["entries"][2]["right"] == 11.5,
           "... with their values")

        result = run(here, "--history", "--format", "text")
        ok(result.returncode == 0, "--history --format text works")
        text = result.stdout
        # The assessment's plan counted up to today: the one session done is one of them.
        ok(re.search(r"Pain went from 4 to 2 over 3 weeks\. 1 of (\d+) planned exercise sessions done\.",
                     " ".join(text.split())) is not None, "... with the summary", text[:300])
        ok("Achilles tendon, Left leg" in text and "Achilles tendinopathy" in text, "... names from the database")
        ok("Exercise: Calf stretch" in text, "... the exercise's name")
        ok(text.index("Much better") > text.index("Pain diary"), "... and the pain diary")

        result = run(here, "--history", "--format", "markdown")
        ok(result.returncode == 0 and "| Date | Exercise |" in result.stdout, "--history --format markdown has tables")
        out = os.path.join(here, "history.html")
        result = run(here, "--history", "--format", "html", "--output", out)
        with open(out) as f:
            html = f.read()
        ok(result.returncode == 0 and "<table>" in html and "Felt fine" in html, "--history --format html --output")
        ok(os.stat(out).st_mode & 0o777 == 0o600, "... readable by its owner only")

        # The same as a PDF: every entry, in poppler's reading of the pages.
        out = os.path.join(here, "history.pdf")
        result = run(here, "--history", "--format", "pdf", "--output", out)
        pdf_text = ""
        if result.returncode == 0:
            pdf_text = " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", out, "-"], capture_output=True,
                                               text=True).stdout.split())
        ok(result.returncode == 0 and pdf_text.startswith("Calf Check: your history"),
           "--history --format pdf --output writes the history as a PDF", result.stderr)
        ok(all(words in pdf_text for words in ("Pain went from 4 to 2 over 3 weeks", "Achilles tendinopathy",
                                               "Calf stretch", "Felt fine", "Much better", "Pain diary")),
           "... with the summary and every entry", pdf_text[:600])
        ok(os.stat(out).st_mode & 0o777 == 0o600, "... readable by its owner only")

        # To another computer and back.
        exported = os.path.join(here, "export.json")
        result = run(here, "--export-history", exported)
        ok(result.returncode == 0, "--export-history writes a file")
        result = run(there, "--import-history", exported)
        ok(result.returncode == 0 and "Imported 4 entries" in result.stdout, "... that another computer imports")
        a = json.loads(run(here, "--history").stdout)["entries"]
        b = json.loads(run(there, "--history").stdout)["entries"]
        ok(a == b, "both histories are the same")

        # Refused files: nothing is added, exit status 2, a message that names the file.
        bad = ENTRIES[:1] + [dict(ENTRIES[3], uuid="6f1c1c6e-6a57-4a8e-9a39-0d9d0b3e6a05", pain=12)]
        cases = [
            ("not JSON", "{"),
            ("a list", "[]"),
            ("another format", json.dumps({"format": "x", "version": 1, "entries": []})),
            ("a pain of 12", document(bad)),
            ("a note too long", document([dict(ENTRIES[3], uuid="6f1c1c6e-6a57-4a8e-9a39-0d9d0b3e6a06",
                                               note="x" * 3000)])),
            ("SQL in an id", document([dict(ENTRIES[1], uuid="6f1c1c6e-6a57-4a8e-9a39-0d9d0b3e6a07",
                                            exercise="x'); DROP TABLE sessions; --")])),
            ("a future date", document([dict(ENTRIES[3], uuid="6f1c1c6e-6a57-4a8e-9a39-0d9d0b3e6a08",
                                             time="2099-01-01T00:00:00Z")])),
        ]
        for what, text in cases:
            path = os.path.join(there, "bad.json")
            with open(path, "w") as f:
                f.write(text)
            result = run(there, "--import-history", path)
            after = json.loads(run(there, "--history").stdout)["entries"]
            ok(result.returncode == 2 and "Nothing was imported" in result.stderr or
               result.returncode == 2 and path in result.stderr,
               "a file with %s is refused: %s" % (what, result.stderr.strip()[:120]))
            ok(after == b, "... and nothing changed")
        result = run(there, "--import-history", "/dev/zero")
        ok(result.returncode == 2, "/dev/zero is refused")

        # Commands that do not go together.
        result = run(here, "--history", "--import-history", src)
        ok(result.returncode == 2 and result.stdout == "", "--history with --import-history is refused")
        result = run(here, "--export-history", exported, "--format", "text")
        ok(result.returncode == 2, "--format goes with --history, not --export-history")

        # A newer or damaged file.
        newer = tempfile.mkdtemp(dir=here)
        os.makedirs(os.path.join(newer, "calf-check"))
        path = os.path.join(newer, "calf-check", "history.db")
        con = sqlite3.connect(path)
        con.execute("PRAGMA user_version = 7")
        con.execute("CREATE TABLE x (y)")
        con.commit()
        con.close()
        before = open(path, "rb").read()
        result = run(newer, "--history")
        ok(result.returncode == 2 and "newer version of Calf Check" in result.stderr, "a newer history is reported")
        ok(open(path, "rb").read() == before, "... and left as it is")

        damaged = tempfile.mkdtemp(dir=here)
        os.makedirs(os.path.join(damaged, "calf-check"))
        path = os.path.join(damaged, "calf-check", "history.db")
        with open(path, "w") as f:
            f.write("garbage " * 1000)
        result = run(damaged, "--history")
        ok(result.returncode == 0 and "was damaged. It was kept as" in result.stderr, "a damaged history is set aside")
        kept = [name for name in os.listdir(os.path.join(damaged, "calf-check")) if name.startswith("history-damaged-")]
        ok(len(kept) == 1 and open(os.path.join(damaged, "calf-check", kept[0])).read() == "garbage " * 1000,
           "... and kept whole")

    print("1..%d" % n)


if __name__ == "__main__":
    main()
