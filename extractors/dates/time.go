package dates

import (
	"strings"
	"time"
)

// Clock times: "3 p.m.", "6:38 p.m.", "15:00 GMT", "0100 GMT", "noon",
// "midnight", "12:00 UTC Monday". A time with no day of its own takes the
// day of the nearest day-level date in its sentence (linkTimes), else the
// reference day when it names a time zone, else XXXX-XX-XX.

// pendingTime is a clock time waiting for its day.
type pendingTime struct {
	out     int    // index into scan.out
	tok     int    // first token
	clock   string // "T15:00"
	zone    bool   // a time zone was given
	utc     bool   // the zone is UTC: the value ends in Z
	nextDay bool   // midnight: the start of the next day
	// event is set when the clause tells of something that happened at
	// the time ("the blast occurred at 10 a.m."): with no day of its own
	// in the sentence, it happened on day, the news day at that point.
	event bool
	day   time.Time
}

// ampm reads "a.m.", "p.m.", "am", "pm" at token j: it returns 'a', 'p' or
// 0 and the token after.
func (s *scan) ampm(j int) (byte, int) {
	switch s.w(j) {
	case "am", "pm":
		return s.w(j)[0], j + 1
	case "a", "p":
		if s.punct(j+1, ".") && s.glued(j) && s.is(j+2, "m") && s.glued(j+1) {
			e := j + 3
			if s.punct(e, ".") && s.glued(e-1) {
				e++
			}
			return s.w(j)[0], e
		}
	}
	return 0, j
}

// clock matches a clock time and, when one follows directly, its day.
func (s *scan) clock(i int) (match, bool) {
	h, mm, j, ok := s.clockDigits(i)
	next := false
	switch s.w(i) {
	case "noon", "midday":
		h, mm, j, ok = 12, 0, i+1, true
	case "midnight":
		h, mm, j, ok, next = 0, 0, i+1, true, true
	}
	if !ok {
		return match{}, false
	}
	pt := pendingTime{clock: "T" + pad(h, 2) + ":" + pad(mm, 2), nextDay: next}
	j = s.clockZone(i, j, &pt)
	m := match{end: j, typ: "TIME", rule: ruleClock, needDay: true}
	// "12:00 UTC Monday", "16:00 UTC today"
	d, ok := s.weekday(j)
	if !ok {
		d, ok = s.relDay(j)
	}
	if ok && d.typ == "DATE" && !d.day.IsZero() && d.rule.dayForClock {
		day := d.day
		if next {
			day = addDays(day, 1)
		}
		m.end, m.needDay = d.end, false
		m.val = dateOf(day) + pt.clock
		if pt.utc {
			m.val += "Z"
		}
		m.rule, m.dir = ruleClockDay, d.dir
		return m, true
	}
	m.val = "XXXX-XX-XX" + pt.clock
	m.clock = pt.clock
	m.utc = pt.utc
	m.zoned = pt.zone
	m.next = next
	return m, true
}

// clockDigits reads a clock time in digits at token i: "6:38 p.m.", "3
// p.m.", "15:00", "0100 GMT", "4 o'clock". It returns the hour (0-23),
// the minute and the token after the time and its a.m./p.m.
func (s *scan) clockDigits(i int) (h, mm, j int, ok bool) {
	n, nd := s.num(i)
	if nd == 0 || s.isHyphen(i-1) && s.glued(i-1) {
		return 0, 0, i, false
	}
	if p := s.raw(i - 1); (p == ":" || p == "." || p == "," || p == "$") && s.glued(i-1) {
		return 0, 0, i, false
	}
	switch {
	case nd <= 2 && n <= 24 && s.glued(i) && s.punct(i+1, ":") && s.glued(i+1):
		m, md := s.num(i + 2)
		if md != 2 || m > 59 {
			return 0, 0, i, false
		}
		if s.glued(i+2) && (s.punct(i+3, ":") || s.punct(i+3, ".")) {
			if _, d := s.num(i + 4); d > 0 {
				return 0, 0, i, false // 1:2:3, a ratio or a running time
			}
		}
		h, mm, j = n, m, i+3
	case nd <= 2 && n >= 1 && n <= 12:
		if ap, _ := s.ampm(i + 1); ap == 0 && !(s.is(i+1, "o") && s.isApos(i+2) && s.is(i+3, "clock")) {
			return 0, 0, i, false
		}
		h, j = n, i+1
		if s.is(j, "o") {
			j += 3
		}
	case nd == 4 && n/100 <= 23 && n%100 <= 59:
		if !(s.has(i+1, wZone) && s.toks[i+1].cap || s.is(i+1, "hours", "hrs") || s.is(i+1, "local") && s.is(i+2, "time")) {
			return 0, 0, i, false
		}
		h, mm, j = n/100, n%100, i+1
	default:
		return 0, 0, i, false
	}
	return s.clockHalf(i, h, mm, j)
}

// clockHalf applies the a.m. or p.m. at token j to hour h of the time
// starting at token i. A bare "4:25" in news is an afternoon time (a
// kickoff, a vote), unless a zone or "local time" follows, as wire times
// do.
func (s *scan) clockHalf(i, h, mm, j int) (int, int, int, bool) {
	bare := !s.num0(i) && j == i+3 // "4:25" with no a.m./p.m. yet
	if ap, e := s.ampm(j); ap != 0 {
		bare = false
		if h > 12 || h == 0 {
			return 0, 0, i, false
		}
		if ap == 'p' && h < 12 {
			h += 12
		}
		if ap == 'a' && h == 12 {
			h = 0
		}
		j = e
	}
	if h == 24 {
		h = 0
	}
	if bare && h >= 1 && h <= 6 && !s.has(j, wZone) && !s.is(j, "local") {
		h += 12
	}
	return h, mm, j, true
}

// clockZone reads the time zone, "hours" or "local time" after a clock
// time (from token j; the time starts at token i) into pt and returns the
// token after it.
func (s *scan) clockZone(i, j int, pt *pendingTime) int {
	switch {
	case s.has(j, wZone) && s.toks[j].cap && s.sameSent(j-1, j):
		pt.zone = true
		pt.utc = s.w(j) == "utc" || s.w(j) == "z"
		return j + 1
	case s.is(j, "hours", "hrs") && s.num0(i):
		return j + 1
	case s.is(j, "local") && s.is(j+1, "time"):
		pt.zone = true
		return j + 2
	}
	return j
}

// num0 reports whether digit token i has a leading zero or four digits.
func (s *scan) num0(i int) bool {
	_, nd := s.num(i)
	return nd == 4
}

// linkWindow is how many tokens a clock time may be from the date that
// gives it its day ("at 2 a.m. local time on Wednesday").
const linkWindow = 8

// linkTimes gives each clock time without a day the day of the nearest
// day-level date in its sentence.
func (s *scan) linkTimes() {
	for _, p := range s.pending {
		best, bestDist := "", 1<<30
		for k, d := range s.out {
			if k == p.out || !s.sameSent(s.outTok[k], p.tok) || !isDayValue(d.Value) {
				continue
			}
			dist := s.outTok[k] - p.tok
			if dist < 0 {
				dist = -dist
			}
			if dist <= linkWindow && dist < bestDist {
				best, bestDist = d.Value[:10], dist
			}
		}
		switch {
		case best != "":
			if p.nextDay {
				if t, err := time.Parse("2006-01-02", best); err == nil {
					best = dateOf(addDays(t, 1))
				}
			}
		case p.zone && s.hasRef:
			best = dateOf(s.ref)
		case p.event && s.hasRef:
			best = dateOf(p.day)
			if p.nextDay {
				best = dateOf(addDays(p.day, 1))
			}
		default:
			best = "XXXX-XX-XX"
		}
		v := best + p.clock
		if p.utc {
			v += "Z"
		}
		s.out[p.out].Value = v
	}
}

// clockEvent reports whether the clock time over tokens [i, end) dates
// something the clause says happened: "occurred about 2:30 a.m.", "closed
// at 4 p.m.", but not "a 1 p.m. start" or "meets at 9 a.m. daily".
func (s *scan) clockEvent(i, end int) bool {
	if !s.is(i-1, "at", "about", "around", "after", "before", "until", "till", "since", "by") {
		return false
	}
	return s.tenseAround(i, end) == tPast
}

// isDayValue reports whether v starts with a full YYYY-MM-DD date.
func isDayValue(v string) bool {
	if len(v) < 10 || v[4] != '-' || v[7] != '-' {
		return false
	}
	return !strings.ContainsRune(v[:10], 'X') && !strings.ContainsRune(v[:10], 'W')
}
