#!/usr/bin/env python3
"""split_errors.py splits lede's date value errors on a gold set into
direction errors and others (standard library only).

    python3 split_errors.py GOLD.jsonl PRED.jsonl [--list]

Gold and prediction items are paired the way score_e2e.py pairs them for
dates(text): overlapping text, greedy, best overlap first. A paired item
whose value is wrong is a *direction* error when both values have the same
granularity (day, month, week, quarter, year, time of day, or the
PAST_REF/FUTURE_REF pair) but lie on different sides of the publication
date taken at that granularity (one before it, the other on or after it,
or the reverse). Every other wrong value is "other" (granularity, a wrong
anchor on the right side, type confusions). Unpaired gold items are
"missed", unpaired predictions "spurious". Optional gold items are skipped.
"""
import datetime
import json
import os
import re
import sys

STOP = {"the", "a", "an", "of", "on", "in", "at", "this", "last", "next", "about", "nearly"}


def words(s):
    return {w for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in STOP}


def overlap(a, b):
    a, b = a.lower().strip(), b.lower().strip()
    return bool(a and b) and (a in b or b in a or bool(words(a) & words(b)))


def load(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line:
            r = json.loads(line)
            rid = r.get("id")
            if not rid and r.get("source"):
                rid = os.path.splitext(os.path.basename(str(r["source"])))[0]
            out[rid] = r
    return out


def pair(preds, golds):
    cand = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            if overlap(str(p.get("text", "")), str(g.get("text", ""))):
                pt, gt = p["text"].lower(), g["text"].lower()
                s = 2 if pt == gt else (1 if pt in gt or gt in pt else 0)
                cand.append((s, 0 if g.get("optional") else 1, -j, -i, i, j))
    cand.sort(reverse=True)
    up, ug, out = set(), set(), []
    for *_, i, j in cand:
        if i not in up and j not in ug:
            up.add(i)
            ug.add(j)
            out.append((i, j))
    return out


SHAPES = [
    ("day", r"(\d{4})-(\d\d)-(\d\d)(T.*)?"),
    ("week", r"(\d{4})-W(\d\d)(-WE)?"),
    ("month", r"(\d{4})-(\d\d)"),
    ("quarter", r"(\d{4})-Q(\d)"),
    ("season", r"(\d{4})-(SP|SU|FA|WI)"),
    ("year", r"(\d{4})"),
]


def key(value, pub):
    """key returns (granularity, value key, anchor key) or None."""
    if value in ("PAST_REF", "FUTURE_REF"):
        return ("ref", -1 if value == "PAST_REF" else 1, 0)
    d = datetime.date.fromisoformat(pub[:10])
    for name, rx in SHAPES:
        m = re.fullmatch(rx, value)
        if not m:
            continue
        y = int(m.group(1))
        if name == "day":
            return (name, (y, int(m.group(2)), int(m.group(3))), (d.year, d.month, d.day))
        if name == "week":
            iy, iw, _ = d.isocalendar()
            return (name, (y, int(m.group(2))), (iy, iw))
        if name == "month":
            return (name, (y, int(m.group(2))), (d.year, d.month))
        if name == "quarter":
            return (name, (y, int(m.group(2))), (d.year, (d.month - 1) // 3 + 1))
        if name == "season":
            return (name, (y,), (d.year,))
        return (name, y, d.year)
    return None


def side(k):
    _, v, a = k
    return (v > a) - (v < a)


def is_direction(gv, pv, pub):
    gk, pk = key(gv, pub), key(pv, pub)
    if not gk or not pk or gk[0] != pk[0]:
        return False
    gs, ps = side(gk), side(pk)
    return gs != ps and (gs != 0 or ps != 0) and gs * ps <= 0


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    listing = "--list" in sys.argv
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    gold, pred = load(args[0]), load(args[1])
    n = {"gold": 0, "correct": 0, "direction": 0, "other": 0, "missed": 0, "spurious": 0}
    for gid, g in gold.items():
        golds = g.get("dates") or []
        p = pred.get(gid) or {}
        preds = p.get("dates") or []
        pub = g.get("published") or ""
        n["gold"] += sum(1 for x in golds if not x.get("optional"))
        matched = pair(preds, golds)
        mp = {i for i, _ in matched}
        mg = {j for _, j in matched}
        for i, j in matched:
            gx, px = golds[j], preds[i]
            if gx.get("optional"):
                continue
            vals = {gx["value"], *gx.get("value_alt", [])}
            pv = str(px.get("value", ""))
            if pv in vals:
                n["correct"] += 1
                continue
            kind = "direction" if is_direction(gx["value"], pv, pub) else "other"
            n[kind] += 1
            if listing:
                print(f"{kind:9} {gid[:24]:24} {gx['text']!r} gold={gx['value']} lede={pv} ({px.get('text')!r})")
        for j, gx in enumerate(golds):
            if j not in mg and not gx.get("optional"):
                n["missed"] += 1
                if listing:
                    print(f"missed    {gid[:24]:24} {gx['text']!r} gold={gx['value']}")
        for i, px in enumerate(preds):
            if i not in mp:
                n["spurious"] += 1
                if listing:
                    print(f"spurious  {gid[:24]:24} {px.get('text')!r} lede={px.get('value')}")
    print(" ".join(f"{k} {v}" for k, v in n.items()))


if __name__ == "__main__":
    main()
