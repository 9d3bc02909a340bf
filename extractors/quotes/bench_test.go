package quotes

import (
	"strings"
	"testing"

	"github.com/lede-project/lede/extractors"
)

// benchArticle is a made-up news article of about 700 words with the
// usual mix of quotes, cues, pronouns and reported speech.
const benchArticle = `HARBOR CITY — The city council voted 7-2 on Monday to approve a $300 million plan to rebuild the aging Eastside bridge, ending a dispute that had stalled the project for nearly three years.

Mayor Ana Kiel, who had pushed for the plan since her election, called the vote "a turning point for every family that crosses that river." She said construction would begin in the spring and last about two years.

"This is a good day for the city," Kiel told reporters after the meeting. "We have waited too long, and the bridge has waited longer."

Not everyone agreed. Council member Glen Hardy, one of the two votes against the plan, said the council had rushed the decision and ignored cheaper options.

"I can feel it shake every time a truck goes over," Hardy said. "But fixing it does not mean we should sign the first contract someone puts in front of us."

The plan was drawn up by the Harbor City Transit Authority, which manages the bridge. A spokesperson for the authority, who asked not to be named because negotiations with contractors are ongoing, said, "When we sit down next week, every option will be on the table."

According to Priya Nair, the authority's chief engineer, the bridge is "safe for now but not for much longer." Nair said inspections in July had found corrosion in several of the steel supports.

"We followed the structure for more than ten years," Nair said in a statement. "The damage was larger than anyone expected, and it is getting worse every winter."

The Drug Enforcement Administration is not involved, but federal officials have been watching the project closely. The Department of Transportation said in a letter to the council that it would consider covering part of the cost.

"Federal support is possible, but it is not guaranteed," the letter said.

Residents who packed the hall on Monday night were divided. "It was chaos in there," one resident said, declining to give her name. Another, Tomas Brenner, a dockworker who crosses the bridge twice a day, was blunter.

"We are not going back to the old plan," said Brenner, who has lived on the Eastside for thirty years. "People here are tired of waiting."

Kiel acknowledged the frustration. Asked whether the city could afford the project, she replied: "We cannot afford to wait. Every year we delay, the price goes up."

The mayor's chief of staff, Rosa Stein, said the city would seek bids in January. "We will be transparent about every dollar," Stein said, "and we will publish the contracts online."

Hardy said he would keep pressing for an independent review. He warned that the cost could rise well above the estimate if the council did not set strict limits.

"Nobody should expect miracles from one vote," he said. "The hard part starts now."

The Coalition for Fair Streets, a local advocacy group, welcomed the decision. Its director, Jonathan Westin, said the plan "finally puts safety ahead of politics" and called on the council to add bike lanes.

"This bridge connects the poorest neighborhoods to the rest of the city," Westin wrote on social media. "It has to work for everyone who uses it, not just for drivers."

The 46-year-old has led the group since 2015. He said the coalition would hold a public meeting on the design next month.

Meanwhile, the so-called "Eastside option" — a plan to build a tunnel instead — appears to be dead. Its supporters, who had gathered more than 5,000 signatures, said they would not give up.

"We will keep fighting for the tunnel," said Carla Duarte, who organized the petition. "The council made a mistake, and the voters will remember it."

The council is expected to vote on the final contract in March. The authority said work could begin as soon as April if the contract is approved.

Kiel said she was confident. "We have the money, we have the plan, and now we have the votes," she said.`

// BenchmarkQuotes measures quote extraction and attribution on a hand-built
// Text of a ~700-word article (tokens from a simple splitter, no tags).
// Articles per second per core = 1e9 / ns/op.
func BenchmarkQuotes(b *testing.B) {
	t := testText(benchArticle)
	if n := len(strings.Fields(benchArticle)); n < 650 || n > 800 {
		b.Fatalf("article has %d words, want about 700", n)
	}
	q := New()
	b.ReportAllocs()
	cpu0 := processCPU()
	n := 0
	for b.Loop() {
		f := &extractors.Findings{}
		q.Extract(t, f)
		n++
	}
	// On a shared machine wall time overstates the cost; process CPU time
	// (user+system, GC included) per article is the per-core figure.
	if cpu := processCPU() - cpu0; cpu > 0 && n > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(n), "cpu-ns/op")
		b.ReportMetric(float64(n)/cpu.Seconds(), "articles/cpu-s")
	}
}
