package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// startServe builds lede and starts "lede serve" on a free loopback port.
// It returns the base URL and the process; the test's cleanup sends
// SIGTERM and checks the exit status is 0 (graceful shutdown).
func startServe(t testing.TB, args ...string) (base string, cmd *exec.Cmd) {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "lede")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd = exec.Command(bin, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	addr := make(chan string, 1)
	logs := &strings.Builder{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		sc := bufio.NewScanner(stderr)
		re := regexp.MustCompile(`addr="?(http://127\.0\.0\.1:\d+)`)
		for sc.Scan() {
			logs.WriteString(sc.Text() + "\n")
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				addr <- m[1]
			}
		}
		io.Copy(io.Discard, stderr)
	}()
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		<-done // read every log line before Wait closes the pipe
		err := cmd.Wait()
		if err != nil {
			t.Errorf("lede serve after SIGTERM: %v; want exit 0\n%s", err, logs)
		}
		if !strings.Contains(logs.String(), "msg=stopped") {
			t.Errorf("lede serve did not log its shutdown:\n%s", logs)
		}
	})
	select {
	case base = <-addr:
		return base, cmd
	case <-time.After(30 * time.Second):
		t.Fatalf("lede serve did not start:\n%s", logs)
	}
	return "", nil
}

// chromium finds Debian's chromium, or $LEDE_CHROMIUM.
func chromium() string {
	if p := os.Getenv("LEDE_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "/usr/bin/chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// highlight is what the test reads back from one highlighted element.
type highlight struct {
	Class string `json:"class"`
	Text  string `json:"text"`
	Tip   string `json:"tip"`
}

// quoteLink is one quote's badge, its quote and the mention it points at.
type quoteLink struct {
	Speaker string `json:"speaker"`
	Quote   string `json:"quote"`
	Target  string `json:"target"`
}

// collect reads the article's highlights and quote links; an element's
// text is read without its tooltip.
const collect = `(() => {
  const txt = e => { const c = e.cloneNode(true); c.querySelectorAll('.tip').forEach(t => t.remove()); return c.textContent; };
  const marks = [...document.querySelectorAll('#article span[tabindex]')].map(e => ({
    class: e.className, text: txt(e), tip: (e.querySelector(':scope > .tip') || {}).textContent || ''}));
  const links = [...document.querySelectorAll('#article a.by')].map(a => {
    const q = document.getElementById(a.dataset.quote), t = document.querySelector(a.getAttribute('href'));
    return {speaker: a.textContent, quote: q ? txt(q) : '', target: t ? txt(t) : ''};
  });
  return {marks, links};
})()`

// TestServeE2EChromium drives the page in headless Chromium: paste the
// seed article, submit, and check the highlights, the quote-to-speaker
// links, a date's value on keyboard focus, and a screenshot. Skipped when
// chromium is not installed (.ci/run installs it) and with -short.
//
//	go test ./cmd/lede -run E2E -v   # logs the screenshot's path
func TestServeE2EChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: no browser")
	}
	exe := chromium()
	if exe == "" {
		t.Skip("chromium not installed (apt-get install chromium; .ci/run does)")
	}
	base, _ := startServe(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	actx, cancelA := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(exe),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 1000),
	)
	defer cancelA()
	bctx, cancelB := chromedp.NewContext(actx)
	defer cancelB()

	err := chromedp.Do(bctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.ID("text")),
		chromedp.SetValue(chromedp.ID("text"), seedText(t)),
		chromedp.SetValue(chromedp.ID("published"), "2021-12-28"),
		chromedp.Click(chromedp.ID("go")),
		chromedp.WaitVisible(chromedp.ID("result")),
	)
	if err != nil {
		t.Fatalf("submit the seed article: %v", err)
	}
	type found struct {
		Marks []highlight `json:"marks"`
		Links []quoteLink `json:"links"`
	}
	got, err := chromedp.Run(bctx, chromedp.Evaluate[found](collect))
	if err != nil {
		t.Fatal(err)
	}
	has := func(class, text, tip string) bool {
		for _, m := range got.Marks {
			if strings.Contains(" "+m.Class+" ", " "+class+" ") && m.Text == text && strings.Contains(m.Tip, tip) {
				return true
			}
		}
		return false
	}
	for _, w := range []highlight{
		{"person", "Sergei Ryabkov", "PERSON"},
		{"money", "$300 million", "300,000,000 USD"},
		{"date", "January 10", "2022-01-10"},
		{"venue", "Geneva", "venue"},
		{"org", "NATO", "ORG"},
		{"place", "Moscow", "GPE"},
	} {
		if !has(w.Class, w.Text, w.Tip) {
			t.Errorf("no %s highlight %q with tooltip %q", w.Class, w.Text, w.Tip)
		}
	}
	linked := false
	for _, l := range got.Links {
		if l.Speaker == "Sergei Ryabkov" && strings.HasPrefix(l.Quote, "January 10 will be the main day") && l.Target != "" {
			linked = true
		}
		if l.Quote == "" || l.Target == "" {
			t.Errorf("quote link %+v points nowhere", l)
		}
	}
	if !linked {
		t.Errorf("no quote \"January 10 will be the main day…\" linked to Sergei Ryabkov; links: %+v", got.Links)
	}

	// Keyboard: a date shows its value on focus, and focusing a speaker
	// badge lights up the mention it points at (the page's script).
	state, err := chromedp.Run(bctx, chromedp.Evaluate[map[string]any](`(() => {
	  const d = document.querySelector('#article .date'); d.focus();
	  const tip = d.querySelector('.tip').getBoundingClientRect();
	  const a = [...document.querySelectorAll('#article a.by')].find(a => a.textContent === 'Sergei Ryabkov'); a.focus();
	  const target = document.querySelector(a.getAttribute('href'));
	  return {tipWidth: tip.width, focused: document.activeElement === a, linked: target.classList.contains('linked')};
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	if w, _ := state["tipWidth"].(float64); w < 20 || state["linked"] != true || state["focused"] != true {
		t.Errorf("keyboard focus: %v; want a visible date tooltip and the speaker lit up", state)
	}
	if err := chromedp.Do(bctx, chromedp.Evaluate[chromedp.Void](`document.activeElement.blur()`)); err != nil {
		t.Fatal(err)
	}

	shot, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if d := os.Getenv("LEDE_SCREENSHOT_DIR"); d != "" {
		dir = d // keep it to look at
	}
	path := filepath.Join(dir, "lede-serve-seed.png")
	if err := os.WriteFile(path, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	if len(shot) < 50<<10 || string(shot[1:4]) != "PNG" {
		t.Errorf("screenshot %s: %d bytes, not a full-page PNG", path, len(shot))
	}
	t.Logf("screenshot: %s (%d bytes)", path, len(shot))

	// A file: the seed's HTML page, chosen in the file field, is reduced to
	// its main text and drawn with its title.
	page, err := filepath.Abs("../../testdata/presstv-us-russia-talks.html")
	if err != nil {
		t.Fatal(err)
	}
	const title = "US, Russia expected to hold talks on Jan 10 over Ukraine"
	err = chromedp.Do(bctx,
		chromedp.Evaluate[chromedp.Void](`document.getElementById('text').value = '', void 0`),
		chromedp.SetUploadFiles(chromedp.ID("file"), []string{page}),
	)
	if err != nil {
		t.Fatalf("choose the seed's HTML file: %v", err)
	}
	loaded := chromedp.Events(bctx, cdppage.LoadEventFired)
	if err := chromedp.Do(bctx, chromedp.Click(chromedp.ID("go"))); err != nil {
		t.Fatal(err)
	}
	for _, err := range loaded {
		if err != nil {
			t.Fatal(err)
		}
		break
	}
	if err := chromedp.Do(bctx, chromedp.Poll[chromedp.Void]("document.getElementById('result-title')?.textContent === "+strconv.Quote(title), chromedp.WithPollingTimeout(20*time.Second))); err != nil {
		t.Fatalf("submit the seed's HTML as a file: %v", err)
	}
	src, err := chromedp.Run(bctx, chromedp.Evaluate[string](`document.querySelector('#result .meta').textContent`))
	if err != nil || !strings.Contains(src, "presstv-us-russia-talks.html") {
		t.Errorf("file result names its source %q (err %v)", src, err)
	}

	// A file dropped on the text box (the page's script puts it in the
	// file field) is submitted too.
	lit, _ := json.Marshal(seedText(t))
	drop := `(() => {
	  const dt = new DataTransfer();
	  dt.items.add(new File([` + string(lit) + `], 'dropped.txt', {type: 'text/plain'}));
	  document.getElementById('drop').dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
	  return document.getElementById('file').files.length === 1 && document.getElementById('text').value === '';
	})()`
	ok, err := chromedp.Run(bctx, chromedp.Evaluate[bool](drop))
	if err != nil || !ok {
		t.Fatalf("drop a file on the text box: ok %v, err %v", ok, err)
	}
	loaded = chromedp.Events(bctx, cdppage.LoadEventFired)
	if err := chromedp.Do(bctx, chromedp.Click(chromedp.ID("go"))); err != nil {
		t.Fatal(err)
	}
	for _, err := range loaded {
		if err != nil {
			t.Fatal(err)
		}
		break
	}
	src, err = chromedp.Run(bctx, chromedp.Evaluate[string](`document.querySelector('#result .meta').textContent + ' ' + document.querySelectorAll('#article .money').length`))
	if err != nil || !strings.Contains(src, "source dropped.txt 1") {
		t.Errorf("dropped file: result %q (err %v), want source dropped.txt and one money span", src, err)
	}
}
