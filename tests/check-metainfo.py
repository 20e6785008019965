#!/usr/bin/python3
# tests/check-metainfo.py METAINFO SOURCE_DIR
#
# SPDX-FileCopyrightText: 2026 The Calf Check authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What a software store shows, checked beyond appstreamcli: a summary of
# at most 35 characters; at least five screenshots, each with a caption,
# at a tagged URL (not a branch), each one a PNG the test suite renders
# into data/screenshots/ (so .ci/refresh-screenshots keeps it current);
# help, translate and contact links; branding colours in both schemes.

import os
import re
import sys
import xml.etree.ElementTree as ET

problems = []
root = ET.parse(sys.argv[1]).getroot()
source = sys.argv[2]

# Every language's summary: a store cuts a long one short.
LANG = "{http://www.w3.org/XML/1998/namespace}lang"
for node in root.findall("summary"):
    summary = node.text or ""
    if not 0 < len(summary) <= 35:
        problems.append("summary%s is %d characters (at most 35): %r"
                        % (" [%s]" % node.get(LANG) if node.get(LANG) else "", len(summary), summary))

shots = root.findall("screenshots/screenshot")
if len(shots) < 5:
    problems.append("%d screenshots, at least 5 wanted" % len(shots))
for shot in shots:
    url = shot.findtext("image") or ""
    if not (shot.findtext("caption") or "").strip():
        problems.append("screenshot without a caption: " + url)
    if not re.match(r"^https://raw\.githubusercontent\.com/[^/]+/[^/]+/v[0-9][0-9.]*/data/screenshots/[^/]+\.png$", url):
        problems.append("screenshot not at a tagged URL under data/screenshots/: " + url)
    elif not os.path.isfile(os.path.join(source, "data", "screenshots", os.path.basename(url))):
        problems.append("no data/screenshots/%s for %s" % (os.path.basename(url), url))

for kind in ("homepage", "bugtracker", "help", "translate", "contact", "vcs-browser"):
    if root.find("url[@type='%s']" % kind) is None:
        problems.append("no <url type=%r>" % kind)

colors = {c.get("scheme_preference"): c.text for c in root.findall("branding/color")}
if set(colors) != {"light", "dark"}:
    problems.append("branding colours for light and dark wanted, found %r" % colors)

for p in problems:
    print("not ok - " + p)
if not problems:
    print("ok - summary, %d screenshots with captions at tagged URLs, links and branding" % len(shots))
sys.exit(1 if problems else 0)
