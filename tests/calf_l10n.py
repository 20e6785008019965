# tests/calf_l10n.py
#
# SPDX-FileCopyrightText: 2026 The Calf Check authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What the translation tests share (issue 16): the languages of po/LINGUAS,
# each one's catalogue from the build, a locale for it (the system's, or
# one compiled with localedef into a temporary LOCPATH, which needs no
# root), and the English messages a text still shows.

import gettext
import html
import json
import os
import re
import subprocess


def languages(source_dir):
    with open(os.path.join(source_dir, 'po', 'LINGUAS'), encoding='utf-8') as f:
        return [w for line in f for w in line.split('#')[0].split()]


def catalogue(localedir, lang):
    return gettext.translation('calf-check', localedir, languages=[lang])


def locale_env(lang, tmp, territory=None):
    """Environment for a desktop set to @lang: LANG and LC_ALL name its
    UTF-8 locale (in @territory, else its main country). Where the system
    lacks that locale it is compiled into @tmp (Debian's 'locales' package
    has the sources). Every locale it makes stays in @tmp/locales, so one
    LOCPATH serves them all."""
    base = f'{lang}_{territory or lang.upper()}'
    name = base + '.UTF-8'
    have = subprocess.run(['locale', '-a'], capture_output=True, text=True).stdout.split()
    env = {'LANG': name, 'LC_ALL': name, 'LANGUAGE': ''}
    locpath = os.path.join(tmp, 'locales')
    if name.lower().replace('-', '') in (h.lower().replace('-', '') for h in have) and \
            not os.path.isdir(locpath):
        return env
    os.makedirs(locpath, exist_ok=True)
    if not os.path.isdir(os.path.join(locpath, name)):
        subprocess.run(['localedef', '-i', base, '-f', 'UTF-8', os.path.join(locpath, name)],
                       check=True, capture_output=True)
    env['LOCPATH'] = locpath
    return env


def english_desktop_env(lang, tmp):
    """A desktop whose locale is English (en_US) and whose preferred
    messages are @lang, as LANGUAGE=de sets them. Not the C locale: gettext
    ignores LANGUAGE there (newer glibc in C.UTF-8 too)."""
    env = locale_env('en', tmp, 'US')
    env['LANGUAGE'] = lang
    return env


def words(text):
    return re.sub(r'\s+', ' ', html.unescape(text)).strip()


def html_text(page):
    """What an HTML page says to a reader: its text and the attributes a
    screen reader reads out, not its tags, classes or styles."""
    page = re.sub(r'<style.*?</style>', ' ', page, flags=re.S)
    said = re.findall(r'(?:alt|title|aria-label)="([^"]*)"', page)
    return re.sub(r'<[^>]+>', ' ', page) + '\n' + '\n'.join(said)


def references(source_dir):
    """What a report quotes in English on purpose: the titles, authors and
    journals of the condition database's sources."""
    with open(os.path.join(source_dir, 'data', 'database', 'references.json'), encoding='utf-8') as f:
        refs = json.load(f)['references']
    return [words(r[k]) for r in refs for k in ('title', 'authors', 'source') if r.get(k)]


def english_left(catalog, text, quoted=()):
    """The English messages of @catalog that @text still shows: those long
    enough to mean something on their own, translated differently, and not
    a format or a piece that others complete. Texts are compared without
    their spaces, line breaks and hyphens (a PDF's text may lose a space
    or a hyphen where a line wrapped) and with HTML entities read; @quoted texts are taken out
    first."""
    def squash(t):
        return re.sub(r'[\s\u00ad-]+', '', html.unescape(t))

    text = squash(text)
    for q in sorted(quoted, key=len, reverse=True):
        text = text.replace(squash(q), '|')
    left = []
    for msgid, msgstr in catalog.items():
        if not isinstance(msgid, str) or '\x04' in msgid or '%' in msgid:
            continue
        if len(msgid) < 12 or msgid == msgstr or msgid in msgstr:
            continue
        if squash(msgid) in text:
            left.append(msgid)
    return left
