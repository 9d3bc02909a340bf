package lex

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/reporting_verbs.txt
var reportingData string

var (
	reportingOnce sync.Once
	reporting     map[string]string // inflected form -> lemma
)

// ReportingLemma returns the lemma of w when w (lower case) is a form of
// a verb of saying or writing ("said" -> "say", "tweeted" -> "tweet"),
// from data/reporting_verbs.txt, the one home of that list.
func ReportingLemma(w string) (string, bool) {
	reportingOnce.Do(func() { reporting = parseReporting(reportingData) })
	l, ok := reporting[w]
	return l, ok
}

// parseReporting reads the list: a lemma a line, inflected regularly,
// plus any irregular forms the line names after it; "go = went" lists the
// only forms that count (the lemma itself and its regular forms do not:
// "went" reports speech in "he went, 'no way'", "go" and "going" do not).
func parseReporting(data string) map[string]string {
	m := map[string]string{}
	EachLine(data, func(line string) {
		f := strings.Fields(line)
		v := f[0]
		if len(f) > 1 && f[1] == "=" {
			for _, form := range f[2:] {
				m[form] = v
			}
			return
		}
		m[v] = v
		for _, form := range regularForms(v) {
			if _, ok := m[form]; !ok {
				m[form] = v
			}
		}
		for _, form := range f[1:] {
			m[form] = v
		}
	})
	return m
}

// regularForms returns the regular third-person, past and -ing forms of a
// verb lemma.
func regularForms(v string) []string {
	switch {
	case strings.HasSuffix(v, "y") && !strings.HasSuffix(v, "ey") && !strings.HasSuffix(v, "ay"):
		stem := v[:len(v)-1]
		return []string{stem + "ies", stem + "ied", v + "ing"}
	case strings.HasSuffix(v, "e"):
		return []string{v + "s", v + "d", v[:len(v)-1] + "ing"}
	case strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "ss"):
		return []string{v + "es", v + "ed", v + "ing"}
	}
	return []string{v + "s", v + "ed", v + "ing"}
}
