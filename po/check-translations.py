#!/usr/bin/env python3
# po/check-translations.py
#
# SPDX-FileCopyrightText: 2026 The Calf Check authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every language in po/LINGUAS translates every message the sources hold
# today. The messages are extracted afresh from po/POTFILES.in (the .pot in
# the tree may be older), each .po is merged with them as msgmerge would for
# a translator, and `msgfmt --check --statistics` must report nothing
# untranslated or fuzzy. So whoever adds or changes a message also carries
# it into every language (po/README.md says how).

import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# The same keywords as meson's i18n 'glib' preset, which makes the .pot.
XGETTEXT_ARGS = [
    "--from-code=UTF-8", "--add-comments", "--package-name=calf-check",
    "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3",
    "--keyword=g_dpgettext2:2c,3",
    "--flag=N_:1:pass-c-format", "--flag=C_:2:pass-c-format",
    "--flag=NC_:2:pass-c-format", "--flag=g_dngettext:2:pass-c-format",
]


def languages():
    with open(os.path.join(HERE, "LINGUAS"), encoding="utf-8") as f:
        return [w for line in f for w in line.split("#")[0].split()]


def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, **kwargs)


def statistics(text):
    """(translated, fuzzy, untranslated) from msgfmt --statistics."""
    def count(pattern):
        m = re.search(r"(\d+) " + pattern, text)
        return int(m.group(1)) if m else 0
    return (count("translated message"), count("fuzzy translation"),
            count("untranslated message"))


def main():
    failures = 0
    langs = languages()
    if not langs:
        print("po/LINGUAS names no language")
        return 1

    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, "calf-check.pot")
        r = run(["xgettext", *XGETTEXT_ARGS, "--directory", ROOT,
                 "--files-from", os.path.join(HERE, "POTFILES.in"), "-o", pot])
        if r.returncode != 0:
            print("xgettext failed:\n" + r.stderr)
            return 1

        for lang in langs:
            po = os.path.join(HERE, lang + ".po")
            merged = os.path.join(tmp, lang + ".po")

            r = run(["msgfmt", "--check", "-o", os.devnull, po])
            if r.returncode != 0:
                print(f"not ok - po/{lang}.po does not pass msgfmt --check:\n{r.stderr}")
                failures += 1
                continue

            r = run(["msgmerge", "--quiet", "--previous", "-o", merged, po, pot])
            if r.returncode != 0:
                print(f"not ok - msgmerge po/{lang}.po:\n{r.stderr}")
                failures += 1
                continue

            r = run(["msgfmt", "--check", "--statistics", "-o", os.devnull, merged],
                    env={**os.environ, "LC_ALL": "C"})
            translated, fuzzy, untranslated = statistics(r.stderr)
            if r.returncode != 0 or fuzzy or untranslated or not translated:
                print(f"not ok - {lang}: {translated} translated, {fuzzy} fuzzy, "
                      f"{untranslated} untranslated")
                missing = run(["msgattrib", "--only-fuzzy", "--no-obsolete", merged]).stdout
                missing += run(["msgattrib", "--untranslated", "--no-obsolete", merged]).stdout
                ids = re.findall(r'^msgid "(.+)"$', missing, re.M)
                for msgid in ids[:20]:
                    print(f"    needs translating: \"{msgid}\"")
                print(f"  Run `meson compile -C _build calf-check-update-po`, then translate "
                      f"what po/{lang}.po marks fuzzy or leaves empty (po/README.md).")
                failures += 1
            else:
                print(f"ok - {lang}: all {translated} messages translated")

    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
