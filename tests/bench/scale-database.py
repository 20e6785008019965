#!/usr/bin/env python3
# scale-database.py
#
# SPDX-FileCopyrightText: 2026 The Calf Check authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes a copy of a Calf Check database folder scaled FACTOR times: every
# condition (with its scoring), finding, question, exercise, safety
# statement and norm is repeated FACTOR - 1 more times with its id
# suffixed ("dvt-x2"), and every id inside a copy points at the same copy.
# Regions, references and the engine tables stay as they are. Used by the
# benchmark to check that the engine's cost grows linearly.
#
#   scale-database.py SOURCE_FOLDER FACTOR OUTPUT_FOLDER

import json
import os
import sys

SCALED = ["conditions", "condition_scoring", "findings", "questions", "exercises", "safety", "norms"]


def entity_id(kind, item):
    return item["condition"] if kind == "condition_scoring" else item["id"]


# Keys whose string values (or arrays of strings) are ids of scaled entities;
# "sets" maps finding ids to values.
ID_KEYS = {"id", "condition", "finding", "derived", "exercises", "avoid_exercises", "conditions", "findings"}


def rewrite(value, ids, suffix, key=None):
    if isinstance(value, str):
        return value + suffix if key in ID_KEYS and value in ids else value
    if isinstance(value, list):
        return [rewrite(v, ids, suffix, key) for v in value]
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            name = k + suffix if key == "sets" and k in ids else k
            out[name] = rewrite(v, ids, suffix, k)
        return out
    return value


def main():
    source, factor, output = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    files = sorted(f for f in os.listdir(source) if f.endswith(".json"))
    docs = {f: json.load(open(os.path.join(source, f), encoding="utf-8")) for f in files}

    # Ids that copies must follow (regions and references are shared).
    ids = set()
    for doc in docs.values():
        for kind in SCALED:
            for item in doc.get(kind, []):
                if kind != "condition_scoring":
                    ids.add(item["id"])

    os.makedirs(output, exist_ok=True)
    for name, doc in docs.items():
        with open(os.path.join(output, name), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)

    # Copies go into extra files, each under the loader's size limit (4 MiB)
    # and few enough for its file-count limit (64).
    chunk = None
    for n in range(2, factor + 1):
        if chunk is None:
            chunk = {"schema_version": 1}
        for doc in docs.values():
            for kind in SCALED:
                if kind in doc:
                    chunk.setdefault(kind, []).extend(rewrite(item, ids, "-x%d" % n) for item in doc[kind])
        text = json.dumps(chunk, ensure_ascii=False)
        if len(text.encode("utf-8")) > 3 * 1024 * 1024 or n == factor:
            with open(os.path.join(output, "zz-copy-%03d.json" % n), "w", encoding="utf-8") as f:
                f.write(text)
            chunk = None


if __name__ == "__main__":
    main()
