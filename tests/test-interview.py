#!/usr/bin/python3
# test-interview.py
#
# SPDX-FileCopyrightText: 2026 The Calf Check authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# `calf-check --interview` (issue 11), used the way a script or an audit
# uses it: one JSON line in per answer, one JSON line out per question.
# Checks the protocol (questions with the findings each answer sets, errors
# that say what to fix and ask the same question again, going back, end of
# input), the safety behaviour people meet through it ("Not sure" to a
# warning sign brings a simpler follow-up and never counts as "No"; an
# emergency ends the questions), that the result is what --assess prints
# for the same answers, and the plain-words mode on a terminal. Prints TAP.
#
# Usage: test-interview.py CALF_CHECK_EXE

import json
import os
import pty
import select
import signal
import subprocess
import sys
import time

EXE = sys.argv[1]
results = []


def check(name, condition, detail=''):
    results.append((name, bool(condition), detail))


def env(extra=None):
    e = dict(os.environ)
    e.update(extra or {})
    for name in ('DISPLAY', 'WAYLAND_DISPLAY'):
        e.pop(name, None)
    e['LC_ALL'] = 'C.UTF-8'
    return e


class Interview:
    """calf-check --interview on pipes, one line at a time."""

    def __init__(self, first, extra_env=None):
        self.proc = subprocess.Popen([EXE, '--interview'], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, env=env(extra_env))
        self.send(first)

    def send(self, message):
        line = message if isinstance(message, (bytes, str)) else json.dumps(message)
        if isinstance(line, str):
            line = line.encode('utf-8')
        self.proc.stdin.write(line + b'\n')
        self.proc.stdin.flush()
        return self.read()

    def read(self):
        line = self.proc.stdout.readline()
        if not line:
            return None
        self.last = json.loads(line)
        return self.last

    def finish(self):
        self.proc.stdin.close()
        rest = self.proc.stdout.read()
        code = self.proc.wait(timeout=60)
        return code, rest, self.proc.stderr.read().decode('utf-8', 'replace')


PERSON = {'region': 'mid-calf', 'side': 'left', 'age': 58, 'sex': 'female'}


def answer_no(question):
    """"No", or the choice that says none of it, else "Not sure"."""
    if question['kind'] == 'yes-no':
        return {'reply': 'no'}
    if question['kind'] == 'choice':
        for choice in question['choices']:
            if choice['findings'] and not any(v is True for v in choice['findings'].values()):
                return {'choice': choice['id']}
        return {'choice': question['choices'][-1]['id']}
    return {'number': question['min']}


def test_protocol():
    interview = Interview(PERSON)
    message = interview.last
    question = message['question']
    check('the first line brings a question and a count', 'question' in message and message['remaining'] > 0,
          message)
    check('the question has id, text, help, kind, red_flag and findings',
          all(key in question for key in ('id', 'text', 'help', 'kind', 'red_flag', 'findings')), question)
    check('the red-flag screen comes first', question['red_flag'] is True, question)
    if question['kind'] == 'yes-no':
        check('a yes/no question says what yes and no set',
              question['findings']['yes'] == {question['finding']: True} and
              question['findings']['no'] == {question['finding']: False}, question)

    for bad, words in (('{"reply": "maybe"}', 'reply'),
                       ('{"reply": "yes", "reply": "no"}', 'twice'),
                       ('not json', 'JSON'),
                       ('{"choice": "nonsense"}', 'choice'),
                       ('{"number": 3}', 'number'),
                       ('{"reply": "yes"} {"reply": "no"}', 'after the end')):
        reply = interview.send(bad)
        check(f'a bad line ({bad[:30]}) gets an error that says what to fix',
              reply is not None and 'error' in reply and isinstance(reply['error'], str) and reply['error'],
              reply)
        following = interview.read()
        check(f'... and the same question again ({bad[:30]})',
              following is not None and following.get('question', {}).get('id') == question['id'], following)

    long_line = '{"reply": "' + 'x' * (80 * 1024) + '"}'
    reply = interview.send(long_line)
    check('a line over 64 KiB is refused in words', reply is not None and 'error' in reply, reply)
    following = interview.read()
    check('... and the same question comes again',
          following is not None and following['question']['id'] == question['id'], following)

    second = interview.send(answer_no(question))
    check('an answer brings the next question',
          second is not None and second['question']['id'] != question['id'], second)
    back = interview.send({'back': True})
    check('{"back": true} goes back to the previous question',
          back is not None and back['question']['id'] == question['id'], back)

    code, rest, err = interview.finish()
    check('end of input before the end exits 2', code == 2, f'{code}: {err}')
    check('... with a message on stderr', 'end of input' in err.lower() or 'ended' in err.lower(), err)
    check('... and no warning', 'WARNING' not in err and 'CRITICAL' not in err, err)


def run_to_end(person, policy, max_lines=200, extra_env=None):
    """Answers with policy(question) until the result; returns
    (result message, questions, answers, counts shown, exit code, stderr)."""
    interview = Interview(person, extra_env)
    questions, answers, shown = [], [], []
    for _ in range(max_lines):
        message = interview.last
        if message is None or 'result' in message:
            break
        questions.append(message['question'])
        shown.append(message['remaining'])
        answer = policy(message['question'])
        answers.append(answer)
        interview.send(answer)
    code, rest, err = interview.finish()
    return interview.last, questions, answers, shown, code, err


def findings_of(questions, answers):
    """The findings the answers set, as --assess takes them."""
    findings = {}
    for question, answer in zip(questions, answers):
        if 'reply' in answer:
            if answer['reply'] == 'not-sure':
                findings[question['finding']] = 'not-sure'
            else:
                findings.update(question['findings'][answer['reply']])
        elif 'choice' in answer:
            findings.update(next(c['findings'] for c in question['choices'] if c['id'] == answer['choice']))
        elif 'number' in answer:
            findings[question['finding']] = answer['number']
    return findings


def test_result_is_assess():
    message, questions, answers, shown, code, err = run_to_end(PERSON, answer_no)
    check('answering to the end exits 0', code == 0, f'{code}: {err}')
    check('the last line is the result and the number of questions',
          message is not None and 'result' in message and message['questions_asked'] == len(questions), message)
    check('never more than 25 questions', len(questions) <= 25, len(questions))
    check('"about N left" never goes up', all(b <= a for a, b in zip(shown, shown[1:])), shown)
    check('... and never promises fewer questions than come (by more than 3)',
          all(n >= len(shown) - i - 3 for i, n in enumerate(shown)), shown)

    assess_input = dict(PERSON, findings=findings_of(questions, answers))
    proc = subprocess.run([EXE, '--assess', '-'], input=json.dumps(assess_input).encode('utf-8'),
                          capture_output=True, env=env())
    check('--assess takes the same answers', proc.returncode == 0, proc.stderr)
    if proc.returncode == 0:
        check('the result is exactly what --assess prints for them',
              json.loads(proc.stdout) == message['result'], json.dumps(message['result'])[:400])


def test_not_sure_warning_sign():
    asked = []

    def policy(question):
        asked.append(question['id'])
        if question['id'] == 'cold-pale-foot':
            return {'reply': 'not-sure'}
        if question['id'] == 'one-foot-colder':
            return {'reply': 'not-sure'}
        return answer_no(question)

    message, questions, answers, shown, code, err = run_to_end(PERSON, policy)
    check('"Not sure" to a cold foot brings the simpler check next',
          'cold-pale-foot' in asked and asked[asked.index('cold-pale-foot') + 1] == 'one-foot-colder', asked)
    result = message['result']
    check('still unsure: at least urgent', result['triage']['level'] in ('urgent', 'emergency'), result['triage'])
    check('the result says the answer was not sure',
          'cold-pale-foot' in result['unsure'] and
          any(c['finding'] == 'cold-pale-foot' and c['level'] == 'emergency' for c in result['could_change']),
          result.get('could_change'))
    check('no exercises at urgent', result['exercises'] == [], result['exercises'])


def test_emergency_ends():
    def policy(question):
        if question['id'] == 'breathless-or-chest-pain':
            return {'reply': 'yes'}
        return answer_no(question)

    message, questions, answers, shown, code, err = run_to_end(PERSON, policy)
    check('an emergency ends the questions', len(questions) == 1 and code == 0, [q['id'] for q in questions])
    check('... with the emergency', message['result']['triage']['level'] == 'emergency', message['result']['triage'])


def test_terminal():
    """On a terminal: plain words and numbered answers."""
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(EXE, [EXE, '--interview'], env())
    output = b''

    def read_until(marker, timeout=20):
        nonlocal output
        deadline = time.monotonic() + timeout
        while marker not in output and time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if ready:
                try:
                    output += os.read(fd, 4096)
                except OSError:
                    break
        return marker in output

    seen_region = read_until(b'> ')
    check('on a terminal it asks in words, with numbered answers',
          seen_region and b'1)' in output and b'{' not in output, output[-600:].decode('utf-8', 'replace'))
    os.write(fd, b'9999\n')
    check('a number out of range is explained', read_until(b'Type a number'), output[-300:])
    os.close(fd)
    _, status = os.waitpid(pid, 0)
    check('closing the terminal ends it without a crash',
          os.WIFEXITED(status) or (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGHUP), status)


def test_debug_messages():
    try:
        message, questions, _, _, code, err = run_to_end(PERSON, answer_no,
                                                         extra_env={'G_MESSAGES_DEBUG': 'all'})
        clean = True
    except json.JSONDecodeError as e:
        message, questions, code, err, clean = None, [], None, str(e), False
    check('with G_MESSAGES_DEBUG=all every output line is still JSON',
          clean and code == 0 and message is not None and 'result' in message, err[-2000:])


def main():
    test_protocol()
    test_debug_messages()
    test_result_is_assess()
    test_not_sure_warning_sign()
    test_emergency_ends()
    test_terminal()

    print(f'1..{len(results)}')
    failed = 0
    for i, (name, ok, detail) in enumerate(results, 1):
        if ok:
            print(f'ok {i} {name}')
        else:
            failed += 1
            print(f'not ok {i} {name}')
            for line in str(detail).splitlines()[:20]:
                print(f'# {line}')
    return 1 if failed else 0


sys.exit(main())
