package dates

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// runTaggedDateCases is runDateCases with Penn tags on the words tags
// names, as the pipeline's tagger would give them: tense rules for the
// present need them.
func runTaggedDateCases(t *testing.T, tags map[string]string, cases []dateCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tx := newTestText(c.text, c.published)
			for k := range tx.Tokens {
				tx.Tokens[k].Tag = tags[tx.Tokens[k].Text]
			}
			got := extract(tx)
			want := c.want
			if want == nil {
				want = []string{}
			}
			if diff := cmp.Diff(want, dateStrings(got)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", c.text, diff)
			}
		})
	}
}

// scheduleTags are the tagger's verdicts on the verbs of TestDatesSchedules.
var scheduleTags = map[string]string{"stops": "VBZ", "reopens": "VBZ", "goes": "VBZ", "opens": "VBZ",
	"says": "VBZ", "covers": "VBZ", "is": "VBZ", "go": "VBP", "played": "VBD", "reopened": "VBD", "flooded": "VBD",
	"enlisted": "VBD", "were": "VBD", "peaked": "VBD", "play": "VB", "reopen": "VB", "open": "VB",
	"will": "MD"}

// Generalisation cases: schedules stated in the present or future point
// forward, house numbers are not years, and adjectives of frequency or of
// the present are dates only when they say when. Sentences are our own.
func TestDatesSchedules(t *testing.T) {
	runTaggedDateCases(t, scheduleTags, []dateCase{
		// 2019-11-20 is a Wednesday.
		{"present schedule month-day", "The reunion tour stops at the Civic Arena on July 22.", "2019-11-20",
			[]string{"July 22|DATE|2020-07-22"}},
		{"future month-day", "The band will play the Civic Arena on July 22.", "2019-11-20",
			[]string{"July 22|DATE|2020-07-22"}},
		{"past month-day", "The band played the Civic Arena on July 22.", "2019-11-20",
			[]string{"July 22|DATE|2019-07-22"}},
		{"saying verb keeps past", "The band says it played the Civic Arena on July 22.", "2019-11-20",
			[]string{"July 22|DATE|2019-07-22"}},
		{"present schedule month", "The museum reopens in March.", "2019-11-20",
			[]string{"March|DATE|2020-03"}},
		{"stative present keeps the past", "The report covers March.", "2019-11-20",
			[]string{"March|DATE|2019-03"}},
		{"present schedule season", "The hybrid goes on sale in the summer.", "2019-11-20",
			[]string{"the summer|DATE|2020-SU"}},
		{"future season", "The bridge will reopen in the spring.", "2019-11-20",
			[]string{"the spring|DATE|2020-SP"}},
		{"past season", "The bridge reopened in the spring.", "2019-11-20",
			[]string{"the spring|DATE|2019-SP"}},
		{"past season still ahead", "The river flooded in the autumn.", "2019-05-20",
			[]string{"the autumn|DATE|2018-FA"}},
		{"future season in january", "The plant will open in the summer.", "2019-01-20",
			[]string{"the summer|DATE|2019-SU"}},
		{"present schedule weekday", "The show opens to the public on Friday.", "2019-11-20",
			[]string{"Friday|DATE|2019-11-22"}},
		{"past verb after weekday", "It is for that reason that the agency on Monday enlisted help.", "2019-11-20",
			[]string{"Monday|DATE|2019-11-18"}},
		{"clock before weekday and date", "Tickets go on sale at 10 a.m. Friday, Dec. 6.", "2019-11-19",
			[]string{"10 a.m. Friday, Dec. 6|TIME|2019-12-06T10:00"}},
		{"weekday recurring", "The chain will end Saturday publication of its papers.", "2019-11-20",
			[]string{"Saturday|SET|XXXX-WXX-6"}},
		{"weekday edition", "It ran in the Sunday edition.", "2019-11-20",
			[]string{"Sunday|SET|XXXX-WXX-7"}},
		{"postponed until a month", "The talks were postponed until December.", "1989-10-26",
			[]string{"December|DATE|1989-12"}},
		{"delayed to a day", "The vote was delayed to March 5.", "1989-10-26",
			[]string{"March 5|DATE|1990-03-05"}},
		{"until a month in the past", "The company was profitable until March.", "1989-10-26",
			[]string{"March|DATE|1989-03"}},
		{"month this year", "In May this year, travellers were stranded.", "2019-11-18",
			[]string{"May this year|DATE|2019-05"}},
		{"month last year", "Prices peaked in June last year.", "2019-11-18",
			[]string{"June last year|DATE|2018-06"}},
	})
}

func TestDatesNotYears(t *testing.T) {
	runDateCases(t, []dateCase{
		{"house number drive", "Police stopped a car driven by a man, 29, of 1909 Maple Grove Drive.", "2019-11-20", nil},
		{"house number place", "A search warrant was served at 2134 Elm Place.", "2019-11-20", nil},
		{"house number abbreviated", "She lives at 1850 N. Main St. with her sister.", "2019-11-20", nil},
		{"year before a name still a year", "In 2019 Apple sold more phones.", "2019-11-20",
			[]string{"2019|DATE|2019"}},
		{"year before event plural", "He kept raising 2016 elections in the hearing.", "2019-11-20",
			[]string{"2016|DATE|2016"}},
		{"count before plural", "Officials said 2000 soldiers crossed.", "2019-11-20", nil},
	})
}

func TestDatesCenturiesAndVague(t *testing.T) {
	runDateCases(t, []dateCase{
		{"ordinal century in words", "It was known as the Black Death during the fourteenth century.", "2019-11-18",
			[]string{"the fourteenth century|DATE|13"}},
		{"hundreds", "It killed a third of Europe in the 1300s.", "2019-11-18",
			[]string{"the 1300s|DATE|13"}},
		{"decade stays a decade", "Prices rose in the 1990s and the 2000s.", "2019-11-18",
			[]string{"the 1990s|DATE|199", "the 2000s|DATE|200"}},
		{"over the centuries", "Over the centuries, plague has killed millions.", "2019-11-18",
			[]string{"the centuries|DURATION|PXCE"}},
		{"for centuries", "The town has stood for centuries.", "2019-11-18",
			[]string{"centuries|DURATION|PXCE"}},
		{"long ago", "A call the White House long ago released.", "2019-11-20",
			[]string{"long ago|DATE|PAST_REF"}},
		{"how long ago not", "Nobody knows how long ago it started.", "2019-11-20", nil},
		{"hyphenated count range", "Symptoms appear after one-to-seven days.", "2019-11-18",
			[]string{"one-to-seven days|DURATION|PXD"}},
		{"count and singular unit before a noun", "They were held on 48 hour holds.", "2019-11-20",
			[]string{"48 hour|DURATION|PT48H"}},
	})
}

func TestDatesAdjectives(t *testing.T) {
	runDateCases(t, []dateCase{
		{"annual before a name", "The band sits third in the annual Fan Vote.", "2019-11-20", nil},
		{"weekly podcast", "Listen to our weekly politics podcast.", "2019-11-20", nil},
		{"annual keynote", "He gave his annual opening keynote to developers.", "2019-11-20", nil},
		{"weekly measure kept", "The number claiming weekly benefits rose.", "2019-11-20",
			[]string{"weekly|SET|P1W"}},
		{"annual profit kept", "The firm posted an annual profit.", "2019-11-20",
			[]string{"annual|SET|P1Y"}},
		{"current model", "The engine is stronger than the current model.", "2019-11-20", nil},
		{"current name", "It is faster than the current RAV4 Hybrid.", "2019-11-20", nil},
		{"count of current", "It kept its five current models.", "2019-11-20", nil},
		{"current circumstances kept", "Under the current circumstances, rates stay low.", "2019-11-20",
			[]string{"current|DATE|PRESENT_REF"}},
	})
}

func TestDatesSpeakerToday(t *testing.T) {
	tags := map[string]string{"needed": "VBD", "said": "VBD", "lost": "VBD", "are": "VBP", "is": "VBZ", "beat": "VBD"}
	runTaggedDateCases(t, tags, []dateCase{
		// 2019-11-19 is a Tuesday; the news happened on Monday.
		{"quoted game today is the game day",
			"The Chiefs beat the Chargers on Monday night. “Yes, we needed to win this game today,” the coach said.", "2019-11-19",
			[]string{"Monday night|TIME|2019-11-18TNI", "today|DATE|2019-11-18"}},
		{"quoted today's hearing",
			"The committee heard two witnesses on Monday.\n\n“Today's hearing is over,” a spokeswoman said.", "2019-11-19",
			[]string{"Monday|DATE|2019-11-18", "Today|DATE|2019-11-18"}},
		{"quoted present today stays",
			"The team won on Sunday. “We are really happy today,” the coach said.", "2019-11-19",
			[]string{"Sunday|DATE|2019-11-17", "today|DATE|2019-11-19"}},
		{"unquoted today stays",
			"The team lost on Monday. The league meets today to review the game.", "2019-11-19",
			[]string{"Monday|DATE|2019-11-18", "today|DATE|2019-11-19"}},
	})
}

func TestDatesTodayContrast(t *testing.T) {
	tags := map[string]string{"killed": "VBD", "fell": "VBD", "reports": "VBZ", "are": "VBP", "said": "VBD", "may": "MD", "announced": "VBD", "is": "VBZ"}
	runTaggedDateCases(t, tags, []dateCase{
		{"present after history",
			"The plague killed millions in the 1300s. Today, plague infections are rare.", "2019-11-18",
			[]string{"the 1300s|DATE|13", "Today|DATE|PRESENT_REF"}},
		{"modal after an earlier month",
			"In May, the chief said the moon came first. Today that mission may reach Europa.", "2019-11-18",
			[]string{"May|DATE|2019-05", "Today|DATE|PRESENT_REF"}},
		{"past tense is the day",
			"The plague killed millions in the 1300s. Today, the minister announced new checks.", "2019-11-18",
			[]string{"the 1300s|DATE|13", "Today|DATE|2019-11-18"}},
		{"reporting present is the day",
			"Sales fell in 2018. Today, the company reports its results.", "2019-11-18",
			[]string{"2018|DATE|2018", "Today|DATE|2019-11-18"}},
		{"no earlier period is the day",
			"Markets rallied. Today the market is closed.", "2019-11-18",
			[]string{"Today|DATE|2019-11-18"}},
	})
}

func TestDatesHolidaySchedule(t *testing.T) {
	runTaggedDateCases(t, map[string]string{"opens": "VBZ", "opened": "VBD"}, []dateCase{
		{"present schedule holiday", "The new terminal opens on Easter.", "2019-11-20",
			[]string{"Easter|DATE|2020-04-12"}},
		{"past holiday", "The new terminal opened on Easter.", "2019-11-20",
			[]string{"Easter|DATE|2019-04-21"}},
	})
}
