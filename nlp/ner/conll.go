package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// ReadIOB reads CoNLL-style columns: one token a line, the word first and
// the entity label last, sentences separated by blank lines; -DOCSTART-
// lines and '#' comments are skipped. IOB1 labels (I- at a span's start)
// are converted to BIO. mapType renames entity types (e.g. PER → PERSON);
// types it maps to "" become O. A nil mapType keeps types as they are.
func ReadIOB(r io.Reader, mapType func(string) string) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	doc := 0
	flush := func() {
		if len(cur.Words) > 0 {
			s := toBIO(cur, mapType)
			s.Doc = doc
			out = append(out, s)
		}
		cur = Sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(t) == "" {
			flush()
			continue
		}
		if strings.HasPrefix(t, "-DOCSTART-") {
			flush()
			if len(out) > 0 {
				doc++
			}
			continue
		}
		if strings.HasPrefix(t, "# ") {
			flush()
			continue
		}
		f := strings.Fields(t)
		if len(f) < 2 {
			return nil, fmt.Errorf("read IOB: line %d: want word and label", line)
		}
		cur.Words = append(cur.Words, f[0])
		cur.Labels = append(cur.Labels, f[len(f)-1])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read IOB: %w", err)
	}
	flush()
	return out, nil
}

// toBIO renames types and rewrites IOB1 or BIO labels as BIO.
func toBIO(s Sentence, mapType func(string) string) Sentence {
	out := Sentence{Words: s.Words, Labels: make([]string, len(s.Labels))}
	prev := "O"
	for i, l := range s.Labels {
		if l == "O" || len(l) < 3 || l[1] != '-' {
			out.Labels[i], prev = "O", "O"
			continue
		}
		tag, typ := l[0], l[2:]
		if mapType != nil {
			typ = mapType(typ)
		}
		if typ == "" {
			out.Labels[i], prev = "O", "O"
			continue
		}
		if tag == 'B' || prev != typ {
			out.Labels[i] = "B-" + typ
		} else {
			out.Labels[i] = "I-" + typ
		}
		prev = typ
	}
	return out
}
