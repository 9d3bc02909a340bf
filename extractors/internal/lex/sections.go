package lex

import "strings"

// EachLine calls fn with every line of a data file that is neither blank
// nor a comment ("#"), trimmed of surrounding white space.
func EachLine(data string, fn func(line string)) {
	for line := range strings.Lines(data) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fn(line)
	}
}

// EachSection calls fn with every entry of a word list in sections, as
// written, and the name of its section: a "[name]" line opens a section;
// "#" comment lines, blank lines and entries before the first section are
// skipped.
func EachSection(data string, fn func(section, entry string)) {
	section := ""
	EachLine(data, func(line string) {
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = line[1 : len(line)-1]
			return
		}
		if section != "" {
			fn(section, line)
		}
	})
}

// Sections reads a word list in sections (EachSection) into sets of
// lower-cased entries by section.
func Sections(data string) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	EachSection(data, func(section, entry string) {
		if out[section] == nil {
			out[section] = map[string]bool{}
		}
		out[section][strings.ToLower(entry)] = true
	})
	return out
}
