package main

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestServeLoad is a short load test of "lede serve" on loopback: the seed
// article POSTed as text/plain by 1, 2, --max-inflight (4) and twice that
// many clients, each level bounded to 1000 requests or 5 seconds. It prints
// throughput, p50/p99 latency, 429s and the server's RSS after each level
// (README "Load test"). Opt in:
//
//	LEDE_LOADTEST=1 go test ./cmd/lede -run ServeLoad -v
func TestServeLoad(t *testing.T) {
	if os.Getenv("LEDE_LOADTEST") == "" {
		t.Skip("set LEDE_LOADTEST=1 to run the load test")
	}
	const limit = 4
	base, cmd := startServe(t, "--max-inflight", strconv.Itoa(limit))
	body := []byte(seedText(t))
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 2 * limit}, Timeout: 30 * time.Second}
	post := func() (int, time.Duration, error) {
		start := time.Now()
		resp, err := client.Post(base+"/v1/extract?published=2021-12-28", "text/plain; charset=utf-8", bytes.NewReader(body))
		if err != nil {
			return 0, 0, err
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp.StatusCode, time.Since(start), nil
	}
	for range 20 { // warm up: models paged in, connections open
		if _, _, err := post(); err != nil {
			t.Fatal(err)
		}
	}
	rss0 := rssKiB(cmd.Process.Pid)
	t.Logf("RSS after warm-up: %d MiB", rss0>>10)
	fmt.Printf("| clients | requests | req/s | p50 ms | p99 ms | 429s | RSS MiB |\n| --- | --- | --- | --- | --- | --- | --- |\n")
	var rssLast int
	for _, clients := range []int{1, 2, limit, 2 * limit} {
		const maxReq, maxTime = 1000, 5 * time.Second
		var (
			mu       sync.Mutex
			lat      []time.Duration
			rejected int
			n        int
			wg       sync.WaitGroup
		)
		start := time.Now()
		for range clients {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					mu.Lock()
					if n >= maxReq || time.Since(start) > maxTime {
						mu.Unlock()
						return
					}
					n++
					mu.Unlock()
					code, d, err := post()
					mu.Lock()
					switch {
					case err != nil:
						t.Error(err)
					case code == http.StatusOK:
						lat = append(lat, d)
					case code == http.StatusTooManyRequests:
						rejected++
					default:
						t.Errorf("status %d", code)
					}
					mu.Unlock()
					if code == http.StatusTooManyRequests {
						time.Sleep(5 * time.Millisecond) // a client that honours Retry-After would wait longer
					}
				}
			}()
		}
		wg.Wait()
		elapsed := time.Since(start)
		slices.Sort(lat)
		rssLast = rssKiB(cmd.Process.Pid)
		row := fmt.Sprintf("| %d | %d | %.0f | %.1f | %.1f | %d | %d |", clients, len(lat),
			float64(len(lat))/elapsed.Seconds(), ms(pct(lat, 50)), ms(pct(lat, 99)), rejected, rssLast>>10)
		fmt.Println(row)
		t.Log(row)
		if clients <= limit && rejected > 0 {
			t.Errorf("%d clients within --max-inflight %d got %d 429s", clients, limit, rejected)
		}
	}
	if rssLast-rss0 > 100<<10 {
		t.Errorf("RSS grew from %d to %d MiB under load: want flat", rss0>>10, rssLast>>10)
	}
}

func pct(d []time.Duration, p int) time.Duration {
	if len(d) == 0 {
		return 0
	}
	return d[min(len(d)-1, (len(d)*p+99)/100-1)]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// rssKiB reads a process's resident set size from /proc (0 elsewhere).
func rssKiB(pid int) int {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			n, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			return n
		}
	}
	return 0
}
