#!/usr/bin/python3
# test-cli.py
#
# SPDX-FileCopyrightText: 2026 The Calf Check authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The command line of calf-check (issue 3): --list, --validate-database and
# --database, run without any display. Prints TAP.
#
# Usage: test-cli.py CALF_CHECK_EXE SOURCE_DIR

import json
import os
import shutil
import subprocess
import sys
import tempfile

EXE = sys.argv[1]
SOURCE_DIR = sys.argv[2]
SHIPPED = os.path.join(SOURCE_DIR, 'data', 'database')
FIXTURES = os.path.join(SOURCE_DIR, 'tests', 'databases')
MINIMAL = os.path.join(FIXTURES, 'valid', 'minimal.json')

REGIONS = {
    'back-of-knee': 'Behind the knee',
    'upper-calf-inner': 'Upper calf, inner side',
    'upper-calf-outer': 'Upper calf, outer side',
    'mid-calf': 'Middle of the calf',
    'lower-calf': 'Lower calf',
    'achilles': 'Achilles tendon',
    'heel': 'Back of the heel',
    'whole-lower-leg': 'Whole calf or lower leg',
}

CONDITIONS = [
    'calf-strain', 'calf-cramp', 'bakers-cyst', 'achilles-tendinopathy', 'achilles-rupture', 'dvt',
    'nerve-root-irritation', 'muscle-imbalance', 'peripheral-artery-disease',
    'popliteal-artery-entrapment', 'chronic-exertional-compartment-syndrome',
    'acute-compartment-syndrome', 'acute-limb-ischaemia', 'benign-fasciculation', 'restless-legs',
    'trigger-points', 'cellulitis', 'superficial-thrombophlebitis',
]

FINDINGS = [
    'sudden-onset-during-activity', 'felt-pop-or-kick', 'gradual-onset', 'training-increase',
    'recent-leg-injury', 'duration-days', 'pain-at-rest', 'pain-walking-eases-with-rest',
    'pain-starts-when-still', 'pain-uphill-or-hurrying', 'pain-at-fixed-exercise-point',
    'night-symptoms', 'cramp-episodes', 'muscle-twitching', 'urge-to-move-legs',
    'pain-worse-toes-pulled-up', 'morning-stiffness', 'pain-score', 'bruising',
    'calf-swelling-one-side', 'whole-leg-swollen', 'lump-behind-knee', 'red-warm-skin',
    'spreading-redness', 'red-tender-cord', 'tender-knot', 'tendon-thickening', 'gap-in-tendon',
    'calf-tightness', 'cannot-tiptoe', 'pain-on-tiptoe', 'hard-to-walk', 'squeeze-test-no-movement',
    'heel-raise-count', 'knee-to-wall-cm', 'pins-and-needles', 'pain-from-back-or-buttock',
    'back-pain', 'foot-weakness', 'recent-surgery-or-immobilisation', 'long-journey',
    'previous-clot', 'active-cancer', 'pregnancy-or-oestrogen', 'smoker', 'diabetes',
    'vascular-risk', 'knee-arthritis-or-swelling', 'heavy-sweating-or-dehydration',
    'breathless-or-chest-pain', 'cold-pale-foot', 'tense-calf-severe-pain', 'fever-unwell',
    'saddle-numbness-or-bladder', 'sciatica-both-legs', 'rest-pain-in-foot', 'colour-change-or-sore',
]

results = []


def run(*args, timeout=30):
    env = dict(os.environ)
    # No display: the command line must work before GTK is initialised.
    for name in ('DISPLAY', 'WAYLAND_DISPLAY'):
        env.pop(name, None)
    env['LC_ALL'] = 'C.UTF-8'
    proc = subprocess.run([EXE, *args], env=env, capture_output=True, timeout=timeout)
    return proc.returncode, proc.stdout.decode('utf-8'), proc.stderr.decode('utf-8')


def check(name, condition, detail=''):
    results.append((name, bool(condition), detail))


def check_listing(kind, database=None):
    args = ['--list', kind] + (['--database', database] if database else [])
    code, out, err = run(*args)
    check(f'--list {kind} exits 0', code == 0, err)
    try:
        items = json.loads(out)
    except ValueError as e:
        check(f'--list {kind} prints valid JSON', False, str(e))
        return []
    check(f'--list {kind} prints a JSON array of objects',
          isinstance(items, list) and len(items) > 0 and all(isinstance(i, dict) for i in items))
    check(f'--list {kind}: every entry has a non-empty id and name',
          all(isinstance(i.get('id'), str) and i['id'] and isinstance(i.get('name'), str) and i['name']
              for i in items))
    ids = [i['id'] for i in items]
    check(f'--list {kind}: ids are unique', len(ids) == len(set(ids)))
    return items


def expect_bad_input(name, *args, stderr_has=None):
    code, out, err = run(*args)
    check(f'{name}: exit status 2', code == 2, f'exit {code}')
    check(f'{name}: nothing on stdout', out == '', out[:200])
    check(f'{name}: a message on stderr', err.strip() != '')
    if stderr_has is not None:
        check(f'{name}: stderr names the problem', stderr_has in err, err[:400])
    return err


# --list on the shipped database
regions = check_listing('regions')
check('--list regions: exactly the eight contract regions with their names',
      {r['id']: r['name'] for r in regions} == REGIONS, json.dumps(regions)[:300])

conditions = check_listing('conditions')
missing = set(CONDITIONS) - {c['id'] for c in conditions}
check('--list conditions: every contract condition', not missing, ', '.join(sorted(missing)))

findings = check_listing('findings')
missing = set(FINDINGS) - {f['id'] for f in findings}
check('--list findings: every contract finding', not missing, ', '.join(sorted(missing)))
check('--list findings: each has a type', all(f.get('type') in ('boolean', 'number') for f in findings))

exercises = check_listing('exercises')

# --database with the fixtures
minimal_regions = check_listing('regions', MINIMAL)
check('--database FILE --list regions uses that file',
      [r['id'] for r in minimal_regions] == ['achilles', 'mid-calf'])
folder_findings = check_listing('findings', os.path.join(FIXTURES, 'valid-folder'))
check('--database FOLDER --list findings merges the files',
      [f['id'] for f in folder_findings][:3] == ['felt-pop-or-kick', 'breathless-or-chest-pain', 'pain-score'])

# --validate-database
for name, path in (('shipped database', SHIPPED), ('valid file', MINIMAL),
                   ('valid folder', os.path.join(FIXTURES, 'valid-folder'))):
    code, out, err = run('--validate-database', path)
    check(f'--validate-database {name}: exit 0 and OK', code == 0 and out == 'OK\n', err[:400])

broken_dir = os.path.join(FIXTURES, 'broken')
for name in sorted(os.listdir(broken_dir)):
    path = os.path.join(broken_dir, name)
    err = expect_bad_input(f'--validate-database broken/{name}', '--validate-database', path)
    lines = [line for line in err.split('\n') if line]
    check(f'--validate-database broken/{name}: every line names the file',
          lines and all(line.startswith(path + ':') for line in lines), err[:400])

expect_bad_input('--validate-database with a syntax error gives line and column',
                 '--validate-database', os.path.join(broken_dir, 'syntax-trailing-comma.json'),
                 stderr_has='syntax-trailing-comma.json:105:115: ')
expect_bad_input('--validate-database missing path', '--validate-database',
                 os.path.join(FIXTURES, 'no-such-file.json'), stderr_has='no-such-file.json')
expect_bad_input('--list with a broken --database', '--list', 'regions', '--database',
                 os.path.join(broken_dir, 'unknown-key.json'), stderr_has='unknown key "recovry"')
expect_bad_input('--list with a missing --database', '--list', 'regions', '--database',
                 os.path.join(FIXTURES, 'missing'))
expect_bad_input('--list of an unknown type', '--list', 'muscles', stderr_has='muscles')
expect_bad_input('--list and --validate-database together', '--list', 'regions',
                 '--validate-database', MINIMAL)

with tempfile.TemporaryDirectory() as tmp:
    huge = os.path.join(tmp, 'huge.json')
    with open(huge, 'w') as f:
        f.write('{"schema_version": 1, "database_version": "' + 'x' * (10 * 1024 * 1024) + '"}')
    expect_bad_input('--validate-database a 10 MB file', '--validate-database', huge,
                     stderr_has='file larger than')

    deep = os.path.join(tmp, 'deep.json')
    with open(deep, 'w') as f:
        f.write('[' * 100000)
    expect_bad_input('--validate-database 100000 nested arrays', '--validate-database', deep,
                     stderr_has='nested more than 32 levels deep')

    empty_folder = os.path.join(tmp, 'empty')
    os.mkdir(empty_folder)
    expect_bad_input('--validate-database a folder without .json files', '--validate-database',
                     empty_folder, stderr_has='no .json files')

# The PDF writer is a module calf-check loads beside itself (issue 14): one
# that cannot be loaded is an error in words, and nothing is written.
with tempfile.TemporaryDirectory() as tmp:
    lone = os.path.join(tmp, 'calf-check')
    shutil.copy2(EXE, lone)
    with open(os.path.join(tmp, 'calf-check-pdf.so'), 'wb') as f:
        f.write(b'not a shared object')
    answers = os.path.join(tmp, 'answers.json')
    with open(answers, 'w') as f:
        json.dump({'region': 'achilles', 'side': 'left', 'findings': {}}, f)
    pdf = os.path.join(tmp, 'report.pdf')
    env = dict(os.environ, LC_ALL='C.UTF-8')
    env.pop('DISPLAY', None)
    proc = subprocess.run([lone, '--assess', answers, '--format', 'pdf', '--output', pdf],
                          env=env, capture_output=True, timeout=30)
    err = proc.stderr.decode('utf-8')
    check('a broken PDF writer module: a non-zero exit', proc.returncode != 0, f'exit {proc.returncode}')
    check('a broken PDF writer module: the message says what to do',
          'The PDF writer could not be loaded' in err and 'choose another format' in err, err[:400])
    check('a broken PDF writer module: no file written', not os.path.exists(pdf))
    proc = subprocess.run([lone, '--assess', answers, '--format', 'html', '--output', pdf + '.html'],
                          env=env, capture_output=True, timeout=30)
    check('a broken PDF writer module: other formats still work',
          proc.returncode == 0 and os.path.getsize(pdf + '.html') > 0, proc.stderr.decode('utf-8')[:400])

print(f'1..{len(results)}')
for number, (name, ok, detail) in enumerate(results, 1):
    print(f'{"ok" if ok else "not ok"} {number} - {name}')
    if not ok and detail:
        for line in str(detail).splitlines():
            print(f'# {line}')
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
