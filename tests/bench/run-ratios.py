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
#  - the window (bench-window.c): answer to the first frame of the results
#    page against the question pages, and memory after 8 assessments
#    against the bare window;
#  - instruction counts (perf stat, where it runs) where wall time is
#    noisy: startup, `--assess`;
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
    parser.add_argument("--bench-window")
    parser.add_argument("--source", required=True)
    parser.add_argument("--runs", type=int, default=int(os.environ.get("CALF_BENCH_RUNS", "15")))
    # The 100x assessment takes minutes until the flow is incremental.
    parser.add_argument("--max-scale", type=int, default=int(os.environ.get("CALF_BENCH_MAX_SCALE", "100")))
    # For working on one figure: CALF_BENCH_ONLY=assess (startup, window, assess, growth).
    parser.add_argument("--only", choices=("startup", "window", "assess", "growth"),
                        default=os.environ.get("CALF_BENCH_ONLY") or None)
    args = parser.parse_args()
    wanted = lambda section: args.only is None or args.only == section

    env = dict(os.environ, GSETTINGS_BACKEND="memory")
    env.pop("G_DEBUG", None)

    floor_rss = None
    if wanted("startup") or wanted("window"):
        print("Startup: exec to first frame, %d interleaved runs each, medians" % args.runs)
    for renderer in ("cairo", "gl") if wanted("startup") or wanted("window") else ():
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
        if renderer == "cairo":
            floor_rss = medians(results["floor"])[2]
            print_instructions("calf-check / bare window, cairo", [args.calf_check], [args.floor_window], genv)

    if args.bench_window and wanted("window"):
        window_figures(args, dict(env, GSK_RENDERER="cairo"), floor_rss)

    database = sorted(glob.glob(os.path.join(args.source, "data", "database", "*.json")))
    vignettes = os.path.join(args.source, "tests", "vignettes")
    sample = sorted(f for f in os.listdir(vignettes) if f.endswith(".json"))[0]
    with open(os.path.join(vignettes, sample), encoding="utf-8") as f:
        answers = json.dumps(json.load(f)["input"]).encode("utf-8")
    cenv = dict(env)
    cenv.pop("DISPLAY", None)
    cenv.pop("WAYLAND_DISPLAY", None)

    if wanted("assess"):
        assess_figures(args, database, answers, sample, cenv)
    if wanted("growth"):
        interview_growth(args, cenv, env)


def assess_figures(args, database, answers, sample, cenv):
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
    print_instructions("--format json / reader", [args.calf_check, "--assess", "-", "--format", "json"],
                       [args.floor_reader] + database, cenv, stdin=answers)
    print_instructions("--format pdf / --format json", [args.calf_check, "--assess", "-", "--format", "pdf"],
                       [args.calf_check, "--assess", "-", "--format", "json"], cenv, stdin=answers)


def perf_instructions(argv, env, stdin=None):
    """User-space instructions of one run (perf stat), or None."""
    try:
        proc = subprocess.run(["perf", "stat", "-x,", "-e", "instructions:u", "--"] + argv, env=env,
                              input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120)
    except (OSError, subprocess.TimeoutExpired):
        return None
    for line in proc.stderr.decode(errors="replace").splitlines():
        fields = line.split(",")
        if len(fields) > 2 and fields[2].startswith("instructions") and fields[0].isdigit():
            return int(fields[0])
    return None


def callgrind_instructions(argv, env, stdin=None):
    """Instructions of one run under callgrind (every process it execs
    counted), or None without valgrind."""
    total = 0
    try:
        proc = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                               "--trace-children=yes"] + argv, env=env, input=stdin,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=900)
    except (OSError, subprocess.TimeoutExpired):
        return None
    for line in proc.stderr.decode(errors="replace").splitlines():
        if "Collected :" in line:
            total += int(line.split("Collected :")[1].strip())
    return total or None


def print_instructions(label, app_argv, floor_argv, env, stdin=None):
    """Instruction counts, steady where wall time is noisy: perf stat where
    the machine counts them (median of 3), else callgrind (one run: it is
    deterministic)."""
    for count, runs, tool in ((perf_instructions, 3, "perf"), (callgrind_instructions, 1, "callgrind")):
        app = [count(app_argv, env, stdin) for _ in range(runs)]
        if None in app:
            continue
        floor = [count(floor_argv, env, stdin) for _ in range(runs)]
        if None in floor:
            continue
        a, f = statistics.median(app), statistics.median(floor)
        print("  %-34s instructions %8.1f M vs %8.1f M = %5.2fx (%s)" % (label, a / 1e6, f / 1e6, a / f, tool))
        return
    print("  %-34s instructions: not counted (neither perf stat nor valgrind runs here)" % label)


def window_figures(args, env, floor_rss):
    """bench-window.c: answer to first frame of the page it brings, and
    memory after whole assessments and every exercise page."""
    n = 8
    proc = subprocess.run([args.bench_window, str(n)], env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, timeout=600)
    if proc.returncode != 0:
        print("The window: could not run bench-window (%s)" % proc.stderr.strip()[-500:])
        return
    figures = json.loads([line for line in proc.stdout.splitlines() if line.startswith("{")][-1])
    questions, results = figures["question_frame_ms"], figures["results_frame_ms"]
    print("The window: %d assessments (No to everything), answer to the first frame of the next page" % n)
    print("  results page: median %7.1f ms, max %7.1f ms; question page: median %6.1f ms; "
          "results / question %5.2fx" % (statistics.median(results), max(results), statistics.median(questions),
                                         statistics.median(results) / statistics.median(questions)))
    if floor_rss:
        print("  RSS after %d assessments and every exercise page: %6.1f MiB (peak %6.1f MiB) vs bare window "
              "%6.1f MiB = %5.2fx" % (n, figures["rss_kib"] / 1024, figures["peak_rss_kib"] / 1024,
                                      floor_rss / 1024, figures["rss_kib"] / floor_rss))


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
    asked = []
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
        asked.append((question["id"], answer))
        answers += 1
    proc.stdin.close()
    proc.wait()
    interview_once.asked = asked
    return (time.perf_counter() - start) * 1000, first, answers


def write_saved(folder, person, asked):
    """The window's saved assessment (calf-autosave.c) of the replies in
    @asked, where the window looks for it under XDG_DATA_HOME=@folder."""
    replies = []
    for question, answer in asked:
        if "choice" in answer:
            replies.append({"question": question, "reply": "choice", "choice": answer["choice"]})
        else:
            replies.append({"question": question, "reply": answer["reply"]})
    flow = {"region": person["region"], "side": person.get("side", "left"), "replies": replies}
    for key in ("age", "sex"):
        if key in person:
            flow[key] = person[key]
    os.makedirs(os.path.join(folder, "calf-check"), exist_ok=True)
    with open(os.path.join(folder, "calf-check", "assessment.json"), "w", encoding="utf-8") as f:
        json.dump({"format": "calf-check-assessment", "version": 1, "saved-at": int(time.time()),
                   "flow": flow}, f)


def resume_ratio(args, env, factor, database, person, asked, runs):
    """Startup to first frame with a saved assessment to offer (read and
    replayed on the start page) against the same without one."""
    with tempfile.TemporaryDirectory(prefix="calf-bench-saved-") as saved, \
         tempfile.TemporaryDirectory(prefix="calf-bench-empty-") as empty:
        write_saved(saved, person, asked)
        argv = [args.calf_check] + (["--database", database] if database else [])
        genv = dict(env, GSK_RENDERER="cairo", CALF_CHECK_QUIT_AFTER_FIRST_FRAME="1")
        try:
            results = interleaved(runs, [
                ("plain", lambda: run_once(argv, dict(genv, XDG_DATA_HOME=empty))),
                ("resume", lambda: run_once(argv, dict(genv, XDG_DATA_HOME=saved))),
            ], warmup=1)
        except RuntimeError as e:
            print("  %4dx: resume could not run (%s)" % (factor, e))
            return
        print_ratio("%dx: with a saved assessment / none" % factor, results["resume"], results["plain"])
        # One the window cannot read is set aside (renamed): then nothing was resumed.
        if not os.path.exists(os.path.join(saved, "calf-check", "assessment.json")):
            print("  %4dx: the saved assessment was set aside as unreadable: the figure above is not a resume"
                  % factor)


def interview_growth(args, env, display_env):
    with open(os.path.join(args.source, "tests", "audit", "patients",
                           "calf-strain-netball-mild-swelling.json"), encoding="utf-8") as f:
        person = json.load(f)["person"]
    database = os.path.join(args.source, "data", "database")
    print("A whole assessment through --interview, by database size (medians)")
    rows = []
    saved_runs = []
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
            saved_runs.append((factor, path, list(interview_once.asked)))
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
        print("Resuming: the window's startup with the assessment above saved, against none (same database)")
        for factor, path, asked in saved_runs:
            resume_ratio(args, display_env, factor, path, person, asked, 5 if factor < 100 else 3)


if __name__ == "__main__":
    main()
