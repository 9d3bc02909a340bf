package pipeline

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/lede-project/lede/extractors"
)

// splitAll runs the paragraph and sentence splitters and returns the
// sentences' texts.
func splitAll(text string) []string {
	var spans []extractors.Range
	for _, p := range paragraphs(text) {
		spans = sentencesIn(text, p, spans)
	}
	out := []string{}
	for _, s := range spans {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "It rained. Then it stopped! Did it? Yes.",
			[]string{"It rained.", "Then it stopped!", "Did it?", "Yes."}},
		{"blank line ends a sentence", "No period here\n\nNext paragraph.",
			[]string{"No period here", "Next paragraph."}},
		{"line break ends a sentence", "HEADLINE IN CAPS\nPORTVALE, Ore. — The council voted.",
			[]string{"HEADLINE IN CAPS", "PORTVALE, Ore. — The council voted."}},
		{"titles", "Mr. Smith met Gov. Walsh and Dr. Lee. Sen. Warner and Pres. Biden agreed.",
			[]string{"Mr. Smith met Gov. Walsh and Dr. Lee.", "Sen. Warner and Pres. Biden agreed."}},
		{"U.S. before a name and at the end", "The U.S. Army agreed. The policy came from the U.S. The E.U. disagreed.",
			[]string{"The U.S. Army agreed.", "The policy came from the U.S.", "The E.U. disagreed."}},
		{"months and numbers", "He arrived on Jan. 5. Mr. Smith left on Feb. 6, 2021. No. 10 said so.",
			[]string{"He arrived on Jan. 5.", "Mr. Smith left on Feb. 6, 2021.", "No. 10 said so."}},
		{"initials", "Dr. Samuel K. Lee spoke. J. R. R. Tolkien wrote.",
			[]string{"Dr. Samuel K. Lee spoke.", "J. R. R. Tolkien wrote."}},
		{"company", "He works for Harlow & Finch Inc. in Chicago. Acme Corp. The firm said so.",
			[]string{"He works for Harlow & Finch Inc. in Chicago.", "Acme Corp.", "The firm said so."}},
		{"time", "It began at 6 p.m. Monday and ended at 1 a.m. It was long.",
			[]string{"It began at 6 p.m. Monday and ended at 1 a.m.", "It was long."}},
		{"closing quote stays", `He said, "I am leaving." Then he left.`,
			[]string{`He said, "I am leaving."`, "Then he left."}},
		{"curly closing quote stays", "“We will win.” He said so. “No.”",
			[]string{"“We will win.”", "He said so.", "“No.”"}},
		{"quote then lower case goes on", `"Why?" he asked. "Really!" she said.`,
			[]string{`"Why?" he asked.`, `"Really!" she said.`}},
		{"comma inside quote", "“We don’t want that,” he said. “Nobody does.”",
			[]string{"“We don’t want that,” he said.", "“Nobody does.”"}},
		{"bracket", "Sen. Mark Warner (D-Va.) agreed. Others did not.",
			[]string{"Sen. Mark Warner (D-Va.) agreed.", "Others did not."}},
		{"lower case after period", "Prices rose 3.5 per cent. in 2021.",
			[]string{"Prices rose 3.5 per cent. in 2021."}},
		{"no space after period", "See www.example.com.Or 3.5 or e.g.this.",
			[]string{"See www.example.com.Or 3.5 or e.g.this."}},
		{"ellipsis", "He paused... Then he left. She waited…  Nothing.",
			[]string{"He paused...", "Then he left.", "She waited…", "Nothing."}},
		{"detached ellipsis", `He said it was "bullying. … You get what you give."`,
			[]string{`He said it was "bullying. …`, `You get what you give."`}},
		{"numbered list item", "2. Never urged Ukraine to act. It was 2. Then 3.",
			[]string{"2. Never urged Ukraine to act.", "It was 2.", "Then 3."}},
		{"state abbreviation", "They met in Portland, Ore. The talks ended. He lives in Salem, Ore. with his wife.",
			[]string{"They met in Portland, Ore.", "The talks ended.", "He lives in Salem, Ore. with his wife."}},
		{"number ends sentence", "The vote was 7-2. Mayor Okafor said so.",
			[]string{"The vote was 7-2.", "Mayor Okafor said so."}},
		{"CRLF and spaces", "One.  Two.\r\nThree.\r\n\r\nFour.",
			[]string{"One.", "Two.", "Three.", "Four."}},
		{"only space", " \n\t\n ", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, splitAll(tt.text)); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}
