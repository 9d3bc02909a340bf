// Command langeval measures lede's language detector (pipeline.DetectLanguage)
// against lingua-go on sentences of the languages lede knows, taken from the
// dev splits of Universal Dependencies treebanks, and on English edge cases
// (headlines, tables, name lists, bylines) from testdata/english-edge.txt.
// It prints a Markdown report: accuracy per language and sentence length,
// the rate at which English is declared another language, and cost.
//
// It lives in its own module so that lingua-go never becomes a dependency of
// lede. See README.md for the data recipe.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/lede-project/lede/pipeline"
	"github.com/pemistahl/lingua-go"
)

// langs are the languages of the evaluation, in report order.
var langs = []string{"en", "de", "fr", "es", "pt", "it", "nl", "pl", "cs", "ro", "sv", "da", "id", "tr", "ru"}

// treebanks are the default UD treebanks, one per language; each is looked
// for as MIRROR/UniversalDependencies+NAME/repo (what the fetch tool makes).
var treebanks = map[string]string{
	"en": "UD_English-EWT", "de": "UD_German-GSD", "fr": "UD_French-GSD",
	"es": "UD_Spanish-GSD", "pt": "UD_Portuguese-Bosque", "it": "UD_Italian-ISDT",
	"nl": "UD_Dutch-Alpino", "pl": "UD_Polish-LFG", "cs": "UD_Czech-FicTree",
	"ro": "UD_Romanian-RRT", "sv": "UD_Swedish-Talbanken", "da": "UD_Danish-DDT",
	"id": "UD_Indonesian-GSD", "tr": "UD_Turkish-IMST", "ru": "UD_Russian-GSD",
}

var buckets = []string{"≤5", "6–15", ">15"}

func bucketOf(text string) int {
	switch n := len(strings.Fields(text)); {
	case n <= 5:
		return 0
	case n <= 15:
		return 1
	}
	return 2
}

type sample struct {
	lang, text, kind string // kind: "ud", "edge:<category>" or "article"
	bucket           int
}

type source struct {
	lang, name, dir, file, commit, licence string
	total                                  [3]int
	used                                   [3]int
}

// udFlag collects -ud LANG=GITDIR overrides.
type udFlag map[string]string

func (u udFlag) String() string { return fmt.Sprint(map[string]string(u)) }
func (u udFlag) Set(s string) error {
	l, d, ok := strings.Cut(s, "=")
	if !ok {
		return errors.New("want LANG=GITDIR")
	}
	u[l] = d
	return nil
}

func main() {
	mirror := flag.String("mirror", "/work/.mirror", "directory holding the fetched treebanks as UniversalDependencies+NAME/repo")
	ud := udFlag{}
	flag.Var(ud, "ud", "LANG=GITDIR: read LANG's dev file from this git dir (repeatable; overrides -mirror)")
	perBucket := flag.Int("per-bucket", 150, "at most this many sentences per language and length bucket (evenly spaced over the dev file); 0 = all")
	enAll := flag.Bool("en-all", true, "use every sentence of the English dev file (the costly error is English declared foreign)")
	edge := flag.String("edge", "testdata/english-edge.txt", "English edge cases")
	articleBytes := flag.Int("article-bytes", 5000, "size of the synthetic articles (concatenated sentences of one language)")
	articles := flag.Int("articles", 8, "articles per language")
	procs := flag.Int("procs", 1, "GOMAXPROCS (keep CPU use modest; timings are single-threaded)")
	reps := flag.Int("reps", 3, "time the articles this many times and keep the fastest")
	lowOnly := flag.Bool("skip-high", false, "skip lingua's high-accuracy modes")
	out := flag.String("o", "", "write the Markdown report here (default stdout)")
	flag.Parse()
	runtime.GOMAXPROCS(*procs)

	var srcs []*source
	var samples []sample
	for _, l := range langs {
		dir := ud[l]
		if dir == "" {
			dir = filepath.Join(*mirror, "UniversalDependencies+"+treebanks[l], "repo")
		}
		src, ss, err := readTreebank(l, dir, *perBucket, l == "en" && *enAll)
		if err != nil {
			fatal(err)
		}
		srcs = append(srcs, src)
		samples = append(samples, ss...)
	}
	edges, err := readEdge(*edge)
	if err != nil {
		fatal(err)
	}
	arts := makeArticles(samples, *articleBytes, *articles)

	dets := []*detector{ledeDetector()}
	var loads []loadCost
	// Low accuracy first: lingua caches models globally, and the low mode's
	// trigram models are a subset of the high mode's.
	d, lc := linguaDetector("lingua low", true, 0)
	dets, loads = append(dets, d), append(loads, lc)
	if !*lowOnly {
		d, lc = linguaDetector("lingua high", false, 0)
		lc.note = "on top of the low mode's trigrams"
		dets, loads = append(dets, d), append(loads, lc)
		d, _ = linguaDetector("lingua high, distance 0.25", false, 0.25)
		dets = append(dets, d)
	}

	for _, d := range dets {
		d.run(samples, edges, arts, *reps)
	}

	var w io.Writer = os.Stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fatal(err)
		}
		defer f.Close()
		w = f
	}
	report(w, srcs, samples, edges, arts, dets, loads, *reps)
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "langeval:", err)
	os.Exit(1)
}

// readTreebank reads the "# text = " lines of the dev split at HEAD of the
// git dir, and samples them evenly per length bucket.
func readTreebank(lang, dir string, perBucket int, all bool) (*source, []sample, error) {
	git := func(args ...string) (string, error) {
		out, err := exec.Command("git", append([]string{"-C", dir}, args...)...).Output()
		if err != nil {
			return "", fmt.Errorf("%s: git %s: %v", dir, strings.Join(args, " "), err)
		}
		return string(out), nil
	}
	commit, err := git("rev-parse", "HEAD")
	if err != nil {
		return nil, nil, err
	}
	names, err := git("ls-tree", "--name-only", "HEAD")
	if err != nil {
		return nil, nil, err
	}
	src := &source{lang: lang, dir: dir, commit: strings.TrimSpace(commit)}
	src.name = strings.TrimPrefix(filepath.Base(filepath.Dir(dir)), "UniversalDependencies+")
	var readme string
	for _, n := range strings.Fields(names) {
		switch {
		case strings.HasSuffix(n, "-ud-dev.conllu"):
			src.file = n
		case strings.HasPrefix(n, "README"):
			readme = n
		}
	}
	if src.file == "" {
		return nil, nil, fmt.Errorf("%s: no *-ud-dev.conllu at HEAD (a snapshot lacks files of 4 MiB and more: pick another treebank)", dir)
	}
	if readme != "" {
		text, _ := git("show", "HEAD:"+readme)
		if m := regexp.MustCompile(`(?mi)^License:\s*(.+)$`).FindStringSubmatch(text); m != nil {
			src.licence = strings.TrimSpace(m[1])
		}
	}
	text, err := git("show", "HEAD:"+src.file)
	if err != nil {
		return nil, nil, err
	}
	var byBucket [3][]string
	for _, line := range strings.Split(text, "\n") {
		if s, ok := strings.CutPrefix(line, "# text = "); ok {
			s = strings.TrimSpace(s)
			if s == "" {
				continue
			}
			b := bucketOf(s)
			byBucket[b] = append(byBucket[b], s)
			src.total[b]++
		}
	}
	var out []sample
	for b, ss := range byBucket {
		n := len(ss)
		if !all && perBucket > 0 && n > perBucket {
			n = perBucket
		}
		for i := 0; i < n; i++ {
			// Evenly spaced over the file, deterministic.
			s := ss[i*len(ss)/n]
			out = append(out, sample{lang: lang, text: s, kind: "ud", bucket: b})
		}
		src.used[b] = n
	}
	return src, out, nil
}

// readEdge reads the English edge cases: "## category" lines, items as
// blocks of non-blank lines, "#" comment lines.
func readEdge(path string) ([]sample, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []sample
	cat := "misc"
	var block []string
	flush := func() {
		if len(block) > 0 {
			t := strings.Join(block, "\n")
			out = append(out, sample{lang: "en", text: t, kind: "edge:" + cat, bucket: bucketOf(t)})
		}
		block = nil
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "## "):
			flush()
			cat = strings.TrimSpace(line[3:])
		case strings.HasPrefix(line, "#"):
		case strings.TrimSpace(line) == "":
			flush()
		default:
			block = append(block, line)
		}
	}
	flush()
	return out, sc.Err()
}

// makeArticles joins consecutive sentences of each language (of the 6–15
// and >15 buckets) into n articles of about size bytes.
func makeArticles(samples []sample, size, n int) []sample {
	var out []sample
	for _, l := range langs {
		var ss []string
		for _, s := range samples {
			if s.lang == l && s.bucket > 0 {
				ss = append(ss, s.text)
			}
		}
		if len(ss) == 0 {
			continue
		}
		k := 0
		for a := 0; a < n; a++ {
			var b strings.Builder
			for b.Len() < size {
				b.WriteString(ss[k%len(ss)])
				b.WriteString(" ")
				k++
			}
			out = append(out, sample{lang: l, text: b.String(), kind: "article", bucket: 2})
		}
	}
	return out
}

// detector analyses a text; analysed is the language the text is analysed
// in ("en" for anything lede analyses as English), declared what the
// detector said before that mapping ("" when unsure), warn whether lede
// would add a warning.
type detector struct {
	name   string
	detect func(string) (analysed, declared string, warn bool)

	res     []result // per sample, in order
	edgeRes []result
	artRes  []result
	nsSent  float64
	nsArt   float64
}

type result struct {
	analysed, declared string
	warn               bool
}

func ledeDetector() *detector {
	return &detector{name: "lede table", detect: func(t string) (string, string, bool) {
		lang, maybe := pipeline.DetectLanguage(t)
		if lang == "" {
			return "en", "", maybe != ""
		}
		return lang, lang, false
	}}
}

type loadCost struct {
	name      string
	dur, wall time.Duration
	heap      uint64
	note      string
}

var isoCodes = []lingua.IsoCode639_1{lingua.EN, lingua.DE, lingua.FR, lingua.ES, lingua.PT, lingua.IT, lingua.NL, lingua.PL, lingua.CS, lingua.RO, lingua.SV, lingua.DA, lingua.ID, lingua.TR, lingua.RU}

// linguaDetector builds a lingua detector restricted to langs with its
// models preloaded, and measures the load. Unknown (lingua unsure) is
// analysed as English, like lede's "".
func linguaDetector(name string, low bool, distance float64) (*detector, loadCost) {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start, wall := cpuTime(), time.Now()
	b := lingua.NewLanguageDetectorBuilder().FromIsoCodes639_1(isoCodes...).WithPreloadedLanguageModels()
	if low {
		b = b.WithLowAccuracyMode()
	}
	if distance > 0 {
		b = b.WithMinimumRelativeDistance(distance)
	}
	ld := b.Build()
	dur, wallDur := cpuTime()-start, time.Since(wall)
	runtime.GC()
	runtime.ReadMemStats(&after)
	d := &detector{name: name, detect: func(t string) (string, string, bool) {
		l, ok := ld.DetectLanguageOf(t)
		if !ok {
			return "en", "", true
		}
		c := strings.ToLower(l.IsoCode639_1().String())
		return c, c, false
	}}
	return d, loadCost{name: name, dur: dur, wall: wallDur, heap: after.HeapAlloc - before.HeapAlloc}
}

// cpuTime is the CPU time this process has used (user + system): unlike
// wall time it does not count the time other processes hold the shared
// cores.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// run detects every sample, edge case and article, and measures the CPU
// time per sentence (one pass) and per article (best of reps passes).
func (d *detector) run(samples, edges, arts []sample, reps int) {
	do := func(ss []sample) ([]result, float64) {
		rs := make([]result, len(ss))
		start := cpuTime()
		for i, s := range ss {
			a, dl, w := d.detect(s.text)
			rs[i] = result{a, dl, w}
		}
		return rs, float64((cpuTime() - start).Nanoseconds()) / float64(max(len(ss), 1))
	}
	d.res, d.nsSent = do(samples)
	d.edgeRes, _ = do(edges)
	d.artRes, d.nsArt = do(arts)
	for r := 1; r < reps; r++ {
		_, ns := do(arts)
		d.nsArt = min(d.nsArt, ns)
	}
}

func pct(k, n int) string {
	if n == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f", 100*float64(k)/float64(n))
}

func report(w io.Writer, srcs []*source, samples, edges, arts []sample, dets []*detector, loads []loadCost, reps int) {
	p := func(format string, a ...any) { fmt.Fprintf(w, format, a...) }
	p("## Data\n\n| lang | treebank | commit | licence | dev sentences ≤5 / 6–15 / >15 | used |\n|---|---|---|---|---|---|\n")
	total := 0
	for _, s := range srcs {
		used := s.used[0] + s.used[1] + s.used[2]
		total += used
		p("| %s | %s | %s | %s | %d / %d / %d | %d / %d / %d |\n", s.lang, s.name, s.commit[:12], s.licence, s.total[0], s.total[1], s.total[2], s.used[0], s.used[1], s.used[2])
	}
	p("\n%d UD sentences, %d English edge cases, %d synthetic articles of ~%d bytes.\n\n", total, len(edges), len(arts), len(arts[0].text))

	// Accuracy per language (analysed language == truth).
	p("## Accuracy (%% of sentences analysed in their language; lede's \"\" and `maybe` and lingua's \"unknown\" count as English)\n\n")
	p("| lang | n |")
	for _, d := range dets {
		p(" %s |", d.name)
	}
	p("\n|---|---|%s\n", strings.Repeat("---|", len(dets)))
	var allK = make([]int, len(dets))
	var allN, nonEnN int
	nonEnK := make([]int, len(dets))
	for _, l := range langs {
		n := 0
		ks := make([]int, len(dets))
		for i, s := range samples {
			if s.lang != l {
				continue
			}
			n++
			for j, d := range dets {
				if d.res[i].analysed == l {
					ks[j]++
				}
			}
		}
		p("| %s | %d |", l, n)
		for j := range dets {
			p(" %s |", pct(ks[j], n))
			allK[j] += ks[j]
			if l != "en" {
				nonEnK[j] += ks[j]
			}
		}
		p("\n")
		allN += n
		if l != "en" {
			nonEnN += n
		}
	}
	p("| **all** | %d |", allN)
	for j := range dets {
		p(" **%s** |", pct(allK[j], allN))
	}
	p("\n| **non-en** | %d |", nonEnN)
	for j := range dets {
		p(" **%s** |", pct(nonEnK[j], nonEnN))
	}
	p("\n\n")

	// By length.
	p("## Accuracy by sentence length (words), non-English languages / English\n\n| words | n (non-en / en) |")
	for _, d := range dets {
		p(" %s |", d.name)
	}
	p("\n|---|---|%s\n", strings.Repeat("---|", len(dets)))
	for b := range buckets {
		var nn, ne int
		kn := make([]int, len(dets))
		ke := make([]int, len(dets))
		for i, s := range samples {
			if s.bucket != b {
				continue
			}
			if s.lang == "en" {
				ne++
			} else {
				nn++
			}
			for j, d := range dets {
				if d.res[i].analysed == s.lang {
					if s.lang == "en" {
						ke[j]++
					} else {
						kn[j]++
					}
				}
			}
		}
		p("| %s | %d / %d |", buckets[b], nn, ne)
		for j := range dets {
			p(" %s / %s |", pct(kn[j], nn), pct(ke[j], ne))
		}
		p("\n")
	}
	p("\n")

	// Per language and length.
	p("## Accuracy per language and length (≤5 / 6–15 / >15 words)\n\n| lang |")
	for _, d := range dets {
		p(" %s |", d.name)
	}
	p("\n|---|%s\n", strings.Repeat("---|", len(dets)))
	for _, l := range langs {
		p("| %s |", l)
		for _, d := range dets {
			var cells []string
			for b := range buckets {
				n, k := 0, 0
				for i, s := range samples {
					if s.lang == l && s.bucket == b {
						n++
						if d.res[i].analysed == l {
							k++
						}
					}
				}
				cells = append(cells, pct(k, n))
			}
			p(" %s |", strings.Join(cells, " / "))
		}
		p("\n")
	}
	p("\n")

	// English declared foreign.
	p("## English declared another language (the severe error: every English stage skipped)\n\n| set | n |")
	for _, d := range dets {
		p(" %s |", d.name)
	}
	p("\n|---|---|%s\n", strings.Repeat("---|", len(dets)))
	row := func(label string, ss []sample, get func(*detector) []result, keep func(sample) bool) {
		n := 0
		ks := make([]int, len(dets))
		for i, s := range ss {
			if s.lang != "en" || !keep(s) {
				continue
			}
			n++
			for j, d := range dets {
				if get(d)[i].analysed != "en" {
					ks[j]++
				}
			}
		}
		p("| %s | %d |", label, n)
		for j := range dets {
			p(" %s%% (%d) |", pct(ks[j], n), ks[j])
		}
		p("\n")
	}
	res := func(d *detector) []result { return d.res }
	edg := func(d *detector) []result { return d.edgeRes }
	for b := range buckets {
		row("UD en, "+buckets[b]+" words", samples, res, func(s sample) bool { return s.bucket == b })
	}
	row("UD en, all", samples, res, func(sample) bool { return true })
	var cats []string
	seen := map[string]bool{}
	for _, s := range edges {
		if !seen[s.kind] {
			seen[s.kind] = true
			cats = append(cats, s.kind)
		}
	}
	for _, c := range cats {
		row(strings.TrimPrefix(c, "edge:"), edges, edg, func(s sample) bool { return s.kind == c })
	}
	row("edge cases, all", edges, edg, func(sample) bool { return true })
	p("\nlede adds a warning (`maybe`, analysed as English) to %s of UD English sentences and %s of the edge cases.\n\n",
		warnRate(dets[0].res, samples), warnRate(dets[0].edgeRes, edges))

	// Wrong for foreign: analysed as English vs another wrong language.
	p("## Non-English errors: analysed as English (wasted work) / declared a wrong other language\n\n| lang |")
	for _, d := range dets {
		p(" %s |", d.name)
	}
	p("\n|---|%s\n", strings.Repeat("---|", len(dets)))
	for _, l := range langs[1:] {
		p("| %s |", l)
		for _, d := range dets {
			n, asEn, wrong := 0, 0, 0
			conf := map[string]int{}
			for i, s := range samples {
				if s.lang != l {
					continue
				}
				n++
				switch a := d.res[i].analysed; {
				case a == "en":
					asEn++
				case a != l:
					wrong++
					conf[a]++
				}
			}
			p(" %s / %s%s |", pct(asEn, n), pct(wrong, n), top(conf))
		}
		p("\n")
	}
	p("\n")

	// Articles.
	p("## Synthetic articles (~%d bytes, one language each)\n\n| detector | accuracy | errors (truth→analysed) | English declared foreign |\n|---|---|---|---|\n", len(arts[0].text))
	for _, d := range dets {
		n, k, en, enBad := 0, 0, 0, 0
		errs := map[string]int{}
		for i, s := range arts {
			n++
			if d.artRes[i].analysed == s.lang {
				k++
			} else {
				errs[s.lang+"→"+d.artRes[i].analysed]++
			}
			if s.lang == "en" {
				en++
				if d.artRes[i].analysed != "en" {
					enBad++
				}
			}
		}
		e := strings.TrimSuffix(strings.TrimPrefix(top(errs), " ("), ")")
		if e == "" {
			e = "–"
		}
		p("| %s | %s%% (%d/%d) | %s | %d/%d |\n", d.name, pct(k, n), k, n, e, enBad, en)
	}
	p("\n")

	// Cost.
	p("## Cost (CPU time, GOMAXPROCS=%d; sentences: one pass; articles: best of %d passes)\n\n| detector | µs/sentence | µs per %d-byte article | load time | heap after load |\n|---|---|---|---|---|\n", runtime.GOMAXPROCS(0), reps, len(arts[0].text))
	for _, d := range dets {
		load, heap := "none (tables in the binary)", "–"
		for _, l := range loads {
			if strings.HasPrefix(d.name, l.name) {
				load = fmt.Sprintf("%s CPU (%s wall)", l.dur.Round(time.Millisecond), l.wall.Round(time.Millisecond))
				heap = fmt.Sprintf("%.0f MiB", float64(l.heap)/(1<<20))
				if l.note != "" {
					heap += " (" + l.note + ")"
				}
			}
		}
		if strings.Contains(d.name, "distance") {
			load, heap = "shared with lingua high", "shared"
		}
		p("| %s | %.1f | %.1f | %s | %s |\n", d.name, d.nsSent/1000, d.nsArt/1000, load, heap)
	}
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		p("\nPeak RSS of this run (all detectors loaded): %.0f MiB.\n", float64(ru.Maxrss)/1024)
	}
	if exe, err := os.Executable(); err == nil {
		if fi, err := os.Stat(exe); err == nil {
			p("This program's binary (lede's pipeline + lingua-go, which embeds the models of all its 75 languages): %.0f MiB.\n", float64(fi.Size())/(1<<20))
		}
	}
	p("\n")

	// English false positives, listed.
	for _, d := range dets {
		var lines []string
		list := func(ss []sample, rs []result) {
			for i, s := range ss {
				if s.lang == "en" && rs[i].analysed != "en" {
					lines = append(lines, fmt.Sprintf("- `%s` (%s): %q", rs[i].analysed, s.kind, s.text))
				}
			}
		}
		list(samples, d.res)
		list(edges, d.edgeRes)
		p("### English declared foreign by %s: %d\n\n", d.name, len(lines))
		maxList := 25
		if d == dets[0] {
			maxList = 1000 // lede's own errors are listed in full
		}
		if len(lines) > maxList {
			p("%s\n- … and %d more\n\n", strings.Join(lines[:maxList], "\n"), len(lines)-maxList)
		} else if len(lines) > 0 {
			p("%s\n\n", strings.Join(lines, "\n"))
		}
	}
}

func warnRate(rs []result, ss []sample) string {
	n, k := 0, 0
	for i, s := range ss {
		if s.lang != "en" {
			continue
		}
		n++
		if rs[i].warn {
			k++
		}
	}
	return pct(k, n) + "%"
}

// top names the most frequent wrong languages.
func top(conf map[string]int) string {
	if len(conf) == 0 {
		return ""
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range conf {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v || kvs[i].v == kvs[j].v && kvs[i].k < kvs[j].k })
	var parts []string
	for i, e := range kvs {
		if i == 3 {
			break
		}
		parts = append(parts, fmt.Sprintf("%s %d", e.k, e.v))
	}
	return " (" + strings.Join(parts, ", ") + ")"
}
