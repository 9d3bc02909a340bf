package pipeline

import (
	"bytes"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

// metaOf runs the metadata stage on a page made of head and body.
func metaOf(t *testing.T, head, body string) *Document {
	t.Helper()
	root, err := html.Parse(bytes.NewReader([]byte("<html><head>" + head + "</head><body>" + body + "</body></html>")))
	if err != nil {
		t.Fatal(err)
	}
	d := &Document{}
	extractMetadata(root, d, classCache{})
	return d
}

func TestTitle(t *testing.T) {
	tests := []struct{ name, head, body, want string }{
		{"h1", `<title>Bridge approved | Gazette</title>`, `<h1>Bridge approved</h1>`, "Bridge approved"},
		{"visible h1 beats og:title", `<meta property="og:title" content="Council says yes to bridge plan">`, `<h1>Council approves the new bridge plan</h1>`, "Council approves the new bridge plan"},
		{"logo h1 skipped", `<meta property="og:site_name" content="The Gazette"><meta property="og:title" content="Bridge approved after long debate">`, `<h1>The Gazette</h1><h1>Bridge approved after long debate</h1>`, "Bridge approved after long debate"},
		{"unrelated h1 loses to og:title", `<meta property="og:title" content="Bridge approved after long debate - The Gazette"><meta property="og:site_name" content="The Gazette">`, `<h1>Weather warnings</h1>`, "Bridge approved after long debate"},
		{"empty h1, og:title", `<meta property="og:title" content="Bridge approved – The Gazette"><meta property="og:site_name" content="The Gazette">`, `<h1> </h1>`, "Bridge approved"},
		{"title tag suffix", `<title>Council approves new bridge over the river | Riverside Gazette</title>`, ``, "Council approves new bridge over the river"},
		{"label prefix kept", `<meta property="og:title" content="Column: Why the bridge matters">`, `<h1>Column: Why the bridge matters</h1>`, "Column: Why the bridge matters"},
		{"title tag naming only the site", `<title>Example News</title>`, `<h1>Council approves the new bridge</h1>`, "Council approves the new bridge"},
		{"title tag headline beats an unrelated h1", `<title>Council approves the new bridge over the river | Example News</title>`, `<h1>Weather</h1>`, "Council approves the new bridge over the river"},
		{"entities", `<meta property="og:title" content="Q&amp;A: the bridge">`, ``, "Q&A: the bridge"},
		{"host name as a prefix", `<title>Example.com - Council approves the new bridge</title><meta property="og:url" content="https://www.example.com/news/1">`, ``, "Council approves the new bridge"},
		{"host name as a suffix of a short headline", `<title>Bridge approved | valleycourier</title><link rel="canonical" href="http://valleycourier.com/a">`, ``, "Bridge approved"},
		{"site note in parentheses", `<meta property="og:site_name" content="Valley Courier"><meta property="og:title" content="Council approves the new bridge (from the Valley Courier)">`, ``, "Council approves the new bridge"},
		{"other parentheses kept", `<meta property="og:site_name" content="Valley Courier"><meta property="og:title" content="Simple hiking survival kit (with kids)">`, ``, "Simple hiking survival kit (with kids)"},
		{"site name as a prefix", `<meta property="og:site_name" content="Channel 9 Springfield"><title>Channel 9 Springfield | Council approves the new bridge</title>`, ``, "Council approves the new bridge"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := metaOf(t, tt.head, tt.body).Title; got != tt.want {
				t.Errorf("title = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestAuthors(t *testing.T) {
	tests := []struct {
		name, head, body string
		want             []string
	}{
		{"byline", ``, `<div class="byline">By Jane Doe</div>`, []string{"Jane Doe"}},
		{"all caps, two names", ``, `<div class="byline">By DANICA KIRKA and JILL LAWLESS</div>`, []string{"Danica Kirka", "Jill Lawless"}},
		{"affiliation dropped", ``, `<p class="byline">Robert Burns, AP National Security Writer</p>`, []string{"Robert Burns"}},
		{"affiliation after pipe", ``, `<div class="byline"><a class="byline__author">Amy Kuperinsky | NJ Advance Media for NJ.com</a></div>`, []string{"Amy Kuperinsky"}},
		{"agency only", ``, `<div class="byline">By Associated Press</div>`, nil},
		{"network only", `<meta name="author" content="CBS News">`, ``, nil},
		{"agency in JSON-LD", `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Reuters"}}</script>`, ``, nil},
		{"visible byline beats itemprop", `<meta itemprop="author" content="Kevin Other">`, `<span class="single-header-byline">By <a>David Jeans</a></span>`, []string{"David Jeans"}},
		{"JSON-LD list", `<script type="application/ld+json">[{"@type":"NewsArticle","author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chan"}]}]</script>`, ``, []string{"Ann Lee", "Bo Chan"}},
		{"names glued to a section", ``, `<div class="author">Jonathan GarberFOXBusiness</div>`, []string{"Jonathan Garber"}},
		{"three names, commas", ``, `<p class="content__meta-byline">By Stefan Becket, Kathryn Watson, Grace Segers</p>`, []string{"Stefan Becket", "Kathryn Watson", "Grace Segers"}},
		{"meta author", `<meta name="author" content="Sam Carter">`, ``, []string{"Sam Carter"}},
		{"By line in an article meta line", ``, `<p class="article__meta">By <a href="/staff/a">Matthew Digby</a> , <a href="/staff/b">Minh Do</a> <span>on Monday, November 18th, 2019</span></p>`, []string{"Matthew Digby", "Minh Do"}},
		{"agency with a name-like start", ``, `<div class="byline">by European Space Agency</div>`, nil},
		{"staff byline", `<script type="application/ld+json">{"@type":"NewsArticle","author":"Science X staff"}</script>`, ``, nil},
		{"byline box with the author's other stories", ``, `<div class="byline">By <a>Ryan Reed</a><div>Reporter</div><div>Ryan Reed's Most Recent Stories</div><a>Band Unites With Michael Keys for Anniversary Tour</a></div>`, []string{"Ryan Reed"}},
		{"German byline", ``, `<p class="autor">Von Klaus Becker</p>`, []string{"Klaus Becker"}},
		{"related story's author ignored", ``, `<div class="related-links"><a><div class="related-links-author">Ryan Other</div></a></div><div class="byline">By Associated Press</div>`, nil},
		{"first name that is a month", ``, `<div class="author">Photo by: The Associated Press</div><div class="author">By: April P. Bernard</div>`, []string{"April P. Bernard"}},
		{"month then a date is no name", ``, `<div class="byline">By June Wan | June 5, 2023</div>`, []string{"June Wan"}},
		{"nickname in parentheses", ``, `<span class="byline"><a rel="author">Richard (R.J.) Eskow</a></span>`, []string{"Richard (R.J.) Eskow"}},
		{"teaser bylines before the headline", ``, `<ul><li><a>Other story</a><span class="byline">Joanna Other</span></li></ul><h1>Bridge approved</h1><span class="byline">Sam Carter</span><ul><li><span class="byline">Later Teaser</span></li></ul>`, []string{"Sam Carter"}},
		{"byline before the headline when none after", ``, `<span class="byline">By Sam Carter</span><h1>Bridge approved</h1>`, []string{"Sam Carter"}},
		{"By on its own line", ``, `<div class="x"><p>
			By
			<a href="/author/jv">Jessica Vince</a> - 29 December 2014</p></div>`, []string{"Jessica Vince"}},
		{"dateline with a weekday after the name", ``, `<div class="byline">By Fergus Jensen<br>JAKARTA Tue Dec 30, 2014 9:21am IST</div>`, []string{"Fergus Jensen"}},
		{"weekday-named surname", ``, `<div class="byline">By Sun Yang</div>`, []string{"Sun Yang"}},
		{"By glued to the name", ``, `<div class="byline">ByMalcolm Harris | January 14, 2015</div>`, []string{"Malcolm Harris"}},
		{"comment count glued to the name", ``, `<div class="byline">By Jens Manuel Krogstad and Jeffrey S. Passel24 comments</div>`, []string{"Jens Manuel Krogstad", "Jeffrey S. Passel"}},
		{"full weekday after the name", ``, `<div class="author">Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC</div>`, []string{"Joe Wee"}},
		{"interface words after the name", ``, `<div class="byline">Ben Walsh Become a fan</div>`, []string{"Ben Walsh"}},
		{"the site's own name is no author", `<meta property="og:site_name" content="LiveScience.com">`, `<div class="byline">By Stephanie Pappas, Live Science</div>`, []string{"Stephanie Pappas"}},
		{"a personal site's name as sole author stays", `<meta property="og:site_name" content="Haki Benita">`, `<div class="byline">By Haki Benita</div>`, []string{"Haki Benita"}},
		{"standfirst after the byline", ``, `<div class="byline"><div>Features</div><div>By Tom Francis</div> published <time>9 August 2012</time><p>Playing Skyrim with no armour, weapons, or punching.</p></div>`, []string{"Tom Francis"}},
		{"author label", ``, `<div class="author">Author: Julia Hitz (eg)</div>`, []string{"Julia Hitz"}},
		{"photo credit is no byline", ``, `<div class="img__author">Photograph by Ed Marshall, Redonda Restoration Programme</div>`, nil},
		{"letters desk is no author", ``, `<div class="byline">By Letters To The Editor</div>`, nil},
		{"URL author ignored", `<meta name="article:author" content="https://facebook.com/someone">`, ``, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, metaOf(t, tt.head, tt.body).Authors); diff != "" {
				t.Errorf("authors (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPublished(t *testing.T) {
	tests := []struct{ name, head, body, want string }{
		{"local offset kept", `<meta property="article:published_time" content="2019-11-18T23:04:00-05:00">`, ``, "2019-11-18T23:04:00-05:00"},
		{"UTC rolled over, visible date wins", `<meta property="article:published_time" content="2019-11-19T04:50:22+00:00">`, `<div class="date">November 18, 2019</div>`, "2019-11-18"},
		{"UTC rolled over, URL date wins", `<link rel="canonical" href="https://x.example/2019/11/18/story"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-11-19T04:58:46Z"}</script>`, ``, "2019-11-18"},
		{"UTC same day as visible", `<meta property="article:published_time" content="2019-11-19T10:00:00Z">`, `<time>Nov. 19, 2019</time>`, "2019-11-19T10:00:00Z"},
		{"zone-less local metadata", `<meta property="article:published_time" content="2019-11-20T01:53:14Z"><meta name="article_date_original" content="Tuesday, November 19, 2019, 08:53 PM">`, ``, "2019-11-19"},
		{"visible date only", ``, `<span class="timestamp">Posted 2 May 2022</span>`, "2022-05-02"},
		{"JSON-LD text date", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"19 Nov 2019 07:09 GMT"}</script>`, ``, "2019-11-19"},
		{"slashed date", `<meta name="sn-post-date" content="2019/11/19">`, ``, "2019-11-19"},
		{"time element", ``, `<time datetime="2021-08-09">9 August</time>`, "2021-08-09"},
		{"byline date beats a quoted claim's date", ``, `<p class="statement__meta">— A senator on Sunday, October 13th, 2019 in a newspaper</p><p class="article__meta">By Jane Doe on Monday, November 18th, 2019 at 11:08 a.m.</p>`, "2019-11-18"},
		{"date-named element beats meta line", ``, `<p class="article-info">Filed Oct. 2, 2019</p><span class="pubdate">Oct. 3, 2019</span>`, "2019-10-03"},
		{"German date after a cue", ``, `<span class="about__block">publiziert am 25. September 2018</span>`, "2018-09-25"},
		{"Portuguese date", ``, `<span class="entry-date">sexta-feira, 22 de outubro de 2010 às 20:13</span>`, "2010-10-22"},
		{"written-by line with date", ``, `<div class="x1">Written by <a href="/t">Rachael Link, MS, RD</a> on November 14, 2019</div>`, "2019-11-14"},
		{"WebPage JSON-LD date", `<script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2018-04-18T14:39:09+02:00"}]}</script>`, ``, "2018-04-18T14:39:09+02:00"},
		{"US short date with a 12-hour clock", ``, `<span class="publish-time">3/09/15 8:00am</span>`, "2015-03-09"},
		{"day-first short date is not read month-first", ``, `<span class="timestamp">12/09/24 14:35</span>`, ""},
		{"updated stamp by itemprop", `<meta name="publish_date" content="05/08/2014 07:01:00">`, `<time datetime="2016-09-14T07:07:00-04:00" itemprop="dateModified">Last updated September 14, 2016</time>`, "2014-05-08"},
		{"updated label before time", ``, `<span>Posted: <time datetime="2015-01-14T12:29:23-05:00">01/14/2015</time></span> <span>Updated: <time datetime="2015-01-15T12:59:01-05:00">01/15/2015</time></span>`, "2015-01-14T12:29:23-05:00"},
		{"updated time first", ``, `<p>Updated <time datetime="2018-07-24T18:15:58-04:00">Jul 24, 2018</time></p><p><time datetime="2018-07-20T10:00:00-04:00">Jul 20, 2018</time></p>`, "2018-07-20T10:00:00-04:00"},
		{"hAtom abbr published", ``, `<p class="entry-posted">on <abbr class="published" title="2015-03-10T08:05:41-07:00">March 10</abbr></p>`, "2015-03-10T08:05:41-07:00"},
		{"Blogger abbr with only a time shown", ``, `<span class="post-timestamp"><abbr class="published" itemprop="url" title="2016-12-06T12:06:00-08:00">12:06 PM</abbr></span>`, "2016-12-06T12:06:00-08:00"},
		{"comment dates are not the article's", ``, `<div class="hentry"><p>Story</p></div><ol class="comment-list"><li class="comment hentry"><time class="published" datetime="2020-12-24">December 24, 2020</time></li></ol>`, ""},
		{"comment time skipped, article date kept", ``, `<div id="comments"><time datetime="2020-12-24T10:00:00-05:00">Dec 24</time></div><span class="date">December 18, 2020</span>`, "2020-12-18"},
		{"a comment feature flag on an ancestor is no thread", ``, `<div class="page f_comment_nofollow_on"><time datetime="2013-09-11T10:00:00-04:00">9/11/13</time></div>`, "2013-09-11T10:00:00-04:00"},
		{"parsely-page JSON", `<meta name='parsely-page' content='{"title": "Bridge", "pub_date": "2014-12-30T01:30:41Z", "type": "post"}'>`, ``, "2014-12-30T01:30:41Z"},
		{"parsely-page loses to a policy-free page date", `<meta property="article:published_time" content="2014-12-29T13:22:00-05:00"><meta name='parsely-page' content='{"pub_date": "2014-12-29T18:22:00Z"}'>`, ``, "2014-12-29T13:22:00-05:00"},
		{"By on its own line, date after the name", ``, `<div class="x"><p>
			By
			<a href="/author/jv">Jessica Vince</a>
			- 29 December 2014
		</p></div>`, "2014-12-29"},
		{"date after the name in an author element", ``, `<div class="author">Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC</div>`, "2016-02-29"},
		{"updated line loses to the URL date", `<link rel="canonical" href="https://x.example/2014/07/30/story">`, `<div class="author">Last Updated: January 7, 2015</div>`, "2014-07-30"},
		{"updated line as the last resort", ``, `<p class="date">Updated August 02, 2014.</p>`, "2014-08-02"},
		{"day-first dotted date", ``, `<span class="date">19.01.2020</span>`, "2020-01-19"},
		{"masthead date above the headline loses", ``, `<div class="top"><span class="date">Friday, January 20th 2023</span></div><h1>Letters: Coddling criminals</h1><p class="time">PUBLISHED: January 16, 2023 at 4:30 p.m.</p>`, "2023-01-16"},
		{"dateline above the headline kept when none follows", ``, `<span class="dateline">Sunday, Feb 1, 2015 11:57 AM UTC</span><h1>The sharing economy is a lie</h1>`, "2015-02-01"},
		{"nothing", ``, `<p>No date here.</p>`, ""},
		{"bad date ignored", `<meta property="article:published_time" content="2019-13-45">`, ``, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := metaOf(t, tt.head, tt.body)
			if got := formatPublished(d.Published, d.HasTime); got != tt.want {
				t.Errorf("published = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSiteAndCanonical(t *testing.T) {
	d := metaOf(t, `<meta property="og:url" content="https://news.example.com/a/b"><link rel="canonical" href="/story/1"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Example News"}}</script>`, ``)
	if diff := cmp.Diff([]string{"Example News", "https://news.example.com/story/1"}, []string{d.Site, d.Canonical}); diff != "" {
		t.Errorf("site, canonical (-want +got):\n%s", diff)
	}
	d.applyPageURL("https://other.example/x")
	if d.Canonical != "https://news.example.com/story/1" {
		t.Errorf("absolute canonical changed to %q", d.Canonical)
	}
	d = &Document{Canonical: "/2020/01/02/story"}
	d.applyPageURL("https://news.example.com/feed/item")
	if got, want := d.Canonical, "https://news.example.com/2020/01/02/story"; got != want {
		t.Errorf("canonical = %q, want %q", got, want)
	}
	if got := d.Published.Format(time.DateOnly); got != "2020-01-02" {
		t.Errorf("published from URL = %q, want 2020-01-02", got)
	}
}
