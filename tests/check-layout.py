#!/usr/bin/env python3
# check-layout.py SOURCE_ROOT
#
# SPDX-FileCopyrightText: 2026 The Calf Check authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The architecture, checked on the tree (issue 14), as TAP:
#  - no include circle between the files of different classes (a class is
#    calf-foo.h declaring its type, with the calf-foo*.c and calf-foo-*.h
#    of the longest such prefix);
#  - pages and widgets never include the window's headers: they reach it
#    through signals, actions and properties;
#  - the core (src/core) includes nothing of GTK and nothing outside it;
#    the command line (src/cli) nothing of GTK nor of src/gui; only
#    src/core/draw and the window include cairo, Pango or librsvg;
#  - no C file over 600 lines.

import os
import re
import sys

root = sys.argv[1]
src = os.path.join(root, "src")
MAX_LINES = 600

files = {}
for dirpath, _, names in os.walk(src):
    for name in names:
        if name.endswith((".c", ".h")):
            files[name] = os.path.join(dirpath, name)

# A class: a header that declares a type (G_DECLARE_*_TYPE); the other
# headers belong to the class whose name they extend (calf-window-private.h,
# calf-window-exercises.h).
headers = set()
for n in files:
    if n.endswith(".h"):
        with open(files[n], encoding="utf-8") as f:
            if re.search(r"G_DECLARE_(FINAL|DERIVABLE|INTERFACE)_TYPE", f.read()):
                headers.add(n[:-2])


def unit(name):
    """The class a file belongs to: its longest prefix with a header."""
    stem = name[:-2]
    if stem.endswith("-private"):
        stem = stem[: -len("-private")]
    parts = stem.split("-")
    for i in range(len(parts), 0, -1):
        candidate = "-".join(parts[:i])
        if candidate in headers:
            return candidate
    return stem


include_re = re.compile(r'^\s*#\s*include\s+[<"]([^">]+)[">]', re.M)
includes = {}
for name, path in files.items():
    with open(path, encoding="utf-8") as f:
        includes[name] = include_re.findall(f.read())

graph = {}
for name, incs in includes.items():
    for inc in incs:
        base = os.path.basename(inc)
        if base in files and unit(base) != unit(name):
            graph.setdefault(unit(name), set()).add(unit(base))

tests = []


def check(ok, description, details=()):
    tests.append((ok, description, list(details)))


# Circles: strongly connected components of more than one class (Tarjan).
index, low, on_stack, stack, sccs = {}, {}, set(), [], []


def strongconnect(v, counter=[0]):
    index[v] = low[v] = counter[0]
    counter[0] += 1
    stack.append(v)
    on_stack.add(v)
    for w in sorted(graph.get(v, ())):
        if w not in index:
            strongconnect(w)
            low[v] = min(low[v], low[w])
        elif w in on_stack:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        scc = []
        while True:
            w = stack.pop()
            on_stack.discard(w)
            scc.append(w)
            if w == v:
                break
        if len(scc) > 1:
            sccs.append(sorted(scc))


sys.setrecursionlimit(10000)
for v in sorted(graph):
    if v not in index:
        strongconnect(v)
check(not sccs, "no include circle between classes", [" <-> ".join(s) for s in sccs])

window_headers = {"calf-window.h", "calf-window-private.h"}
offenders = []
for name, incs in sorted(includes.items()):
    if unit(name) == "calf-window" or name == "calf-application.c":
        continue
    for inc in incs:
        if os.path.basename(inc) in window_headers:
            offenders.append("%s includes %s" % (name, inc))
check(not offenders, "no page or widget includes the window's headers", offenders)

def layer_check(folder, allowed, description):
    """Files under src/FOLDER include no GTK and only files under ALLOWED."""
    top = os.path.join(src, folder)
    bad = []
    for name, path in sorted(files.items()):
        if not path.startswith(top + os.sep):
            continue
        for inc in includes[name]:
            base = os.path.basename(inc)
            if inc.startswith(("gtk/", "adwaita.h", "gdk/")) or (
                    base in files and not any(files[base].startswith(os.path.join(src, a) + os.sep)
                                              for a in allowed)):
                bad.append("%s includes %s" % (os.path.relpath(path, root), inc))
    check(not bad, description, bad)


layer_check("core", ["core"], "the core includes no GTK and nothing outside src/core")
layer_check("cli", ["core", "cli"], "the command line includes no GTK and nothing of src/gui")

# cairo, Pango and librsvg cost calf-check more than a whole --assess in
# JSON: only src/core/draw (a library of its own, a module for calf-check)
# and the window may use them.
drawing = []
for name, path in sorted(files.items()):
    if not path.startswith(src + os.sep) or path.startswith((os.path.join(src, "core", "draw") + os.sep,
                                                              os.path.join(src, "gui") + os.sep)):
        continue
    for inc in includes[name]:
        base = os.path.basename(inc)
        if inc.startswith(("cairo", "pango/", "librsvg/")) or (
                base in files and files[base].startswith(os.path.join(src, "core", "draw") + os.sep)):
            drawing.append("%s includes %s" % (os.path.relpath(path, root), inc))
check(not drawing, "only src/core/draw and the window include cairo, Pango, librsvg or draw/", drawing)

long_files = []
for name, path in sorted(files.items()):
    with open(path, encoding="utf-8") as f:
        n = sum(1 for _ in f)
    if name.endswith(".c") and n > MAX_LINES:
        long_files.append("%s: %d lines" % (os.path.relpath(path, root), n))
check(not long_files, "no C file over %d lines" % MAX_LINES, long_files)

print("1..%d" % len(tests))
failed = 0
for i, (ok, description, details) in enumerate(tests, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", i, description))
    for line in details:
        print("#   " + line)
    failed += not ok
sys.exit(1 if failed else 0)
