package entities

import (
	"strings"

	"github.com/lede-project/lede/extractors/internal/lex"
)

// placePrep reports whether the word before token i is a place preposition.
func (r *extraction) placePrep(i int) bool {
	if i == 0 || strings.ContainsAny(r.t.Tokens[i].Text, "0123456789") {
		return false
	}
	switch r.t.Tokens[i-1].Text {
	case "in", "near", "outside":
		return true
	}
	return false
}

// contextLabel labels c from the words around it: "ORG" for "Coty
// shares", "the firm Coty", "analyst at Coty", "Coty, a company"; "GPE"
// for "the town of Ziketan"; "" when the context says nothing.
func (r *extraction) contextLabel(c *candidate, w *why) string {
	toks := r.t.Tokens
	if c.last-c.first > 1 && r.g.FirstNames[toks[c.first].Text] {
		return "" // "publishers Jann Wenner of ...": a person
	}
	n := c.last
	if n < len(toks) && lex.IsPossessive(toks[n].Text) && toks[n].Text != "'" {
		n++
	}
	if n < len(toks) && r.g.Is("org-next", strings.ToLower(toks[n].Text)) && r.sameLine(c.last-1, n) {
		w.word("org-next", toks[n].Text)
		return "ORG"
	}
	if c.first > 0 && r.g.Is("org-prev", toks[c.first-1].Text) {
		w.word("org-prev", toks[c.first-1].Text)
		return "ORG"
	}
	if c.first > 1 && toks[c.first-1].Text == "at" && r.g.Is("role-at", strings.ToLower(toks[c.first-2].Text)) {
		w.word("role-at", toks[c.first-2].Text)
		return "ORG"
	}
	if r.orgAppositive(c, w) {
		return "ORG"
	}
	if c.first > 2 && toks[c.first-1].Text == "of" {
		// "the town of Ziketan", "the city of Homs": a settlement.
		if lex.SettlementNouns[toks[c.first-2].Text] && strings.EqualFold(toks[c.first-3].Text, "the") {
			w.add("settlement noun before: the ", toks[c.first-2].Text, " of")
			return "GPE"
		}
		// "Tom Tays, 32, of Franklin": where a named person lives.
		if toks[c.first-2].Text == "," && lex.IsDigits(toks[c.first-3].Text) {
			w.add("age, of: ", toks[c.first-3].Text, ", of")
			return "GPE"
		}
	}
	// "shares of Coty", "CEO of Coty".
	if c.first > 1 && toks[c.first-1].Text == "of" && r.g.Is("org-of", strings.ToLower(toks[c.first-2].Text)) {
		w.word("org-of", toks[c.first-2].Text)
		return "ORG"
	}
	return ""
}

// orgAppositive reports whether an appositive after c makes it an
// organisation: "Kosmos, a group co-founded by ...", "Big Machine, which
// was bought ...".
func (r *extraction) orgAppositive(c *candidate, w *why) bool {
	toks := r.t.Tokens
	if c.last+2 >= len(toks) || toks[c.last].Text != "," {
		return false
	}
	switch toks[c.last+1].Text {
	case "which":
		w.add("appositive: , which")
		return true
	case "a", "an", "the":
		for k := c.last + 2; k < len(toks) && k <= c.last+4; k++ {
			if r.g.Is("org-appositive", toks[k].Text) {
				w.word("org-appositive", toks[k].Text)
				return true
			}
			if !lex.LowerStart(toks[k].Text) {
				break
			}
		}
	}
	return false
}

// roleWord reports whether the capitalised word w is a role noun, singular
// or plural ("Officials said", "Doctor says"): a description, not a name.
func (r *extraction) roleWord(w string) bool {
	lw := strings.ToLower(w)
	return r.g.Is("role", lw) || (strings.HasSuffix(lw, "s") && r.g.Is("role", strings.TrimSuffix(lw, "s")))
}

// speechNext reports whether a reporting verb in a finite form follows
// token i ("Nadal said", "Greta tweeted"), the mark of a person named by
// one word. The verbs are lex's list (lex.ReportingLemma); a bare lemma,
// an -ing form ("Reuters reporting") or a word the tagger calls no verb
// ("reports" as a noun) is not enough.
func (r *extraction) speechNext(i int) bool {
	if i >= len(r.t.Tokens) {
		return false
	}
	tok := r.t.Tokens[i]
	lemma, ok := lex.ReportingLemma(tok.Text)
	if !ok || tok.Text == lemma || strings.HasSuffix(tok.Text, "ing") {
		return false
	}
	// "Recent reports have ...": a plural noun, when the tagger says so.
	return tok.Tag == "" || strings.HasPrefix(tok.Tag, "VB")
}

// appositiveRole reports whether a role noun follows the name after a
// comma: "Cheuk Hau-yip, the commander of ...", "Sonya A. Zoghlin,
// Carlineo's attorney".
func (r *extraction) appositiveRole(i int) bool {
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

// postalCode reports whether tokens [first, last) are one US state or
// Canadian province code ("FL", "ON") written right after "Town," and not
// followed by another capitalised word on its line, the way addresses and
// tour listings give places: "Tampa, FL", "Toronto, ON for a show".
// Elsewhere such words are often ordinary ("IN", "OR") or acronyms.
func (r *extraction) postalCode(first, last int) bool {
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
