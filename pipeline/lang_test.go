package pipeline

import (
	"strings"
	"testing"
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
	}
	for _, tt := range tests {
		if got := detectLanguage(tt.text); got != tt.want {
			t.Errorf("detectLanguage(%q) = %q, want %q", tt.text, got, tt.want)
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
