package pipeline

import (
	"strings"
	"unicode"

	"github.com/lede-project/lede/extractors"
)

// proseLabels maps prose's ACE-style entity types onto lede's labels.
var proseLabels = map[string]string{
	"PERSON": "PERSON", "ORGANIZATION": "ORG", "GPE": "GPE", "GSP": "GPE",
	"LOCATION": "LOC", "FACILITY": "FAC",
}

// chunkMentions turns the IOB labels of one sentence's tokens into
// mentions with exact byte spans and appends them to out.
//
// prose's model rarely uses I- labels: a two-word name usually comes out
// B-PERSON B-PERSON ("Sergei Ryabkov"), and the words of one name can get
// different types (National/I-ORGANIZATION Security/B-ORGANIZATION
// Council/B-PERSON). Like prose's own chunker, a mention is therefore a
// maximal run of labelled tokens, whatever their B-/I- prefixes, and it
// takes the type most of its labelled tokens have (on a tie, the one that
// comes first). Like prose's chunker, it also takes in unlabelled proper
// nouns that follow a proper noun of the run (the model often labels only a
// name's first word: Gael/B-PERSON Monfils/O), unless a labelled token
// follows them ("US President Joe Biden" gives "US" and "Joe Biden");
// unlike it, no other unlabelled token. A run ends at a line break and at
// punctuation that separates names (",", ";", ":", brackets, quotes,
// dashes). Punctuation-only and possessive tokens ("'s") at either end are
// left out. A GPE or LOC mention made only of adjectives ("Russian",
// "European") is labelled NORP. On the NER dev corpus (24 Wikinews
// articles) this takes the raw mentions' exact-span F1 from 0.24 (B-/I-
// chunking) to 0.47.
func chunkMentions(text string, toks []extractors.Token, out []extractors.Entity) []extractors.Entity {
	for i := 0; i < len(toks); {
		if !isEntityToken(toks[i]) {
			i++
			continue
		}
		// j ends the run; lastLabelled+1 ends its labelled part.
		j, lastLabelled := i+1, i
		for j < len(toks) && !strings.ContainsAny(text[toks[j-1].End:toks[j].Start], lineBreaks) {
			if isEntityToken(toks[j]) {
				if lastLabelled < j-1 {
					// Unlabelled words between two labelled ones are
					// a title or a gap ("US President Joe Biden"),
					// not part of a name: end the run before them.
					break
				}
				lastLabelled = j
			} else if !continuesName(toks[j-1], toks[j]) {
				break
			}
			j++
		}
		if j < len(toks) && lastLabelled < j-1 && isEntityToken(toks[j]) {
			out = appendMention(text, toks[i:lastLabelled+1], out)
			i = lastLabelled + 1
			continue
		}
		out = appendMention(text, toks[i:j], out)
		i = j
	}
	return out
}

// isEntityToken reports a token that may be part of a mention: labelled
// by the model and not separating punctuation.
func isEntityToken(t extractors.Token) bool {
	if t.Label == "" || t.Label == "O" {
		return false
	}
	switch t.Text {
	case ",", ";", ":", "(", ")", "[", "]", "{", "}", `"`, "“", "”", "‘", "«", "»",
		"!", "?", "—", "–", "--", "|", "/":
		return false
	}
	return true
}

// appendMention trims a run of labelled tokens and appends it as one
// mention.
func appendMention(text string, run []extractors.Token, out []extractors.Entity) []extractors.Entity {
	for len(run) > 0 && !isNameToken(run[0]) {
		run = run[1:]
	}
	for len(run) > 0 && !isNameToken(run[len(run)-1]) {
		run = run[:len(run)-1]
	}
	if len(run) == 0 {
		return out
	}
	label := majorityLabel(run)
	if label == "" {
		return out
	}
	if (label == "GPE" || label == "LOC") && allAdjectives(run) {
		// "Russian", "European": the model's GPE on an adjective is a
		// nationality or group, not a place.
		label = "NORP"
	}
	st, en := run[0].Start, run[len(run)-1].End
	return append(out, extractors.Entity{Span: extractors.Span{Text: text[st:en], Start: st, End: en}, Label: label})
}

// isNameToken reports a token that can begin or end a name: it has a
// letter or digit and is not a possessive ending.
func isNameToken(t extractors.Token) bool {
	if t.Tag == "POS" || t.Text == "'s" || t.Text == "’s" || t.Text == "'" || t.Text == "’" {
		return false
	}
	return strings.IndexFunc(t.Text, func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}) >= 0
}

// majorityLabel returns the lede label most tokens of run carry; a tie goes
// to the label seen first. "" when no token has a known type.
func majorityLabel(run []extractors.Token) string {
	var labels [8]string
	var counts [8]int
	n := 0
	for _, t := range run {
		typ := t.Label
		if i := strings.IndexByte(typ, '-'); i >= 0 {
			typ = typ[i+1:]
		}
		label, ok := proseLabels[typ]
		if !ok || t.Label == "O" {
			continue
		}
		k := 0
		for k < n && labels[k] != label {
			k++
		}
		if k == n {
			if n == len(labels) {
				continue
			}
			labels[n] = label
			n++
		}
		counts[k]++
	}
	best := -1
	for k := 0; k < n; k++ {
		if best < 0 || counts[k] > counts[best] {
			best = k
		}
	}
	if best < 0 {
		return ""
	}
	return labels[best]
}

// continuesName reports an unlabelled proper noun right after a proper
// noun of the mention: prose's model often labels only the first word of a
// name ("Gael/B-PERSON Monfils/O").
func continuesName(prev, t extractors.Token) bool {
	return (t.Label == "O" || t.Label == "") && isProperTag(t.Tag) && isProperTag(prev.Tag) && isNameToken(t)
}

func isProperTag(tag string) bool { return tag == "NNP" || tag == "NNPS" }

// allAdjectives reports whether every token of run is tagged as an
// adjective.
func allAdjectives(run []extractors.Token) bool {
	for _, t := range run {
		if t.Tag != "JJ" {
			return false
		}
	}
	return true
}
