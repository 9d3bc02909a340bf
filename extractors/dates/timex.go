package dates

import (
	"strconv"
	"time"
)

// TIMEX3 value formatting and calendar arithmetic for the date extractor.
// Every function here is pure; a year below zero means "unknown" and is
// written XXXX.

// pad writes n with at least w digits.
func pad(n, w int) string {
	s := strconv.Itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

// yearStr writes a year, or XXXX when y < 0.
func yearStr(y int) string {
	if y < 0 {
		return "XXXX"
	}
	return pad(y, 4)
}

// dayValue writes YYYY-MM-DD (XXXX when y < 0).
func dayValue(y, m, d int) string {
	return yearStr(y) + "-" + pad(m, 2) + "-" + pad(d, 2)
}

// monthValue writes YYYY-MM.
func monthValue(y, m int) string { return yearStr(y) + "-" + pad(m, 2) }

// dateOf writes t as YYYY-MM-DD.
func dateOf(t time.Time) string { return dayValue(t.Year(), int(t.Month()), t.Day()) }

// weekOf writes the ISO week of t: 2019-W47.
func weekOf(t time.Time) string {
	y, w := t.ISOWeek()
	return pad(y, 4) + "-W" + pad(w, 2)
}

// quarterValue writes YYYY-Qn.
func quarterValue(y, q int) string { return yearStr(y) + "-Q" + strconv.Itoa(q) }

// isoWeekday is the TIMEX3 weekday number: Monday 1 ... Sunday 7.
func isoWeekday(wd time.Weekday) int { return (int(wd)+6)%7 + 1 }

// validDay reports whether y-m-d is a real calendar day (any year when y < 0,
// a leap year assumed).
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	if y < 0 {
		y = 2000
	}
	return d <= daysIn(y, m)
}

// daysIn returns the number of days of month m of year y.
func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// addDays returns t moved by n days.
func addDays(t time.Time, n int) time.Time { return t.AddDate(0, 0, n) }

// tense is the grammatical time of the clause around an expression.
type tense int8

const (
	tNone tense = iota
	tPast
	tPerfect // present perfect: past, but a state that may go on ("has closed ... until Friday")
	tPresent
	tFuture
)

// inferYear picks the year of month m (1-12) mentioned without one, from the
// reference date and the clause's tense: a past-tense clause means the most
// recent such month, a future one the next; otherwise the month is taken in
// the reference year unless it lies most of a year away (a December article's
// "January" is next January).
func inferYear(ref time.Time, m int, tn tense) int {
	y, rm := ref.Year(), int(ref.Month())
	switch {
	case m == rm:
		return y
	case tn == tPast || tn == tPerfect:
		if m > rm {
			return y - 1
		}
		return y
	case tn == tFuture:
		if m < rm {
			return y + 1
		}
		return y
	case rm-m >= 9:
		return y + 1
	case m-rm >= 9:
		return y - 1
	}
	return y
}

// inferQuarterYear picks the year of quarter q mentioned without one: a
// quarter still ahead in the reference year is last year's when the clause
// is in the past tense (results reported in March for "the fourth quarter").
func inferQuarterYear(ref time.Time, q int, tn tense) int {
	cur := (int(ref.Month())-1)/3 + 1
	if q > cur && (tn == tPast || tn == tPerfect) {
		return ref.Year() - 1
	}
	return ref.Year()
}

// weekdayFrom resolves weekday wd against ref: dir < 0 is the most recent
// such day on or before ref, dir > 0 the next on or after it; strict excludes
// ref itself ("last Friday" on a Friday is a week ago).
func weekdayFrom(ref time.Time, wd time.Weekday, dir int, strict bool) time.Time {
	if dir < 0 {
		back := (int(ref.Weekday()) - int(wd) + 7) % 7
		if back == 0 && strict {
			back = 7
		}
		return addDays(ref, -back)
	}
	fwd := (int(wd) - int(ref.Weekday()) + 7) % 7
	if fwd == 0 && strict {
		fwd = 7
	}
	return addDays(ref, fwd)
}

// seasonCodes are the TIMEX3 season suffixes by season index.
var seasonCodes = [4]string{"SP", "SU", "FA", "WI"}

// unitCode is the TIMEX3 duration letter of u and whether it needs the T
// time designator.
func unitCode(u unit) (string, bool) {
	switch u {
	case uSecond:
		return "S", true
	case uMinute:
		return "M", true
	case uHour:
		return "H", true
	case uDay:
		return "D", false
	case uWeek:
		return "W", false
	case uMonth:
		return "M", false
	case uQuarter:
		return "Q", false
	case uWeekend:
		return "WE", false
	}
	return "Y", false
}

// durationValue writes a TIMEX3 duration of q units; q < 0 is an unknown
// quantity (PXY). Fortnights become weeks, decades and centuries years.
func durationValue(q float64, u unit) string {
	switch u {
	case uFortnight:
		u, q = uWeek, q*2
	case uDecade:
		u, q = uYear, q*10
	case uCentury:
		u, q = uYear, q*100
	}
	code, t := unitCode(u)
	p := "P"
	if t {
		p = "PT"
	}
	if q < 0 {
		return p + "X" + code
	}
	return p + strconv.FormatFloat(q, 'f', -1, 64) + code
}
