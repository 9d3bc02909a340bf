package lex

import "strings"

// Sections reads a word list in sections: a "[name]" line opens a
// section, each other line is one entry of it (lower-cased); "#" comment
// lines and blank lines are skipped. It returns the entries by section.
func Sections(data string) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	var cur map[string]bool
	EachLine(data, func(line string) {
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			name := line[1 : len(line)-1]
			if out[name] == nil {
				out[name] = map[string]bool{}
			}
			cur = out[name]
			return
		}
		if cur != nil {
			cur[strings.ToLower(line)] = true
		}
	})
	return out
}
