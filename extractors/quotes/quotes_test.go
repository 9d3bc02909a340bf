package quotes

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/extest"
	"golang.org/x/tools/txtar"
)

// testText builds a Text the way extractor tests do (extest.Analyse):
// paragraphs from blank lines, tokens from a simple splitter, no tags.
func testText(s string) *extractors.Text { return extest.Analyse(s) }

// checkInvariants fails t when an item's offsets are outside the text,
// do not match its text, or the list is not sorted.
func checkInvariants(t testing.TB, text string, qs []extractors.Quote) {
	t.Helper()
	for i, q := range qs {
		if q.Start < 0 || q.End > len(text) || q.Start > q.End {
			t.Fatalf("quote %d: offsets [%d,%d) outside text of %d bytes", i, q.Start, q.End, len(text))
		}
		if text[q.Start:q.End] != q.Text {
			t.Fatalf("quote %d: text[%d:%d] = %q, item text %q", i, q.Start, q.End, text[q.Start:q.End], q.Text)
		}
		if q.SpeakerStart != nil && (*q.SpeakerStart < 0 || *q.SpeakerEnd > len(text) || *q.SpeakerStart > *q.SpeakerEnd) {
			t.Fatalf("quote %d: speaker offsets [%d,%d) outside text", i, *q.SpeakerStart, *q.SpeakerEnd)
		}
		if i > 0 && extractors.ByPos(qs[i-1].Start, qs[i-1].End, q.Start, q.End) > 0 {
			t.Fatalf("quotes not sorted at %d", i)
		}
	}
}

// caseLines renders items as the "content | speaker | cue" lines of a case.
func caseLines(qs []extractors.Quote) []string {
	out := []string{}
	for _, q := range qs {
		sp, cue := string(q.Speaker), q.Cue
		if sp == "" {
			sp = "-"
		}
		if cue == "" {
			cue = "-"
		}
		out = append(out, fmt.Sprintf("%s | %s | %s", strings.ReplaceAll(q.Text, "\n", `\n`), sp, cue))
	}
	return out
}

// evidenceLines renders the --explain evidence of the direct quotes of
// text as "N: line", N counting quotes from 1.
func evidenceLines(text string) []string {
	f := &extractors.Findings{Explain: true}
	New().Extract(testText(text), f)
	f.Sort()
	out := []string{}
	for i, q := range f.Quotes {
		for _, e := range q.Evidence {
			out = append(out, fmt.Sprintf("%d: %s", i+1, e))
		}
	}
	return out
}

func extract(text string) *extractors.Findings {
	t := testText(text)
	f := &extractors.Findings{}
	New().Extract(t, f)
	f.Sort()
	return f
}

// TestQuotesCases runs the txtar cases of testdata/quotes (see its
// README.md).
func TestQuotesCases(t *testing.T) {
	extest.EachCase(t, func(t *testing.T, file string, a *txtar.Archive) {
		input, ok := extest.Section(a, "input")
		if !ok {
			t.Fatalf("%s: no input section", file)
		}
		text := strings.TrimRight(input, "\n")
		f := extract(text)
		checkInvariants(t, text, f.Quotes)
		checkInvariants(t, text, f.Reported)
		partial := []string{}
		for _, q := range f.Quotes {
			switch q.Kind {
			case "partial":
				partial = append(partial, strings.TrimSpace(q.Text))
			case "direct":
			default:
				t.Errorf("quote %q has kind %q, want direct or partial", q.Text, q.Kind)
			}
		}
		want, _ := extest.Section(a, "partial")
		if diff := cmp.Diff(extest.Lines(want), partial); diff != "" {
			t.Errorf("partial quotes (-want +got):\n%s", diff)
		}
		for _, q := range f.Reported {
			if q.Kind != "indirect" {
				t.Errorf("reported %q has kind %q, want indirect", q.Text, q.Kind)
			}
		}
		if want, ok := extest.Section(a, "quotes"); ok {
			if diff := cmp.Diff(extest.Lines(want), caseLines(f.Quotes)); diff != "" {
				t.Errorf("quotes (-want +got):\n%s", diff)
			}
		}
		if want, ok := extest.Section(a, "reported"); ok {
			if diff := cmp.Diff(extest.Lines(want), caseLines(f.Reported)); diff != "" {
				t.Errorf("reported (-want +got):\n%s", diff)
			}
		}
		if want, ok := extest.Section(a, "evidence"); ok {
			if diff := cmp.Diff(extest.Lines(want), evidenceLines(text)); diff != "" {
				t.Errorf("evidence (-want +got):\n%s", diff)
			}
		}
		if data, ok := extest.Section(a, "titles"); ok {
			want := extest.Lines(data)
			var got []string
			for _, line := range want {
				sp, _, _ := strings.Cut(line, " | ")
				for _, q := range f.Quotes {
					if string(q.Speaker) == sp {
						got = append(got, sp+" | "+q.SpeakerTitle)
						break
					}
				}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("titles (-want +got):\n%s", diff)
			}
		}
	})
}

// TestQuoteSpans checks the pairing of quote marks in isolation.
func TestQuoteSpans(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"curly", `He said “yes it is” and left.`, []string{"yes it is"}},
		{"straight", `"One two three," she said.`, []string{"One two three,"}},
		{"closing mark as opener", `said, ”When we sit down to talk.”`, []string{"When we sit down to talk."}},
		{"lexis", `''We will appeal,'' said Mr. Hollis.`, []string{"We will appeal,"}},
		{"backticks", "``We will appeal,'' said Mr. Hollis.", []string{"We will appeal,"}},
		{"curly doubled singles close", `“It was an attempt to mislead voters,’’ Moy told the BBC.`, []string{"It was an attempt to mislead voters,"}},
		{"guillemets", `«Nous partons demain,» a-t-il dit.`, []string{"Nous partons demain,"}},
		{"german", `„Wir gehen morgen“, sagte er.`, []string{"Wir gehen morgen"}},
		{"nested single", `“He said ‘never again’ to me,” she said.`, []string{"He said ‘never again’ to me,"}},
		{"apostrophes only", `It's the players' day, isn't it?`, nil},
		{"inches are not marks", `The board was 12" wide and 3" thick.`, nil},
		{"space inside marks trimmed", `“ spaced out quote here ” he said.`, []string{"spaced out quote here"}},
		{"multi-paragraph", "\"First part of it here.\n\n\"Second part of it.\" Then more.", []string{"First part of it here.\n\n\"Second part of it."}},
		{"unterminated at paragraph start", "\"An open quote that runs to the end\n\nNext paragraph \"closed one here\" ok.", []string{"An open quote that runs to the end", "closed one here"}},
		{"unterminated mid-sentence dropped", "He wrote \"an open mark and no end\n\nNext one.", nil},
		{"second opener ends a stray one", `He said “one two three “four five six” ok.`, []string{"four five six"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tx := &extractors.Text{Text: tt.text}
			var got []string
			for _, sp := range findSpans(tx) {
				got = append(got, tt.text[sp.start:sp.end])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("spans (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSeedQuotes checks the headline facts of the seed article.
func TestSeedQuotes(t *testing.T) {
	b, err := os.ReadFile("../../testdata/presstv-us-russia-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	f := extract(string(b))
	checkInvariants(t, string(b), f.Quotes)
	want := map[string]string{
		"January 10 will be the main day": "Sergei Ryabkov",
		"When we sit down to talk":        "The spokesperson for the White House's National Security Council",
	}
	got := map[string]string{}
	for _, q := range f.Quotes {
		prefix := q.Text
		for p := range want {
			if strings.HasPrefix(q.Text, p) {
				prefix = p
			}
		}
		got[prefix] = string(q.Speaker)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("seed quotes by opening words (-want +got):\n%s", diff)
	}
	i := slices.IndexFunc(f.Reported, func(q extractors.Quote) bool { return strings.HasPrefix(q.Text, "Moscow and the NATO will hold talks") })
	if i < 0 {
		t.Errorf("no reported speech \"Moscow and the NATO will hold talks…\": %q", caseLines(f.Reported))
	}
}

// FuzzQuotes checks invariants on arbitrary text with quote marks of every
// kind: no panic, offsets inside the text, item text equal to its span,
// sorted output, and determinism.
//
//	go test ./extractors/quotes -run '^$' -fuzz FuzzQuotes -fuzztime 60s
func FuzzQuotes(f *testing.F) {
	seeds := []string{
		`"Unbalanced quote here, said Smith.`,
		"“Curly open and never closed\n\n“Reopened,” he said.",
		`''Lexis open`, "``back ticks'' and '' stray", `«guillemet «nested» »`,
		`„German“ and ”reversed“ marks`, `’’ ‘‘ ’ ‘ " " “ ”`,
		"\"A,\" he said, \"B.\"\n\n\"C\n\n\"D\"",
		"Smith: \"x y z w\" — said she; according to \"",
		string([]byte{0xff, '"', 0xfe, '"'}),
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !strings.ContainsFunc(s, func(r rune) bool { return !unicode.IsSpace(r) }) {
			return
		}
		done := make(chan *extractors.Findings, 1)
		go func() { done <- extract(s) }()
		var a *extractors.Findings
		select {
		case a = <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("HANG %q", s)
		}
		checkInvariants(t, s, a.Quotes)
		checkInvariants(t, s, a.Reported)
		b := extract(s)
		if diff := cmp.Diff(caseLines(a.Quotes), caseLines(b.Quotes)); diff != "" {
			t.Fatalf("not deterministic (-first +second):\n%s", diff)
		}
	})
}

// TestReportedRunOn checks that a run-on text of many statements (a page
// without full stops) gives reported speech that grows with the text, not
// with its square.
func TestReportedRunOn(t *testing.T) {
	const n = 400
	text := strings.Repeat("The minister said talks in Geneva cost $5 million on Monday, ", n)
	f := extract(text)
	checkInvariants(t, text, f.Reported)
	total := 0
	for _, q := range f.Reported {
		total += len(q.Text)
	}
	if total > 4*len(text) {
		t.Errorf("reported speech holds %d bytes for a text of %d", total, len(text))
	}
}

// TestQSplitLong checks that an overlong sentence is analysed in pieces
// ending at commas, covering every word once.
func TestQSplitLong(t *testing.T) {
	text := strings.Repeat("The minister said talks cost $5 million on Monday, ", 100)
	sents := segment(testText(text), []extractors.Range{{Start: 0, End: len(text)}}, nil)
	if len(sents) < 2 {
		t.Fatalf("%d sentences, want the run-on text in pieces", len(sents))
	}
	n := 0
	for _, s := range sents {
		if len(s.words) > maxSentenceWords {
			t.Errorf("piece of %d words", len(s.words))
		}
		if last := s.words[len(s.words)-1].text; s.End < len(text)-2 && last != "," {
			t.Errorf("piece ends at %q, want a comma", last)
		}
		n += len(s.words)
	}
	if want := len(segment(testText(text[:len(text)/100]), []extractors.Range{{Start: 0, End: len(text) / 100}}, nil)[0].words) * 100; n != want {
		t.Errorf("pieces hold %d words, want %d", n, want)
	}
}

// TestQuotesInvertedNounCue checks that a cue right after a quote and
// before a name counts as a verb even when the tagger calls it a noun, and
// that the same word tagged as a noun elsewhere is no cue.
func TestQuotesInvertedNounCue(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"inverted", `"The album is finished," comments Ruiz in a statement.`,
			[]string{"The album is finished, | Ruiz | comments"}},
		{"inverted notes", `"Turnout was low," notes Hale, a pollster.`,
			[]string{"Turnout was low, | Hale | notes"}},
		{"noun after the quote", `"The album is finished," comments poured in overnight.`,
			[]string{"The album is finished, | - | -"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			txt := testText(c.text)
			for i, tk := range txt.Tokens {
				switch tk.Text {
				case "comments", "notes":
					txt.Tokens[i].Tag = "NNS" // what the statistical tagger says
				}
			}
			f := &extractors.Findings{}
			New().Extract(txt, f)
			f.Sort()
			if diff := cmp.Diff(c.want, caseLines(f.Quotes)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", c.text, diff)
			}
		})
	}
}
