#!/usr/bin/env python3
"""Check gold.jsonl of the fresh-2026-12 set against the pages it was annotated from.

usage: python3 check_gold.py READABILITY_GIT_DIR_OR_WORKTREE [gold.jsonl]

Every line must be valid JSON with the e2e-dev fields, and every date, money,
quote and venue text and every entity name must occur in the article body:
the text of readability's expected.html for that page (tags stripped, HTML
entities decoded, whitespace collapsed; texts are compared with their
whitespace collapsed too, so multi-paragraph quotes with "\\n\\n" match).
Also reports list items that are out of body order (dates, money, quotes).
"""
import html, json, os, re, subprocess, sys

FIELDS = ("id", "url", "title", "authors", "published", "dates", "money", "quotes", "venues", "entities")


def page_text(src, name):
    rel = f"test/test-pages/{name}/expected.html"
    if os.path.isfile(os.path.join(src, rel)):
        h = open(os.path.join(src, rel), encoding="utf-8").read()
    else:
        h = subprocess.run(["git", "-C", src, "show", f"HEAD:{rel}"], capture_output=True,
                           text=True, check=True).stdout
    h = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)</?(p|div|h[1-6]|li|ul|ol|br|hr|figure|figcaption|blockquote|table|tr|td|th|section|article|header|footer|img|dl|dt|dd)\b[^>]*>", " ", h)
    h = re.sub(r"<[^>]+>", "", h)
    return norm(html.unescape(h))


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def main():
    src = sys.argv[1]
    gold = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "gold.jsonl")
    bad = 0
    for n, line in enumerate(open(gold, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            g = json.loads(line)
        except json.JSONDecodeError as e:
            print(f"line {n}: bad JSON: {e}"); bad += 1; continue
        missing = [f for f in FIELDS if f not in g]
        if missing:
            print(f"line {n}: missing fields {missing}"); bad += 1
        body = page_text(src, g["id"])
        for f in ("dates", "money", "quotes", "venues"):
            last = -1
            for it in g.get(f, []):
                t = norm(it["text"])
                pos = body.find(t)
                if pos < 0:
                    print(f"{g['id']}: {f}: not in body: {it['text']!r}"); bad += 1
                    continue
                if f != "venues":
                    p2 = body.find(t, last + 1)
                    if p2 < 0:
                        print(f"{g['id']}: {f}: out of body order: {it['text']!r}")
                    else:
                        last = p2
        for lab, names in g.get("entities", {}).items():
            for name in names:
                if norm(name) not in body:
                    print(f"{g['id']}: entity {lab}: not in body: {name!r}"); bad += 1
        print(f"{g['id']}: dates {len(g['dates'])} money {len(g['money'])} quotes {len(g['quotes'])} "
              f"venues {len(g['venues'])} entities {sum(len(v) for v in g['entities'].values())}")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
