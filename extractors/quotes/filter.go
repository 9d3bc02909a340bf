package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-project/lede/extractors/internal/lex"
)

// This file decides which quote-marked spans are quotations. Scare quotes,
// titles of works, nicknames, slogans and markup attribute values are not.
// A span of four words or more is a quotation unless it looks like a title
// or a name; a shorter one must be a complete utterance right next to its
// cue ("That's correct," Volker said; chanted "Let us vote") or a
// three-word fragment of a source's reported speech that is not the object
// of a determiner or a modal (called the proposal "reckless and
// unaffordable").

// qTitleCues before a quote mark a title, name or slogan.
var qTitleCues = toSet(`titled entitled dubbed nicknamed hashtag slogan tagline motto headline
named called-the so-called known film movie documentary song album book novel show series
podcast play single hit magazine newspaper column episode brand label program programme`)

// qTitleAfter after a quote mark a name or slogan ("the “Meth. We're on it.”
// campaign").
var qTitleAfter = toSet(`campaign slogan tagline hashtag ad ads banner motto initiative program
programme movement brand label series show formula policy principle doctrine strategy approach
model framework plan project operation era rule act bill deal agreement award prize trophy
challenge trend meme song album film movie book`)

// qFilter keeps the items that are quotations.
func qFilter(text string, sents []qSentence, events []qEvent, items []qItem) []qItem {
	names := map[string]bool{}
	for _, it := range items {
		if qTitleLike(text, sents, it) {
			names[qNormKey(text[it.span.start:it.span.end])] = true
		}
	}
	out := items[:0]
	for _, it := range items {
		content := text[it.span.start:it.span.end]
		it.words = qCountWords(content)
		if len(names) > 0 && names[qNormKey(content)] || qMarkup(text, it.span) {
			continue
		}
		if it.words >= 4 || qShortQuote(text, sents, events, it) || len(out) > 0 && qShortContinuation(text, sents, events, out[len(out)-1], it) {
			out = append(out, it)
		}
	}
	return out
}

// qShortContinuation accepts a short complete utterance that goes on from
// an attributed quote in the same paragraph: "…," said Dana Wells. "But
// it's close."
func qShortContinuation(text string, sents []qSentence, events []qEvent, prev, it qItem) bool {
	if it.event >= 0 || prev.event < 0 || it.words == 0 || sents[prev.sent].para != sents[it.sent].para {
		return false
	}
	c := strings.TrimSpace(text[it.span.start:it.span.end])
	first, _ := utf8.DecodeRuneInString(c)
	last, _ := utf8.DecodeLastRuneInString(c)
	return unicode.IsUpper(first) && strings.ContainsRune(".!?…", last) &&
		!qEventBetween(events, qSpanEnd(prev.span), it.span.open, prev.event)
}

// qShortQuote decides a span of fewer than four words.
func qShortQuote(text string, sents []qSentence, events []qEvent, it qItem) bool {
	if it.event < 0 || it.words == 0 {
		return false
	}
	ev := events[it.event]
	ws := sents[it.sent].words
	first, _ := utf8.DecodeRuneInString(text[it.span.start:])
	if unicode.IsUpper(first) {
		// A complete utterance next to its cue.
		if ev.tok > it.tok {
			// "That's correct," Volker said — not the "Pose" actor said.
			last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(text[it.span.start:it.span.end]))
			return strings.ContainsRune(",.!?…", last) && ev.tok-it.tok <= 4 && (ev.after || ev.m.s > ws[it.tok].e)
		}
		gap := it.tok - (ev.tok + ev.ntok)
		return gap <= 1 && qOnlyPunctBetween(ws, ev.tok+ev.ntok-1, it.tok)
	}
	if it.words < 3 || it.tok == 0 {
		return false
	}
	// A three-word fragment counts as the source's words when it is a
	// predicate ("was "all but done"") or what the source called
	// something (called the proposal "reckless and unaffordable").
	prev := ws[it.tok-1].low
	switch prev {
	case "is", "was", "are", "were", "be", "been", "being":
		return true
	}
	switch ev.lemma {
	case "call", "describe", "label", "term", "brand":
		return ev.tok < it.tok && !qDeterminers[prev] && prev != "as"
	}
	return false
}

// qTitleLike reports whether the span is a title, name or slogan: every
// word capitalised, or a title cue next to it.
func qTitleLike(text string, sents []qSentence, it qItem) bool {
	content := text[it.span.start:it.span.end]
	ws := sents[it.sent].words
	if it.tok > 0 {
		prev := ws[it.tok-1].low
		if qTitleCues[prev] || (prev == "as" && it.tok > 1 && ws[it.tok-2].low == "known") {
			return true
		}
		// "a show called "…"", "a poem named "…"": a name, unless a
		// person or pronoun does the calling ("he called "…"").
		if (prev == "called" || prev == "named") && it.tok > 1 && !ws[it.tok-2].punct &&
			!lex.QCap(ws[it.tok-2].text) && !qPronouns[ws[it.tok-2].low] && !qAux[ws[it.tok-2].low] &&
			!strings.HasSuffix(ws[it.tok-2].low, "ly") {
			return true
		}
	}
	if it.tok+1 < len(ws) && qTitleAfter[ws[it.tok+1].low] {
		return true
	}
	// Title case: two to eight words, every word but short function words
	// capitalised, no sentence punctuation inside ("Listen To The Music,",
	// "Dancing with the Stars.").
	body := strings.TrimRight(content, ".,!?;: ")
	words := strings.Fields(body)
	if len(words) < 2 || len(words) > 8 || strings.ContainsAny(strings.TrimRight(body, ".!?"), ".!?;") {
		return false
	}
	caps := 0
	for _, w := range words {
		w = strings.Trim(w, ",:\"'’‘()")
		switch {
		case w == "" || qNumeral(w): // "10 Things in Tech"
		case lex.QCap(w):
			caps++
		case qTitleSmall[strings.ToLower(w)]:
		default:
			return false
		}
	}
	return caps >= 2
}

// qTitleSmall are the words titles leave in lower case.
var qTitleSmall = toSet(`a an the and or but nor of in on at to for with by from as into over up
vs. vs de la le du von van`)

// qMarkup reports whether the span is an attribute value of leftover
// markup (author="@…", href="…") or a bare handle or address.
func qMarkup(text string, sp qSpan) bool {
	before := strings.TrimRight(text[:sp.open], " ")
	if strings.HasSuffix(before, "=") {
		return true
	}
	// A bare handle or address; a sentence that opens with a handle
	// ("@jane and I have ...") is speech.
	c := text[sp.start:sp.end]
	if strings.ContainsAny(strings.TrimSpace(c), " \t\n") {
		return false
	}
	return strings.HasPrefix(c, "@") || strings.HasPrefix(c, "http://") || strings.HasPrefix(c, "https://")
}

// qNormKey folds case, punctuation and spacing so that repeated names
// compare equal.
func qNormKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// qNumeral reports whether w is written in digits ("10", "2,000").
func qNumeral(w string) bool {
	for _, r := range w {
		if (r < '0' || r > '9') && r != ',' {
			return false
		}
	}
	return w != ""
}
