#!/usr/bin/env python3
"""check-venue-events.py reads lede's JSONL output on stdin and fails when
a venue's event is no phrase: empty, one word (a bare verb such as
"held"), or the place itself. The same check as the Go test
extractors/venues TestGoldenEventsArePhrases, over any output.

usage: lede extract --format jsonl PAGES... | scripts/check-venue-events.py
"""
import json, sys

bad = n = 0
for line in sys.stdin:
    line = line.strip()
    if not line:
        continue
    rec = json.loads(line)
    for v in rec.get("venues") or []:
        n += 1
        ev = (v.get("event") or "").strip()
        if len(ev.split()) < 2 or ev.lower() == (v.get("text") or "").strip().lower():
            bad += 1
            print("bare event: %s: %r at %r" % (rec.get("id") or rec.get("source"), ev, v.get("text")))
print("venue events: %d venues, %d bare" % (n, bad))
sys.exit(1 if bad else 0)
