package quotes

import "fmt"

// This file writes the --explain evidence of a direct quote: how its span
// ended, the cues considered and rejected, the cue taken and how its
// source was read and named (for a pronoun, the antecedent steps tried).

// evidence returns the evidence lines of it (Findings.Explain only).
func (a *attributor) evidence(it *item) []string {
	var out []string
	if it.span.multiPara {
		out = append(out, "the quote runs over several paragraphs, each reopened with a mark")
	}
	if it.span.unterminated {
		out = append(out, "no closing mark: the quote ends with its paragraph")
	}
	out = append(out, it.evidence...)
	if it.event >= 0 {
		ev := &a.events[it.event]
		where := "after the quote in its sentence"
		switch {
		case ev.sent < it.sent:
			where = fmt.Sprintf("%d sentence(s) before the quote", it.sent-ev.sent)
		case ev.sent > it.sent:
			where = fmt.Sprintf("%d sentence(s) after the quote", ev.sent-it.sent)
		case ev.tok < it.tok:
			where = "before the quote in its sentence"
		}
		out = append(out, fmt.Sprintf("cue %q %s", a.cueText(ev), where))
		if it.override == nil {
			out = append(out, ev.evidence...)
		}
	}
	if it.override != nil {
		out = append(out, fmt.Sprintf("source %q: the person who opens the sentence before", it.speaker))
	}
	return out
}
