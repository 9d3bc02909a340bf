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
)

// wordList is a list of words; an entry ending in '*' matches every word
// it begins.
type wordList struct {
	exact    map[string]bool
	prefixes []string
}

// has reports whether w is in the list.
func (l *wordList) has(w string) bool {
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

// parseSections reads a word file in "[section]" sections.
func parseSections(data string) map[string]*wordList {
	out := map[string]*wordList{}
	var cur *wordList
	lex.EachLine(data, func(line string) {
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			cur = &wordList{exact: map[string]bool{}}
			out[strings.Trim(line, "[]")] = cur
			return
		}
		if cur == nil {
			return
		}
		if p, ok := strings.CutSuffix(line, "*"); ok {
			cur.prefixes = append(cur.prefixes, p)
			return
		}
		cur.exact[line] = true
	})
	return out
}
