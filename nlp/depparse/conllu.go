package depparse

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Word is one syntactic word of a CoNLL-U sentence. ID counts from 1; Head
// is the ID of the head word, 0 for the root and -1 when the file gives none.
type Word struct {
	ID                      int
	Form, Lemma, UPOS, XPOS string
	Feats                   string
	Head                    int
	Deprel, Deps, Misc      string
}

// Sentence is one CoNLL-U sentence: its comment lines (without "# ") and its
// syntactic words. Multiword-token ranges ("1-2") and empty nodes ("1.1")
// are dropped when reading, so Words[i].ID == i+1.
type Sentence struct {
	Comments []string
	Words    []Word
}

// Comment returns the value of the comment "key = value", or "".
func (s *Sentence) Comment(key string) string {
	for _, c := range s.Comments {
		k, v, ok := strings.Cut(c, "=")
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// ReadCoNLLU reads every sentence of a CoNLL-U stream. A malformed line is
// an error naming its line number; the sentences before it are returned.
func ReadCoNLLU(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	var (
		out []Sentence
		cur Sentence
		n   int
	)
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		switch {
		case strings.TrimSpace(line) == "":
			flush()
		case strings.HasPrefix(line, "#"):
			cur.Comments = append(cur.Comments, strings.TrimSpace(line[1:]))
		default:
			w, skip, err := parseWordLine(line)
			if err != nil {
				return out, fmt.Errorf("conllu line %d: %w", n, err)
			}
			if skip {
				continue
			}
			if w.ID != len(cur.Words)+1 {
				return out, fmt.Errorf("conllu line %d: word id %d out of sequence", n, w.ID)
			}
			cur.Words = append(cur.Words, w)
		}
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("conllu line %d: %w", n+1, err)
	}
	flush()
	return out, nil
}

// parseWordLine parses one ten-column word line; skip reports a multiword
// range or an empty node.
func parseWordLine(line string) (w Word, skip bool, err error) {
	f := strings.Split(line, "\t")
	if len(f) != 10 {
		return w, false, fmt.Errorf("%d columns, want 10", len(f))
	}
	if strings.ContainsAny(f[0], "-.") {
		return w, true, nil
	}
	if w.ID, err = strconv.Atoi(f[0]); err != nil || w.ID < 1 {
		return w, false, fmt.Errorf("bad word id %q", f[0])
	}
	w.Head = -1
	if f[6] != "_" {
		if w.Head, err = strconv.Atoi(f[6]); err != nil || w.Head < 0 {
			return w, false, fmt.Errorf("bad head %q", f[6])
		}
	}
	w.Form, w.Lemma, w.UPOS, w.XPOS, w.Feats = f[1], f[2], f[3], f[4], f[5]
	w.Deprel, w.Deps, w.Misc = f[7], f[8], f[9]
	return w, false, nil
}

// WriteCoNLLU writes sentences in CoNLL-U; empty fields are written as "_".
func WriteCoNLLU(w io.Writer, sents []Sentence) error {
	bw := bufio.NewWriter(w)
	for _, s := range sents {
		for _, c := range s.Comments {
			fmt.Fprintf(bw, "# %s\n", c)
		}
		for i, x := range s.Words {
			head := "_"
			if x.Head >= 0 {
				head = strconv.Itoa(x.Head)
			}
			fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", i+1,
				field(x.Form), field(x.Lemma), field(x.UPOS), field(x.XPOS),
				field(x.Feats), head, field(x.Deprel), field(x.Deps), field(x.Misc))
		}
		bw.WriteString("\n")
	}
	return bw.Flush()
}

// field makes a value safe for one CoNLL-U column.
func field(s string) string {
	if s == "" {
		return "_"
	}
	if strings.ContainsAny(s, "\t\n\r") {
		return strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return ' '
			}
			return r
		}, s)
	}
	return s
}
