package entities

import "strings"

// countRecurring counts, for the text of every candidate, how often the
// article writes it, in one pass over the tokens: an occurrence starts at
// a token that begins with the candidate's first word. A count per
// candidate over the whole text would make long inputs quadratic.
func (r *extraction) countRecurring(ms []mention) {
	byFirst := map[string][]string{} // first token text -> candidate texts
	r.recur = make(map[string]int, len(ms))
	for _, m := range ms {
		text := r.t.Text[m.start:m.end]
		if _, seen := r.recur[text]; seen || m.first >= len(r.t.Tokens) {
			continue
		}
		r.recur[text] = 0
		first := r.t.Tokens[m.first].Text
		byFirst[first] = append(byFirst[first], text)
	}
	for _, tok := range r.t.Tokens {
		for _, text := range byFirst[tok.Text] {
			if strings.HasPrefix(r.t.Text[tok.Start:], text) {
				r.recur[text]++
			}
		}
	}
}

// recurrences is how often the article writes text: from countRecurring
// for a candidate's text, else (a candidate a rule cut short) counted
// over the text.
func (r *extraction) recurrences(text string) int {
	if n, ok := r.recur[text]; ok {
		return n
	}
	n := strings.Count(r.t.Text, text)
	if r.recur != nil {
		r.recur[text] = n
	}
	return n
}
