package pipeline

import (
	"bytes"
	"strconv"
	"strings"
)

// MarshalCoNLLU writes r's parse (Result.Tokens, from Config.Syntax) as
// CoNLL-U, the format of Universal Dependencies tools: a "# newdoc id"
// line naming the source, then one block per sentence with "# sent_id"
// and "# text", one line per token (ID FORM LEMMA UPOS XPOS FEATS HEAD
// DEPREL DEPS MISC; FEATS and DEPS "_"; MISC SpaceAfter=No where the next
// token follows without a space), and a blank line. A sentence without
// tokens is left out.
func MarshalCoNLLU(r *Result) []byte {
	var b bytes.Buffer
	text := []rune(r.Text)
	b.WriteString("# newdoc id = " + oneLine(firstNonEmpty(r.ID, r.Source)) + "\n")
	k := 0
	for n, s := range r.Sentences {
		for k < len(r.Tokens) && r.Tokens[k].End <= s.Start {
			k++
		}
		first := k
		for k < len(r.Tokens) && r.Tokens[k].Start < s.End {
			k++
		}
		if first == k {
			continue
		}
		b.WriteString("# sent_id = " + strconv.Itoa(n+1) + "\n")
		b.WriteString("# text = " + oneLine(string(text[s.Start:s.End])) + "\n")
		for i := first; i < k; i++ {
			writeCoNLLUToken(&b, r.Tokens, i, first, k)
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// writeCoNLLUToken writes token i of the sentence [first, end).
func writeCoNLLUToken(b *bytes.Buffer, toks []SyntaxToken, i, first, end int) {
	t := toks[i]
	head := 0
	if t.Head >= 0 {
		head = t.Head - first + 1
	}
	misc := "_"
	if i+1 < end && toks[i+1].Start == t.End {
		misc = "SpaceAfter=No"
	}
	for _, f := range []string{strconv.Itoa(i - first + 1), field(t.Text), field(t.Lemma), field(t.UPOS), field(t.Tag), "_", strconv.Itoa(head), field(t.Dep), "_"} {
		b.WriteString(f)
		b.WriteByte('\t')
	}
	b.WriteString(misc)
	b.WriteByte('\n')
}

// field makes a CoNLL-U field: no tabs or line breaks, "_" when empty.
func field(s string) string {
	if s == "" {
		return "_"
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

// oneLine folds line breaks into spaces, for CoNLL-U comment lines.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
