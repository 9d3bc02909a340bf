package pipeline

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestDebugPath(t *testing.T) {
	page, needle := os.Getenv("LEDE_DEBUG_PAGE"), os.Getenv("LEDE_DEBUG_TEXT")
	if page == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(page)
	root, _ := html.Parse(bytes.NewReader(b))
	body := findFirst(root, 0x2)
	_ = body
	walk(root, func(n *html.Node) bool {
		if n.Type == html.TextNode && strings.Contains(n.Data, needle) {
			var chain []string
			for p := n.Parent; p != nil && p.Type == html.ElementNode; p = p.Parent {
				chain = append(chain, fmt.Sprintf("%s[%s] junk=%v drop=%v len=%d", p.Data, classID(p), junkElement(p), dropTags[p.DataAtom], textLen(p)))
			}
			for i := len(chain) - 1; i >= 0; i-- {
				fmt.Println(chain[i])
			}
			return false
		}
		return true
	})
}
