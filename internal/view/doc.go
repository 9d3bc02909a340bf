// Package view renders a lede/v1 Result as one HTML page a person can read:
// the article's text with entities, dates, money, venues and quotes
// highlighted, each quote linked to its speaker, and side tables of people,
// organisations, places, a timeline of dates and quotes by speaker.
//
// Rendering happens here, in Go, with html/template: "lede serve" and
// "lede extract --format html" share it, the page needs no JavaScript to
// show a result (a little script adds file dropping and cross-highlighting),
// and the markup is testable without a browser. The CSS and script are
// embedded and inlined, so a page is one self-contained file that works
// offline.
package view
