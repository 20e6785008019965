#!/usr/bin/python3
# tests/check-capitalisation.py SOURCE_DIR
#
# SPDX-FileCopyrightText: 2026 The Calf Check authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The GNOME HIG's capitalisation, checked on every string that is a title,
# a heading, a button, a menu item or a row title (header capitalisation:
# "Stop the Exercise?", "Measure Your Calves"), in the templates (ui/) and
# in the C code that builds pages (src/). Descriptions, subtitles and body
# text are sentences and are not checked here; database content (condition
# and exercise names) is the database's, checked by its own schema.
# Prints each string that breaks the rule, with where it is; exits 1 if any.

import os
import re
import sys
import xml.etree.ElementTree as ET

# Words header capitalisation leaves in lower case, unless first or last:
# articles, coordinating conjunctions and prepositions of up to three
# letters (GNOME HIG, Writing Style).
MINOR = {"a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet",
         "as", "at", "by", "in", "of", "off", "on", "per", "to", "up", "via"}
# Words whose case is their own.
OWN_CASE = {"iOS", "km", "cm", "kg"}

# In the templates: which objects' which properties are headings or labels
# of controls.
UI_TITLES = {
    "title": None,  # any object's title (windows, rows, groups, pages, shortcuts)
}
UI_CONTROL_LABELS = ("GtkButton", "GtkMenuButton", "GtkCheckButton", "GtkToggleButton")
HEADING_CLASSES = ("title-1", "title-2", "title-3", "title-4", "heading")

# In C: function → the argument positions (from 0) that are headings or
# control labels; None means every translatable string in the call.
C_CALLS = {
    "calf_page_add_heading": (1,),
    "calf_page_add_section": (1,),
    "calf_page_button_new": (0,),
    "calf_page_row_new": (0,),
    "gtk_button_new_with_mnemonic": (0,),
    "gtk_button_new_with_label": (0,),
    "gtk_button_set_label": (1,),
    "adw_message_dialog_new": (1,),
    "adw_message_dialog_add_response": (2,),
    "adw_message_dialog_add_responses": None,
    "adw_preferences_row_set_title": (1,),
    "adw_preferences_group_set_title": (1,),
    "adw_status_page_set_title": (1,),
    "adw_window_title_set_title": (1,),
    "gtk_window_set_title": (1,),
    "calf_window_confirm_discard": (1, 2),
    "calf_window_push_page": (2,),
    "calf_window_push_page_full": (2,),
}
TRANSLATABLE = re.compile(r'\b(?:N_|_|C_|NC_)\s*\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\)')


def plain(text):
    """The words as read: no mnemonic underline, no placeholder."""
    text = text.replace("__", "\0").replace("_", "").replace("\0", "_")
    return re.sub(r"%[-0-9.]*[a-zA-Z]", "X", text)


def words(text):
    return [w for w in re.split(r"[\s/]+", text) if w]


def header_case_problems(text):
    """The words of @text that header capitalisation would write otherwise."""
    ws = words(plain(text))
    bad = []
    for i, word in enumerate(ws):
        core = word.strip("“”\"'‘’()[]…,.:;?!")
        if not core or not core[0].isalpha() or core in OWN_CASE:
            continue
        first_or_last = i == 0 or i == len(ws) - 1 or ws[i - 1].endswith((":", "—", "–"))
        if core.lower() in MINOR and not first_or_last:
            if core[0].isupper():
                bad.append(core)
        elif core[0].islower():
            bad.append(core)
    return bad


def check(text, where, problems):
    bad = header_case_problems(text)
    if bad:
        problems.append("%s: %r (%s)" % (where, text, ", ".join(bad)))


def check_ui(path, problems):
    tree = ET.parse(path)
    parents = {c: p for p in tree.iter() for c in p}

    for node in tree.iter():
        if node.tag not in ("property", "attribute") or node.get("translatable") != "yes":
            continue
        text = node.text or ""
        owner = parents.get(node)
        cls = owner.get("class") or owner.get("parent") or "" if owner is not None else ""
        name = node.get("name")
        where = "%s (%s %s)" % (os.path.relpath(path), cls or owner.tag, name)
        if node.tag == "attribute" and name == "label":
            check(text, where, problems)  # a menu item
        elif name == "title":
            check(text, where, problems)
        elif name == "label" and cls in UI_CONTROL_LABELS:
            check(text, where, problems)
        elif name == "label" and cls == "GtkLabel":
            style = owner.find("style")
            classes = [c.get("name") for c in style] if style is not None else []
            # A bold sentence (a warning) is a sentence, not a heading.
            if any(c in HEADING_CLASSES for c in classes) and not text.rstrip().endswith("."):
                check(text, where, problems)


def split_args(text):
    """Top-level arguments of the call whose text starts after '('."""
    args, depth, start, i, quote = [], 0, 0, 0, False
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == '"':
                quote = False
        elif c == '"':
            quote = True
        elif c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                args.append(text[start:i])
                return args
            depth -= 1
        elif c == "," and depth == 0:
            args.append(text[start:i])
            start = i + 1
        i += 1
    return args


def literal(strings):
    return "".join(bytes(s, "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")
                   for s in re.findall(r'"((?:[^"\\]|\\.)*)"', strings))


def check_c(path, problems):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    for function, positions in C_CALLS.items():
        for match in re.finditer(r"\b%s\s*\(" % function, source):
            args = split_args(source[match.end():])
            line = source.count("\n", 0, match.start()) + 1
            chosen = range(len(args)) if positions is None else [p for p in positions if p < len(args)]
            for p in chosen:
                for t in TRANSLATABLE.finditer(args[p]):
                    check(literal(t.group(1)), "%s:%d (%s)" % (os.path.relpath(path), line, function), problems)


def main():
    source = sys.argv[1]
    os.chdir(source)
    problems = []
    for folder, check_file, ext in (("ui", check_ui, ".ui"), ("src", check_c, ".c")):
        for root, _, files in os.walk(folder):
            for name in sorted(files):
                if name.endswith(ext):
                    check_file(os.path.join(root, name), problems)
    if problems:
        print("Not in header capitalisation (GNOME HIG, Writing Style):")
        for p in problems:
            print("  " + p)
        return 1
    print("ok - every title, heading, button and menu item is in header capitalisation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
