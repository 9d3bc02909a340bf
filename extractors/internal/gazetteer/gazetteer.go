// Package gazetteer holds the embedded lists of known names (places,
// organisations, clubs, NORP groups, given names) and the word classes
// the entity rules use (words.txt), parsed once per process and shared
// read-only. See data/README.md for each list's source and licence.
package gazetteer

import (
	"github.com/lede-project/lede/extractors/internal/lex"

	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The gazetteers are plain-text lists embedded in the binary; see
// data/README.md for their sources and licences.
var (
	//go:embed data/places.tsv
	placesData string
	//go:embed data/orgs.tsv
	orgsData string
	//go:embed data/teams.txt
	teamsData string
	//go:embed data/norp.txt
	norpData string
	//go:embed data/first_names.txt
	firstNamesData string
	//go:embed data/words.txt
	wordsData string
)

// Entry is one known name: its label, the canonical name it stands for
// ("US" -> "United States") and the file that lists it.
type Entry struct {
	Label     string
	Canonical string
	Source    string // the data file that lists it ("places.tsv")
	// Caps says the listed form is an all-capital acronym ("WHO"): it
	// matches only text written in capitals, never "Who".
	Caps bool
}

// Gazetteer holds every embedded list, keyed by normKey.
type Gazetteer struct {
	names      map[string]Entry // places, organisations, teams, NORP
	FirstNames map[string]bool
	Teams      map[string]bool            // club nicknames ("Islanders")
	Abbrev     map[string]bool            // abbreviations without their full stop ("minn", "inc")
	words      map[string]map[string]bool // section -> word (verbatim case)
	MaxTokens  int                        // longest name, in space-separated words
}

// CountryNames are the canonical names of countries, filled with the
// gazetteer.
var CountryNames = map[string]bool{}

var (
	gazOnce sync.Once
	gaz     *Gazetteer
)

// Load parses the embedded lists once per process (well under a
// millisecond) and returns the shared, read-only gazetteer, safe for
// concurrent use.
func Load() *Gazetteer {
	gazOnce.Do(func() {
		g := &Gazetteer{
			names:      map[string]Entry{},
			FirstNames: map[string]bool{},
			Teams:      map[string]bool{},
			Abbrev:     map[string]bool{"jr": true, "sr": true},
			words:      map[string]map[string]bool{},
		}
		lex.EachLine(placesData, func(line string) {
			f := strings.Split(line, "\t")
			if len(f) < 2 {
				return
			}
			label := f[0]
			if label == "COUNTRY" {
				label = "GPE"
				CountryNames[f[1]] = true
			}
			for _, n := range f[1:] {
				g.add(n, Entry{Label: label, Canonical: f[1], Source: "places.tsv"})
			}
		})
		lex.EachLine(orgsData, func(line string) {
			f := strings.Split(line, "\t")
			for _, n := range f {
				g.add(n, Entry{Label: "ORG", Canonical: f[0], Source: "orgs.tsv"})
			}
		})
		lex.EachLine(teamsData, func(line string) {
			g.add(line, Entry{Label: "ORG", Canonical: line, Source: "teams.txt"})
			g.Teams[line] = true
		})
		lex.EachLine(norpData, func(line string) { g.add(line, Entry{Label: "NORP", Canonical: line, Source: "norp.txt"}) })
		lex.EachLine(firstNamesData, func(line string) {
			for _, n := range strings.Fields(line) {
				g.FirstNames[n] = true
			}
		})
		lex.EachSection(wordsData, func(section, line string) {
			if g.words[section] == nil {
				g.words[section] = map[string]bool{}
			}
			g.words[section][line] = true
			if strings.HasSuffix(line, ".") && !strings.Contains(line, " ") {
				g.Abbrev[NormKey(strings.TrimSuffix(line, "."))] = true
			}
		})
		gaz = g
	})
	return gaz
}

// add records name under its normalised key; the first entry for a key wins.
func (g *Gazetteer) add(name string, e Entry) {
	name = strings.TrimSpace(name)
	if name == "" {
		return
	}
	k := NormKey(name)
	e.Caps = lex.Acronym(name) && lex.AllCaps(name)
	if strings.HasSuffix(k, ".") && !strings.Contains(k, " ") {
		g.Abbrev[strings.TrimSuffix(k, ".")] = true
	}
	if _, ok := g.names[k]; !ok {
		g.names[k] = e
	}
	if n := len(strings.Fields(name)); n > g.MaxTokens {
		g.MaxTokens = n
	}
}

// Lookup returns the entry for name, matched case-insensitively.
func (g *Gazetteer) Lookup(name string) (Entry, bool) {
	var buf [64]byte
	e, ok := g.names[string(appendNormKey(buf[:0], name))] // no allocation

	if ok && e.Caps && !lex.AllCaps(name) {
		return Entry{}, false
	}
	return e, ok
}

// Is reports whether word is listed in section of words.txt.
func (g *Gazetteer) Is(section, word string) bool { return g.words[section][word] }

// NormKey folds case, curly apostrophes and runs of white space, so that
// "U.S." written in a headline as "U.S." or "u.s." finds the same entry.
func NormKey(s string) string {
	return string(appendNormKey(make([]byte, 0, len(s)), s))
}

// appendNormKey appends the normalised key of s to b.
func appendNormKey(b []byte, s string) []byte {
	space := false
	for _, r := range s {
		switch {
		case r == '’' || r == '‘':
			r = '\''
		case r == ' ' || r == '\t' || r == '\n' || r == '\u00a0':
			space = true
			continue
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		switch {
		case r >= 'A' && r <= 'Z':
			b = append(b, byte(r+'a'-'A'))
		case r < utf8.RuneSelf:
			b = append(b, byte(r))
		default:
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return b
}
