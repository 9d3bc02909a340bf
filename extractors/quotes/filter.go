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

// filter keeps the items that are quotations.
func filter(text string, sents []sentence, events []event, items []item) []item {
	names := map[string]bool{}
	for _, it := range items {
		if titleLike(text, sents, it) {
			names[normKey(text[it.span.start:it.span.end])] = true
		}
	}
	out := items[:0]
	for _, it := range items {
		content := text[it.span.start:it.span.end]
		it.words = countWords(content)
		if len(names) > 0 && names[normKey(content)] || markup(text, it.span) {
			continue
		}
		if it.words >= 4 || shortQuote(text, sents, events, it) || len(out) > 0 && shortContinuation(text, sents, events, out[len(out)-1], it) {
			out = append(out, it)
		}
	}
	return out
}

// shortContinuation accepts a short complete utterance that goes on from
// an attributed quote in the same paragraph: "…," said Dana Wells. "But
// it's close."
func shortContinuation(text string, sents []sentence, events []event, prev, it item) bool {
	if it.event >= 0 || prev.event < 0 || it.words == 0 || sents[prev.sent].para != sents[it.sent].para {
		return false
	}
	c := strings.TrimSpace(text[it.span.start:it.span.end])
	first, _ := utf8.DecodeRuneInString(c)
	last, _ := utf8.DecodeLastRuneInString(c)
	return unicode.IsUpper(first) && strings.ContainsRune(".!?…", last) &&
		!eventBetween(events, spanEnd(prev.span), it.span.open, prev.event)
}

// shortQuote decides a span of fewer than four words.
func shortQuote(text string, sents []sentence, events []event, it item) bool {
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
		return gap <= 1 && onlyPunctBetween(ws, ev.tok+ev.ntok-1, it.tok) || setOffSentence(text, ws, ev, it)
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
		return ev.tok < it.tok && !determiners[prev] && prev != "as"
	}
	return false
}

// setOffSentence reports whether a short capitalised quote is a whole
// sentence set off by a comma or colon a few words after its cue, with no
// other verb between: asked simply, "Who cares?"; answered that question:
// "Nobody cares."
func setOffSentence(text string, ws []word, ev event, it item) bool {
	from := ev.tok + ev.ntok
	if it.tok-from > 5 || it.tok-from < 1 || (ws[it.tok-1].text != "," && ws[it.tok-1].text != ":") {
		return false
	}
	for k := from; k < it.tok; k++ {
		if verbish(ws[k]) || ws[k].text == markerText {
			return false
		}
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(text[it.span.start:it.span.end]))
	return strings.ContainsRune(".!?", last)
}

// titleLike reports whether the span is a title, name or slogan: every
// word capitalised, or a title cue next to it.
func titleLike(text string, sents []sentence, it item) bool {
	content := text[it.span.start:it.span.end]
	ws := sents[it.sent].words
	if it.tok > 0 {
		prev := ws[it.tok-1].low
		if titleCues[prev] || (prev == "as" && it.tok > 1 && ws[it.tok-2].low == "known") {
			return true
		}
		// A mention, not a quote: the word "hope", the phrase "…".
		if mentionCues[prev] && it.tok > 1 && (ws[it.tok-2].low == "the" || ws[it.tok-2].low == "a") {
			return true
		}
		// "a show called "…"", "a poem named "…"": a name, unless a
		// person or pronoun does the calling ("he called "…"").
		if (prev == "called" || prev == "named") && it.tok > 1 && !ws[it.tok-2].punct &&
			!lex.QCap(ws[it.tok-2].text) && !pronouns[ws[it.tok-2].low] && !auxiliaries[ws[it.tok-2].low] &&
			!strings.HasSuffix(ws[it.tok-2].low, "ly") {
			return true
		}
	}
	if it.tok+1 < len(ws) && titleAfter[ws[it.tok+1].low] {
		return true
	}
	// Title case: two to eight words, every word but short function words
	// and numbers capitalised, no sentence punctuation inside ("Listen To
	// The Music,", "Dancing with the Stars."). Titles hold numbers as
	// words do: list headlines ("10 Things in Tech You Need to Know"),
	// books ("The 7 Habits of Highly Effective People"), site names ("The
	// Internet Explorer 6 Countdown").
	body := strings.TrimRight(content, ".,!?;: ")
	words := strings.Fields(body)
	if len(words) < 2 || len(words) > 8 || strings.ContainsAny(strings.TrimRight(body, ".!?"), ".!?;") {
		return false
	}
	caps := 0
	for _, w := range words {
		w = strings.Trim(w, ",:\"'’‘()")
		switch {
		case w == "" || numeral(w):
		case lex.QCap(w):
			caps++
		case titleSmall[strings.ToLower(w)]:
		default:
			return false
		}
	}
	return caps >= 2
}

// titleSmall are the words titles leave in lower case.
var titleSmall = toSet(`a an the and or but nor of in on at to for with by from as into over up
vs. vs de la le du von van`)

// markup reports whether the span is an attribute value of leftover
// markup (author="@…", href="…") or a bare handle or address.
func markup(text string, sp span) bool {
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

// normKey folds case, punctuation and spacing so that repeated names
// compare equal.
func normKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// numeral reports whether w is written in digits ("10", "2,000").
func numeral(w string) bool {
	for _, r := range w {
		if (r < '0' || r > '9') && r != ',' {
			return false
		}
	}
	return w != ""
}
