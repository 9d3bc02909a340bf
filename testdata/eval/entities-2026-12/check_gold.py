#!/usr/bin/env python3
"""Check gold.jsonl of the entities-2026-12 set against the pages it was annotated from.

usage: python3 check_gold.py POSTLIGHT_PARSER_GIT_DIR_OR_WORKTREE [gold.jsonl]

Every line must be valid JSON with id and entities (labels PERSON, ORG, GPE,
LOC); every entity name, required or optional, must occur in the page's
visible text (tags stripped, script and style dropped, HTML entities
decoded, whitespace collapsed); an alias (a predicted form, which the page
need not write) must name a required entity. The page is
fixtures/<id>.html of github.com/postlight/parser.
"""
import html, html.parser, json, os, subprocess, sys

LABELS = {"PERSON", "ORG", "GPE", "LOC"}


class Visible(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.skip, self.parts = 0, []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript", "svg"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript", "svg"):
            self.skip = max(0, self.skip - 1)
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def page_text(src, name):
    rel = f"fixtures/{name}.html"
    if os.path.isfile(os.path.join(src, rel)):
        h = open(os.path.join(src, rel), encoding="utf-8", errors="replace").read()
    else:
        h = subprocess.run(["git", "-C", src, "show", f"HEAD:{rel}"], capture_output=True,
                           text=True, check=True).stdout
    p = Visible()
    p.feed(h)
    return " ".join(html.unescape("".join(p.parts)).replace("\u00a0", " ").split())


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
        if "id" not in g or not isinstance(g.get("entities"), dict):
            print(f"line {n}: needs id and entities"); bad += 1; continue
        body = page_text(src, g["id"])
        for field in ("entities", "entities_optional"):
            for lab, names in (g.get(field) or {}).items():
                if lab not in LABELS:
                    print(f"{g['id']}: {field} has label {lab!r}"); bad += 1
                for name in names:
                    if name not in body:
                        print(f"{g['id']}: {field} {lab} {name!r} not in the page"); bad += 1
        required = {x.lower() for names in g["entities"].values() for x in names}
        for alias, canon in (g.get("entity_aliases") or {}).items():
            if canon.lower() not in required:
                print(f"{g['id']}: alias {alias!r} names {canon!r}, not a required entity"); bad += 1
    if bad:
        sys.exit(f"{bad} problems")
    print("ok")


if __name__ == "__main__":
    main()
