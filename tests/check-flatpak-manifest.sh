#!/bin/sh
# tests/check-flatpak-manifest.sh MANIFEST release|local [METAINFO.in]
#
# SPDX-FileCopyrightText: 2026 The Calf Check authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Parses the manifest with flatpak-builder (as a build would) and checks
# what it grants: exactly --share=ipc --socket=fallback-x11
# --socket=wayland --device=dri --socket=pulseaudio (the guided timer's
# chime), so no network and no file system. Then the rules of Flathub's
# linter that can be checked offline: a supported GNOME runtime, no
# network at build time, the tests run on a display the SDK has
# (Broadway); a release manifest builds from a git tag pinned to its
# commit (the tag's commit, where this is a git checkout that has it) and
# never from a "dir" source, which only the local manifest uses; the
# metainfo's id and launchable match the manifest's id.

set -eu

manifest=$1
kind=${2:-release}
metainfo=${3:-}

for tool in flatpak-builder python3; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    if [ "${CALF_TESTS_ALLOW_SKIP:-0}" = 1 ]; then
      echo "SKIP: $tool is not installed" >&2
      exit 77
    fi
    echo "ERROR: $tool is not installed" >&2
    exit 1
  fi
done

manifest=$(realpath "$manifest")
work=$(mktemp -d "${TMPDIR:-/tmp}/calf-manifest.XXXXXXXX")
trap 'rm -rf "$work"' EXIT
shown="$work/shown.json"

# flatpak-builder creates its state directory in the current directory.
(cd "$work" && flatpak-builder --show-manifest "$manifest") >"$shown"

tag_commit=
if [ "$kind" = release ]; then
  tag=$(python3 -c 'import json, sys; s = json.load(open(sys.argv[1]))["modules"][-1]["sources"][0]; print(s.get("tag", ""))' "$shown")
  top=$(cd "$(dirname "$manifest")/.." && git rev-parse --show-toplevel 2>/dev/null || true)
  if [ -n "$top" ] && [ -n "$tag" ] && git -C "$top" rev-parse -q --verify "refs/tags/$tag" >/dev/null; then
    tag_commit=$(git -C "$top" rev-parse "$tag^{commit}")
  fi
fi

python3 - "$shown" "$kind" "$tag_commit" "$metainfo" <<'PY'
import json
import re
import sys
import xml.etree.ElementTree as ET

with open(sys.argv[1], encoding="utf-8") as f:
    m = json.load(f)
kind, tag_commit, metainfo = sys.argv[2], sys.argv[3], sys.argv[4]

errors = []

def expect(key, value):
    if m.get(key) != value:
        errors.append(f"{key} is {m.get(key)!r}, expected {value!r}")

expect("id", "io.github.calfcheck.CalfCheck")
expect("runtime", "org.gnome.Platform")
expect("sdk", "org.gnome.Sdk")
expect("command", "calf-check")

allowed = ["--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri",
           "--socket=pulseaudio"]
args = m.get("finish-args", [])
if sorted(args) != sorted(allowed) or len(args) != len(set(args)):
    errors.append(f"finish-args are {args!r}, expected exactly {allowed!r}")
for arg in args:
    if "network" in arg:
        errors.append(f"finish-args grant network access: {arg}")
    if arg.startswith(("--filesystem", "--persist")):
        errors.append(f"finish-args grant file-system access: {arg}")

modules = m.get("modules", [])
app = [mod for mod in modules if isinstance(mod, dict) and mod.get("name") == "calf-check"]
if len(app) != 1:
    errors.append("there must be exactly one module named calf-check")
else:
    mod = app[0]
    if mod.get("buildsystem") != "meson":
        errors.append("the calf-check module must build with meson")
    if mod.get("run-tests") is not True:
        errors.append("the calf-check module must run its tests (run-tests: true)")
    sources = mod.get("sources", [])
    if kind == "local":
        if sources != [{"type": "dir", "path": ".."}]:
            errors.append(f"the local manifest's sources are {sources!r}, expected the repository as a dir source")
    else:
        if len(sources) != 1 or sources[0].get("type") != "git":
            errors.append(f"the release manifest's sources are {sources!r}, expected one git source")
        else:
            src = sources[0]
            if not re.fullmatch(r"https://\S+\.git", src.get("url", "")):
                errors.append(f"the git source's url {src.get('url')!r} is not an https git URL")
            if not re.fullmatch(r"v[0-9]+\.[0-9]+\.[0-9]+", src.get("tag", "")):
                errors.append(f"the git source is not pinned to a release tag: {src.get('tag')!r}")
            if not re.fullmatch(r"[0-9a-f]{40}", src.get("commit", "")):
                errors.append(f"the git source is not pinned to a commit: {src.get('commit')!r}")
            elif tag_commit and src["commit"] != tag_commit:
                errors.append(f"the git source's commit {src['commit']} is not the tag's, {tag_commit}")
            if "branch" in src:
                errors.append("a release builds from a tag, not a branch")
    for module in modules:
        for source in module.get("sources", []) if isinstance(module, dict) else []:
            if kind == "release" and source.get("type") == "dir":
                errors.append(f"module {module.get('name')!r} has a dir source, which Flathub refuses")
            if source.get("type") in ("archive", "file") and "sha256" not in source:
                errors.append(f"module {module.get('name')!r} has an unpinned {source['type']} source")
    options = mod.get("build-options", {})
    if options.get("build-args"):
        errors.append("the calf-check module must not pass build-args (e.g. --share=network)")
    if "--env=CALF_TEST_DISPLAY=broadway" not in options.get("test-args", []):
        errors.append("the tests must run on Broadway in the SDK (--env=CALF_TEST_DISPLAY=broadway)")

# A GNOME runtime that still gets updates (49, September 2025, or newer).
version = str(m.get("runtime-version", ""))
if not version.isdigit() or int(version) < 49:
    errors.append(f"runtime-version {version!r} is not a supported GNOME runtime (49 or newer)")

if metainfo:
    root = ET.parse(metainfo).getroot()
    if root.findtext("id") != m.get("id"):
        errors.append(f"the metainfo id {root.findtext('id')!r} is not the app id {m.get('id')!r}")
    launchable = root.find("launchable[@type='desktop-id']")
    if launchable is None or launchable.text != f"{m.get('id')}.desktop":
        errors.append("the metainfo's launchable is not the app id's desktop file")

for e in errors:
    print("ERROR:", e, file=sys.stderr)
if errors:
    sys.exit(1)
print("manifest ok: finish-args", " ".join(args))
PY
