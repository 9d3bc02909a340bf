package quotes

import "strings"

// This file holds the source rules: the ordered table of ways a reporting
// cue finds the mention of its source in its sentence. The rule that read
// an event's source is named in the evidence of the quotes it attributes.

// sourceRule is one way a cue finds its source.
type sourceRule struct {
	name string
	// read reads the source of ev from its sentence words ws, given the
	// events found before it (prev); false when the rule does not apply.
	read func(ev event, ws []word, prev []event) (reading, bool)
}

// reading is what a source rule found.
type reading struct {
	m         mention
	after     bool // the source follows the cue
	agentless bool // a passive with no agent
}

// sourceRules are tried in order; the first that applies reads the source.
// An event whose rule finds no source (and is no agentless passive) is
// dropped.
var sourceRules = []*sourceRule{
	// "according to Jin Park", "That was the message from organizer
	// Beatriz Lomas": the source follows the phrase.
	{name: "according-to", read: accordingTo},
	// "was criticised by Smith", "a statement released by the union": the
	// agent of a passive.
	{name: "by-agent", read: byAgent},
	// "has been called", "was widely described": a passive with no agent
	// names no source.
	{name: "agentless-passive", read: agentlessPassive},
	// "Liu said that …, warning:", "Raab defended the party's actions,
	// saying …": a participle clause speaks for the main clause's subject.
	{name: "participle-clause", read: participleClause},
	// "“…,” said Tomas Brenner, the president of …": a cue right after a
	// quote or opening its clause has its source after it.
	{name: "inverted", read: invertedSource},
	// "Deputy Foreign Minister Sergei Ryabkov said": the subject before
	// the cue.
	{name: "subject-before", read: subjectBeforeSource},
}

// dashNameRule reads the source of a dash after a quote, the way
// pull quotes, epigraphs and captions sign a quote: `“…” — Billy Mays`
// (dashSpeaker in events.go).
var dashNameRule = &sourceRule{name: "dash-name"}

// colonNameRule reads the source of a bare colon: `Trump: “…”`
// (colonSpeaker in events.go).
var colonNameRule = &sourceRule{name: "colon-name"}

// readSource applies sourceRules to ev; it reports whether ev has a source
// or is an agentless passive.
func readSource(ev *event, ws []word, prev []event) bool {
	for _, rl := range sourceRules {
		if rd, ok := rl.read(*ev, ws, prev); ok {
			ev.m, ev.after, ev.agentless, ev.how = rd.m, rd.after, rd.agentless, rl
			break
		}
	}
	return ev.m.kind != kindNone || ev.agentless
}

func accordingTo(ev event, ws []word, _ []event) (reading, bool) {
	if ev.lemma != "according to" && ev.lemma != "message" {
		return reading{}, false
	}
	k := ev.tok + ev.ntok
	if ev.lemma == "message" && k < len(ws) && ws[k].low == "from" {
		k++
	}
	m, _ := subjectAfter(ws, k, clauseEnd(ws, ev.tok+ev.ntok))
	return reading{m: m, after: true}, true
}

func byAgent(ev event, ws []word, _ []event) (reading, bool) {
	i, n := ev.tok, ev.ntok
	if !(i+n < len(ws) && ws[i+n].low == "by" && (passive(ws, i) || strings.HasSuffix(ws[i].low, "ed"))) {
		return reading{}, false
	}
	m, _ := subjectAfter(ws, i+n+1, clauseEnd(ws, i+n))
	return reading{m: m, after: true}, true
}

func agentlessPassive(ev event, ws []word, _ []event) (reading, bool) {
	return reading{agentless: true}, passive(ws, ev.tok)
}

func participleClause(ev event, ws []word, prev []event) (reading, bool) {
	i := ev.tok
	if i == 0 || !strings.HasSuffix(ws[i].low, "ing") {
		return reading{}, false
	}
	sameSent := len(prev) > 0 && prev[len(prev)-1].sent == ev.sent
	afterComma := (ws[i-1].text == "," || ws[i-1].text == "—" || ws[i-1].text == "–") && !inverted(ws, i)
	if !afterComma && !(ws[i-1].text == markerText && sameSent) {
		return reading{}, false
	}
	if sameSent {
		return reading{m: prev[len(prev)-1].m}, true
	}
	for v := 0; v < i-1; v++ {
		if (verbish(ws[v]) || ws[v].tag == "VBN") && !auxiliaries[ws[v].low] {
			m, _ := subjectBefore(ws, 0, v)
			return reading{m: m}, true
		}
	}
	return reading{}, true
}

func invertedSource(ev event, ws []word, _ []event) (reading, bool) {
	if !inverted(ws, ev.tok) {
		return reading{}, false
	}
	m, ok := subjectAfter(ws, ev.tok+ev.ntok, clauseEnd(ws, ev.tok+ev.ntok))
	return reading{m: m, after: true}, ok
}

func subjectBeforeSource(ev event, ws []word, _ []event) (reading, bool) {
	m, ok := subjectBefore(ws, clauseStart(ws, ev.tok), ev.tok)
	return reading{m: m}, ok
}
