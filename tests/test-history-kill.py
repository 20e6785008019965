#!/usr/bin/env python3
# test-history-kill.py HISTORY-WRITER
#
# SPDX-FileCopyrightText: 2026 The Calf Check authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Issue 15: 50 times, history-writer adds entries to one history and is
# killed with SIGKILL at a random moment. After each kill the file passes
# PRAGMA integrity_check, every entry the writer acknowledged is there,
# and the next writer opens it without setting it aside.

import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

ROUNDS = 50


def main():
    writer = sys.argv[1]
    seed = int(os.environ.get("CALF_TEST_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    print("# seed %d (CALF_TEST_SEED=%d repeats it)" % (seed, seed))
    acknowledged = set()

    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "calf-check", "history.db")
        for n in range(ROUNDS):
            proc = subprocess.Popen([writer, path, "round%d" % n], stdout=subprocess.PIPE, text=True)
            # Let it open the file and write for a while: 0 to 150 ms.
            time.sleep(rng.uniform(0.0, 0.15))
            proc.send_signal(signal.SIGKILL)
            out, _ = proc.communicate()
            if proc.returncode not in (-signal.SIGKILL, 0):
                sys.exit("round %d: the writer failed with %d: %s" % (n, proc.returncode, out[-300:]))
            lines = out.splitlines()
            if "SET ASIDE" in lines:
                sys.exit("round %d: the history was set aside as damaged" % n)
            # The last line may be cut short by the kill: it was not acknowledged.
            if out and not out.endswith("\n"):
                lines = lines[:-1]
            acknowledged.update(lines)

            if not os.path.exists(path):
                continue
            db = sqlite3.connect(path)
            try:
                check = db.execute("PRAGMA integrity_check").fetchall()
                if check != [("ok",)]:
                    sys.exit("round %d: integrity_check says %r" % (n, check))
                tables = set(row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
                if not tables:
                    # Killed before the first schema was committed: nothing
                    # can have been acknowledged yet.
                    notes = set()
                else:
                    notes = set(row[0] for row in db.execute(
                        "SELECT note FROM pain_entries UNION ALL SELECT note FROM sessions"))
            finally:
                db.close()
            missing = acknowledged - notes
            if missing:
                sys.exit("round %d: %d acknowledged entries are missing, e.g. %s"
                         % (n, len(missing), sorted(missing)[:3]))
            print("ok %d - %d entries acknowledged so far, all there, integrity ok" % (n + 1, len(acknowledged)))

    if len(acknowledged) < ROUNDS:
        sys.exit("too few entries were written (%d) for the test to mean anything" % len(acknowledged))
    print("1..%d" % ROUNDS)


if __name__ == "__main__":
    main()
