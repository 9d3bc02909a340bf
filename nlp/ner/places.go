package ner

import "strings"

// placeLabel types a place name: GPE for countries, states and towns, LOC
// for other places (regions, waters, mountains, facilities). class is the
// gazetteer's answer for the name; unknown names are LOC when their last
// word (or a first word like Mount) names a natural feature or a facility,
// else GPE. Group words (NORP) give "".
func placeLabel(words []string, class string) string {
	switch class {
	case "COUNTRY", "GPE":
		return "GPE"
	case "LOC":
		return "LOC"
	case "NORP":
		return ""
	}
	if len(words) > 0 && (locWords[strings.ToLower(words[len(words)-1])] || locFirstWords[strings.ToLower(words[0])]) {
		return "LOC"
	}
	return "GPE"
}

// orgLabel types an organisation name: a country's name stays GPE (its
// government or national team), group words give "", the rest is ORG.
func orgLabel(class string) string {
	switch class {
	case "COUNTRY":
		return "GPE"
	case "NORP":
		return ""
	}
	return "ORG"
}

// ResolvePlaces retypes the spans of corpora that do not tell GPE from LOC:
// spans labelled PLACE become GPE or LOC and ORG spans naming a country
// become GPE, as ReadGUM does for GUM. It rewrites the labels in place.
func ResolvePlaces(sents []Sentence, lookup Lookup) {
	for _, s := range sents {
		for _, sp := range Spans(s.Labels) {
			words := s.Words[sp.Start:sp.End]
			class := lookup(strings.Join(words, " "))
			label := sp.Label
			switch sp.Label {
			case "PLACE":
				label = placeLabel(words, class)
			case "ORG":
				label = orgLabel(class)
			}
			for i := sp.Start; i < sp.End; i++ {
				switch {
				case label == "":
					s.Labels[i] = "O"
				case i == sp.Start:
					s.Labels[i] = "B-" + label
				default:
					s.Labels[i] = "I-" + label
				}
			}
		}
	}
}

// Normalize brings corpora from other annotation schemes to the
// conventions of lede's gold data: a span's leading "the" is not part of
// the name, and a hashtag's '#' is dropped from the word ("#UN" → "UN"),
// since news text has no hashtags. It rewrites the sentences in place.
func Normalize(sents []Sentence) {
	for _, s := range sents {
		for i, w := range s.Words {
			if len(w) > 1 && w[0] == '#' {
				s.Words[i] = w[1:]
			}
		}
		for _, sp := range Spans(s.Labels) {
			if sp.End-sp.Start > 1 && strings.EqualFold(s.Words[sp.Start], "the") {
				s.Labels[sp.Start] = "O"
				s.Labels[sp.Start+1] = "B-" + sp.Label
			}
		}
	}
}
