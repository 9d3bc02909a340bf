package entities

import (
	"slices"
	"strings"

	"github.com/lede-project/lede/extractors"
)

// ruleModel: the statistical tagger (Text.Tagger) settled a name the
// rules only guessed, weighing the words, their shapes and context, and
// what the rules said of each word (its hints); no rule mention had the
// same words and label.
var ruleModel = rule{name: "model", strength: sure}

// modelTypes are the labels the tagger decides; mentions of other labels
// (NORP) stay as the rules found them.
var modelTypes = map[string]bool{"PERSON": true, "ORG": true, "GPE": true, "LOC": true, "FAC": true}

// ruleNamed reports whether a hint of hs is a label the rules gave (not
// "O", not a rejected candidate's "X").
func ruleNamed(hs []string) bool {
	for _, h := range hs {
		if h != "O" && !strings.HasPrefix(h[1:], "-X|") {
			return true
		}
	}
	return false
}

// decideByModel lets the tagger settle the rules' guesses. The rules'
// mentions and rejected candidates become one hint per token (hints), the
// tagger labels every sentence of the article with them, and then:
//
//   - a mention a rule labels on strong evidence (strength cue or sure:
//     listed names, titles, word classes, context cues) stands, and so
//     does every NORP mention;
//   - a mention labelled by a guess (the look of the words, prose's label
//     alone, or no label) is what the tagger says of its tokens: one of
//     its spans over them keeps the rule's mention when it has the same
//     tokens and label, else becomes a mention of ruleModel; no span, no
//     mention;
//   - the tagger adds no name where the rules labelled nothing.
//
// Measured on the dev sets (see nlp/ner/README.md), letting the tagger
// overrule strong rules or add names of its own costs more precision than
// it gains recall: it learnt how far to trust the rules on its non-news
// training text, where they are weaker than on news.
func (r *extraction) decideByModel(ms []mention) []mention {
	t := r.t
	slices.SortStableFunc(ms, func(a, b mention) int { return extractors.ByPos(a.start, a.end, b.start, b.end) })
	hint := r.hints(ms)
	var out []mention
	held := make([]bool, len(t.Tokens)) // tokens of mentions the rules keep
	guessed := false
	for _, m := range ms {
		switch {
		case m.label != "" && (!modelTypes[m.label] || m.strength >= cue):
			out = append(out, m)
			for k := m.first; k < m.last; k++ {
				held[k] = true
			}
		case m.label != "":
			guessed = true
		}
	}
	all := false
	if a, ok := t.Tagger.(interface{ AllSentences() bool }); ok {
		all = a.AllSentences()
	}
	if !guessed && !all {
		return out // nothing for the tagger to settle
	}
	// Only the sentences with a guessed mention are tagged: the tagger's
	// word on the others would not be used.
	var ranges [][2]int
	var words, hints [][]string
	for _, se := range r.sentenceTokens() {
		if !all && !ruleGuessed(hint[se[0]:se[1]], held[se[0]:se[1]]) {
			continue
		}
		ws := make([]string, se[1]-se[0])
		for k := range ws {
			ws[k] = t.Tokens[se[0]+k].Text
		}
		ranges, words, hints = append(ranges, se), append(words, ws), append(hints, hint[se[0]:se[1]])
	}
	labels := t.Tagger.TagEntities(words, hints)
	for i, se := range ranges {
		if i >= len(labels) {
			break
		}
		for _, sp := range bioSpans(labels[i]) {
			lo, hi := se[0]+sp.lo, se[0]+sp.hi
			if !slices.Contains(held[lo:hi], true) && ruleNamed(hint[lo:hi]) {
				out = r.modelMention(out, ms, lo, hi, sp.label, hint)
			}
		}
	}
	return out
}

// ruleGuessed reports whether a token of a sentence has a rule's label
// (hints) and is not held by a mention the rules keep.
func ruleGuessed(hints []string, held []bool) bool {
	for k, h := range hints {
		if !held[k] && ruleNamed([]string{h}) {
			return true
		}
	}
	return false
}

// modelMention appends to out the mention of the tagger's span of tokens
// [i, j) labelled label: the rule mentions of ms (in text order) with exactly those tokens
// and that label (FAC counts as LOC), or a new one.
func (r *extraction) modelMention(out, ms []mention, i, j int, label string, hint []string) []mention {
	kept := false
	// ms is in text order (decideByModel sorts it): the mentions starting
	// at token i are a run found by binary search, so a long text costs
	// no scan of every mention per span.
	k0, _ := slices.BinarySearchFunc(ms, i, func(m mention, i int) int { return m.first - i })
	for _, m := range ms[k0:] {
		if m.first != i {
			break
		}
		if m.last == j && (m.label == label || (m.label == "FAC" && label == "LOC")) {
			out = append(out, m)
			kept = true
		}
	}
	if kept {
		return out
	}
	m := mention{candidate: r.span(i, j, false, false)}
	m.decide(label, &ruleModel)
	if r.explain {
		r.note(&m, "rules: ", strings.Join(hint[i:j], " "))
	}
	return append(out, m)
}

// hints returns the tagger's hint for every token: "B-ORG|gazetteer",
// "I-ORG|gazetteer" on the tokens of a mention the rules labelled,
// "B-X|sentence-opener" on a candidate the named rule found no name
// ("B-X|" when no rule took it), "O" elsewhere.
func (r *extraction) hints(ms []mention) []string {
	hint := make([]string, len(r.t.Tokens))
	set := func(m mention, label string) {
		if hint[m.first] != "" {
			return
		}
		for k := m.first; k < m.last; k++ {
			bio := "I-"
			if k == m.first {
				bio = "B-"
			}
			hint[k] = bio + label + "|" + ruleName(m.rule)
		}
	}
	for _, m := range ms {
		if m.label != "" {
			set(m, m.label)
		}
	}
	for _, m := range r.rejected {
		set(m, "X")
	}
	for k, h := range hint {
		if h == "" {
			hint[k] = "O"
		}
	}
	return hint
}

// sentenceTokens returns the token range [lo, hi) of every sentence.
func (r *extraction) sentenceTokens() [][2]int {
	t := r.t
	out := make([][2]int, 0, len(t.Sentences))
	ti := 0
	for _, s := range t.Sentences {
		lo := max(extractors.SearchTokens(t.Tokens, s.Start), ti)
		hi := lo
		for hi < len(t.Tokens) && t.Tokens[hi].End <= s.End {
			hi++
		}
		ti = hi
		out = append(out, [2]int{lo, hi})
	}
	return out
}

// labelSpan is one entity span of a BIO label sequence.
type labelSpan struct {
	lo, hi int
	label  string
}

// bioSpans returns the entity spans of BIO labels; an I- label that does
// not continue a span of its type starts one.
func bioSpans(labels []string) []labelSpan {
	var out []labelSpan
	for i := 0; i < len(labels); i++ {
		l := labels[i]
		if len(l) < 3 || l[1] != '-' {
			continue
		}
		j := i + 1
		for j < len(labels) && len(labels[j]) == len(l) && labels[j][0] == 'I' && labels[j][1:] == l[1:] {
			j++
		}
		out = append(out, labelSpan{lo: i, hi: j, label: l[2:]})
		i = j - 1
	}
	return out
}

// ruleName returns the name of rule ru, "" for none.
func ruleName(ru *rule) string {
	if ru == nil {
		return ""
	}
	return ru.name
}
