package dates

import "strconv"

// evidence returns what the rule of m weighed, for --explain: the rule,
// the anchor its value counts from (the publication date, or the text's
// own date and where the text gave it), the direction and its cue, and any
// modifier or detail of the reading. It runs only when Findings.Explain is
// set.
func (s *scan) evidence(start int, m match) []string {
	ev := make([]string, 0, 4)
	ev = append(ev, "rule: "+m.rule.name)
	if m.fixed {
		ev = append(ev, "anchor: none, the text wrote the year")
	} else if m.narrative {
		ev = append(ev, "anchor: the year the text last wrote, "+strconv.Itoa(s.yearY))
	} else if a := s.anchorLine(m.rule.from); a != "" {
		ev = append(ev, a)
	}
	switch {
	case m.dir != "":
		ev = append(ev, "direction: "+m.dir)
	case m.rule.from == fromInferred && s.hasRef && !m.fixed && !m.narrative:
		ev = append(ev, "direction: "+s.clauseLine(start, m.end))
	}
	if m.mod != "" {
		ev = append(ev, "modifier: "+m.mod)
	}
	if m.note != "" {
		ev = append(ev, "reading: "+m.note)
	}
	return ev
}

// anchorLine says what a rule counting from k counted from.
func (s *scan) anchorLine(k anchorKind) string {
	pub := "anchor: publication date " + dateOf(s.ref)
	if !s.hasRef {
		pub = "anchor: none (no publication date)"
	}
	switch k {
	case fromPublished:
		return pub
	case fromInferred:
		return pub + ", direction from the clause"
	case fromTextDate:
		if !s.hasAnchor || s.anchorFrom < 0 {
			return pub + " (the text named no day before)"
		}
		d := s.out[s.anchorFrom]
		return "anchor: the text's date " + dateOf(s.anchor) + ", from " + strconv.Quote(d.Text) + " at byte " + strconv.Itoa(d.Start)
	case fromNewsDay:
		if s.hasRef && !s.newsDay.Equal(s.ref) {
			return "anchor: the news day " + dateOf(s.newsDay) + " (the last weekday or yesterday named)"
		}
		return pub + " (the news day)"
	case fromTextPeriod:
		if s.lastValue == "" {
			return "anchor: none (the text named no period before)"
		}
		return "anchor: the period the text last named, " + s.lastValue
	case fromSentence:
		return "anchor: the day of a date in the same sentence; else " + dateOf(s.ref) +
			" when a time zone is given, or the news day " + dateOf(s.newsDay) + " for a past event"
	case fromTextYear:
		return "anchor: the text's year " + strconv.Itoa(s.anchorYear)
	case fromWrittenYear:
		if s.wroteEnd < 0 {
			return "anchor: none (the text wrote no year before)"
		}
		v := pad(s.yearY, 4)
		if s.yearM > 0 {
			v += "-" + pad(s.yearM, 2)
		}
		return "anchor: the narrative's time, the date the text last wrote with its year (" + v + ")"
	}
	return ""
}

// clauseLine describes the clause around tokens [i, j) that a missing
// year or week was inferred from: `clause: past tense, verb "met"`.
func (s *scan) clauseLine(i, j int) string {
	if s.deferredTo(i) {
		return "future: put off to (" + strconv.Quote(s.raw(i-1)) + " after a verb of delay)"
	}
	t, k := s.verbAround(i, j)
	if k < 0 {
		return "no tensed verb in the clause"
	}
	return t.String() + " verb " + strconv.Quote(s.raw(k)) + s.parseNote(i, j, k)
}

// parseNote is " (dependency parse)" when the parse named token k as the
// verb the expression over tokens [i, j) modifies, else "".
func (s *scan) parseNote(i, j, k int) string {
	if s.explain && s.parsedVerb(i, j, k) {
		return " (dependency parse)"
	}
	return ""
}

// dirLine describes a direction decided by tense t, with the cue at token
// k (-1 when none): `past: tense of "met"`.
func (s *scan) dirLine(dir int, t tense, k int) string {
	d := "past"
	if dir > 0 {
		d = "future"
	}
	if k < 0 {
		return d + ": no tensed verb, " + t.String()
	}
	return d + ": " + t.String() + " verb " + strconv.Quote(s.raw(k))
}

// String names a tense for --explain.
func (t tense) String() string {
	switch t {
	case tPast:
		return "past-tense"
	case tPerfect:
		return "present-perfect"
	case tPresent:
		return "present-tense"
	case tFuture:
		return "future"
	}
	return "untensed"
}
