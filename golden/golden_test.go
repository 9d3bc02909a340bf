package golden

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func mustDecode(t *testing.T, s string) Doc {
	t.Helper()
	d, err := Decode([]byte(s))
	if err != nil {
		t.Fatalf("Decode(%s): %v", s, err)
	}
	return d
}

func TestCanonical(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"sorted keys", `{"b":1,"a":"x"}`, "{\n  \"a\": \"x\",\n  \"b\": 1\n}\n"},
		{"numbers kept", `{"n":300000000,"f":1.50}`, "{\n  \"f\": 1.50,\n  \"n\": 300000000\n}\n"},
		{"no HTML escaping", `{"t":"a<b & \u00e9"}`, "{\n  \"t\": \"a<b & é\"\n}\n"},
		{"nested", `{"d":[{"z":1,"a":[]}]}`, "{\n  \"d\": [\n    {\n      \"a\": [],\n      \"z\": 1\n    }\n  ]\n}\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Canonical([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, string(got)); diff != "" {
				t.Errorf("Canonical(%s) (-want +got):\n%s", tt.in, diff)
			}
			again, err := Canonical(got)
			if err != nil || string(again) != string(got) {
				t.Errorf("Canonical is not idempotent: %q, %v", again, err)
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	for _, in := range []string{``, `[1]`, `{"a":1} {"b":2}`, `{"a":}`, `"s"`} {
		if _, err := Decode([]byte(in)); err == nil {
			t.Errorf("Decode(%q): no error", in)
		}
	}
}

const base = `{"schema":"lede/v1","title":"US, Russia to hold talks","authors":["Jane Doe"],
"text":"Talks on Monday in Geneva. He said \"we will talk\".",
"sentences":[{"start":0,"end":26},{"start":27,"end":50}],
"dates":[{"text":"Monday","type":"DATE","value":"2021-12-27","start":9,"end":15}],
"money":[{"text":"$5","amount":5,"currency":"USD","start":0,"end":2}],
"quotes":[{"text":"we will talk","speaker":"Ryabkov","cue":"said","start":36,"end":48}]}`

func TestDiff(t *testing.T) {
	tests := []struct {
		name string
		got  string // base with replacements old=>new, separated by |
		sel  Selector
		want []string
	}{
		{"identical", ``, Selector{}, nil},
		{"title", `"US, Russia to hold talks"=>"US and Russia to hold talks"`, Selector{},
			[]string{`title: "US, Russia to hold talks" → "US and Russia to hold talks"`}},
		{"speaker changed", `"speaker":"Ryabkov"=>"speaker":"he"`, Selector{},
			[]string{`quotes[0].speaker: "Ryabkov" → "he"  ("we will talk" @36-48)`}},
		{"date added and value changed",
			`"value":"2021-12-27","start":9,"end":15}=>"value":"2021-12-20","start":9,"end":15},{"text":"late Monday","type":"DATE","value":"2021-12-27","start":4,"end":15}`,
			Selector{},
			[]string{`dates: + "late Monday" DATE 2021-12-27 @4-15`, `dates[0].value: "2021-12-27" → "2021-12-20"  ("Monday" @9-15)`}},
		{"item removed", `{"text":"$5","amount":5,"currency":"USD","start":0,"end":2}=>`, Selector{},
			[]string{`money: - "$5" 5 USD @0-2`}},
		{"moved", `"start":36,"end":48=>"start":37,"end":49`, Selector{},
			[]string{`quotes: 1 item moved (offsets +1), otherwise unchanged`}},
		{"moved and changed", `"speaker":"Ryabkov","cue":"said","start":36,"end":48=>"speaker":"he","cue":"said","start":37,"end":49`, Selector{},
			[]string{`quotes[0]: @36-48 → @37-49  ("we will talk" @36-48)`, `quotes[0].speaker: "Ryabkov" → "he"  ("we will talk" @36-48)`}},
		{"sentence without text", `{"start":27,"end":50}=>{"start":27,"end":35},{"start":35,"end":50}`, Selector{},
			[]string{`sentences: - "He said \"we will talk\"." @27-50`, `sentences: + "He said " @27-35`, `sentences: + "\"we will talk\"." @35-50`}},
		{"sentence moved", `"text":"Talks on=>"text":"The talks on|{"start":0,"end":26},{"start":27,"end":50}=>{"start":0,"end":30},{"start":31,"end":54}`,
			Selector{Fields: []string{"sentences"}},
			[]string{`sentences: - "Talks on Monday in Geneva." @0-26`, `sentences: + "The talks on Monday in Geneva." @0-30`, `sentences: 1 item moved (offsets +4), otherwise unchanged`}},
		{"authors as a set", `["Jane Doe"]=>["Jane Doe","John Roe"]`, Selector{},
			[]string{`authors: + "John Roe"`}},
		{"amount compared by value", `"amount":5=>"amount":5.0`, Selector{}, nil},
		{"ignored sub-field", `"speaker":"Ryabkov"=>"speaker":"he"|"value":"2021-12-27"=>"value":"2021-12-20"`, Selector{Ignore: []string{"quotes.speaker", "dates.value", "title.x"}}, nil},
		{"ignored field", `"speaker":"Ryabkov"=>"speaker":"he"`, Selector{Ignore: []string{"quotes"}}, nil},
		{"only some fields", `"speaker":"Ryabkov"=>"speaker":"he"|"Jane Doe"=>"J. Doe"`, Selector{Fields: []string{"authors"}},
			[]string{`authors: - "Jane Doe"`, `authors: + "J. Doe"`}},
		{"new field", `"schema":"lede/v1"=>"schema":"lede/v1","site":"PressTV"`, Selector{},
			[]string{`site: + (new field) "PressTV"`}},
		{"short text", `Geneva=>Brussels`, Selector{Fields: []string{"text"}},
			[]string{`text: "Talks on Monday in Geneva. He said \"we will talk\"." → "Talks on Monday in Brussels. He said \"we will talk\"."`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := base
			if tt.got != "" {
				for _, r := range strings.Split(tt.got, "|") {
					old, new, _ := strings.Cut(r, "=>")
					if !strings.Contains(got, old) {
						t.Fatalf("test bug: %q not in base", old)
					}
					got = strings.Replace(got, old, new, 1)
				}
			}
			var lines []string
			for _, c := range Diff(mustDecode(t, base), mustDecode(t, got), tt.sel) {
				lines = append(lines, c.String())
			}
			if diff := cmp.Diff(tt.want, lines); diff != "" {
				t.Errorf("Diff (-want +got):\n%s", diff)
			}
		})
	}
}

func TestUpdate(t *testing.T) {
	old := mustDecode(t, `{"title":"a","dates":[1],"sentences":[0]}`)
	got := mustDecode(t, `{"title":"b","dates":[2],"sentences":[9],"money":[{"text":"$5","rule":"symbol"}]}`)
	tests := []struct {
		name string
		old  Doc
		sel  Selector
		want string
	}{
		{"create", nil, Selector{}, `{"dates":[2],"money":[{"rule":"symbol","text":"$5"}],"sentences":[9],"title":"b"}`},
		{"create ignoring", nil, Selector{Ignore: []string{"sentences"}}, `{"dates":[2],"money":[{"rule":"symbol","text":"$5"}],"title":"b"}`},
		{"only dates", old, Selector{Fields: []string{"dates"}}, `{"dates":[2],"sentences":[0],"title":"a"}`},
		{"all but sentences", old, Selector{Ignore: []string{"sentences"}}, `{"dates":[2],"money":[{"rule":"symbol","text":"$5"}],"sentences":[0],"title":"b"}`},
		{"sub-field not written", nil, Selector{Ignore: []string{"money.rule"}}, `{"dates":[2],"money":[{"text":"$5"}],"sentences":[9],"title":"b"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Marshal(Update(tt.old, got, tt.sel))
			if err != nil {
				t.Fatal(err)
			}
			want, _ := Canonical([]byte(tt.want))
			if diff := cmp.Diff(string(want), string(b)); diff != "" {
				t.Errorf("Update (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDiffLongText(t *testing.T) {
	long := strings.Repeat("Lorem ipsum dolor sit amet. ", 20)
	want := Doc{"text": long + "Talks in Geneva on Monday." + long}
	got := Doc{"text": long + "Talks in Brussels on Monday." + long}
	var lines []string
	for _, c := range Diff(want, got, Selector{}) {
		lines = append(lines, c.String())
	}
	wantLines := []string{`text: …" sit amet. Talks in Geneva on Monday.Lorem ips"… → …" sit amet. Talks in Brussels on Monday.Lorem ips"…  (at 569)`}
	if diff := cmp.Diff(wantLines, lines); diff != "" {
		t.Errorf("Diff (-want +got):\n%s", diff)
	}
}
