#!/usr/bin/python3
# tests/audit/run-audit.py
#
# SPDX-FileCopyrightText: 2026 The Calf Check authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The simulated-patient audit (issue 11): every patient in patients/ is
# interviewed through `calf-check --interview`, answering each question
# from the patient's truth the way a person would, the way symptom
# checkers are audited (Semigran et al., BMJ 2015; Gilbert et al., BMJ Open
# 2020). Three ways of answering:
#
#   clean     every answer from the truth;
#   unsure    each definite answer turned to "Not sure" with probability
#             0.2 (5 seeds);
#   wrong     one yes/no answer flipped, chosen at random (5 seeds).
#
# It prints, per way: top-1, top-3, exact triage, under- and over-triage,
# emergencies escalated, exercises shown at urgent or emergency, and the
# questions asked (mean, median, max). With --check it also fails (exit 1)
# when a safety floor or a target is not met; `meson test` runs it so, and
# `meson test --benchmark` prints the figures.
#
# Usage: run-audit.py CALF_CHECK_EXE PATIENTS_DIR [--check] [--seeds N]
#        [--only ID] [--verbose] [--database PATH]

import argparse
import concurrent.futures
import glob
import json
import os
import random
import statistics
import subprocess
import sys

LEVELS = ['self-care', 'soon', 'urgent', 'emergency']
RANK = {level: i for i, level in enumerate(LEVELS)}

# The safety floors of issue 11, which `--check` asserts on our own
# patients: no under-triage on clean answers and every emergency
# escalated; with "Not sure" noise at most 2% under-triaged and no
# emergency below urgent; with one wrong answer at most 5% and never an
# emergency sent to self-care; never an exercise at urgent or emergency,
# never more than 25 questions; "about N questions left" never rising and
# at most one run in twenty told 5 or more too few.
FLOORS = {
    'clean': {'under': 0.0, 'emergency_escalated': 1.0},
    'unsure': {'under': 0.02, 'emergency_below_urgent': 0},
    'wrong': {'under': 0.05, 'emergency_to_self_care': 0},
    'all': {'exercises_at_urgent': 0, 'max_questions': 25, 'count_rose': 0, 'count_short_by_5': 0.05},
}

# The targets for sharpness and length, asserted by `--check` too
# so that a change to the database or the flow cannot quietly lose them:
# top-1 and top-3 on clean answers, and at most 14 questions for half the
# people (clean answers, and all runs together).
TARGETS = {
    'clean': {'top1': 0.90, 'top3': 0.97, 'median_questions': 14},
    'all': {'median_questions': 14},
}


class Patient:
    def __init__(self, path):
        with open(path) as f:
            data = json.load(f)
        self.path = path
        self.id = data['id']
        self.person = data['person']
        self.truth = data['truth']
        self.unknown = data.get('unknown', 'not-sure')
        self.expect = data['expect']
        assert self.unknown in ('not-sure', 'no'), path
        for level in self.expect['triage']:
            assert level in LEVELS, path


def definite_answer(patient, question):
    """What the patient would answer from the truth, or None when the truth
    does not say (then the patient's "unknown" policy decides)."""
    kind = question['kind']
    truth = patient.truth
    if kind == 'yes-no':
        value = truth.get(question['finding'])
        if isinstance(value, bool):
            return {'reply': 'yes' if value else 'no'}
        return None
    if kind == 'number':
        value = truth.get(question['finding'])
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return {'number': value}
        return None
    # A choice: the one whose findings agree best with the truth and
    # contradict nothing.
    best, best_score = None, 0
    for choice in question['choices']:
        sets = choice['findings']
        if not sets:
            continue
        score = 0
        consistent = True
        for finding, value in sets.items():
            if finding in truth:
                if truth[finding] == value:
                    score += 1
                else:
                    consistent = False
            elif value is True:
                consistent = False
        if consistent and score > best_score:
            best, best_score = choice, score
    return {'choice': best['id']} if best is not None else None


def unsure_answer(question):
    if question['kind'] == 'choice':
        for choice in question['choices']:
            if not choice['findings']:
                return {'choice': choice['id']}
        return {'choice': question['choices'][-1]['id']}
    return {'reply': 'not-sure'}


def default_answer(patient, question):
    """An answer for what the truth does not describe: "Not sure", or for
    people who deny what they do not have, "No" (a choice that says none
    of it, such as "Neither", where there is one)."""
    if patient.unknown == 'no':
        if question['kind'] == 'yes-no':
            return {'reply': 'no'}
        if question['kind'] == 'choice':
            for choice in question['choices']:
                if choice['findings'] and not any(v is True for v in choice['findings'].values()):
                    return {'choice': choice['id']}
    return unsure_answer(question)


def interview(exe, patient, mode, seed):
    rng = random.Random(f'{patient.id}/{mode}/{seed}')
    flip_at = None
    if mode == 'wrong':
        # One of the definite yes/no answers, chosen at random among those
        # the clean run gives (known from a first pass).
        n = clean_yes_no_count(exe, patient)
        flip_at = rng.randrange(n) if n > 0 else None

    proc = subprocess.Popen([exe, '--interview'] + DATABASE, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=audit_env())
    try:
        proc.stdin.write(json.dumps(patient.person) + '\n')
        proc.stdin.flush()
        yes_no_seen = 0
        flipped = None
        noised = []
        asked = []
        shown = []
        while True:
            line = proc.stdout.readline()
            if not line:
                raise RuntimeError(f'{patient.id}: the interview ended early: {proc.stderr.read()}')
            message = json.loads(line)
            if 'error' in message:
                raise RuntimeError(f'{patient.id}: {message["error"]}')
            if 'result' in message:
                proc.stdin.close()
                # A sanitizer or a crash on the way out fails the audit too.
                if proc.wait(timeout=60) != 0:
                    raise RuntimeError(f'{patient.id}: calf-check exited {proc.returncode}: {proc.stderr.read()}')
                return {'result': message['result'], 'questions': message['questions_asked'],
                        'asked': asked, 'flipped': flipped, 'noised': noised, 'shown': shown}
            question = message['question']
            shown.append(message['remaining'])
            answer = definite_answer(patient, question)
            definite_yes_no = answer is not None and 'reply' in answer
            if answer is None:
                answer = default_answer(patient, question)
            elif mode == 'unsure' and rng.random() < 0.2:
                answer = unsure_answer(question)
                noised.append(question['id'])
            elif mode == 'wrong' and definite_yes_no:
                if yes_no_seen == flip_at:
                    answer = {'reply': 'no' if answer['reply'] == 'yes' else 'yes'}
                    flipped = question['id']
                yes_no_seen += 1
            asked.append((question['id'], answer, definite_yes_no))
            proc.stdin.write(json.dumps(answer) + '\n')
            proc.stdin.flush()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


# --database PATH, passed on to calf-check (to audit another database).
DATABASE = []

_clean_counts = {}


def clean_yes_no_count(exe, patient):
    """How many definite yes/no answers the clean interview gives."""
    if patient.id not in _clean_counts:
        run = interview(exe, patient, 'clean', 0)
        _clean_counts[patient.id] = sum(1 for _, _, definite in run['asked'] if definite)
    return _clean_counts[patient.id]


def audit_env():
    env = dict(os.environ)
    for name in ('DISPLAY', 'WAYLAND_DISPLAY'):
        env.pop(name, None)
    env['LC_ALL'] = 'C.UTF-8'
    env.pop('LANGUAGE', None)
    return env


def score(patient, run):
    result = run['result']
    level = result['triage']['level']
    expected = patient.expect['triage']
    top = [c['id'] for c in result['conditions']]
    top1_ok = bool(top) and top[0] in patient.expect['top1']
    if 'top3' in patient.expect:
        top3_ok = all(c in top[:3] for c in patient.expect['top3'])
    else:
        top3_ok = any(c in top[:3] for c in patient.expect['top1'])
    return {
        'patient': patient.id,
        'level': level,
        'expected': expected,
        'under': RANK[level] < min(RANK[e] for e in expected),
        'over': RANK[level] > max(RANK[e] for e in expected),
        'exact': level in expected,
        'top1': top1_ok,
        'top3': top3_ok,
        'top': top[:3],
        'emergency_expected': 'emergency' in expected and len(expected) == 1,
        'exercises_at_urgent': RANK[level] >= RANK['urgent'] and len(result['exercises']) > 0,
        'questions': run['questions'],
        'flipped': run.get('flipped'),
        'noised': run.get('noised', []),
        'unknown': patient.unknown,
        # The "about N questions left" shown before each answer, against
        # how many were in fact left (the one on screen included).
        'count_errors': [n - (len(run['shown']) - i) for i, n in enumerate(run['shown'])],
        'count_rose': any(b > a for a, b in zip(run['shown'], run['shown'][1:])),
    }


def summarise(name, scores):
    n = len(scores)
    emergencies = [s for s in scores if s['emergency_expected']]
    questions = [s['questions'] for s in scores]
    figures = {
        'runs': n,
        'top1': sum(s['top1'] for s in scores) / n,
        'top3': sum(s['top3'] for s in scores) / n,
        'exact': sum(s['exact'] for s in scores) / n,
        'under': sum(s['under'] for s in scores) / n,
        'over': sum(s['over'] for s in scores) / n,
        'emergency_escalated': (sum(s['level'] == 'emergency' for s in emergencies) / len(emergencies)
                                if emergencies else 1.0),
        'emergency_below_urgent': sum(RANK[s['level']] < RANK['urgent'] for s in emergencies),
        'emergency_to_self_care': sum(s['level'] == 'self-care' for s in emergencies),
        'exercises_at_urgent': sum(s['exercises_at_urgent'] for s in scores),
        'mean_questions': statistics.mean(questions),
        'median_questions': statistics.median(questions),
        'max_questions': max(questions),
        'count_within_3': (sum(abs(e) <= 3 for s in scores for e in s['count_errors']) /
                           max(1, sum(len(s['count_errors']) for s in scores))),
        'count_short_by_5': sum(any(e <= -5 for e in s['count_errors']) for s in scores) / n,
        'count_rose': sum(s['count_rose'] for s in scores),
    }
    print(f'{name:8s} runs {n:4d}  top-1 {figures["top1"]:6.1%}  top-3 {figures["top3"]:6.1%}  '
          f'triage exact {figures["exact"]:6.1%}  under {figures["under"]:5.1%}  over {figures["over"]:5.1%}  '
          f'emergencies escalated {figures["emergency_escalated"]:6.1%} '
          f'(below urgent {figures["emergency_below_urgent"]}, to self-care {figures["emergency_to_self_care"]})  '
          f'exercises at urgent+ {figures["exercises_at_urgent"]}  '
          f'questions mean {figures["mean_questions"]:.1f} median {figures["median_questions"]:g} '
          f'max {figures["max_questions"]} (answering "No" to the undescribed: median '
          f'{statistics.median([s["questions"] for s in scores if s["unknown"] == "no"] or [0]):g}, '
          f'"Not sure": {statistics.median([s["questions"] for s in scores if s["unknown"] != "no"] or [0]):g})  '
          f'"about N left" within 3 {figures["count_within_3"]:.0%}, 5+ short in {figures["count_short_by_5"]:.0%} '
          f'of runs, rose {figures["count_rose"]}')
    return figures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('exe')
    parser.add_argument('patients')
    parser.add_argument('--check', action='store_true')
    parser.add_argument('--seeds', type=int, default=5)
    parser.add_argument('--only')
    parser.add_argument('--verbose', '-v', action='count', default=0)
    parser.add_argument('--jobs', type=int, default=os.cpu_count() or 2)
    parser.add_argument('--database')
    args = parser.parse_args()
    if args.database:
        DATABASE.extend(['--database', args.database])

    patients = [Patient(p) for p in sorted(glob.glob(os.path.join(args.patients, '*.json')))]
    if args.only:
        patients = [p for p in patients if args.only in p.id]
    print(f'{len(patients)} patients, {sum(p.unknown == "not-sure" for p in patients)} answering '
          f'"Not sure" to anything not described')

    jobs = [(p, 'clean', 0) for p in patients]
    for seed in range(1, args.seeds + 1):
        jobs += [(p, 'unsure', seed) for p in patients]
        jobs += [(p, 'wrong', seed) for p in patients]

    scores = {'clean': [], 'unsure': [], 'wrong': []}
    failures = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = {pool.submit(interview, args.exe, p, mode, seed): (p, mode, seed) for p, mode, seed in jobs}
        for future in concurrent.futures.as_completed(futures):
            patient, mode, seed = futures[future]
            run = future.result()
            s = score(patient, run)
            s['seed'] = seed
            scores[mode].append(s)
            if args.verbose > 1 or (args.verbose and (s['under'] or not s['top1'] or not s['top3'])):
                print(f'  {mode}/{seed} {patient.id}: {s["level"]} (expected {"/".join(s["expected"])}), '
                      f'top {s["top"]}, {s["questions"]} questions'
                      + (f', flipped {s["flipped"]}' if s['flipped'] else ''))

    figures = {mode: summarise(mode, scores[mode]) for mode in scores}
    everything = [s for mode in scores for s in scores[mode]]
    figures['all'] = summarise('all', everything)

    for mode in ('clean', 'unsure', 'wrong'):
        for s in sorted(scores[mode], key=lambda s: (s['patient'], s['seed'])):
            if s['under']:
                print(f'UNDER-TRIAGE {mode}/{s["seed"]}: {s["patient"]} got {s["level"]}, expected '
                      f'{"/".join(s["expected"])}' + (f' (flipped {s["flipped"]})' if s['flipped'] else '')
                      + (f' (not sure: {", ".join(s["noised"])})' if s['noised'] else ''))

    missed = [f'TARGET NOT MET: {mode}: {message}'
              for mode, targets in TARGETS.items() for message in unmet(figures[mode], targets)]
    if not args.check:
        for message in missed:
            print(message)
        return 0

    for mode, floors in FLOORS.items():
        failures += [f'FLOOR NOT MET: {mode}: {message}' for message in unmet(figures[mode], floors)]
    failures += missed
    for failure in failures:
        print(failure)
    if not failures:
        print('All safety floors and targets met.')
    return 1 if failures else 0


def unmet(figures, limits):
    messages = []
    for key, limit in limits.items():
        value = figures[key]
        higher_is_better = key in ('top1', 'top3', 'emergency_escalated')
        if not (value >= limit if higher_is_better else value <= limit):
            messages.append(f'{key} is {value:.3g}, the limit is {limit:g}')
    return messages


if __name__ == '__main__':
    sys.exit(main())
