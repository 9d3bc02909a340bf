package entities

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/extest"
	"github.com/lede-project/lede/internal/cputime"
	"github.com/lede-project/lede/nlp/ner"
)

// fakeTagger labels the words listed in labels (word -> BIO label) and
// records the hints it was given.
type fakeTagger struct {
	labels map[string]string
	hints  map[string]string // word -> hint seen
}

func (f *fakeTagger) TagEntities(sents, hints [][]string) [][]string {
	out := make([][]string, len(sents))
	for i, s := range sents {
		out[i] = make([]string, len(s))
		for j, w := range s {
			out[i][j] = "O"
			if l, ok := f.labels[w]; ok {
				out[i][j] = l
			}
			f.hints[w] = hints[i][j]
		}
	}
	return out
}

// TestDecideByModel: with a Tagger, a rule's strong label stands whatever
// the tagger says, a guessed one is what the tagger says (a mention of
// ruleModel when it differs), the tagger adds no name the rules did not
// label, NORP mentions stay, and the tagger sees the rules' labels and
// rules as hints.
func TestDecideByModel(t *testing.T) {
	const s = "Mayor Jane Smith of Boston met Quorvex Zandt on Monday, and Quorvex Zandt said no. French officials agreed."
	rules := map[string]extractors.Entity{}
	for _, e := range rulesRun(t, s) {
		rules[e.Text] = e
	}
	for name, rule := range map[string]string{"Jane Smith": "", "Boston": "gazetteer", "Quorvex Zandt": "name-shape", "French": "gazetteer"} {
		if e, ok := rules[name]; !ok || (rule != "" && e.Rule != rule) {
			t.Fatalf("rules alone: %s = %+v, want a mention by rule %q", name, e, rule)
		}
	}
	tg := &fakeTagger{hints: map[string]string{}, labels: map[string]string{
		"Quorvex": "B-ORG", "Zandt": "I-ORG", // the rules' guess, PERSON, overruled
		"Monday": "B-ORG", // the rules label nothing here: not added
		// Jane Smith and Boston left out: the rules are sure of them
	}}
	text := extest.Analyse(s)
	text.Tagger = tg
	f := &extractors.Findings{}
	New().Extract(text, f)
	checkRules(t, f)
	var got []string
	for _, e := range f.Entities {
		got = append(got, e.Text+" "+e.Label+" "+e.Rule)
	}
	js := rules["Jane Smith"]
	// The first "Quorvex Zandt" is a candidate the rules reject: the
	// tagger's ORG does not bring it back.
	want := []string{"Jane Smith PERSON " + js.Rule, "Boston GPE gazetteer", "Quorvex Zandt ORG model", "French NORP gazetteer"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("entities (-want +got):\n%s", d)
	}
	for w, h := range map[string]string{"Jane": "B-PERSON|" + js.Rule, "Smith": "I-PERSON|" + js.Rule,
		"Quorvex": "B-PERSON|name-shape", "met": "O"} {
		if tg.hints[w] != h {
			t.Errorf("hint for %s = %q, want %q", w, tg.hints[w], h)
		}
	}
}

// rulesRun returns the mentions of the rules alone on s.
func rulesRun(t *testing.T, s string) []extractors.Entity {
	t.Helper()
	f := &extractors.Findings{}
	New().Extract(extest.Analyse(s), f)
	return f.Entities
}

// TestRuleNamed: a hint names a rule's label unless it is O or a rejected
// candidate's X.
func TestRuleNamed(t *testing.T) {
	for hs, want := range map[string]bool{"O O": false, "B-X|sentence-opener I-X|": false,
		"O B-ORG|gazetteer": true, "I-PERSON|title": true} {
		if got := ruleNamed(strings.Fields(hs)); got != want {
			t.Errorf("ruleNamed(%s) = %v", hs, got)
		}
	}
}

// nerTagger is the embedded nlp/ner model as a Text.Tagger, as the
// pipeline sets it.
type nerTagger struct{ m *ner.Model }

func (g nerTagger) TagEntities(sents, hints [][]string) [][]string {
	return g.m.TagDocumentHinted(sents, hints, nil)
}

// BenchmarkEntitiesTagged is BenchmarkEntities with the tagger deciding
// (the pipeline's entity stage); tokens/cpu-s is the speed
// measure (>= 300k tokens per CPU-second, run with -cpu 1):
//
//	go test ./extractors/entities -run '^$' -bench Entities -cpu 1
func BenchmarkEntitiesTagged(b *testing.B) {
	raw, err := os.ReadFile("../../testdata/presstv-us-russia-talks.txt")
	if err != nil {
		b.Fatal(err)
	}
	m, err := ner.Load()
	if err != nil {
		b.Fatal(err)
	}
	text := extest.Analyse(string(raw))
	text.Tagger = nerTagger{m}
	x := New()
	b.ReportAllocs()
	n, cpu := 0, cputime.Used()
	for b.Loop() {
		x.Extract(text, &extractors.Findings{})
		n++
	}
	used := (cputime.Used() - cpu).Seconds()
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(n*len(text.Tokens))/used, "tokens/cpu-s")
}
