#!/usr/bin/env python3
"""venue-heads.py measures which words head a place: in GUM's training
documents (never dev or test), for every mention annotated as a `place`
entity whose head word attaches by obl/nmod with the preposition in, at,
inside, outside or near, it counts the lemma and part of speech of the word
it attaches to. Words that head such places are the candidates for the
venue extractor's event predicates and nouns (extractors/venues/data/
words.txt, sections [event verbs] and [event nouns], which record the
threshold used).

usage: scripts/venue-heads.py GUM_GIT_DIR [MIN_COUNT]
  GUM_GIT_DIR: a clone (or bare mirror) of github.com/amir-zeldes/gum or
  UniversalDependencies/UD_English-GUM with not-to-release/sources/*.conllu
  and not-to-release/file-lists/files.train.
"""
import collections, re, subprocess, sys

def show(repo, path):
    return subprocess.run(["git", "-C", repo, "show", "HEAD:" + path], check=True,
                          capture_output=True, text=True).stdout

def sentences(text):
    sent = []
    for line in text.splitlines():
        if not line.strip():
            if sent: yield sent
            sent = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit(): sent.append(cols)
    if sent: yield sent

PREPS = {"in", "at", "inside", "outside", "near"}

def main():
    repo = sys.argv[1]
    minc = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    docs = show(repo, "not-to-release/file-lists/files.train").split()
    counts = collections.Counter()
    have = set(subprocess.run(["git", "-C", repo, "ls-tree", "--name-only", "HEAD",
                               "not-to-release/sources/"], check=True, capture_output=True,
                              text=True).stdout.split())
    for d in docs:
        path = "not-to-release/sources/%s.conllu" % d
        if path not in have:  # reddit documents ship without their text
            continue
        for s in sentences(show(repo, path)):
            # entity heads: the minspan head is where "(id-place-" opens on a
            # token whose head lies outside the span; approximate with every
            # token that opens a place mention and its syntactic head chain
            for i, c in enumerate(s):
                if not re.search(r"Entity=[^|]*\(\d+-place-", c[9]):
                    continue
                # the mention's head: climb while the head is inside the
                # run of tokens that share the mention (flat/compound/amod/det)
                j = i
                while s[j][7] in ("compound", "flat", "amod", "det", "nmod:poss", "nummod") and int(s[j][6]) > 0:
                    j = int(s[j][6]) - 1
                rel = s[j][7].split(":")[0]
                if rel not in ("obl", "nmod"):
                    continue
                cases = [x[2].lower() for x in s if int(x[6]) == j + 1 and x[7] == "case"]
                if not any(p in PREPS for p in cases) or int(s[j][6]) == 0:
                    continue
                h = s[int(s[j][6]) - 1]
                if h[3] in ("VERB", "NOUN"):
                    counts[(h[3], h[2].lower())] += 1
    for (pos, lemma), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        if n >= minc:
            print("%s\t%s\t%d" % (pos, lemma, n))

main()
