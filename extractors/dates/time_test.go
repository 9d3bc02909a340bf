package dates

import "testing"

// Clock times and parts of the day.
func TestDatesTime(t *testing.T) {
	runDateCases(t, []dateCase{
		{"pm unknown day", "The game moved from a 4:25 kickoff to a 1 p.m. start.", "2019-11-18",
			[]string{"4:25|TIME|XXXX-XX-XXT16:25", "1 p.m.|TIME|XXXX-XX-XXT13:00"}},
		{"wire time", "Trading closed at 4:30 GMT.", "2019-11-18",
			[]string{"4:30 GMT|TIME|2019-11-18T04:30"}},
		{"linked to weekday", "The match ended at 2 a.m. on Wednesday.", "2019-11-20",
			[]string{"2 a.m.|TIME|2019-11-20T02:00", "Wednesday|DATE|2019-11-20"}},
		{"utc today", "Markets fell by 16:08 UTC and rose at 16:00 UTC today.", "2008-09-17",
			[]string{"16:08 UTC|TIME|2008-09-17T16:08Z", "16:00 UTC today|TIME|2008-09-17T16:00Z"}},
		{"utc weekday", "GM filed at 12:00 UTC Monday.", "2009-06-01",
			[]string{"12:00 UTC Monday|TIME|2009-06-01T12:00Z"}},
		{"military gmt", "Play ended at 0100 GMT.", "2019-11-20",
			[]string{"0100 GMT|TIME|2019-11-20T01:00"}},
		{"noon midnight", "Doors open at noon on May 18, 2019 and close at midnight.", "2019-11-19",
			[]string{"noon|TIME|2019-05-18T12:00", "May 18, 2019|DATE|2019-05-18", "midnight|TIME|2019-05-19T00:00"}},
		{"pm with date", "It happened at 6:38 p.m. on Saturday, May 18.", "2019-11-19",
			[]string{"6:38 p.m.|TIME|2019-05-18T18:38", "Saturday, May 18|DATE|2019-05-18"}},
		{"am without dots", "The shop opens at 9am.", "",
			[]string{"9am|TIME|XXXX-XX-XXT09:00"}},
		{"oclock", "We meet at 3 o'clock.", "",
			[]string{"3 o'clock|TIME|XXXX-XX-XXT03:00"}},
		// 1998-08-20 is a Thursday.
		{"event clock on the reference day", "Officials said the blast occurred shortly after 10 a.m.", "1998-08-20",
			[]string{"10 a.m.|TIME|1998-08-20T10:00"}},
		{"event clock on the news day", "The quake struck Tuesday. It hit at 2:30 p.m., officials said.", "1998-08-20",
			[]string{"Tuesday|DATE|1998-08-18", "2:30 p.m.|TIME|1998-08-18T14:30"}},
		{"scheduled clock keeps its day open", "The shop opens at 9 a.m. daily.", "1998-08-20",
			[]string{"9 a.m.|TIME|XXXX-XX-XXT09:00", "daily|SET|P1D"}},
		{"yesterday morning", "Troops arrived yesterday morning.", "2019-11-20",
			[]string{"yesterday morning|TIME|2019-11-19TMO"}},
	})
}
