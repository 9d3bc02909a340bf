package entities

import (
	"strings"
	"unicode"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/gazetteer"
	"github.com/lede-project/lede/extractors/internal/lex"
)

// proseLabel maps the statistical model's labels onto lede's.
var proseLabel = map[string]string{
	"PERSON": "PERSON", "ORGANIZATION": "ORG", "ORG": "ORG", "GPE": "GPE", "GSP": "GPE",
	"LOCATION": "LOC", "LOC": "LOC", "FACILITY": "LOC", "FAC": "LOC",
}

// modelLabel returns the model's label for tokens [i, j): the label of the
// most tokens, "" when the model saw no entity there.
func (r *entityRun) modelLabel(i, j int) string {
	best, bestN := "", 0
	var counts [8]struct {
		l string
		n int
	}
	n := 0
	for k := i; k < j; k++ {
		lab := r.t.Tokens[k].Label
		if len(lab) < 3 || lab[1] != '-' {
			continue
		}
		l := proseLabel[lab[2:]]
		if l == "" {
			continue
		}
		found := false
		for c := 0; c < n; c++ {
			if counts[c].l == l {
				counts[c].n++
				found = true
			}
		}
		if !found && n < len(counts) {
			counts[n].l, counts[n].n = l, 1
			n++
		}
	}
	for c := 0; c < n; c++ {
		if counts[c].n > bestN {
			best, bestN = counts[c].l, counts[c].n
		}
	}
	return best
}

// label decides the label of candidate c; rule names the evidence, and ok
// is false when c is not a name after all. Single words with no evidence
// are left for the merge step ("Biden" after "Joe Biden"): label "".
func (r *entityRun) label(c *candidate) (label, rule string, ok bool) {
	toks := r.t.Tokens[c.first:c.last]
	text := r.t.Text[c.start:c.end]
	if r.postalCode(c.first, c.last) {
		return "GPE", "postal-code", true // "FL" of "Tampa, FL"
	}
	if c.last+1 < len(r.t.Tokens) && r.t.Tokens[c.last].Text == "," && r.postalCode(c.last+1, c.last+2) {
		return "GPE", "postal-town", true // "Tampa" of "Tampa, FL"
	}
	if e, ok := r.g.Lookup(text); ok {
		if e.Label == "GPE" && c.last < len(r.t.Tokens) && teamRoles[r.t.Tokens[c.last].Text] {
			return "ORG", "team-city", true
		}
		return e.Label, "gazetteer", true
	}
	// "New York Islanders", "Tampa Bay Lightning": a place and a club
	// nickname make one club.
	if len(toks) > 1 {
		last := toks[len(toks)-1]
		if e, ok := r.g.Lookup(last.Text); ok && e.Label == "ORG" && r.g.Teams[e.Canonical] {
			if p, ok := r.g.Lookup(r.t.Text[c.start:toks[len(toks)-2].End]); ok && p.Label == "GPE" {
				return "ORG", "team-name", true
			}
		}
	}
	if c.first > 0 && strings.EqualFold(r.t.Tokens[c.first-1].Text, "the") {
		if e, ok := r.g.Lookup("the " + text); ok {
			return e.Label, "gazetteer", true
		}
	}
	firstTok, lastTok := toks[0].Text, toks[len(toks)-1].Text
	if lt := toks[len(toks)-1]; c.end > lt.Start && c.end < lt.End {
		lastTok = r.t.Text[lt.Start:c.end] // "Party" of "Party-controlled"
	}
	// "Group C", "Plan B": a label, not a name.
	if len(toks) > 1 && len(lastTok) == 1 && lastTok[0] >= 'A' && lastTok[0] <= 'Z' {
		return "", "", false
	}
	if r.wordIs("event-last", lastTok) && !r.wordIs("org-last", lastTok) {
		// An event is no entity, but its listed host is: "Google Science
		// Fair" -> "Google", "Dubai Air Show" -> "Dubai".
		for n := len(toks) - 1; n >= 1; n-- {
			if e, ok := r.g.Lookup(r.t.Text[c.start:toks[n-1].End]); ok && e.Label != "NORP" {
				c.last, c.end = c.first+n, toks[n-1].End
				return e.Label, "gazetteer", true
			}
		}
		return "", "", false
	}
	// After a title, a given name starts a person's name whatever its last
	// word: "Police Chief Ellen Park", "Mayor John Field".
	if c.titled && len(toks) > 1 && len(toks) <= 3 && r.g.FirstNames[firstTok] && personShape(toks) {
		return "PERSON", "title", true
	}
	if len(toks) > 1 {
		switch {
		case r.wordIs("org-last", lastTok) || r.g.Is("org-last", strings.TrimSuffix(lastTok, ".")):
			return "ORG", "org-word", true
		case r.wordIs("fac-last", lastTok):
			return "LOC", "facility-word", true
		case r.g.Is("loc-last", lastTok):
			return "LOC", "place-word", true
		case r.g.Is("gpe-last", lastTok):
			return "GPE", "place-word", true
		case r.g.Is("loc-first", firstTok) && !r.g.Is("loc-last", lastTok):
			return "LOC", "place-word", true
		case r.g.Is("org-first", firstTok) && len(toks) > 2 && (toks[1].Text == "of" || toks[1].Text == "for"):
			return "ORG", "org-word", true
		case r.g.Is("fac-last", firstTok) && len(toks) > 2 && toks[1].Text == "of":
			return "LOC", "facility-word", true
		case r.g.Is("gpe-last", firstTok) && len(toks) > 2 && toks[1].Text == "of":
			return "GPE", "place-word", true
		case r.g.Is("org-start", firstTok):
			return "ORG", "org-word", true
		}
		// "American University of Kabul": an organisation head inside.
		for k := 1; k+1 < len(toks); k++ {
			if toks[k+1].Text == "of" || toks[k+1].Text == "for" {
				if r.g.Is("org-first", toks[k].Text) {
					return "ORG", "org-word", true
				}
				if r.g.Is("fac-last", toks[k].Text) {
					return "LOC", "facility-word", true
				}
			}
		}
	}
	// A body named for its country: "Environment Canada", "Team Estonia".
	if len(toks) == 2 && !r.g.FirstNames[firstTok] && !r.known(c.first) {
		if e, ok := r.g.Lookup(lastTok); ok && e.Label == "GPE" && gazetteer.CountryNames[e.Canonical] {
			return "ORG", "org-country", true
		}
	}
	// A listed organisation and its unit: "CBS Sports", "CBS DFW".
	if len(toks) > 1 && len(toks) <= 3 {
		if e, ok := r.g.Lookup(firstTok); ok && e.Label == "ORG" && !r.g.FirstNames[toks[1].Text] {
			return "ORG", "org-prefix", true
		}
	}
	// A lower-case place word right after: "Logar province", "Hoa Lo prison".
	if c.last < len(r.t.Tokens) && r.sameLine(c.last-1, c.last) {
		next := r.t.Tokens[c.last].Text
		switch {
		case r.g.Is("gpe-after", next):
			return "GPE", "place-word", true
		case r.g.Is("fac-after", next):
			c.end = r.t.Tokens[c.last].End
			c.last++
			return "LOC", "facility-word", true
		}
	}
	if len(toks) == 1 && c.initial && r.roleWord(text) {
		return "", "", false
	}
	if c.titled {
		return "PERSON", "title", true
	}
	if len(toks) > 1 && personShape(toks) && r.middleInitial(toks) {
		// "Christopher L. Tays": sure enough to lend "Tays" its kind.
		return "PERSON", "middle-initial", true
	}
	if len(toks) > 1 && personShape(toks) && (r.hasParticle(toks) || hyphenGiven(toks)) {
		return "PERSON", "name-shape", true
	}
	if r.appositiveRole(c.last) && personShape(toks) {
		return "PERSON", "appositive", true
	}
	// A city named for its club: "the Pittsburgh center", "Cleveland DL".
	if c.last < len(r.t.Tokens) {
		if e, ok := r.g.Lookup(text); ok && e.Label == "GPE" && teamRoles[r.t.Tokens[c.last].Text] {
			return "ORG", "team-city", true
		}
	}
	if len(toks) == 1 && lex.Acronym(text) {
		if r.g.Is("allcaps-stop", text) || romanNumeral(text) || r.lower[strings.ToLower(text)] {
			return "", "", false
		}
		return "ORG", "acronym", true
	}
	if len(toks) == 1 && lex.AllCaps(text) {
		// A shouted word: a name only if the model or the gazetteer says so.
		if l := r.modelLabel(c.first, c.last); l == "ORG" && !c.headline && !strings.ContainsAny(text, "0123456789") {
			return l, "model", true
		}
		return "", "", false
	}
	if len(toks) == 1 && c.initial && r.commonWord(c.first) {
		if r.lexicalCommon(c.first) {
			return "", "", false
		}
		// Only the tagger calls it common: a later full name may claim it.
		if r.speechNext(c.last) && r.modelLabel(c.first, c.last) != "ORG" {
			return "PERSON", "speaker", true
		}
		return "", "unresolved", true
	}
	if l := r.contextLabel(c); l != "" {
		return l, "context", true
	}
	if len(toks) == 1 && camelCase(text) {
		return "ORG", "camel-case", true
	}
	if len(toks) == 1 && r.adjectival(text) {
		return "NORP", "adjectival", true
	}
	if len(toks) > 1 && r.g.FirstNames[firstTok] && personShape(toks) {
		return "PERSON", "first-name", true
	}
	model := r.modelLabel(c.first, c.last)
	if len(toks) == 1 {
		if c.initial && r.commonWord(c.first) {
			return "", "", false
		}
		if r.lower[strings.ToLower(text)] {
			return "", "", false
		}
		switch model {
		case "", "ORG":
			if model == "" && r.speechNext(c.last) {
				return "PERSON", "speaker", true
			}
			return "", "unresolved", true
		case "PERSON":
			if !r.speechNext(c.last) && !(c.last < len(r.t.Tokens) && lex.IsPossessive(r.t.Tokens[c.last].Text)) {
				return "", "unresolved", true
			}
		case "GPE", "LOC":
			// The model's place guesses for unknown words are poor; keep
			// them only after a place preposition.
			if !r.placePrep(c.first) {
				return "", "unresolved", true
			}
		}
		return model, "model", true
	}
	// "at the Caja Magica": a named place an event happens at.
	if p := c.first - 1; p > 1 && model != "PERSON" {
		if q := r.t.Tokens[p].Text; q == "\"" || q == "“" {
			p--
		}
		if strings.EqualFold(r.t.Tokens[p].Text, "the") && r.t.Tokens[p-1].Text == "at" {
			return "LOC", "at-place", true
		}
	}
	// The model's labels for unknown runs of several words are mostly
	// wrong (measured on the NER development set): go by shape.
	if len(toks) <= 3 && personShape(toks) {
		if model == "PERSON" || r.speechNext(c.last) {
			return "PERSON", "name-shape", true
		}
		// A name written the same way again and again, never with a given
		// name or a title, is most often an organisation ("Sea Org").
		if strings.Count(r.t.Text, text) >= 3 {
			return "ORG", "recurring", true
		}
		return "", "", false
	}
	if model == "ORG" {
		return "ORG", "name-shape", true
	}
	return "", "", false
}

// placePrep reports whether the word before token i is a place preposition.
func (r *entityRun) placePrep(i int) bool {
	if i == 0 || strings.ContainsAny(r.t.Tokens[i].Text, "0123456789") {
		return false
	}
	switch r.t.Tokens[i-1].Text {
	case "in", "near", "outside":
		return true
	}
	return false
}

// orgNext are lower-case words that, right after a name, make it an
// organisation ("Coty shares", "Tesla's CEO").
var orgNext = map[string]bool{
	"shares": true, "stock": true, "stocks": true, "ceo": true, "spokesperson": true,
	"spokesman": true, "spokeswoman": true, "executives": true, "employees": true,
	"subsidiary": true, "shareholders": true, "investors": true, "headquarters": true,
	"co-founder": true, "founder": true, "chairman": true, "board": true, "staff": true,
}

// orgPrev are lower-case words that, right before a name, make it an
// organisation ("the company Coty", "shares of Coty", "at startup X").
var orgPrev = map[string]bool{
	"company": true, "firm": true, "startup": true, "retailer": true, "carrier": true,
	"airline": true, "brand": true, "maker": true, "newspaper": true, "outlet": true,
	"publisher": true, "chain": true, "lender": true, "insurer": true, "developer": true,
	"companies": true, "firms": true, "startups": true, "retailers": true, "carriers": true,
	"airlines": true, "brands": true, "makers": true, "newspapers": true, "outlets": true,
	"publishers": true, "chains": true, "lenders": true, "website": true, "platform": true,
	"broadcaster": true, "magazine": true, "tabloid": true, "label": true, "studio": true,
	"automaker": true, "conglomerate": true, "giant": true, "operator": true, "manufacturer": true,
}

// orgAppositive are nouns that, after "X, a ...", make X an organisation:
// "Kosmos, a group co-founded by ...".
var orgAppositive = map[string]bool{
	"company": true, "firm": true, "group": true, "startup": true, "retailer": true,
	"chain": true, "publisher": true, "newspaper": true, "agency": true, "bank": true,
	"lender": true, "carrier": true, "airline": true, "maker": true, "developer": true,
	"provider": true, "platform": true, "network": true, "outlet": true, "website": true,
	"organization": true, "organisation": true, "nonprofit": true, "charity": true,
	"subsidiary": true, "unit": true, "division": true, "manufacturer": true, "conglomerate": true,
	"broadcaster": true, "magazine": true, "university": true, "school": true, "club": true,
}

// roleAt are role nouns that, before "at X", make X an organisation:
// "equity strategist at Miller Tabak".
var roleAt = map[string]bool{
	"strategist": true, "analyst": true, "economist": true, "professor": true, "executive": true,
	"director": true, "researcher": true, "engineer": true, "editor": true, "reporter": true,
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "partner": true,
	"manager": true, "official": true, "officials": true, "layoffs": true, "employees": true,
	"workers": true, "staff": true, "scientist": true, "lecturer": true, "student": true,
	"students": true, "fellow": true, "head": true, "chief": true, "president": true,
}

// contextLabel labels c from the words around it: "ORG" for "Coty shares",
// "the firm Coty", "CEO of Coty"; "" when the context says nothing.
func (r *entityRun) contextLabel(c *candidate) string {
	toks := r.t.Tokens
	if c.last-c.first > 1 && r.g.FirstNames[toks[c.first].Text] {
		return "" // "publishers Jann Wenner of ...": a person
	}
	n := c.last
	if n < len(toks) && (toks[n].Text == "'s" || toks[n].Text == "’s") {
		n++
	}
	if n < len(toks) && orgNext[strings.ToLower(toks[n].Text)] && r.sameLine(c.last-1, n) {
		return "ORG"
	}
	if c.first > 0 && orgPrev[toks[c.first-1].Text] {
		return "ORG"
	}
	if c.first > 1 && toks[c.first-1].Text == "at" && roleAt[strings.ToLower(toks[c.first-2].Text)] {
		return "ORG"
	}
	// "Kosmos, a group ...", "Big Machine, which was bought ...".
	if c.last+2 < len(toks) && toks[c.last].Text == "," {
		w1, w2 := toks[c.last+1].Text, toks[c.last+2].Text
		if w1 == "which" {
			return "ORG"
		}
		if w1 == "a" || w1 == "an" || w1 == "the" {
			for k := c.last + 2; k < len(toks) && k <= c.last+4; k++ {
				if orgAppositive[toks[k].Text] {
					return "ORG"
				}
				if !lex.LowerStart(toks[k].Text) {
					break
				}
			}
		}
		_ = w2
	}
	if c.first > 2 && toks[c.first-1].Text == "of" {
		// "the town of Ziketan", "the city of Homs": a settlement.
		if lex.SettlementNouns[toks[c.first-2].Text] && strings.EqualFold(toks[c.first-3].Text, "the") {
			return "GPE"
		}
		// "Tom Tays, 32, of Franklin": where a named person lives.
		if toks[c.first-2].Text == "," && lex.IsDigits(toks[c.first-3].Text) {
			return "GPE"
		}
	}
	if c.first > 1 && toks[c.first-1].Text == "of" {
		switch strings.ToLower(toks[c.first-2].Text) {
		case "shares", "ceo", "founder", "co-founder", "chairman", "spokesperson", "spokesman", "spokeswoman", "employees", "executives":
			return "ORG"
		}
	}
	return ""
}

// roleWord reports whether the capitalised word w is a role noun, singular
// or plural ("Officials said", "Doctor says"): a description, not a name.
func (r *entityRun) roleWord(w string) bool {
	lw := strings.ToLower(w)
	return r.g.Is("role", lw) || (strings.HasSuffix(lw, "s") && r.g.Is("role", strings.TrimSuffix(lw, "s")))
}

// camelCase reports whether s has a capital after a lower-case letter past
// its start ("WeWork", "OrbitBeyond"), the mark of a company name. "McCain",
// "MacDonald", "DeSantis" and "O'Brien" are people.
func camelCase(s string) bool {
	for _, p := range [...]string{"Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "St", "O'", "O’", "D'", "Al"} {
		if strings.HasPrefix(s, p) {
			s = s[len(p):]
			break
		}
	}
	prevLower := false
	for i, r := range s {
		if i > 0 && prevLower && unicode.IsUpper(r) {
			return true
		}
		prevLower = unicode.IsLower(r)
	}
	return false
}

// adjectival reports whether s is the adjective of a listed place:
// "Estonian" for Estonia, "Kenyan" for Kenya.
func (r *entityRun) adjectival(s string) bool {
	if !strings.HasSuffix(s, "n") || len(s) < 5 {
		return false
	}
	for _, cut := range [...]int{1, 2} {
		if e, ok := r.g.Lookup(s[:len(s)-cut]); ok && e.Label == "GPE" {
			return true
		}
	}
	if strings.HasSuffix(s, "ian") {
		if e, ok := r.g.Lookup(s[:len(s)-3] + "ia"); ok && e.Label == "GPE" {
			return true
		}
	}
	return false
}

// personShape reports whether the tokens look like a personal name: every
// word capitalised and alphabetic (hyphens, apostrophes and initials allowed).
func personShape(toks []extractors.Token) bool {
	for _, t := range toks {
		if t.Text == "." {
			continue
		}
		if !lex.UpperStart(t.Text) {
			if t.Text == "van" || t.Text == "de" || t.Text == "von" || t.Text == "der" || t.Text == "al" || t.Text == "bin" {
				continue
			}
			return false
		}
		if lex.AllCaps(t.Text) && !strings.Contains(t.Text, ".") {
			return false
		}
		for _, r := range t.Text {
			if !(r == '-' || r == '\'' || r == '’' || r == '.' || unicode.IsLetter(r)) {
				return false
			}
		}
	}
	return true
}

// romanNumeral reports whether s is written as a Roman numeral ("XVII").
func romanNumeral(s string) bool {
	for _, r := range s {
		if !strings.ContainsRune("IVXLCDM", r) {
			return false
		}
	}
	return s != ""
}

// speechNext reports whether a reporting verb follows token i ("Nadal
// said"), the mark of a person named by one word.
func (r *entityRun) speechNext(i int) bool {
	if i < len(r.t.Tokens) {
		switch r.t.Tokens[i].Text {
		case "said", "says", "told", "added", "explained", "wrote", "tweeted", "asked", "argued", "insisted", "recalled":
			return true
		}
	}
	return false
}

// teamRoles are words that, right after a city, make it its sports club
// ("Pittsburgh center", "Cleveland DL", "Cincinnati fans").
var teamRoles = map[string]bool{
	"center": true, "quarterback": true, "QB": true, "DL": true, "coach": true, "defense": true,
	"offense": true, "defensive": true, "offensive": true, "fans": true, "players": true,
	"player": true, "roster": true, "franchise": true, "linebacker": true, "receiver": true,
	"lineman": true, "running": true, "safety": true, "cornerback": true, "tight": true,
	"pitcher": true, "striker": true, "midfielder": true, "goalkeeper": true, "defender": true,
	"soccer": true, "football": true, "basketball": true, "baseball": true, "hockey": true,
	"defenseman": true, "goaltender": true, "goalie": true, "winger": true,
}

// middleInitial reports whether a one-letter initial stands inside the
// name: "Sonya A. Zoghlin", "Patrick W. Carlineo".
func (r *entityRun) middleInitial(toks []extractors.Token) bool {
	for k := 1; k+1 < len(toks); k++ {
		if t := toks[k].Text; (len(t) == 1 || len(t) == 2 && t[1] == '.') && t[0] >= 'A' && t[0] <= 'Z' {
			return true
		}
	}
	return false
}

// hasParticle reports whether a lower-case name particle joins the name:
// "Botic van de Zanschulp".
func (r *entityRun) hasParticle(toks []extractors.Token) bool {
	for k := 1; k+1 < len(toks); k++ {
		if particles[toks[k].Text] {
			return true
		}
	}
	return false
}

// appositiveRole reports whether a role noun follows the name after a
// comma: "Cheuk Hau-yip, the commander of ...", "Sonya A. Zoghlin,
// Carlineo's attorney".
func (r *entityRun) appositiveRole(i int) bool {
	toks := r.t.Tokens
	if i >= len(toks) || toks[i].Text != "," {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		w := toks[k].Text
		if r.g.Is("role", w) {
			return true
		}
		switch {
		case w == "the" || w == "a" || w == "an" || lex.IsPossessive(w) || lex.UpperStart(w):
			continue
		case lex.LowerStart(w) && k+1 < len(toks) && r.g.Is("role", toks[k+1].Text):
			continue // "the former president"
		}
		return false
	}
	return false
}

// hyphenGiven reports whether the name is a short family name and a
// hyphenated given name, as romanised Chinese and Korean names are written:
// "Cheuk Hau-yip", "Moon Jae-in".
func hyphenGiven(toks []extractors.Token) bool {
	if len(toks) != 2 || len(toks[0].Text) > 5 {
		return false
	}
	g := toks[1].Text
	k := strings.IndexByte(g, '-')
	if k <= 0 || k+1 >= len(g) || !lex.UpperStart(g) || !lex.LowerStart(g[k+1:]) || strings.ContainsAny(g[1:k], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
		return false
	}
	switch g[k+1:] { // "World Cup-style", "South Dakota-sized"
	case "style", "sized", "size", "based", "born", "led", "owned", "like", "type", "made", "run",
		"backed", "class", "wide", "level", "old", "era", "free", "friendly", "bound", "area", "themed":
		return false
	}
	return true
}

// postalCode reports whether tokens [first, last) are one US state or
// Canadian province code ("FL", "ON") written right after "Town," and not
// followed by another capitalised word on its line, the way addresses and
// tour listings give places: "Tampa, FL", "Toronto, ON for a show".
// Elsewhere such words are often ordinary ("IN", "OR") or acronyms.
func (r *entityRun) postalCode(first, last int) bool {
	tks := r.t.Tokens
	if last != first+1 || first < 2 || !r.g.Is("us-postal", tks[first].Text) {
		return false
	}
	comma, town := tks[first-1], tks[first-2]
	if comma.Text != "," || !lex.UpperStart(town.Text) || comma.Start != town.End {
		return false
	}
	// "Mark Tedeschi, QC", "Tom Molomby, SC": a barrister's post-nominal
	// letters after a person's name, not Quebec or South Carolina
	k := first - 2
	for k > 0 && lex.UpperStart(tks[k-1].Text) && tks[k-1].End < tks[k].Start && !strings.Contains(r.t.Text[tks[k-1].End:tks[k].Start], "\n") {
		k--
	}
	if code := tks[first].Text; (code == "QC" || code == "SC") && first-2 > k && r.g.FirstNames[tks[k].Text] {
		return false
	}
	if last < len(tks) {
		next := tks[last]
		between := r.t.Text[tks[first].End:next.Start]
		if !strings.Contains(between, "\n") && lex.UpperStart(next.Text) {
			return false
		}
	}
	return true
}
