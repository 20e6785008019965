#!/usr/bin/env python3
# run-ratios.py
#
# SPDX-FileCopyrightText: 2026 The Calf Check authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Calf Check against floors built in the same tree, measured in the same
# run and interleaved (floor, app, floor, app…), so that the machine's load
# falls on both alike. Prints figures and ratios; it never passes or fails
# on time (exit 0 unless something could not run):
#  - exec to first frame, calf-check vs floor-window (a bare
#    AdwApplicationWindow with the same quit-after-first-frame hook), with
#    the cairo and the GL renderer: wall time, CPU time, peak RSS;
#  - `calf-check --assess` in every format vs floor-reader (GLib and
#    json-glib reading the same database files): wall and CPU time, and
#    PDF against JSON;
#  - a whole assessment through `--interview` on the database scaled 1x,
#    10x and 100x (scale-database.py): time per assessment and per answer,
#    and how it grows with the size (1.0 = linear).
# Needs a display (tests/meson.build runs it in gtk-test-env.sh).

import argparse
import glob
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))


def run_once(argv, env, stdin=None):
    """Wall ms, CPU ms and peak RSS (KiB) of one run of @argv."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if stdin is not None:
        proc.stdin.write(stdin)
        proc.stdin.close()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    err = proc.stderr.read().decode(errors="replace")
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError("%s exited %d: %s" % (" ".join(argv), proc.returncode, err.strip()[-500:]))
    return wall, (usage.ru_utime + usage.ru_stime) * 1000, usage.ru_maxrss


def interleaved(runs, contenders, warmup=2):
    """{name: [(wall, cpu, rss)…]} over @runs rounds of every contender in turn."""
    results = {name: [] for name, _ in contenders}
    for i in range(runs + warmup):
        for name, run in contenders:
            figures = run()
            if i >= warmup:
                results[name].append(figures)
    return results


def medians(samples):
    return [statistics.median(s[k] for s in samples) for k in range(3)]


def print_ratio(label, app, floor):
    a, f = medians(app), medians(floor)
    print("  %-34s wall %7.1f ms vs %7.1f ms = %5.2fx   CPU %7.1f ms vs %7.1f ms = %5.2fx   "
          "peak RSS %6.1f MiB vs %6.1f MiB = %5.2fx"
          % (label, a[0], f[0], a[0] / f[0], a[1], f[1], a[1] / f[1], a[2] / 1024, f[2] / 1024, a[2] / f[2]))
    return a, f


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--calf-check", required=True)
    parser.add_argument("--floor-window", required=True)
    parser.add_argument("--floor-reader", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--runs", type=int, default=int(os.environ.get("CALF_BENCH_RUNS", "15")))
    # The 100x assessment takes minutes until the flow is incremental.
    parser.add_argument("--max-scale", type=int, default=int(os.environ.get("CALF_BENCH_MAX_SCALE", "100")))
    args = parser.parse_args()

    env = dict(os.environ, GSETTINGS_BACKEND="memory")
    env.pop("G_DEBUG", None)

    print("Startup: exec to first frame, %d interleaved runs each, medians" % args.runs)
    for renderer in ("cairo", "gl"):
        genv = dict(env, GSK_RENDERER=renderer, CALF_CHECK_QUIT_AFTER_FIRST_FRAME="1")
        try:
            results = interleaved(args.runs, [
                ("floor", lambda: run_once([args.floor_window], genv)),
                ("app", lambda: run_once([args.calf_check], genv)),
            ])
        except RuntimeError as e:
            print("  %s: could not run (%s)" % (renderer, e))
            continue
        print_ratio("calf-check / bare window, " + renderer, results["app"], results["floor"])

    database = sorted(glob.glob(os.path.join(args.source, "data", "database", "*.json")))
    vignettes = os.path.join(args.source, "tests", "vignettes")
    sample = sorted(f for f in os.listdir(vignettes) if f.endswith(".json"))[0]
    with open(os.path.join(vignettes, sample), encoding="utf-8") as f:
        answers = json.dumps(json.load(f)["input"]).encode("utf-8")
    cenv = dict(env)
    cenv.pop("DISPLAY", None)
    cenv.pop("WAYLAND_DISPLAY", None)

    print("--assess (answers of %s), %d interleaved runs each, medians" % (sample, args.runs))
    contenders = [("floor", lambda: run_once([args.floor_reader] + database, cenv))]
    for fmt in ("json", "text", "markdown", "html", "pdf"):
        contenders.append((fmt, lambda fmt=fmt: run_once([args.calf_check, "--assess", "-", "--format", fmt],
                                                          cenv, stdin=answers)))
    results = interleaved(args.runs, contenders)
    for fmt in ("json", "text", "markdown", "html", "pdf"):
        print_ratio("--format %s / reader" % fmt, results[fmt], results["floor"])
    pdf, json_ = medians(results["pdf"]), medians(results["json"])
    print("  --format pdf / --format json: wall %.2fx, CPU %.2fx" % (pdf[0] / json_[0], pdf[1] / json_[1]))

    interview_growth(args, cenv)


def interview_once(calf_check, database, person, env):
    """Wall ms, ms to the first question (starting and loading the
    database) and number of answers of one whole assessment: No to every
    yes/no question, the last choice, "Not sure" to anything else (a
    person who has none of it, so that every warning sign is asked)."""
    argv = [calf_check, "--interview"] + (["--database", database] if database else [])
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    proc.stdin.write(json.dumps(person) + "\n")
    proc.stdin.flush()
    answers = 0
    first = None
    while True:
        line = proc.stdout.readline()
        if first is None:
            first = (time.perf_counter() - start) * 1000
        if not line:
            raise RuntimeError("--interview ended early: " + proc.stderr.read()[-500:])
        message = json.loads(line)
        if "result" in message:
            break
        if "question" not in message:
            raise RuntimeError("--interview: %s" % message)
        question = message["question"]
        if question["kind"] == "choice":
            answer = {"choice": question["choices"][-1]["id"]}
        elif question["kind"] == "yes-no":
            answer = {"reply": "no"}
        else:
            answer = {"reply": "not-sure"}
        proc.stdin.write(json.dumps(answer) + "\n")
        proc.stdin.flush()
        answers += 1
    proc.stdin.close()
    proc.wait()
    return (time.perf_counter() - start) * 1000, first, answers


def interview_growth(args, env):
    with open(os.path.join(args.source, "tests", "audit", "patients",
                           "calf-strain-netball-mild-swelling.json"), encoding="utf-8") as f:
        person = json.load(f)["person"]
    database = os.path.join(args.source, "data", "database")
    print("A whole assessment through --interview, by database size (medians)")
    rows = []
    with tempfile.TemporaryDirectory(prefix="calf-bench-") as tmp:
        for factor, runs in ((1, 9), (10, 3), (100, 1)):
            if factor > args.max_scale:
                continue
            path = None
            if factor > 1:
                path = os.path.join(tmp, "x%d" % factor)
                subprocess.run([sys.executable, os.path.join(here, "scale-database.py"), database,
                                str(factor), path], check=True)
            samples = [interview_once(args.calf_check, path, person, env) for _ in range(runs)]
            wall = statistics.median(s[0] for s in samples)
            first = statistics.median(s[1] for s in samples)
            answers = samples[0][2]
            # The engine's part: everything after the first question.
            engine = statistics.median(s[0] - s[1] for s in samples)
            rows.append((factor, engine, answers))
            print("  %4dx: %8.1f ms per assessment: %8.1f ms to the first question (start, load), then "
                  "%8.1f ms for %2d answers, %7.2f ms per answer" %
                  (factor, wall, first, engine, answers, engine / answers))
    for factor, engine, answers in rows[1:]:
        per = (engine / answers) / (rows[0][1] / rows[0][2])
        print("  engine per answer %dx vs 1x: %.1fx for %dx the size (growth exponent %.2f; 1.0 = linear)"
              % (factor, per, factor, math.log(per) / math.log(factor)))

if __name__ == "__main__":
    main()
