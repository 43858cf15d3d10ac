"""Shared by the blind sets' scorers: read a JSONL set (optionally one half)
and run each message through `candor ask --json`, two at a time."""
import json, subprocess
from concurrent.futures import ThreadPoolExecutor


def load(path, argv):
    """The set's rows; with --half=A the odd lines (1st, 3rd, ...), --half=B the even ones."""
    rows = [json.loads(l) for l in open(path)]
    half = next((a.split('=')[1] for a in argv if a.startswith('--half=')), None)
    if half:
        rows = [r for i, r in enumerate(rows) if (i % 2 == 0) == (half == 'A')]
    return rows


def ask_all(binary, rows):
    """The bot's JSON reply to each row's text ({'kind': 'error'} when it gave none)."""
    def ask(d):
        out = subprocess.run([binary, 'ask', '--json', d['text']], capture_output=True, text=True, cwd='/tmp').stdout
        try:
            return json.loads(out)
        except Exception:
            return {'kind': 'error'}
    with ThreadPoolExecutor(2) as ex:
        return list(ex.map(ask, rows))
