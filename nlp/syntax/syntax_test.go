package syntax

import (
	"strings"
	"testing"

	"github.com/lede-project/lede/extractors"
)

func tokens(text string, words ...string) []extractors.Token {
	var out []extractors.Token
	at := 0
	for _, w := range words {
		for text[at:at+len(w)] != w {
			at++
		}
		out = append(out, extractors.Token{Text: w, Start: at, End: at + len(w)})
		at += len(w)
	}
	return out
}

func TestWordsSplitsAsUD(t *testing.T) {
	text := "I've said we cannot leave in May."
	toks := tokens(text, "I've", "said", "we", "cannot", "leave", "in", "May.")
	var got []string
	for _, sp := range Words(text, toks, nil) {
		got = append(got, text[sp[0]:sp[1]])
	}
	want := []string{"I", "'ve", "said", "we", "can", "not", "leave", "in", "May", "."}
	if len(got) != len(want) {
		t.Fatalf("Words = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Words = %q, want %q", got, want)
		}
	}
}

// TestParseSentence pins the subject of a reporting verb in an inverted
// attribution, the parse the quote extractor reads.
func TestParseSentence(t *testing.T) {
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	text := `"It is over," said Jane Smith, the mayor.`
	toks := tokens(text, `"`, "It", "is", "over", ",", `"`, "said", "Jane", "Smith", ",", "the", "mayor", ".")
	w := p.ParseSentence(text, toks)
	if len(w) != len(toks) {
		t.Fatalf("%d words for %d tokens", len(w), len(toks))
	}
	said := 6
	subj := extractors.Child(w, said, "nsubj")
	if subj < 0 || text[w[subj].Start:w[subj].End] != "Jane" {
		t.Fatalf("nsubj of said = %d, want Jane (UD heads a flat name on its first word); parse %+v", subj, w)
	}
	if w[said].Lemma != "say" {
		t.Errorf("lemma of said = %q", w[said].Lemma)
	}
}

func TestWordsHyphensAndMarks(t *testing.T) {
	for _, c := range []struct {
		text string
		toks []string
		want []string
	}{
		{"A long-term deal.", []string{"A", "long-term", "deal", "."}, []string{"A", "long", "-", "term", "deal", "."}},
		{"The 15-year-old non-profit co-founder", []string{"The", "15-year-old", "non-profit", "co-founder"},
			[]string{"The", "15", "-", "year", "-", "old", "non-profit", "co-founder"}},
		{"Call 555-1234 or 1-800-555-1234 in 1990-1995", []string{"Call", "555-1234", "or", "1-800-555-1234", "in", "1990-1995"},
			[]string{"Call", "555-1234", "or", "1-800-555-1234", "in", "1990", "-", "1995"}},
		{"See www.x-y.com -- and e-mail", []string{"See", "www.x-y.com", "--", "and", "e-mail"},
			[]string{"See", "www.x-y.com", "--", "and", "e-mail"}},
		{"Wait... what?! No!! ?", []string{"Wait", ".", ".", ".", "what", "?", "!", "No", "!", "!", "?"},
			[]string{"Wait", "...", "what", "?!", "No", "!!", "?"}},
		{"and/or s/he w/o 3/4 ...Now", []string{"and/or", "s/he", "w/o", "3/4", "...Now"},
			[]string{"and", "/", "or", "s/he", "w/o", "3/4", "...", "Now"}},
		{"It was Coca-Cola.", []string{"It", "was", "Coca-Cola."}, []string{"It", "was", "Coca", "-", "Cola", "."}},
	} {
		var got []string
		for _, sp := range Words(c.text, tokens(c.text, c.toks...), nil) {
			got = append(got, c.text[sp[0]:sp[1]])
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("Words(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
