#!/usr/bin/env python3
# run-bench.py
#
# SPDX-FileCopyrightText: 2026 The Calf Check authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The assessment benchmark (issue 4):
#  1. `calf-check --assess FILE` end to end, including process start and
#     loading the built-in database: median wall time over many runs
#     (target: under 50 ms);
#  2. the engine alone (bench-engine) on the shipped database and on copies
#     scaled 10x and 100x (scale-database.py): median time per evaluation,
#     and the cost per condition, which must not grow with the size.
# Prints figures; it is a benchmark, not a test, so it always exits 0
# unless something could not run.

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--calf-check", required=True)
    parser.add_argument("--bench-engine", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()

    database = os.path.join(args.source, "data", "database")
    vignettes = os.path.join(args.source, "tests", "vignettes")
    sample = sorted(f for f in os.listdir(vignettes) if f.endswith(".json"))[0]
    with open(os.path.join(vignettes, sample), encoding="utf-8") as f:
        answers = json.dumps(json.load(f)["input"]).encode("utf-8")

    env = dict(os.environ, GSETTINGS_BACKEND="memory")
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)

    # 1. End to end.
    times = []
    for i in range(args.runs + 3):
        start = time.perf_counter()
        done = subprocess.run([args.calf_check, "--assess", "-"], input=answers, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        elapsed = (time.perf_counter() - start) * 1000
        if done.returncode != 0:
            sys.exit("calf-check --assess failed: " + done.stderr.decode())
        if i >= 3:  # the first runs warm the page cache
            times.append(elapsed)
    median = statistics.median(times)
    print("calf-check --assess end to end (%d runs): median %.1f ms, min %.1f ms, max %.1f ms (target < 50 ms)%s"
          % (len(times), median, min(times), max(times), "" if median < 50 else "  ** OVER TARGET **"))

    # 2. The engine alone on scaled databases.
    rows = []
    with tempfile.TemporaryDirectory(prefix="calf-bench-") as tmp:
        for factor in (1, 10, 100):
            path = database
            if factor > 1:
                path = os.path.join(tmp, "x%d" % factor)
                subprocess.run([sys.executable, os.path.join(here, "scale-database.py"), database,
                                str(factor), path], check=True)
            rounds = max(8, 400 // factor)
            out = subprocess.run([args.bench_engine, path, vignettes, str(rounds)], check=True,
                                 stdout=subprocess.PIPE, env=env).stdout
            row = json.loads(out)
            row["factor"] = factor
            rows.append(row)

    base = rows[0]["median_us"] / rows[0]["conditions"]
    print("engine alone (median per evaluation over the vignette inputs):")
    for row in rows:
        per = row["median_us"] / row["conditions"]
        print("  %4dx: %5d conditions, %6d findings, %6d questions: %10.1f us per evaluation, "
              "%.3f us per condition (x%.2f of 1x); database load %.0f ms"
              % (row["factor"], row["conditions"], row["findings"], row["questions"], row["median_us"],
                 per, per / base, row["load_ms"]))
    growth = (rows[2]["median_us"] / rows[0]["median_us"]) / (rows[2]["conditions"] / rows[0]["conditions"])
    print("engine time 100x vs 1x, relative to size: %.2f (1.0 = linear)" % growth)

    # Wall time also reflects caches and the machine's load; the work done
    # (instructions, counted by callgrind when asked for) shows the
    # algorithm's growth on its own. 100x takes about 90 s under valgrind.
    if os.environ.get("CALF_BENCH_CALLGRIND") and shutil.which("valgrind"):
        counts = []
        with tempfile.TemporaryDirectory(prefix="calf-bench-") as tmp:
            for factor in (1, 10, 100):
                path = database
                if factor > 1:
                    path = os.path.join(tmp, "x%d" % factor)
                    subprocess.run([sys.executable, os.path.join(here, "scale-database.py"), database,
                                    str(factor), path], check=True)
                out = os.path.join(tmp, "callgrind.out")
                done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out,
                                       "--toggle-collect=calf_engine_evaluate", args.bench_engine, path,
                                       vignettes, "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                      env=env, check=True)
                match = re.search(r"Collected : (\d+)", done.stderr.decode())
                evaluations = json.loads(done.stdout)["evaluations"]
                counts.append((factor, int(match.group(1)) / evaluations))
        for factor, count in counts:
            print("  %4dx: %.0f instructions per evaluation (x%.1f of 1x)" % (factor, count, count / counts[0][1]))


if __name__ == "__main__":
    main()
