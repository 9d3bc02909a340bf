package quotes

import "strings"

// This file holds the reporting cues: verbs of saying and writing in all
// their forms, and the multi-word cues ("according to", "was quoted as
// saying", "pointed out").

// qCueVerbs maps each inflected form of a reporting verb to its lemma.
var qCueVerbs = func() map[string]string {
	m := map[string]string{}
	regular := []string{
		"add", "answer", "argue", "assert", "boast", "caution", "chant", "claim",
		"complain", "concede", "confirm", "contend", "counter", "declare", "demand",
		"disagree", "email", "exclaim", "explain", "insist", "joke", "lament", "maintain",
		"mouth", "muse", "mutter", "observe", "plead", "pledge", "post", "proclaim",
		"quip", "recall", "recount", "remark", "repeat", "report", "respond", "retort",
		"reveal", "scream", "shout", "sigh", "stress", "suggest", "testify", "text",
		"tout", "tweet", "vow", "warn", "whisper", "wonder", "yell", "ask", "affirm",
		"acknowledge", "admit", "agree", "announce", "conclude", "continue", "declare",
		"deny", "describe", "emphasize", "emphasise", "note", "predict", "promise",
		"reiterate", "reply", "state", "urge", "interject", "beg", "cry", "laugh",
		"advise", "insist", "threaten", "concur", "posit", "clarify", "opine", "gush",
		"rage", "fume", "scoff", "snap", "add", "thunder", "testify", "underline",
		"underscore", "highlight", "acknowledge", "caution", "instruct", "remind",
		"comment", "assure", "reassure", "exult", "bemoan", "recommend", "tease", "hint",
		"estimate", "acknowledge", "lash", "grumble", "marvel", "reflect", "surmise", "add",
	}
	for _, v := range regular {
		m[v] = v
		switch {
		case strings.HasSuffix(v, "y") && !strings.HasSuffix(v, "ey") && !strings.HasSuffix(v, "ay"):
			stem := v[:len(v)-1]
			m[stem+"ies"], m[stem+"ied"], m[v+"ing"] = v, v, v
		case strings.HasSuffix(v, "e"):
			m[v+"s"], m[v+"d"], m[v[:len(v)-1]+"ing"] = v, v, v
		case strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "ss"):
			m[v+"es"], m[v+"ed"], m[v+"ing"] = v, v, v
		default:
			m[v+"s"], m[v+"ed"], m[v+"ing"] = v, v, v
		}
	}
	// Doubled consonants and irregular forms.
	for f, v := range map[string]string{
		"say": "say", "says": "say", "said": "say", "saying": "say",
		"tell": "tell", "tells": "tell", "told": "tell", "telling": "tell",
		"write": "write", "writes": "write", "wrote": "write", "writing": "write", "written": "write",
		"hinted":  "hint",
		"quipped": "quip", "quipping": "quip", "begged": "beg", "begging": "beg",
		"snapped": "snap", "snapping": "snap", "concurred": "concur",
		"admitted": "admit", "admitting": "admit", "declaring": "declare",
		"call": "call", "called": "call", "calls": "call", "calling": "call",
		"went": "go",
	} {
		m[f] = v
	}
	return m
}()

// qWeakCues are cues that introduce a quote only when something else
// confirms it (a colon, a speaker right next to them): they are common
// in other senses.
var qWeakCues = map[string]bool{
	"call": true, "describe": true, "continue": true, "post": true, "report": true,
	"text": true, "cry": true, "laugh": true, "speak": true, "go": true, "answer": true,
	"repeat": true, "highlight": true, "note": true, "state": true, "promise": true,
	"predict": true, "reveal": true,
}

// qIsCue reports whether words[i] starts a reporting cue and returns the
// number of words it spans and its lemma.
func qIsCue(words []qWord, i int) (n int, lemma string) {
	w := words[i].low
	next := func(k int) string {
		if i+k < len(words) && !words[i+k].punct {
			return words[i+k].low
		}
		return ""
	}
	switch w {
	case "according":
		if next(1) == "to" {
			return 2, "according to"
		}
		return 0, ""
	case "was", "were", "is", "are", "has", "have", "had", "been":
		// "was quoted as saying", "has been quoted as saying"
		k := 1
		if next(k) == "been" {
			k++
		}
		if next(k) == "quoted" && next(k+1) == "as" && (next(k+2) == "saying" || next(k+2) == "telling") {
			return k + 3, "quote"
		}
		return 0, ""
	case "quoted":
		if next(1) == "as" && (next(2) == "saying" || next(2) == "telling") {
			return 3, "quote"
		}
		return 0, ""
	case "pointed", "points", "point", "pointing":
		if next(1) == "out" {
			return 2, "point out"
		}
		return 0, ""
	case "went", "goes", "go":
		if next(1) == "on" {
			return 2, "go on"
		}
		return 0, ""
	case "message", "words":
		// "That was the message from organizer X"
		if next(1) == "from" {
			return 1, "message"
		}
		return 0, ""
	}
	if lemma, ok := qCueVerbs[w]; ok {
		return 1, lemma
	}
	return 0, ""
}
