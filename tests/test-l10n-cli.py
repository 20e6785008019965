#!/usr/bin/python3
# test-l10n-cli.py
#
# SPDX-FileCopyrightText: 2026 The Calf Check authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The command line in every language of po/LINGUAS (issue 16), as someone
# whose desktop speaks it would run it (LANGUAGE=de): region names, --help,
# a whole report in each format from title to references, a date in the
# translation's own pattern and decimal commas where the language has them.
# "Translated" is judged against the build's own catalogue: the output
# must hold the translations and none of the English messages they replace.
# Prints TAP.
#
# Usage: test-l10n-cli.py CALF_CHECK_EXE SOURCE_DIR LOCALEDIR

import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calf_l10n import catalogue, english_desktop_env, english_left, html_text, languages, locale_env, references  # noqa: E402

EXE, SOURCE_DIR, LOCALEDIR = sys.argv[1:4]
VIGNETTES = os.path.join(SOURCE_DIR, 'tests', 'vignettes')
QUOTED = references(SOURCE_DIR)

# A case for each kind of report: an emergency, with the numbers in its
# advice; an urgent one; a self-care one with exercises and a decimal age.
CASES = {
    'emergency': 'acute-compartment-syndrome-after-extreme-workout.json',
    'urgent': 'achilles-rupture-badminton-squeeze-test.json',
    'self-care': 'achilles-tendinopathy-runner-over-a-year.json',
}

n = 0
failed = 0


def ok(good, what, detail=''):
    global n, failed
    n += 1
    print(('ok' if good else 'not ok') + f' {n} - {what}')
    if not good:
        failed += 1
        for line in str(detail).splitlines()[:40]:
            print('# ' + line)


TMP = tempfile.mkdtemp(prefix='calf-l10n-')


def run(lang, *args, extra_env=None):
    """calf-check on an English desktop that prefers @lang's messages
    (LANGUAGE), or plain English for ''."""
    env = dict(os.environ)
    env.update({'LC_ALL': 'C.UTF-8', 'LANGUAGE': '', 'CALF_CHECK_LOCALEDIR': LOCALEDIR})
    if lang:
        env.update(english_desktop_env(lang, TMP))
    env.update(extra_env or {})
    return subprocess.run([EXE, *args], capture_output=True, text=True, env=env, timeout=60)


def pdf_language(path):
    """The /Lang of the catalogue the PDF's last trailer names, read
    through its cross-reference table as a reader does, or a reason why
    there is none; and poppler must read the file without a complaint."""
    with open(path, 'rb') as f:
        data = f.read()
    info = subprocess.run(['pdfinfo', path], capture_output=True, text=True)
    if info.returncode != 0 or info.stderr:
        return 'pdfinfo: ' + info.stderr
    trailer = data[data.rindex(b'trailer'):]
    root = int(re.search(rb'/Root (\d+) 0 R', trailer).group(1))
    xref = int(re.search(rb'startxref\s+(\d+)', trailer).group(1))
    offset = None
    while offset is None:
        section = data[xref:]
        m = re.match(rb'xref\s+', section)
        if not m:
            return 'no cross-reference table at %d' % xref
        pos = m.end()
        while True:
            sub = re.match(rb'(\d+) (\d+)\s*\n', section[pos:])
            if not sub:
                break
            first, count = int(sub.group(1)), int(sub.group(2))
            pos += sub.end()
            for i in range(count):
                if first + i == root:
                    offset = int(section[pos + 20 * i:pos + 20 * i + 10])
            pos += 20 * count
        if offset is None:
            prev = re.search(rb'/Prev (\d+)', section[pos:section.index(b'startxref')])
            if not prev:
                return 'the catalogue is in no table'
            xref = int(prev.group(1))
    obj = data[offset:data.index(b'endobj', offset)]
    if not obj.startswith(b'%d 0 obj' % root):
        return 'the table points at %r, not the catalogue' % obj[:20]
    m = re.search(rb'/Lang \(([^)]*)\)', obj)
    return m.group(1).decode() if m else 'the catalogue has no /Lang'


def input_file(tmp, name):
    with open(os.path.join(VIGNETTES, name), encoding='utf-8') as f:
        case = json.load(f)
    path = os.path.join(tmp, name)
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(case['input'], f)
    return path


def date_forms(fmt):
    """The report's date, now and a minute ago, in @fmt (numeric codes)."""
    now = datetime.datetime.now()
    return {(now - datetime.timedelta(minutes=m)).strftime(fmt) for m in (0, 1)}


def check_language(lang, tmp):
    try:
        t = catalogue(LOCALEDIR, lang)
    except OSError as e:
        ok(False, f'{lang}: the build holds its catalogue', e)
        return
    catalog = t._catalog

    # Region names.
    english = json.loads(run('', '--list', 'regions').stdout)
    proc = run(lang, '--list', 'regions')
    regions = json.loads(proc.stdout)
    wrong = [(e['name'], r['name']) for e, r in zip(english, regions)
             if r['name'] != t.gettext(e['name']) or r['name'] == e['name']]
    ok(proc.returncode == 0 and len(regions) == len(english) and not wrong,
       f'{lang}: --list regions gives every region name translated', wrong)

    # --help: the options' descriptions are ours, "Usage" is GLib's.
    proc = run(lang, '--help')
    left = english_left(catalog, proc.stdout)
    english_help = 'Use this database file or folder instead of the built-in one'
    described = t.gettext(english_help)
    ok(proc.returncode == 0 and described != english_help and described in proc.stdout and not left,
       f'{lang}: --help describes the options in the language', left or proc.stdout)

    for level, name in CASES.items():
        path = input_file(tmp, name)
        result = json.loads(run('', '--assess', path, '--format', 'json').stdout)
        title = result['triage']['title']
        ok(t.gettext(title) != title, f'{lang}: {level}: the catalogue translates "{title}"')

        proc = run(lang, '--assess', path, '--format', 'text')
        text = proc.stdout
        ok(proc.returncode == 0 and t.gettext(title) in text and title not in text,
           f'{lang}: {level}: the triage title is translated', text[:800])
        left = english_left(catalog, text, QUOTED)
        ok(not left, f'{lang}: {level}: no English message from title to references', left)

        date_format = t.pgettext('report date', '%-d %B %Y, %H:%M')
        months = [m for m in ('January', 'February', 'March', 'April', 'May', 'June', 'July',
                              'August', 'September', 'October', 'November', 'December') if m in text]
        ok(not months, f'{lang}: {level}: no English month name', months)
        ok(any(d in text for d in date_forms(date_format)),
           f'{lang}: {level}: the date follows the translation\'s pattern "{date_format}"',
           text[:300])

        if level == 'emergency':
            ok(all(number in text for number in ('112', '999', '911')),
               f'{lang}: the emergency numbers are the same in every language', text[:800])

        if level == 'self-care':
            # An age of 41.5 years is printed with the language's decimal mark.
            with open(path, encoding='utf-8') as f:
                answers = json.load(f)
            answers['age'] = 41.5
            half = os.path.join(tmp, 'half.json')
            with open(half, 'w', encoding='utf-8') as f:
                json.dump(answers, f)
            text = run('', '--assess', half, '--format', 'text', extra_env=locale_env(lang, tmp)).stdout
            ok('41,5' in text and t.gettext(title) in text,
               f'{lang}: under LANG={lang}_{lang.upper()}.UTF-8 the age is written 41,5', text[:300])

        for fmt in ('markdown', 'html'):
            out = run(lang, '--assess', path, '--format', fmt).stdout
            left = english_left(catalog, html_text(out) if fmt == 'html' else out, QUOTED)
            ok(out and not left, f'{lang}: {level}: {fmt} has no English message', left)
        pdf = os.path.join(tmp, f'{lang}-{level}.pdf')
        proc = run(lang, '--assess', path, '--format', 'pdf', '--output', pdf)
        words = subprocess.run(['pdftotext', '-enc', 'UTF-8', pdf, '-'], capture_output=True,
                               text=True).stdout if proc.returncode == 0 else ''
        left = english_left(catalog, words, QUOTED)
        ok(words and t.gettext(title) in ' '.join(words.split()) and not left,
           f'{lang}: {level}: the PDF is in the language', left or proc.stderr)
        ok(proc.returncode == 0 and pdf_language(pdf) == lang,
           f'{lang}: {level}: the PDF says its language', pdf_language(pdf) if proc.returncode == 0 else proc.stderr)
        html = run(lang, '--assess', path, '--format', 'html').stdout
        ok(re.search(r'<html lang="%s"' % lang, html) is not None,
           f'{lang}: {level}: the HTML says its language', html[:200])


def main():
    langs = languages(SOURCE_DIR)
    try:
        for lang in langs:
            check_language(lang, TMP)
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    print(f'1..{n}')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
