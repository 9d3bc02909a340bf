package pipeline

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDropPara(t *testing.T) {
	tests := []struct {
		text  string
		links int
		item  bool
		want  bool
	}{
		{text: "The council voted on March 14, 2023 to build the bridge.", want: false},
		{text: "The deal closed on March 14, 2023.", want: false},
		{text: "March 14, 2023", want: true},
		{text: "Top 10 gadgets 2019", want: false},
		{text: "publiziert am 25. September 2018", want: true},
		{text: "Updated March 14, 2023 at 9:24 pm ET", want: true},
		{text: "Advertisement", want: true},
		{text: "Read more: How the bridge will be paid for", want: true},
		{text: "Share this article", want: true},
		{text: "© 2023 Riverside Gazette Media. All rights reserved.", want: true},
		{text: "By Maria Lopez, Gazette Staff", want: true},
		{text: "By the end of the year, the bridge will be open.", want: false},
		{text: "Council delays bridge vote again", links: 32, item: true, want: true},
		{text: "Officials said the plan, first reported by the Gazette, would cost more than expected.", links: 7, want: false},
		{text: "Sign up for our newsletter and get the day's top stories in your inbox", want: true},
		{text: "Reuters reported the story first, and officials later confirmed it.", want: false},
		{text: "Photo: Jane Roe/Getty Images", want: true},
		{text: "Sharing is caring!", want: true},
		{text: "Iklan", want: true},
		{text: "You may also like...", want: true},
		{text: "More:", want: true},
		{text: "More than 300 people attended.", want: false},
		{text: "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", want: true},
		{text: "Follow AP's full coverage of Brexit and British politics at https://apnews.com/Brexit", want: true},
		{text: "Tempo de leitura: 1 minuto", want: true},
		{text: "He said he would follow the coverage closely, and he did.", want: false},
		{text: "Advert", want: true},
		{text: "This slideshow requires JavaScript.", want: true},
		{text: "Bridge at dusk, installation views, photos © Studio Roe, 2018", want: true},
		{text: "The photos showed the bridge at dusk, the council said.", want: false},
		{text: "Teens love the new headphones, and they are putting them on their wish lists. That's according to a new survey from a bank.", links: 60, item: true, want: false},
	}
	for _, tt := range tests {
		if got := dropPara(para{text: tt.text, links: tt.links, item: tt.item}); got != tt.want {
			t.Errorf("dropPara(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestFilterParas(t *testing.T) {
	in := []para{
		{text: "The bridge will open in 2026."},
		{text: "Costs", heading: true},
		{text: "It will cost $48 million."},
		{text: "Related stories", heading: true},
		{text: "Council delays vote", links: 19, item: true},
		{text: "Maria Lopez may be reached at mlopez@example.com. Follow her on Twitter @mlopez."},
	}
	var got []string
	for _, p := range filterParas(in) {
		got = append(got, p.text)
	}
	want := []string{"The bridge will open in 2026.", "Costs", "It will cost $48 million."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("filterParas (-want +got):\n%s", diff)
	}
}
