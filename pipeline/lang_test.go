package pipeline

import (
	"strings"
	"testing"
	"time"
)

func TestDetectLanguage(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The council said on Tuesday that the bridge would be built in the spring, and that it was paid for by the state.", "en"},
		{"Der Stadtrat hat am Dienstag beschlossen, dass die alte Brücke durch einen Neubau ersetzt wird.", "de"},
		{"Le conseil municipal a décidé mardi que le vieux pont sera remplacé par une nouvelle construction.", "fr"},
		{"El ayuntamiento decidió el martes que el viejo puente será sustituido por una nueva construcción para los vecinos.", "es"},
		{"A câmara decidiu na terça-feira que a ponte velha será substituída por uma nova construção para os moradores.", "pt"},
		{"Dewan kota memutuskan pada hari Selasa bahwa jembatan yang lama akan diganti dengan yang baru dan ini juga untuk warga.", "id"},
		{"Il consiglio comunale ha deciso martedì che il vecchio ponte sarà sostituito da una nuova costruzione per gli abitanti.", "it"},
		{"Городской совет во вторник решил, что старый мост будет заменён новым.", "ru"},
		{"市議会は火曜日、古い橋を新しい橋に架け替えることを決めました。", "ja"},
		{"市议会星期二决定用一座新桥取代旧桥。", "zh"},
		{"시의회는 화요일 오래된 다리를 새 다리로 교체하기로 결정했다.", "ko"},
		{"Το δημοτικό συμβούλιο αποφάσισε την Τρίτη να αντικαταστήσει την παλιά γέφυρα.", "el"},
		{"", ""},
		{"12345 67890", ""},
		{"Xyzzy plugh frobnicate quux.", ""},
		// English never lost: a one-line headline whose only function word is
		// also Czech, and a results table of names and numbers.
		{"Acme Corp reported a 49% decline.", ""},
		{"1. Anders Nilsson (SWE) 2:31.4\n2. Jan Novak (CZE) 2:32.0\n3. Pedro Alves (POR) 2:33.9\n4. Luca Rossi (ITA) 2:34.1", ""},
		{"Men's 1500m final: Ingebrigtsen 3:29.6, Kerr 3:30.1, Nuguse 3:30.2, Wightman 3:31.0", ""},
		// Name particles are not function words of the text's language.
		{"Present: Ana de la Cruz, João da Silva, Pedro dos Santos, Maria do Carmo.", ""},
		{"Cast: Jan van Dijk, Els de Jong, Piet de Wit, Anke van der Meer", ""},
		// Turkish has few function words; its dotless ı and ğ speak for it.
		{"Belediye meclisi salı günü eski köprünün yerine yenisinin yapılmasına karar verdi ve çalışmalar başladı.", "tr"},
	}
	for _, tt := range tests {
		if got := detectLanguage(tt.text); got != tt.want {
			t.Errorf("detectLanguage(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestLanguageOf checks the language a document is analysed in: English
// unless the text gives strong evidence of another language, or a little
// evidence of the language the page declares.
func TestLanguageOf(t *testing.T) {
	for _, tt := range []struct {
		text, declared, want string
		note                 bool
	}{
		{"Acme Corp reported a 49% decline.", "", "", false},
		{"Acme Corp reported a 49% decline.", "cs", "", false},
		{"Hello from Geneva on Monday.", "", "en", false},
		{"El gobierno aprueba la reforma", "", "", true},
		{"El gobierno aprueba la reforma", "es", "es", false},
		{"The council met on Tuesday.", "de", "en", false},
		{"Der Stadtrat hat am Dienstag beschlossen, dass die alte Brücke durch einen Neubau ersetzt wird.", "en", "de", false},
	} {
		got, note := languageOf(tt.text, tt.declared)
		if got != tt.want || (note != "") != tt.note {
			t.Errorf("languageOf(%q, %q) = %q, %q; want %q, note %v", tt.text, tt.declared, got, note, tt.want, tt.note)
		}
	}
}

func TestDetectLanguageLongText(t *testing.T) {
	// Only the start is read; a cut inside a multi-byte rune is harmless.
	text := strings.Repeat("Москва ", langSample/5)
	if got := detectLanguage(text); got != "ru" {
		t.Errorf("detectLanguage(long Russian) = %q, want ru", got)
	}
}

func TestDeclaredLanguage(t *testing.T) {
	for in, want := range map[string]string{"en-US": "en", "pt_BR": "pt", " DE ": "de", "": "", "english": "", "x1": ""} {
		if got := declaredLanguage(in); got != want {
			t.Errorf("declaredLanguage(%q) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkDetectLanguage(b *testing.B) {
	text := strings.Repeat("The council said on Tuesday that the bridge would be built in the spring. ", 200)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		detectLanguage(text)
	}
}

// TestShortEnglishIsAnalysed runs a one-line headline and a results table
// through the whole pipeline: the English stages run on both.
func TestShortEnglishIsAnalysed(t *testing.T) {
	for _, text := range []string{
		"Acme Corp reported a 49% decline on Monday.",
		"Results, Jan. 12\n\n1. Anders Nilsson (SWE) 2:31.4\n2. Jan Novak (CZE) 2:32.0\n3. Pedro Alves (POR) 2:33.9",
	} {
		res, err := testPipeline(t).Process(t.Context(), Input{Source: "headline.txt", Data: []byte(text),
			Published: time.Date(2024, 3, 6, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		if res.Language != "" && res.Language != "en" {
			t.Errorf("%q: language %q, want English", text, res.Language)
		}
		if len(res.Dates) == 0 {
			t.Errorf("%q: no dates: the English stages did not run (warnings %q)", text, res.Warnings)
		}
	}
}
