package extractors

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Dates finds temporal expressions and resolves them to TIMEX3 values
// against Text.Published.
type Dates struct{}

// NewDates returns the date extractor.
func NewDates() *Dates { return &Dates{} }

// Name implements Extractor.
func (*Dates) Name() string { return "dates" }

var monthNames = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

var weekdayNames = map[string]time.Weekday{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

var (
	monthDayRE = regexp.MustCompile(`\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? (\d{1,2})\b(?:,? (\d{4}))?`)
	weekdayRE  = regexp.MustCompile(`\b(?:(late|early) )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)
)

// Extract implements Extractor.
func (*Dates) Extract(t *Text, f *Findings) {
	ref := t.Published
	for _, m := range monthDayRE.FindAllStringSubmatchIndex(t.Text, -1) {
		mon := monthNames[strings.ToLower(t.Text[m[2]:m[3]])]
		day, _ := strconv.Atoi(t.Text[m[4]:m[5]])
		if day < 1 || day > 31 {
			continue
		}
		year := "XXXX"
		switch {
		case m[6] >= 0:
			year = t.Text[m[6]:m[7]]
		case !ref.IsZero():
			year = strconv.Itoa(nearestYear(ref, mon))
		}
		f.Dates = append(f.Dates, Date{Text: t.Text[m[0]:m[1]], Type: "DATE",
			Value: fmt.Sprintf("%s-%02d-%02d", year, mon, day), Start: m[0], End: m[1], Rule: "month-day"})
	}
	for _, m := range weekdayRE.FindAllStringSubmatchIndex(t.Text, -1) {
		wd := weekdayNames[strings.ToLower(t.Text[m[4]:m[5]])]
		value := fmt.Sprintf("XXXX-WXX-%d", (int(wd)+6)%7+1)
		if !ref.IsZero() {
			back := (int(ref.Weekday()) - int(wd) + 7) % 7
			value = ref.AddDate(0, 0, -back).Format("2006-01-02")
		}
		f.Dates = append(f.Dates, Date{Text: t.Text[m[0]:m[1]], Type: "DATE", Value: value,
			Start: m[0], End: m[1], Rule: "weekday-past"})
	}
}

// nearestYear picks the year that puts month mon closest to ref.
func nearestYear(ref time.Time, mon time.Month) int {
	d := int(mon) - int(ref.Month())
	switch {
	case d > 6:
		return ref.Year() - 1
	case d < -6:
		return ref.Year() + 1
	}
	return ref.Year()
}
