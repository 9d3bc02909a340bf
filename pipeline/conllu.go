package pipeline

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/lede-project/lede/nlp/depparse"
)

// MarshalCoNLLU writes r's parse (Result.Tokens, from Config.Syntax) as
// CoNLL-U, the format of Universal Dependencies tools, with the parser's
// own writer: a "# newdoc id" line naming the source, then one block per
// sentence with "# sent_id" and "# text", one line per token (FEATS and
// DEPS "_"; MISC SpaceAfter=No where the next token follows without a
// space), and a blank line. A sentence without tokens is left out.
func MarshalCoNLLU(r *Result) []byte {
	newdoc := "newdoc id = " + oneLine(firstNonEmpty(r.ID, r.Source))
	text := []rune(r.Text)
	var sents []depparse.Sentence
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
		sent := depparse.Sentence{Comments: []string{"sent_id = " + strconv.Itoa(n+1), "text = " + oneLine(string(text[s.Start:s.End]))}}
		if len(sents) == 0 {
			sent.Comments = append([]string{newdoc}, sent.Comments...)
		}
		for i := first; i < k; i++ {
			sent.Words = append(sent.Words, conlluWord(r.Tokens, i, first, k))
		}
		sents = append(sents, sent)
	}
	var b bytes.Buffer
	if len(sents) == 0 {
		b.WriteString("# " + newdoc + "\n")
	}
	depparse.WriteCoNLLU(&b, sents) // a bytes.Buffer does not fail
	return b.Bytes()
}

// conlluWord is token i of the sentence [first, end) as a CoNLL-U word:
// its head counted from 1 within the sentence, 0 for the root.
func conlluWord(toks []SyntaxToken, i, first, end int) depparse.Word {
	t := toks[i]
	w := depparse.Word{ID: i - first + 1, Form: t.Text, Lemma: t.Lemma, UPOS: t.UPOS, XPOS: t.Tag, Deprel: t.Dep}
	if t.Head >= 0 {
		w.Head = t.Head - first + 1
	}
	if i+1 < end && toks[i+1].Start == t.End {
		w.Misc = "SpaceAfter=No"
	}
	return w
}

// oneLine folds line breaks into spaces, for CoNLL-U comment lines.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
