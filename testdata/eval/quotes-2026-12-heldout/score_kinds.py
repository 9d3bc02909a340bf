#!/usr/bin/env python3
"""score_kinds.py splits the quotes score of the quotes-2026-12 set by kind.

usage: score_kinds.py SCORE_E2E.py GOLD.jsonl PRED.jsonl

It matches predictions to gold quotes exactly as score_e2e.py does (one-to-one,
greedy, word overlap >= 0.5, document by document; optional gold items are
don't-care), then reports span and attribution P/R/F1 per gold `kind`
(direct, partial, multi-paragraph). A false positive is charged to the kind
the prediction claims: multi-paragraph when its text holds a line break,
else its own `kind` when that is "partial", else direct.
Standard library only.
"""
import importlib.util
import json
import sys

KINDS = ("direct", "partial", "multi-paragraph")


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score_e2e", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def pred_kind(p):
    if "\n" in str(p.get("text") or ""):
        return "multi-paragraph"
    return "partial" if p.get("kind") == "partial" else "direct"


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__)
    S = load_scorer(argv[1])
    gold = S.load_jsonl(argv[2], True)
    preds = S.join_preds(gold, S.load_jsonl(argv[3], False))
    span = {k: S.Counts() for k in KINDS}
    attr = {k: S.Counts() for k in KINDS}
    for g in gold:
        p = preds.get(g["_id"], {})
        gq = [x for x in S.as_list(g.get("quotes")) if isinstance(x, dict)]
        pq = [x for x in S.as_list(p.get("quotes")) if isinstance(x, dict)]
        m = S.greedy(pq, gq, S.quote_ratio)
        matched_p = {i for i, _ in m}
        matched_g = {j for _, j in m}
        for i, j in m:
            if gq[j].get("optional"):
                continue
            k = gq[j].get("kind", "direct")
            span[k].add(1, 0, 0)
            if S.speaker_ok(pq[i].get("speaker"), gq[j]):
                attr[k].add(1, 0, 0)
            else:
                attr[k].add(0, 1, 1)
        for j, x in enumerate(gq):
            if j not in matched_g and not x.get("optional"):
                k = x.get("kind", "direct")
                span[k].add(0, 0, 1)
                attr[k].add(0, 0, 1)
        for i, x in enumerate(pq):
            if i not in matched_p:
                k = pred_kind(x)
                span[k].add(0, 1, 0)
                attr[k].add(0, 1, 0)
    out = {}
    for k in KINDS:
        n = sum(1 for g in gold for q in S.as_list(g.get("quotes"))
                if q.get("kind", "direct") == k and not q.get("optional"))
        sp, sr, sf = span[k].prf()
        ap, ar, af = attr[k].prf()
        out[k] = {"gold": n, "span_f1": round(sf, 3), "attr_f1": round(af, 3)}
        print(f"{k:16s} gold {n:3d}  span P {sp:.3f} R {sr:.3f} F1 {sf:.3f}"
              f"  attr P {ap:.3f} R {ar:.3f} F1 {af:.3f}")
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv)
