package venues

import (
	_ "embed"
	"strings"

	"github.com/lede-project/lede/extractors/internal/lex"
)

//go:embed data/words.txt
var wordsData string

// words holds the sections of data/words.txt, the one home of the venue
// extractor's vocabulary, read once at package initialisation.
var words = parseSections(wordsData)

var (
	eventWords     = words["events"]          // triggers of reported events
	eventPhrases   = words["phrases"]         // two-word triggers: "face off"
	datelineEvents = words["dateline events"] // events that place a dateline's story in its city
	overEvents     = words["over events"]     // events that happen "over" a place
	attributeWords = words["attributes"]      // "based in": the place is an attribute
	betweenWords   = words["between"]         // determiners and modifiers before the place
	carriedTo      = words["carried to"]      // "took ... to": "to" gives the place
	institutions   = words["institutions"]    // "University": an organisation that is a place
	buildingWords  = words["buildings"]       // "headquarters": an organisation's building
	eventVerbs     = words["event verbs"]     // lemmas of event predicates for the parse-based rule
	objectEvents   = words["object events"]   // "stormed the museum": the object is the place
	listingLabels  = words["listing labels"]  // "Where:": a listing's place line
	stateVerbs     = words["state verbs"]     // "lives in": the place is where something stays
	facilityNouns  = words["facility nouns"]  // "office": the head of a facility phrase
)

// wordList is a list of words; an entry ending in '*' matches every word
// it begins.
type wordList struct {
	exact    map[string]bool
	prefixes []string
}

// has reports whether w is in the list.
func (l *wordList) has(w string) bool {
	if l == nil { // a section with no entries
		return false
	}
	if l.exact[w] {
		return true
	}
	for _, p := range l.prefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// parseSections reads a word file in "[section]" sections (lex.EachSection);
// an entry ending in "*" is a prefix.
func parseSections(data string) map[string]*wordList {
	out := map[string]*wordList{}
	lex.EachSection(data, func(section, line string) {
		l := out[section]
		if l == nil {
			l = &wordList{exact: map[string]bool{}}
			out[section] = l
		}
		if p, ok := strings.CutSuffix(line, "*"); ok {
			l.prefixes = append(l.prefixes, p)
			return
		}
		l.exact[line] = true
	})
	return out
}
