#!/usr/bin/env python3
"""qa_check.py NAME FILE: checks every lede/v1 JSONL line of FILE.

Prints a summary line for NAME and one line per broken invariant; exits 1
when any line breaks the contract or holds an "internal error".
"""
import json
import sys

LISTS = ["authors", "sentences", "entities", "dates", "money", "venues",
         "quotes", "reported", "people", "organizations", "places", "warnings"]


def check(r):
    bad = []
    if "error" in r:
        if "internal error" in r["error"]:
            bad.append("internal error: " + r["error"])
        return bad
    text = r["text"]  # Python str indexes by code point, as lede's offsets do
    if not text.strip():
        bad.append("success with empty text")
    for k in LISTS:
        if not isinstance(r.get(k), list):
            bad.append(f"{k} is not a list")
    for k in ["sentences", "entities", "dates", "money", "venues", "quotes", "reported"]:
        items = r.get(k) or []
        starts = [it["start"] for it in items]
        if starts != sorted(starts):
            bad.append(f"{k} not sorted by start")
        for i, it in enumerate(items):
            s, e = it["start"], it["end"]
            if not 0 <= s <= e <= len(text):
                bad.append(f"{k}[{i}] span [{s},{e}) outside text of {len(text)}")
                continue
            if "text" in it and text[s:e] != it["text"]:
                bad.append(f"{k}[{i}] text[{s}:{e}]={text[s:e]!r} != {it['text']!r}")
            if "speaker_start" in it or "speaker_end" in it:
                ss, se = it.get("speaker_start"), it.get("speaker_end")
                if ss is None or se is None or not 0 <= ss < se <= len(text):
                    bad.append(f"{k}[{i}] bad speaker span {ss},{se}")
    return bad


def main():
    name, path = sys.argv[1], sys.argv[2]
    n = errors = broken = 0
    warnings = {}
    for line in open(path, encoding="utf-8"):
        n += 1
        r = json.loads(line)
        src = r.get("id") or r.get("source")
        if "error" in r:
            errors += 1
            print(f"{name}: {src}: error: {r['error']}")
        for w in r.get("warnings") or []:
            warnings[w] = warnings.get(w, 0) + 1
        for b in check(r):
            broken += 1
            print(f"{name}: {src}: {b}")
    for w, c in sorted(warnings.items()):
        print(f"{name}: warning x{c}: {w}")
    print(f"{name}: {n} outputs, {errors} errors, {broken} broken invariants")
    sys.exit(1 if broken else 0)


main()
