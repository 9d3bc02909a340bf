package venues

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/entities"
	"github.com/lede-project/lede/extractors/internal/extest"
)

// venue is a Venue reduced to what the tests compare.
type venue struct {
	Text, Event, Date string
}

// venuesOf runs entities and venues over text, with dates given as
// (phrase, value) pairs standing in for the date extractor.
func venuesOf(text string, dates ...[2]string) []venue {
	var out []venue
	for _, v := range findVenues(text, dates...) {
		out = append(out, venue{v.Text, v.Event, v.Date})
	}
	return out
}

// findVenues runs entities and venues over text, with dates given as
// (phrase, value) pairs standing in for the date extractor, and checks
// each venue's span, rule and event phrase.
func findVenues(text string, dates ...[2]string) []extractors.Venue {
	t := extest.Analyse(text)
	f := &extractors.Findings{}
	entities.New().Extract(t, f)
	for _, d := range dates {
		at := strings.Index(text, d[0])
		f.Dates = append(f.Dates, extractors.Date{Span: extractors.Span{Text: d[0], Start: at, End: at + len(d[0])}, Type: "DATE", Value: d[1]})
	}
	New().Extract(t, f)
	for _, v := range f.Venues {
		if t.Text[v.Start:v.End] != v.Text {
			panic("venue span does not match its text")
		}
		if !isRule(v.Rule) {
			panic("venue rule " + v.Rule + " is not in the rules table")
		}
		if why := bareEvent(v.Event, v.Text); why != "" {
			panic("venue " + v.Text + ": " + why)
		}
	}
	return f.Venues
}

func TestVenues(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		dates [][2]string
		want  []venue
	}{{
		name:  "meeting held in a city, with its date",
		text:  "Ryabkov also revealed the Jan 12 meeting would be held in Brussels.",
		dates: [][2]string{{"Jan 12", "2022-01-12"}},
		want:  []venue{{"Brussels", "held in Brussels", "2022-01-12"}},
	}, {
		name:  "a tour kicks off in a city",
		text:  "The quartet will kick off the run May 3, 2021 in Tampa, the first of 20 stops.",
		dates: [][2]string{{"May 3, 2021", "2021-05-03"}},
		want:  []venue{{"Tampa", "The quartet will kick off", "2021-05-03"}},
	}, {
		name: "talks in a city",
		text: "The talks in Geneva ended late on Monday.",
		want: []venue{{"Geneva", "The talks", ""}},
	}, {
		name: "a facility",
		text: "The Wild beat the Blues 3-2 in the game at the Xcel Energy Center on Saturday.",
		want: []venue{{"Xcel Energy Center", "the game", ""}},
	}, {
		name: "sanctions on a country are not a venue",
		text: "The US and its allies promised to impose harsh economic sanctions on Russia.",
	}, {
		name: "a headquarters city is not a venue",
		text: "The company, based in London, announced a merger.",
	}, {
		name: "where someone comes from is not a venue",
		text: "Kevin King, a teacher from Ohio, was released.",
	}, {
		name: "talks over a place are about it",
		text: "Washington and Moscow will hold talks over Ukraine.",
	}, {
		name: "the most specific place wins over the country",
		text: "Two soldiers were killed in a helicopter crash in Afghanistan. The Taliban said the helicopter crashed in Logar province.",
		want: []venue{{"Logar province", "the helicopter crashed", ""}},
	}, {
		name: "the possessor is not the venue",
		text: "He took the child to Forest Hill's WoodSpring Suites hotel, police said.",
		want: []venue{{"WoodSpring Suites hotel", "He took the child", ""}},
	}, {
		name: "a dateline with a match",
		text: "MADRID — Rafael Nadal kept Spain's hopes alive in the decisive doubles match on Tuesday.",
		want: []venue{{"MADRID", "the decisive doubles match", ""}},
	}, {
		name: "a dateline with an announcement is not a venue",
		text: "WASHINGTON — NASA announced on Monday that it was adding five companies.",
	}, {
		name: "the facility, not the city that contains it",
		text: "The attack occurred during a talk at the Riverside Clinic in Berlin.",
		want: []venue{{"Riverside Clinic", "The attack occurred", ""}},
	}, {
		name: "the town of a name, not its province",
		text: "Ten people died in the town of Barzak in Qinghai province.",
		want: []venue{{"Barzak", "Ten people died", ""}},
	}, {
		name:  "a tour stop",
		text:  "The band's tour stops at Harbor Music Center on July 2.",
		dates: [][2]string{{"July 2", "2020-07-02"}},
		want:  []venue{{"Harbor Music Center", "The band's tour stops", "2020-07-02"}},
	}, {
		name: "a traffic stop at a crossing: the first street",
		text: "Police stopped a car near Fifth Street and Maple Avenue and arrested the driver.",
		want: []venue{{"Fifth Street", "Police stopped a car", ""}},
	}, {
		name: "a search behind a numbered address",
		text: "Agents searched a shed behind 42 Birch Place on Monday, Smith said.",
		want: []venue{{"Birch Place", "Agents searched a shed", ""}},
	}, {
		name: "candidates face off in a city",
		text: "The top 10 candidates face off in Atlanta on Wednesday night.",
		want: []venue{{"Atlanta", "The top 10 candidates face off", ""}},
	}, {
		name: "facing a charge in a city is no contest",
		text: "He is facing charges in Atlanta.",
	}, {
		name: "a company holds an event in a city",
		text: "Zorbix is holding a surprise event in Denver next month.",
		want: []venue{{"Denver", "a surprise event", ""}},
	}, {
		// A city alone on the first line served one development page: no
		// rule takes it for a dateline.
		name: "a city on its own line is no dateline",
		text: "Denver\n\nThe Wild beat the Blues 3-2 in overtime on Saturday night.",
	}, {
		name: "a city alone on the first line without an event is no venue",
		text: "Denver\n\nThe council approved the budget on Saturday.",
	}, {
		// "against <club>" as a game served one development page.
		name: "against a club is no event word",
		text: "The team will miss him on Wednesday in Denver against the Rangers.",
	}, {
		name: "two teams square off in a city",
		text: "The two champions squared off in Houston on Friday.",
		want: []venue{{"Houston", "squared off in Houston", ""}},
	}, {
		name: "a season tips off at an arena",
		text: "The new season tips off at the Kaseya Center on Tuesday.",
		want: []venue{{"Kaseya Center", "tips off at the Kaseya Center", ""}},
	}, {
		name: "kicking a ball in a city is no event phrase",
		text: "He kicked the ball in Houston.",
	}, {
		name: "a lawsuit against a company is no game",
		text: "She filed suit in Denver against the company.",
	}, {
		name: "stranded in a city",
		text: "Tourists were stranded in Kabul after the outbreak.",
		want: []venue{{"Kabul", "Tourists were stranded", ""}},
	}, {
		name: "a premiere attached to a city in the parse",
		text: "The film premiered in Venice last September.",
		want: []venue{{"Venice", "The film premiered", ""}},
	}, {
		name: "a debut attached to a city in the parse",
		text: "The band's new show premieres next spring in Lisbon.",
		want: []venue{{"Lisbon", "The band's new show premieres next spring", ""}},
	}, {
		name: "at a facility every act is an event",
		text: "The pianist waited in the green room at Carnegie Hall before the recital.",
		want: []venue{{"Carnegie Hall", "The pianist waited", ""}},
	}, {
		name: "a facility phrase: a place name and a facility noun",
		text: "The mayor held a news conference at her Dayton office on Monday.",
		want: []venue{{"Dayton office", "a news conference", ""}},
	}, {
		name: "where someone lives is no venue",
		text: "She lives in Denver with her two daughters.",
	}, {
		name: "where a company is located is no venue",
		text: "The company is located in Frisco, north of Dallas.",
	}, {
		name: "a policy's scope is no venue",
		text: "Troops could be deployed in Beijing, officials warned.",
	}, {
		name: "a place stormed",
		text: "Protesters stormed the Riverside Museum on Friday.",
		want: []venue{{"Riverside Museum", "Protesters stormed", ""}},
	}, {
		name: "a place visited",
		text: "The senator visited the Kessler Air Force Base on Tuesday.",
		want: []venue{{"Kessler Air Force Base", "The senator visited", ""}},
	}, {
		name: "taken to a hospital",
		text: "Police said the woman was taken to Mercy General hospital on Friday.",
		want: []venue{{"Mercy General hospital", "the woman was taken", ""}},
	}, {
		name: "a relative clause with where tells what happened at a facility",
		text: "The suspect fled to the Lakeview Inn hotel, where he held two hostages for six hours.",
		want: []venue{{"Lakeview Inn hotel", "he held two hostages", ""}},
	}, {
		name: "a relative clause with where that tells a state gives no venue",
		text: "The leaders flew to Qatar, where the group maintains a political office.",
	}, {
		name: "a building is no verb",
		text: "He leads the union chapter at the agency's headquarters building in Washington.",
	}, {
		name: "the place after a state of, not the state",
		text: "A gunman opened fire at a cinema in the US state of Ohio on Thursday.",
		want: []venue{{"Ohio", "opened fire", ""}},
	}, {
		name: "the place after a state of, with a modifier",
		text: "A bridge collapsed in the southern state of Texas on Monday.",
		want: []venue{{"Texas", "A bridge collapsed", ""}},
	}, {
		name: "a place hung on a named object belongs to the verb",
		text: "Boston plays Seattle Reign in the Harbor Bowl on Saturday.",
		want: []venue{{"Harbor Bowl", "Boston plays Seattle Reign", ""}},
	}, {
		name: "a city after a named object locates the object",
		text: "The authority said it joins the International Criminal Court at The Hague on April 1.",
	}, {
		name: "an organisation's premises after at",
		text: "The president spoke at the White House on Friday.",
		want: []venue{{"White House", "The president spoke", ""}},
	}, {
		name: "an organisation's premises after aboard",
		text: "The president held a news conference aboard Air Force One on Tuesday.",
		want: []venue{{"Air Force One", "a news conference", ""}},
	}, {
		name: "an analyst at an organisation is no event",
		text: "An analyst at Goldman Sachs said the deal would close in March.",
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, venuesOf(tc.text, tc.dates...)); diff != "" {
				t.Errorf("venues of %q (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestVenuesSeed checks the seed article's venues: Geneva and Brussels.
func TestVenuesSeed(t *testing.T) {
	b, err := os.ReadFile("../../testdata/presstv-us-russia-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, v := range venuesOf(string(b)) {
		got[v.Text] = true
	}
	for _, w := range []string{"Geneva", "Brussels"} {
		if !got[w] {
			t.Errorf("seed article: venue %q missing (got %v)", w, got)
		}
	}
	if got["Ukraine"] || got["Russia"] {
		t.Errorf("seed article: a topic became a venue: %v", got)
	}
}

// BenchmarkVenues measures the venue stage on the seed article.
func BenchmarkVenues(b *testing.B) {
	raw, err := os.ReadFile("../../testdata/presstv-us-russia-talks.txt")
	if err != nil {
		b.Fatal(err)
	}
	t := extest.Analyse(string(raw))
	f := &extractors.Findings{}
	entities.New().Extract(t, f)
	x := New()
	b.ReportAllocs()
	for b.Loop() {
		g := *f
		g.Venues = nil
		x.Extract(t, &g)
	}
}
