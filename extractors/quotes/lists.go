package quotes

import (
	_ "embed"
	"strings"

	"github.com/lede-project/lede/extractors/internal/gazetteer"
	"github.com/lede-project/lede/extractors/internal/lex"
)

// This file loads the word lists of data/words.txt, once, when the package
// is initialised; each list's meaning is written above its section there.
// Closed grammatical classes (pronouns, determiners, prepositions, clause
// words) stay in code beside the rules that use them.

//go:embed data/words.txt
var wordsData string

var lists = lex.Sections(wordsData)

var (
	auxiliaries      = lists["auxiliary"]
	abbrevs          = lists["abbreviation"]
	weakCues         = lists["weak-cue"]
	embeddedCues     = lists["embedded-cue"]
	notReporting     = lists["not-reporting"]
	nameStops        = lists["name-stop"]
	titleWords       = withElect(lists["title"])
	profileRoles     = lists["profile-role"]
	orgWords         = lists["org-word"]
	orgNouns         = lists["org-noun"]
	affiliations     = lists["affiliation"]
	documentHeads    = lists["document"]
	documentNouns    = union(lists["document"], lists["study"])
	titleCues        = lists["title-cue"]
	titleAfter       = lists["title-after"]
	nameParticles    = lists["name-particle"]
	maleHonorifics   = lists["honorific-male"]
	femaleHonorifics = lists["honorific-female"]
	placeWords       = lists["place-word"]
	mentionCues      = lists["mention-cue"]
	cueNouns         = lists["cue-noun"]
)

// withElect adds to a set of titles their forms for someone elected but
// not yet in office: "president-elect", "mayor-elect".
func withElect(titles map[string]bool) map[string]bool {
	m := make(map[string]bool, 2*len(titles))
	for w := range titles {
		m[w] = true
		m[w+"-elect"] = true
	}
	return m
}

func union(a, b map[string]bool) map[string]bool {
	m := make(map[string]bool, len(a)+len(b))
	for w := range a {
		m[w] = true
	}
	for w := range b {
		m[w] = true
	}
	return m
}

// toSet makes a set of the words of s, for the closed classes kept in
// code.
func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// nameParticle reports whether w is a lower-case particle inside names
// ("de", "van", "bin").
func nameParticle(w string) bool { return nameParticles[w] }

// titleGender reads a gender from an honorific ("Mr.", "congresswoman").
func titleGender(title string) byte {
	for _, w := range strings.Fields(strings.ToLower(title)) {
		w = strings.TrimSuffix(w, ".")
		switch {
		case maleHonorifics[w]:
			return 'm'
		case femaleHonorifics[w]:
			return 'f'
		}
	}
	return 0
}

// givenGender returns 'm' or 'f' when the first word of name (of two or
// more) is a given name of that gender, else 0.
func givenGender(name string) byte {
	f := strings.Fields(name)
	if len(f) < 2 {
		return 0
	}
	return gazetteer.GivenNameGender(f[0])
}
