package venues

import (
	"strings"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/gazetteer"
	"github.com/lede-project/lede/extractors/internal/lex"
)

// Extractor finds places where reported events happen: a place mention after
// a locative preposition ("in", "at", "inside", "near", "over") in a
// sentence that reports an event ("talks … held in Geneva", "a two-day
// trial … in Fort Worth"), and a dateline city when the first sentence
// reports a physical event there ("MADRID — … the decisive doubles
// match"). A place merely mentioned ("sanctions on Russia", "based in
// London", "comes from Ohio") is not a venue. It reads Findings.Entities
// and Findings.Dates, so it runs after both. It keeps no state and is safe
// for concurrent use.
type Extractor struct{}

// New returns the venue extractor.
func New() *Extractor { return &Extractor{} }

// Name implements Extractor.
func (*Extractor) Name() string { return "venues" }

// eventWords are the triggers of reported events, matched on lower-case
// words; a word ending in '*' matches any word it begins.
var eventWords = []string{
	"talks", "meeting*", "meet", "meets", "met", "summit*", "conference*", "negotiation*",
	"held", "hold", "holds", "host*", "game*", "match*", "rematch*", "tie", "series",
	"tournament*", "final", "finals", "championship*", "race", "races", "trial*", "hearing*",
	"protest*", "demonstrat*", "rall*", "march*", "crash*", "collapse*", "launch*",
	"concert*", "festival*", "exhibition*", "expo", "speech*", "remarks", "address*",
	"visit*", "attack*", "shooting*", "shot", "explosion*", "blast*", "bomb*", "siege*",
	"ceremon*", "funeral*", "election*", "vote", "votes", "voted", "voting", "released", "freed", "handed",
	"arrest*", "killed", "died", "fire", "competition*", "fight*", "played", "kickoff",
	"signed", "opened", "took", "take", "takes", "taking", "happened", "occurred",
	"stampede*", "kidnap*", "captive", "rescue*", "deliberat*", "jury", "grabbed",
	"interview*", "session*", "forum*", "gathering*", "parade*", "wedding*", "debate*",
	"announced", "unveil*", "performed", "performance*", "show", "shows", "won", "win",
	"beat", "defeated", "clash*", "riot*", "strike*", "landed", "landing", "sank", "erupt*",
	"tour", "tours", "touring", "stop", "stops", "stopped", "stopping", "honored", "honoured",
	"induct*", "found", "stranded", "marooned", "trapped", "search", "searched",
	"kick", "kicks", "kicked", "kicking", "gig", "gigs", "jaunt", "opener",
	"holding", "event", "events",
}

// datelineEvents are the triggers strong enough to place a dateline's
// event in the dateline city.
var datelineEvents = []string{
	"match*", "game*", "tie", "final", "finals", "tournament*", "race", "summit*",
	"protest*", "rall*", "crash*", "attack*", "explosion*", "concert*", "festival*",
	"trial*", "win", "won", "beat", "defeated", "stampede*", "fire", "riot*", "clash*",
}

// overEvents are the events that happen "over" a place: "shot down over
// Hanoi", "crashed over the Atlantic".
var overEvents = []string{"shot", "crash*", "downed", "flew", "flying", "exploded", "disappeared"}

// notVenueBefore are words before the preposition that make the place an
// attribute, not an event's location: "based in", "born in".
var notVenueBefore = map[string]bool{
	"based": true, "headquartered": true, "born": true, "lives": true, "live": true,
	"living": true, "raised": true, "resident": true, "residents": true, "native": true,
	"investment": true, "invest": true, "invested": true, "stake": true, "operations": true,
	"offices": true, "office": true, "sales": true, "stores": true, "stocks": true, "shares": true,
	"markets": true, "prices": true, "interest": true, "officials": true, "official": true,
	"authorities": true, "lawmakers": true, "leaders": true, "regulators": true, "companies": true,
	"firms": true, "voters": true, "people": true, "population": true, "troops": true, "forces": true,
}

// countries are places too coarse to be the venue of an event when the
// article names a more specific one ("a helicopter crash in Afghanistan"
// beside "crashed in Logar province").
func isCountry(name string) bool {
	g := gazetteer.LoadGazetteer()
	e, ok := g.Lookup(name)
	return ok && e.Label == "GPE" && gazetteer.CountryNames[e.Canonical]
}

// venueSkip are the words that may stand between a preposition and the
// place: determiners and place modifiers ("in the country's southern ...").
var venueSkip = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"this": true, "that": true, "northern": true, "southern": true, "eastern": true, "western": true,
	"central": true, "nearby": true, "downtown": true, "suburban": true, "rural": true, "remote": true,
	"capital": true, "city": true, "town": true, "village": true, "province": true, "region": true,
}

// moveVerbs take a place after "to" as where the event happens: "took the
// child to Forest Hill's WoodSpring Suites".
var moveVerbs = map[string]bool{
	"took": true, "taken": true, "carried": true, "drove": true, "driven": true, "brought": true,
	"flown": true, "flew": true, "moved": true, "transferred": true,
	"speech": true, "visit": true, "trip": true, "address": true, "remarks": true,
}

// venueOrgWords make an organisation name a place an event can happen in:
// "inside the Polytechnic University", "a speech to the Diplomatic Academy".
var venueOrgWords = map[string]bool{
	"University": true, "Academy": true, "College": true, "School": true, "Hospital": true,
	"Church": true, "Mosque": true, "Cathedral": true, "Museum": true, "Institute": true,
}

// Extract implements Extractor.
func (*Extractor) Extract(t *extractors.Text, f *extractors.Findings) {
	seen := map[string]bool{}
	add := func(v extractors.Venue) {
		k := gazetteer.NormKey(v.Text)
		if seen[k] {
			return
		}
		seen[k] = true
		f.Venues = append(f.Venues, v)
	}
	if v, ok := dateline(t, f); ok {
		add(v)
	}
	var found []extractors.Venue
	for _, e := range f.Entities {
		building := ""
		if k := extractors.SearchTokens(t.Tokens, e.End); e.Label == "ORG" && k < len(t.Tokens) && t.Tokens[k].Start == e.End+1 {
			switch t.Tokens[k].Text {
			case "headquarters", "offices", "building", "campus", "compound":
				building = t.Tokens[k].Text
			}
		}
		if !venueLabel(e) && building == "" {
			continue
		}
		lo := extractors.SearchTokens(t.Tokens, e.Start)
		if lo >= len(t.Tokens) || t.Tokens[lo].Start != e.Start {
			continue
		}
		si := t.SentenceAt(e.Start)
		if si < 0 {
			continue
		}
		s := t.Sentences[si]
		p, ok := venuePrep(t, lo, s.Start)
		if !ok {
			continue
		}
		if p > 0 && notVenueBefore[strings.ToLower(t.Tokens[p-1].Text)] {
			continue
		}
		// "Fort Worth's 6th Avenue": the possessor is not the venue.
		if k := extractors.SearchTokens(t.Tokens, e.End); k < len(t.Tokens) && t.Tokens[k].Start == e.End && lex.IsPossessive(t.Tokens[k].Text) {
			continue
		}
		words := eventWords
		if strings.ToLower(t.Tokens[p].Text) == "over" {
			words = overEvents // "talks over Ukraine" is a topic
		}
		trig, ok := eventNear(t, p, s, words)
		if !ok {
			continue
		}
		text, end := e.Text, e.End
		// "Hoa Lo prison", "Logar province": keep the place word.
		if k := extractors.SearchTokens(t.Tokens, e.End); k < len(t.Tokens) && t.Tokens[k].Start == e.End+1 {
			if w := t.Tokens[k].Text; gazetteer.LoadGazetteer().Is("fac-after", w) || gazetteer.LoadGazetteer().Is("gpe-after", w) {
				end = t.Tokens[k].End
				text = t.Text[e.Start:end]
			}
		}
		if building != "" {
			end = e.End + 1 + len(building)
			text = t.Text[e.Start:end]
		}
		found = append(found, extractors.Venue{Span: extractors.Span{Text: text, Start: e.Start, End: end}, Event: trig.text, Date: eventDate(f.Dates, s, e.Start), Trace: extractors.Trace{Rule: "event-" + t.Tokens[p].Text + "-place"}})
	}
	found = dropContainers(t, found)
	specific := false
	for _, v := range found {
		if !isCountry(v.Text) {
			specific = true
		}
	}
	for _, v := range found {
		if specific && isCountry(v.Text) {
			continue
		}
		add(v)
	}
}

// venueLabel reports whether e can be a venue: a place, or an institution
// whose building hosts events.
func venueLabel(e extractors.Entity) bool {
	switch e.Label {
	case "GPE", "LOC", "FAC":
		return true
	case "ORG":
		ws := strings.Fields(e.Text)
		for _, w := range ws {
			if venueOrgWords[w] {
				return true
			}
		}
	}
	return false
}

// venuePrep finds the locative preposition before token lo, skipping a
// determiner, a possessor and a few modifiers ("in the country's southern
// Zabul province", "at Forest Hill's WoodSpring Suites"). It returns the
// preposition's token index.
func venuePrep(t *extractors.Text, lo, sentStart int) (int, bool) {
	for k := lo - 1; k >= 0 && t.Tokens[k].Start >= sentStart && k >= lo-5; k-- {
		w := t.Tokens[k].Text
		lw := strings.ToLower(w)
		if lex.VenuePreps[lw] && lex.LowerStart(w) {
			return k, true
		}
		if w == "to" {
			for b := k - 1; b >= 0 && b >= k-4 && t.Tokens[b].Start >= sentStart; b-- {
				if moveVerbs[strings.ToLower(t.Tokens[b].Text)] {
					return k, true
				}
			}
			return 0, false
		}
		// "in the town of Ziketan": the settlement noun and its "of".
		if w == "of" && k > 0 && lex.SettlementNouns[strings.ToLower(t.Tokens[k-1].Text)] {
			continue
		}
		switch {
		case venueSkip[lw], lex.IsPossessive(w), lex.IsDigits(w) && k == lo-1, w == "\"", w == "“", w == "‘", lex.UpperStart(w) && !lex.VenuePreps[lw],
			k+1 < lo && lex.IsPossessive(t.Tokens[k+1].Text),
			strings.HasSuffix(w, "'s"), strings.HasSuffix(w, "’s"):
			continue
		}
		return 0, false
	}
	return 0, false
}

// trigger is an event word found in a sentence.
type trigger struct {
	text string
	tok  int
}

// eventNear finds an event word in sentence s, preferring the nearest to
// token p within fourteen tokens before it or five after.
func eventNear(t *extractors.Text, p int, s extractors.Range, words []string) (trigger, bool) {
	best, bestD := trigger{}, 1<<30
	for k := max(0, p-14); k < len(t.Tokens) && k <= p+5; k++ {
		tok := t.Tokens[k]
		if tok.Start < s.Start || tok.End > s.End {
			continue
		}
		if !matchWord(strings.ToLower(tok.Text), words) && !faceOff(t, k) && !againstClub(t, k) {
			continue
		}
		d := p - k
		if d < 0 {
			d = -d + 3 // words before the place read as the event first
		}
		if d < bestD {
			best, bestD = trigger{tok.Text, k}, d
		}
	}
	return best, bestD < 1<<30
}

// faceOff reports whether token k opens "face off" ("the top 10 face off
// in Atlanta"), a contest.
func faceOff(t *extractors.Text, k int) bool {
	switch strings.ToLower(t.Tokens[k].Text) {
	case "face", "faces", "faced", "facing":
		return k+1 < len(t.Tokens) && strings.EqualFold(t.Tokens[k+1].Text, "off")
	}
	return false
}

// againstClub reports whether token k opens "against" a club ("in New York
// against the Rangers"), a game.
func againstClub(t *extractors.Text, k int) bool {
	if !strings.EqualFold(t.Tokens[k].Text, "against") || k+1 >= len(t.Tokens) {
		return false
	}
	n := k + 1
	if strings.EqualFold(t.Tokens[n].Text, "the") && n+1 < len(t.Tokens) {
		n++
	}
	return gazetteer.LoadGazetteer().Teams[t.Tokens[n].Text]
}

// matchWord reports whether w is one of words ('*' suffix: a prefix).
func matchWord(w string, words []string) bool {
	for _, x := range words {
		if strings.HasSuffix(x, "*") {
			if strings.HasPrefix(w, x[:len(x)-1]) {
				return true
			}
		} else if w == x {
			return true
		}
	}
	return false
}

// eventDate returns the value of the date in sentence s nearest to off,
// "" when the sentence has none.
func eventDate(dates []extractors.Date, s extractors.Range, off int) string {
	best, bestD := "", 1<<30
	for _, d := range dates {
		if d.Start < s.Start || d.End > s.End || (d.Type != "DATE" && d.Type != "TIME") {
			continue
		}
		dist := off - d.End
		if d.Start > off {
			dist = d.Start - off
		}
		if dist < bestD {
			best, bestD = d.Value, dist
		}
	}
	return best
}

// dateline returns the venue of a dateline: a capitalised place opening
// the text ("MADRID —", "LONDON (AP) —") when the first sentence reports a
// physical event (a match, a summit, a protest, a crash) rather than an
// announcement.
func dateline(t *extractors.Text, f *extractors.Findings) (extractors.Venue, bool) {
	if len(f.Entities) == 0 || len(t.Sentences) == 0 {
		return extractors.Venue{}, false
	}
	e := f.Entities[0]
	if e.Label != "GPE" || strings.TrimSpace(t.Text[:e.Start]) != "" {
		return extractors.Venue{}, false
	}
	rest := strings.TrimLeft(t.Text[e.End:], " ,")
	// "Pittsburgh" alone on the first line: a dateline the page set
	// apart; its event is in the sentence that follows.
	ownLine := strings.HasPrefix(rest, "\n")
	if !ownLine && !strings.HasPrefix(rest, "—") && !strings.HasPrefix(rest, "–") && !strings.HasPrefix(rest, "-") && !strings.HasPrefix(rest, "(") {
		return extractors.Venue{}, false
	}
	if !ownLine && !lex.AllCaps(e.Text) {
		return extractors.Venue{}, false
	}
	s := t.Sentences[0]
	if si := t.SentenceAt(e.Start); si >= 0 {
		s = t.Sentences[si]
	}
	if ownLine {
		next := -1
		for i, x := range t.Sentences {
			if x.Start >= e.End {
				next = i
				break
			}
		}
		if next < 0 {
			return extractors.Venue{}, false
		}
		s = t.Sentences[next]
	}
	first := extractors.SearchTokens(t.Tokens, s.Start)
	for k := first; k < len(t.Tokens) && t.Tokens[k].End <= s.End; k++ {
		if matchWord(strings.ToLower(t.Tokens[k].Text), datelineEvents) {
			return extractors.Venue{Span: extractors.Span{Text: e.Text, Start: e.Start, End: e.End}, Event: t.Tokens[k].Text, Date: eventDate(f.Dates, s, e.Start), Trace: extractors.Trace{Rule: "dateline"}}, true
		}
	}
	return extractors.Venue{}, false
}

// dropContainers removes the places that only locate the place before
// them: "at the Riverside Clinic in Berlin", "in the town of Barzak in
// Qinghai province", "in Santa Fe, New Mexico" keep the first.
func dropContainers(t *extractors.Text, found []extractors.Venue) []extractors.Venue {
	out := found[:0:0]
	for _, u := range found {
		contained := false
		for _, v := range found {
			if v.End > u.Start || t.SentenceAt(v.Start) != t.SentenceAt(u.Start) {
				continue
			}
			gap := strings.TrimSpace(t.Text[v.End:u.Start])
			gap = strings.TrimSpace(strings.TrimPrefix(gap, ","))
			if gap == "" || gap == "in" {
				contained = true
			}
		}
		if !contained {
			out = append(out, u)
		}
	}
	return out
}
