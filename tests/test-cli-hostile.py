#!/usr/bin/python3
# test-cli-hostile.py
#
# SPDX-FileCopyrightText: 2026 The Calf Check authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# `calf-check --assess` and `--output` with hostile input and failing disks
# (issue 10): strict JSON only, bounded reads, exit status 2 with a message
# naming what to fix, and --output that never destroys the previous file.
# Prints TAP.
#
# Usage: test-cli-hostile.py CALF_CHECK_EXE SOURCE_DIR

import json
import os
import resource
import shutil
import signal
import stat
import subprocess
import sys
import tempfile

EXE = sys.argv[1]
SOURCE_DIR = sys.argv[2]
SHIPPED = os.path.join(SOURCE_DIR, 'data', 'database')

results = []


def check(name, condition, detail=''):
    results.append((name, bool(condition), detail, None))


def skip(name, why):
    results.append((name, True, '', why))


def run(*args, stdin=None, timeout=60, fsize=None):
    env = dict(os.environ)
    for name in ('DISPLAY', 'WAYLAND_DISPLAY'):
        env.pop(name, None)
    env['LC_ALL'] = 'C.UTF-8'

    def limit():
        if fsize is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    proc = subprocess.run([EXE, *args], env=env, input=stdin, capture_output=True, timeout=timeout,
                          preexec_fn=limit)
    return proc.returncode, proc.stdout, proc.stderr.decode('utf-8', 'replace')


GOOD = {'region': 'mid-calf', 'side': 'left', 'age': 34, 'sex': 'female',
        'findings': {'calf-swelling-one-side': True, 'breathless-or-chest-pain': False}}


def expect_refused(name, text, words):
    code, out, err = run('--assess', '-', stdin=text.encode('utf-8') if isinstance(text, str) else text)
    check(f'{name}: exit status 2', code == 2, f'status {code}: {err}')
    check(f'{name}: nothing on stdout', out == b'', out[:200])
    check(f'{name}: says "{words}"', words in err, err)
    check(f'{name}: no critical or warning', 'CRITICAL' not in err and 'WARNING' not in err, err)


def test_strict_input():
    expect_refused('duplicate red flag (true then false)',
                   '{"region": "mid-calf", "side": "left", "findings": {"breathless-or-chest-pain": true, '
                   '"breathless-or-chest-pain": false}}', 'twice')
    expect_refused('comment', '{"region": "mid-calf", /* x */ "side": "left"}', 'comments')
    expect_refused('single quotes', "{'region': 'mid-calf', 'side': 'left'}", 'double quotes')
    expect_refused('two documents', json.dumps(GOOD) + json.dumps(GOOD), 'after the end')
    expect_refused('hex number', '{"region": "mid-calf", "side": "left", "age": 0x22}', 'expected')
    expect_refused('NaN', '{"region": "mid-calf", "side": "left", "age": NaN}', 'expected a value')
    expect_refused('80000 deep', '[' * 80000 + ']' * 80000, 'nested')
    expect_refused('deep inside findings',
                   '{"region": "mid-calf", "side": "left", "findings": {"x": ' + '[' * 80000 + ']' * 80000 + '}}',
                   'nested')
    expect_refused('wrong type names the member', '{"region": "mid-calf", "side": "left", "findings": '
                   '{"calf-swelling-one-side": "yes"}}', 'findings.calf-swelling-one-side')
    expect_refused('over 1 MiB on a pipe', '{"region": "' + 'x' * (2 * 1024 * 1024) + '"}', 'larger than')

    # The same answers, well formed, are fine.
    code, out, err = run('--assess', '-', stdin=json.dumps(GOOD).encode())
    check('well-formed input: exit 0', code == 0, err)


def test_bounded_read():
    try:
        code, out, err = run('--assess', '/dev/zero', timeout=30)
        check('/dev/zero: refused while reading', code == 2 and 'larger than' in err, f'{code}: {err}')
    except subprocess.TimeoutExpired:
        check('/dev/zero: refused while reading', False, 'timed out')
    code, out, err = run('--assess', tempfile.gettempdir())
    check('a folder: exit 2 with words', code == 2 and 'folder' in err, f'{code}: {err}')


def test_output(tmp):
    good = os.path.join(tmp, 'in.json')
    with open(good, 'w') as f:
        json.dump(GOOD, f)

    # A missing folder: exit 2, and the message names the target.
    target = os.path.join(tmp, 'no-such-folder', 'out.pdf')
    code, out, err = run('--assess', good, '--format', 'pdf', '--output', target)
    check('--output into a missing folder: exit 2', code == 2, f'{code}: {err}')
    check('--output error names the target', target in err and '.out.pdf.' not in err, err)

    # New files are the owner's only.
    fresh = os.path.join(tmp, 'fresh.html')
    code, out, err = run('--assess', good, '--format', 'html', '--output', fresh)
    check('--output new file: exit 0', code == 0, err)
    check('--output new file is 0600', stat.S_IMODE(os.stat(fresh).st_mode) == 0o600,
          oct(os.stat(fresh).st_mode))

    # Replacing keeps permissions; a link stays a link.
    shared = os.path.join(tmp, 'shared.txt')
    with open(shared, 'w') as f:
        f.write('old')
    os.chmod(shared, 0o640)
    link = os.path.join(tmp, 'link.txt')
    os.symlink('shared.txt', link)
    code, out, err = run('--assess', good, '--format', 'text', '--output', link)
    check('--output through a link: exit 0', code == 0, err)
    check('--output keeps the link a link', os.path.islink(link))
    check('--output keeps permissions', stat.S_IMODE(os.stat(shared).st_mode) == 0o640,
          oct(os.stat(shared).st_mode))
    with open(shared) as f:
        check('--output wrote through the link', f.read().startswith('Calf pain assessment'))

    # A write that fails half way (a file size limit fails writes as a full
    # disk does) leaves the previous file whole and no temporary file.
    previous = os.path.join(tmp, 'previous.pdf')
    with open(previous, 'w') as f:
        f.write('the previous report')
    before = sorted(os.listdir(tmp))
    code, out, err = run('--assess', good, '--format', 'pdf', '--output', previous, fsize=2048)
    check('--output failing half way: exit 2', code == 2, f'{code}: {err}')
    check('--output failing half way: says the file is unchanged', 'unchanged' in err and previous in err, err)
    with open(previous) as f:
        check('--output failing half way: previous file intact', f.read() == 'the previous report')
    check('--output failing half way: no temporary file left', sorted(os.listdir(tmp)) == before,
          f'{before} -> {sorted(os.listdir(tmp))}')


def test_full_tmpfs(tmp):
    """A real full disk, where this machine lets us mount a small tmpfs."""
    mnt = os.path.join(tmp, 'small')
    os.mkdir(mnt)
    if os.geteuid() != 0 or shutil.which('mount') is None or \
       subprocess.run(['mount', '-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt], capture_output=True).returncode != 0:
        skip('--output on a full tmpfs', 'mounting a tmpfs is not allowed here (the size-limit check above covers it)')
        return
    try:
        good = os.path.join(tmp, 'in.json')
        previous = os.path.join(mnt, 'report.pdf')
        with open(previous, 'w') as f:
            f.write('the previous report')
        # Fill the rest of the disk.
        try:
            with open(os.path.join(mnt, 'filler'), 'wb') as f:
                f.write(b'\0' * (60 * 1024))
        except OSError:
            pass
        code, out, err = run('--assess', good, '--format', 'pdf', '--output', previous)
        check('--output on a full tmpfs: exit 2', code == 2, f'{code}: {err}')
        with open(previous) as f:
            check('--output on a full tmpfs: previous file intact', f.read() == 'the previous report')
        check('--output on a full tmpfs: no temporary file left',
              sorted(os.listdir(mnt)) == ['filler', 'report.pdf'], str(os.listdir(mnt)))
    finally:
        subprocess.run(['umount', mnt])


def database_with_regions(tmp, n_regions):
    folder = os.path.join(tmp, f'db-{n_regions}')
    shutil.copytree(SHIPPED, folder, ignore=shutil.ignore_patterns('*.in', 'meson.build'))
    path = os.path.join(folder, 'regions.json')
    with open(path) as f:
        data = json.load(f)
    base = data['regions'][0]
    while len(data['regions']) < n_regions:
        extra = dict(base)
        extra['id'] = f'extra-region-{len(data["regions"])}'
        data['regions'].append(extra)
    with open(path, 'w') as f:
        json.dump(data, f)
    return folder


def test_region_limit(tmp):
    ok64 = database_with_regions(tmp, 64)
    code, out, err = run('--validate-database', ok64)
    check('64 regions validate', code == 0 and out == b'OK\n', err)
    code, out, err = run('--database', ok64, '--assess', '-', stdin=json.dumps(GOOD).encode())
    check('64 regions: --assess works', code == 0, err)

    many = database_with_regions(tmp, 68)
    code, out, err = run('--validate-database', many)
    check('68 regions: --validate-database refuses', code == 2 and 'at most 64' in err, f'{code}: {err}')
    code, out, err = run('--database', many, '--assess', '-', stdin=json.dumps(GOOD).encode())
    check('68 regions: --assess refuses, no abort', code == 2 and 'at most 64' in err, f'{code}: {err}')


def database_with_chain(tmp, length):
    """The shipped database plus a chain of @length derived findings, each
    built on the one before (the first on an answer)."""
    folder = os.path.join(tmp, f'db-chain-{length}')
    shutil.copytree(SHIPPED, folder, ignore=shutil.ignore_patterns('*.in', 'meson.build'))
    chain = []
    for i in range(length):
        source = {'finding': 'felt-pop-or-kick', 'value': True} if i == 0 else \
                 {'finding': f'chain-{i - 1}', 'value': True}
        chain.append({'id': f'chain-{i}', 'type': 'boolean', 'category': 'derived',
                      'label': f'Chain link {i}', 'lay': 'A test of how deep derived findings may go.',
                      'derived': {'all': [source]}})
    with open(os.path.join(folder, 'zz-chain.json'), 'w') as f:
        json.dump({'schema_version': 1, 'findings': chain}, f)
    return folder


def test_derived_depth(tmp):
    """The engine settles derived findings in 4 passes: deeper chains are
    refused by the validator instead of being evaluated wrongly."""
    code, out, err = run('--validate-database', database_with_chain(tmp, 4))
    check('a chain of 4 derived findings validates', code == 0, err)
    code, out, err = run('--validate-database', database_with_chain(tmp, 5))
    check('a chain of 5 derived findings is refused', code == 2 and 'chain-4' in err and 'at most 4' in err,
          f'{code}: {err}')


def main():
    with tempfile.TemporaryDirectory() as tmp:
        test_strict_input()
        test_bounded_read()
        test_output(tmp)
        test_full_tmpfs(tmp)
        test_region_limit(tmp)
        test_derived_depth(tmp)

    print(f'1..{len(results)}')
    failed = 0
    for i, (name, ok, detail, skipped) in enumerate(results, 1):
        if skipped is not None:
            print(f'ok {i} {name} # SKIP {skipped}')
        elif ok:
            print(f'ok {i} {name}')
        else:
            failed += 1
            print(f'not ok {i} {name}')
            for line in str(detail).splitlines()[:20]:
                print(f'# {line}')
    return 1 if failed else 0


sys.exit(main())
