#!/usr/bin/env python3
"""Writes the extraction corpus: pages modelled on the structures real sites use, each holding one
article of articles.py inside its site's chrome (menus, sidebars, bylines, share bars, comments,
related-post teasers, cookie and newsletter banners, hidden dialogs).

    python3 extract/src/test/corpus/generate.py    # rewrites extract/src/test/resources/corpus/

Deterministic: the same script writes the same files. Every page's expectation is in expected.tsv
(page, article, title); every article's text, as a reader would copy it from the page, is in
articles/<id>.txt (code blocks left out: the extractor gives them a placeholder).
"""
import html
import os
import random
import re

from articles import EN, ZH

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "corpus")
ALL = EN + ZH


def esc(text):
    return html.escape(text, quote=True)


def inline(text, org_link=False):
    """[words](url) links, *emphasis*, `code`; with org_link the first link is styled as an entity link."""
    out = esc(text)
    first = [True]

    def link(match):
        cls = ' class="meta-org"' if org_link and first[0] else ""
        first[0] = False
        return f'<a href="{match.group(2)}"{cls}>{match.group(1)}</a>'

    out = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", link, out)
    out = re.sub(r"\*([^*]+)\*", r"<em>\1</em>", out)
    out = re.sub(r"`([^`]+)`", r"<code>\1</code>", out)
    return out


def plain(text):
    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1", text)
    return text.replace("*", "").replace("`", "")


def expected_text(article):
    parts = []
    for block in article["blocks"]:
        kind = block[0]
        if kind in ("p", "h2", "quote"):
            parts.append(plain(block[1]))
        elif kind == "ul":
            parts.extend(plain(item) for item in block[1])
    return "\n\n".join(parts)


def body(article, style):
    """The article's blocks as a site of this style writes them."""
    out = []
    org = style.get("org_link", False)
    for index, block in enumerate(article["blocks"]):
        kind = block[0]
        if kind == "p":
            out.append(f"<p>{inline(block[1], org)}</p>")
            org = False
        elif kind == "h2":
            anchor = re.sub(r"\W+", "-", block[1].lower()).strip("-") or f"s{index}"
            if style.get("permalinks") == "pilcrow":
                out.append(f'<h2 id="{anchor}">{esc(block[1])}<a class="headerlink" href="#{anchor}" title="Permanent link">¶</a></h2>')
            elif style.get("permalinks") == "hash":
                out.append(f'<h2 class="anchor" id="{anchor}">{esc(block[1])}<a href="#{anchor}" class="hash-link" aria-label="Direct link">&#8203;</a></h2>')
            elif style.get("permalinks") == "edit":
                out.append(f'<h2><span class="mw-headline" id="{anchor}">{esc(block[1])}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/edit?section={index}">edit</a><span class="mw-editsection-bracket">]</span></span></h2>')
            else:
                out.append(f"<h2>{esc(block[1])}</h2>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline(item)}</li>" for item in block[1]) + "</ul>")
        elif kind == "quote":
            out.append(f"<blockquote><p>{inline(block[1])}</p></blockquote>")
        elif kind == "code":
            language, source = block[1], block[2]
            if style.get("code") == "pygments":
                lines = "\n".join(f'<span class="n">{esc(line)}</span>' for line in source.split("\n"))
                out.append(f'<div class="highlight-{language} notranslate"><div class="highlight"><pre><span></span>{lines}</pre></div></div>')
            elif style.get("code") == "table":
                numbers = "\n".join(str(i + 1) for i in range(source.count("\n") + 1))
                out.append(f'<figure class="highlight {language}"><table><tr><td class="gutter"><pre>{numbers}</pre></td><td class="code"><pre>{esc(source)}</pre></td></tr></table></figure>')
            else:
                out.append(f'<pre><code class="language-{language}">{esc(source)}</code></pre>')
        if style.get("ads") and kind == "p" and index in (1, 3):
            out.append('<div class="ad-slot"><span class="ad-label">Advertisement</span><div id="ad-%d"></div></div>' % index)
        if style.get("inline_related") and kind == "p" and index == 2:
            other = style["inline_related"]
            out.append(f'<p class="related-inline"><strong>Read more:</strong> <a href="/{other["id"]}">{esc(other["title"])}</a></p>')
    return "\n".join(out)


def teasers(rng, article, count, zh=False):
    pool = [a for a in (ZH if zh else EN) if a["id"] != article["id"]]
    picked = rng.sample(pool, min(count, len(pool)))
    items = []
    for other in picked:
        first = plain(other["blocks"][0][1])
        first = first.split("。")[0] + "。" if zh else first.split(". ")[0] + "."
        items.append((other, first))
    return items


def cookie_banner(zh=False):
    if zh:
        return '<div class="cookie-consent" role="dialog"><p>本网站使用 Cookie 来改善您的浏览体验。继续浏览即表示您同意我们的隐私政策。</p><button>同意</button></div>'
    return '<div id="cookie-notice" class="cookie-banner"><p>This website uses cookies to improve your experience and to measure how our pages are used. By continuing to browse you agree to our use of cookies.</p><button>Accept</button><a href="/privacy">Privacy policy</a></div>'


def hidden_dialog(zh=False):
    text = ("订阅我们的每周精选，第一时间获取最新的深度报道和独家分析。" if zh else
            "Subscribe to our weekly digest and get the best long reads delivered to your inbox every Friday morning.")
    return f'<div class="modal" style="display:none" aria-hidden="true"><p>{text}</p><input type="email"><button>Sign up</button></div><div hidden><p>{text}</p></div>'


def chat_widget():
    return '<div class="chat-launcher"><p>Chat with us in Messenger. We usually reply within a few minutes during business hours.</p></div>'


def page(title, head_extra, body_html, lang="en"):
    return f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{esc(title)}</title>\n{head_extra}\n</head>\n<body>\n{body_html}\n</body>\n</html>\n'


def menu(items, cls="menu"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="/{re.sub(r"[^a-z]", "", i.lower()) or "x"}">{esc(i)}</a></li>' for i in items) + "</ul>"


NEWS_MENU = ["Home", "World", "Politics", "Business", "Tech", "Science", "Health", "Sports", "Culture", "Opinion", "Video"]
BLOG_MENU = ["Home", "Archive", "Tags", "About", "RSS"]
ZH_MENU = ["首页", "新闻", "体育", "财经", "科技", "娱乐", "汽车", "房产", "教育", "健康", "旅游"]


def wordpress(a, rng):
    site = "Field Notes"
    rel = teasers(rng, a, 3)
    comments = "".join(f'<li class="comment"><div class="comment-author">Reader {i}</div><div class="comment-content"><p>{esc(t)} I tried this myself last month and it worked better than I expected.</p></div></li>' for i, (o, t) in enumerate(rel[:2]))
    html_ = f'''<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><h1 class="site-title"><a href="/">{site}</a></h1><p class="site-description">Notes on making things, slowly.</p>
<nav id="site-navigation" class="main-navigation">{menu(BLOG_MENU)}</nav></header>
{cookie_banner() if rng.random() < 0.5 else ""}
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{rng.randint(100, 999)}" class="post type-post status-publish format-standard hentry">
<header class="entry-header"><h1 class="entry-title">{esc(a["title"])}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published">March {rng.randint(1, 28)}, 2026</time></span> <span class="byline">by <span class="author vcard"><a href="/author/sam">Sam Okafor</a></span></span></div></header>
<div class="entry-content">
{body(a, {})}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>{menu(["Twitter", "Facebook", "Email"], "share")}</div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/c">Notes</a></span> <span class="tags-links">Tagged <a href="/t1">how-to</a>, <a href="/t2">basics</a></span></footer>
</article>
<div class="author-bio"><h2>About Sam Okafor</h2><p>Sam writes about the craft of building things that last, from software to sourdough, and has kept this blog since 2011.</p></div>
<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on “{esc(a["title"])}”</h2><ol class="comment-list">{comments}</ol>
<div id="respond"><h3>Leave a Reply</h3><form><textarea></textarea><button>Post Comment</button></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>{menu([o["title"] for o, _ in rel])}</section>
<section class="widget widget_text"><h2 class="widget-title">About this blog</h2><div class="textwidget"><p>Field Notes is a small independent blog about careful work. New posts appear every other week, and every one of them is written by hand.</p></div></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">© 2026 {site}. Proudly powered by WordPress.</div></footer></div>'''
    return page(f"{a['title']} – {site}", '<meta property="og:site_name" content="Field Notes">', html_), a["title"]


def ghost(a, rng):
    rel = teasers(rng, a, 3)
    cards = "".join(f'<article class="post-card"><a class="post-card-content-link" href="/{o["id"]}/"><header class="post-card-header"><h2 class="post-card-title">{esc(o["title"])}</h2></header><div class="post-card-excerpt"><p>{esc(t)}</p></div></a></article>' for o, t in rel)
    html_ = f'''<div class="viewport"><header id="gh-head" class="gh-head"><div class="gh-head-inner"><a class="gh-head-logo" href="/">The Long Form</a><nav class="gh-head-menu">{menu(BLOG_MENU, "nav")}</nav><div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main">
<article class="article post">
<header class="article-header gh-canvas"><section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/essays/">Essays</a></span></section>
<h1 class="article-title">{esc(a["title"])}</h1>
<div class="article-byline"><section class="article-byline-content"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/lin/">Lin Mei</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-02-11">Feb 11, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 4 min read</span></div></div></section></div></header>
<section class="gh-content gh-canvas">
{body(a, {})}
</section>
<section class="article-comments gh-canvas"><div class="gh-cta"><h2 class="gh-cta-title">This post is for subscribers</h2><p>Sign up now to read the rest of our archive and to join the discussion below each essay.</p><a href="#/portal/signup">Subscribe</a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h2>Read more</h2>{cards}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">The Long Form</a> © 2026</section><nav class="site-footer-nav">{menu(["Sign up", "Privacy"])}</nav><div class="gh-powered-by"><a href="https://ghost.org/">Powered by Ghost</a></div></div></footer></div>'''
    return page(a["title"], '<meta property="og:title" content="%s">' % esc(a["title"]), html_), a["title"]


def medium(a, rng):
    def h():
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(2))
    paragraphs = []
    for block in a["blocks"]:
        if block[0] == "p":
            paragraphs.append(f'<p class="pw-post-body-paragraph {h()} {h()} {h()}" data-selectable-paragraph="">{inline(block[1])}</p>')
        elif block[0] == "h2":
            paragraphs.append(f'<h2 class="pw-post-body-paragraph {h()} {h()}">{esc(block[1])}</h2>')
        elif block[0] == "ul":
            paragraphs.append('<ul class="%s">' % h() + "".join(f'<li class="{h()}" data-selectable-paragraph="">{inline(i)}</li>' for i in block[1]) + "</ul>")
        elif block[0] == "quote":
            paragraphs.append(f'<blockquote class="{h()}"><p class="{h()}">{inline(block[1])}</p></blockquote>')
        elif block[0] == "code":
            paragraphs.append(f'<pre class="{h()} {h()}"><span class="{h()}">{esc(block[2])}</span></pre>')
    rel = teasers(rng, a, 2)
    html_ = f'''<div id="root"><div class="a b c"><div class="{h()} {h()}"><div class="{h()}"><a href="/">Medium</a><div class="{h()}"><a href="/m/signin">Sign in</a><a href="/m/signup">Get started</a></div></div></div>
<div class="{h()}"><article><div class="{h()}"><div class="{h()} {h()}"><div class="{h()}"><span class="{h()}">Member-only story</span></div>
<h1 class="pw-post-title {h()} {h()}" data-testid="storyTitle">{esc(a["title"])}</h1>
<div class="{h()} {h()}"><div class="{h()}"><a href="/@dana" rel="noopener">Dana Whitfield</a></div><div class="{h()}"><button class="{h()}">Follow</button></div><div class="{h()}"><span data-testid="storyReadTime">6 min read</span><span>·</span><span data-testid="storyPublishDate">Jan 9, 2026</span></div></div>
<div class="{h()}"><div class="{h()}"><button aria-label="clap"><span>1.2K</span></button><button aria-label="responses"><span>31</span></button></div><div class="{h()}"><button aria-label="Listen">Listen</button><button aria-label="Share">Share</button></div></div>
{"".join(paragraphs)}
</div></div></article>
<div class="{h()}"><div class="{h()}"><h2 class="{h()}">Written by Dana Whitfield</h2><p class="{h()}">Engineer and occasional writer. I explain the ideas I wish someone had explained to me when I started out.</p></div>
<div class="{h()}"><h2>More from Dana Whitfield</h2>{"".join(f'<div class="{h()}"><a href="/{o["id"]}"><h2>{esc(o["title"])}</h2><p>{esc(t)}</p></a></div>' for o, t in rel)}</div></div>
<div class="{h()}"><a href="/about">About</a><a href="/help">Help</a><a href="/terms">Terms</a><a href="/privacy">Privacy</a></div></div></div></div>'''
    return page(f"{a['title']} | by Dana Whitfield | Medium", '<meta property="og:title" content="%s">' % esc(a["title"]), html_), a["title"]


def substack(a, rng):
    blocks = body(a, {}).split("\n")
    middle = len(blocks) // 2
    widget = '<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading Slow Signals! Subscribe for free to receive new posts and support my work.</p></div><form class="subscription-widget-subscribe"><input type="email" placeholder="Type your email…"><input type="submit" value="Subscribe"></form></div></div>'
    blocks.insert(middle, widget)
    html_ = f'''<div id="entry"><div class="main-menu"><div class="topbar"><a class="navbar-title-link" href="/">Slow Signals</a><div class="navbar-buttons"><button>Subscribe</button><button>Sign in</button></div></div></div>
<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">{esc(a["title"])}</h1><h3 class="subtitle">A short note from the workshop</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="/profile/ines">Inês Carvalho</a></div><div class="post-date">Jan 21, 2026</div></div>
<div class="post-ufi"><a class="like-button" href="#">142</a><a class="comment-button" href="#comments">18</a><a class="share-button" href="#">Share</a></div></div>
<div class="available-content"><div dir="auto" class="body markup">
{chr(10).join(blocks)}
</div></div>
<div class="post-footer"><div class="post-ufi"><a class="like-button" href="#">142</a><a href="#">Share</a></div></div>
</article></div>
<div class="comments-section" id="comments"><h4>Discussion about this post</h4><div class="comment"><div class="comment-body"><p>This is exactly the explanation I needed, thank you for writing it so clearly and without jargon.</p></div></div></div>
</div></div>
<div class="footer-wrap"><div class="footer">© 2026 Inês Carvalho · <a href="/privacy">Privacy</a> · <a href="/tos">Terms</a> · <a href="/collection">Collection notice</a></div></div></div>'''
    return page(f"{a['title']} - by Inês Carvalho - Slow Signals", "", html_), a["title"]


def news(a, rng):
    rel = teasers(rng, a, 5)
    inline_rel = rel[0][0]
    style = {"ads": True, "org_link": True, "inline_related": inline_rel}
    html_ = f'''<a class="skip-to-content" href="#main-content">Skip to content</a>
{cookie_banner() if rng.random() < 0.7 else ""}
<div class="i-nav_drawer_slide"><header class="site-header"><div class="masthead"><a class="logo" href="/">The Daily Ledger</a><button class="menu-toggle">Menu</button></div>
<nav class="primary-nav">{menu(NEWS_MENU)}</nav><div class="ticker"><span>Breaking:</span> <a href="/live">Live updates from the budget hearing</a></div></header>
<main id="main-content"><div class="article-wrapper" id="share-btns-container">
<div class="breadcrumbs"><a href="/">Home</a> › <a href="/local">Local</a></div>
<h1 class="headline">{esc(a["title"])}</h1>
<div class="byline-block"><span class="byline">By Priya Raman</span> <span class="dateline">Updated {rng.randint(1, 11)}:{rng.randint(10, 59)} PM, March 3, 2026</span></div>
<div class="share-tools"><a href="#">Facebook</a><a href="#">X</a><a href="#">Email</a><a href="#">Print</a></div>
<figure class="lead-photo"><img src="/photo.jpg" alt="Street scene"><figcaption>The street on Tuesday morning. Photo: Staff</figcaption></figure>
<div class="article-body">
{body(a, style)}
</div>
<div class="newsletter-signup"><h3>Get the morning briefing</h3><p>The stories that matter in the city, in your inbox before breakfast every weekday.</p><form><input type="email"><button>Sign up</button></form></div>
</div>
<aside class="most-read"><h2>Most read</h2><ol>{"".join(f'<li><a href="/{o["id"]}">{esc(o["title"])}</a><p>{esc(t)}</p></li>' for o, t in rel[1:])}</ol></aside>
</main>
<footer class="site-footer">{menu(["About us", "Contact", "Careers", "Advertise", "Terms of use", "Privacy"])}<p>© 2026 The Daily Ledger. All rights reserved.</p></footer></div>
{hidden_dialog() if rng.random() < 0.6 else ""}
{chat_widget() if rng.random() < 0.3 else ""}'''
    return page(f"{a['title']} | The Daily Ledger", '<meta property="og:site_name" content="The Daily Ledger">', html_), a["title"]


def sphinx(a, rng):
    html_ = f'''<div class="wy-grid-for-nav"><nav data-toggle="wy-nav-shift" class="wy-nav-side"><div class="wy-side-scroll"><div class="wy-side-nav-search"><a href="index.html" class="icon icon-home">Fieldkit</a><div class="version">1.4</div><div role="search"><form id="rtd-search-form" class="wy-form"><input type="text" name="q" placeholder="Search docs"></form></div></div>
<div class="wy-menu wy-menu-vertical" role="navigation" aria-label="Navigation menu"><p class="caption"><span class="caption-text">Guides</span></p>{menu(["Installation", "Quickstart", "Configuration", "Deployment", "FAQ"])}</div></div></nav>
<section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" aria-label="Mobile navigation menu"><a href="index.html">Fieldkit</a></nav>
<div class="wy-nav-content"><div class="rst-content"><div role="navigation" aria-label="Page navigation"><ul class="wy-breadcrumbs"><li><a href="index.html">Home</a> »</li><li>{esc(a["title"])}</li><li class="wy-breadcrumbs-aside"><a href="_sources/page.rst.txt">View page source</a></li></ul><hr></div>
<div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article"><div itemprop="articleBody">
<section id="top"><h1>{esc(a["title"])}<a class="headerlink" href="#top" title="Permalink to this heading">¶</a></h1>
{body(a, {"permalinks": "pilcrow", "code": "pygments"})}
</section></div></div>
<footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer"><a href="prev.html" class="btn btn-neutral float-left">Previous</a><a href="next.html" class="btn btn-neutral float-right">Next</a></div><hr><div role="contentinfo"><p>© Copyright 2026, The Fieldkit authors.</p></div>Built with <a href="https://www.sphinx-doc.org/">Sphinx</a> using a theme provided by Read the Docs.</footer>
</div></div></section></div>'''
    return page(f"{a['title']} — Fieldkit 1.4 documentation", "", html_), a["title"]


def mkdocs(a, rng):
    toc = "".join(f'<li class="md-nav__item"><a href="#s{i}" class="md-nav__link">{esc(b[1])}</a></li>' for i, b in enumerate(a["blocks"]) if b[0] == "h2")
    html_ = f'''<header class="md-header" data-md-component="header"><nav class="md-header__inner md-grid" aria-label="Header"><a href="." class="md-header__button md-logo">Handbook</a><div class="md-header__title"><span class="md-ellipsis">Handbook</span></div><div class="md-search" data-md-component="search" role="dialog"><input class="md-search__input" placeholder="Search"></div></nav></header>
<div class="md-container" data-md-component="container"><main class="md-main" data-md-component="main"><div class="md-main__inner md-grid">
<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation"><div class="md-sidebar__scrollwrap"><nav class="md-nav md-nav--primary" aria-label="Navigation">{menu(["Introduction", "Setup", "Guides", "Reference", "Changelog"], "md-nav__list")}</nav></div></div>
<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc"><nav class="md-nav md-nav--secondary" aria-label="Table of contents"><label class="md-nav__title">Table of contents</label><ul class="md-nav__list">{toc}</ul></nav></div>
<div class="md-content" data-md-component="content"><article class="md-content__inner md-typeset">
<a href="https://example.org/edit/page.md" title="Edit this page" class="md-content__button md-icon">Edit</a>
<h1 id="title">{esc(a["title"])}<a class="headerlink" href="#title" title="Permanent link">¶</a></h1>
{body(a, {"permalinks": "pilcrow"})}
<aside class="md-source-file"><span class="md-source-file__fact">Last update: January 4, 2026</span></aside>
</article></div></div></main>
<footer class="md-footer"><nav class="md-footer__inner md-grid" aria-label="Footer"><a href="prev/" class="md-footer__link md-footer__link--prev"><span class="md-footer__direction">Previous</span> Setup</a><a href="next/" class="md-footer__link md-footer__link--next"><span class="md-footer__direction">Next</span> Reference</a></nav><div class="md-footer-meta md-typeset"><div class="md-copyright">Made with <a href="https://squidfunk.github.io/mkdocs-material/">Material for MkDocs</a></div></div></footer></div>'''
    return page(f"{a['title']} - Handbook", "", html_), a["title"]


def docusaurus(a, rng):
    html_ = f'''<div id="__docusaurus"><div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Skip to main content</a></div>
<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><a class="navbar__brand" href="/"><b class="navbar__title text--truncate">Orbit</b></a><a class="navbar__item navbar__link" href="/docs/intro">Docs</a><a class="navbar__item navbar__link" href="/blog">Blog</a></div><div class="navbar__items navbar__items--right"><a href="https://example.org/orbit" class="navbar__item navbar__link">GitHub</a></div></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><div class="docRoot_UBD9">
<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><div class="sidebarViewport_aRkj"><div class="sidebar_njMd"><nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG">{menu(["Introduction", "Tutorial", "Concepts", "API", "Troubleshooting"], "theme-doc-sidebar-menu menu__list")}</nav></div></div></aside>
<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn"><div class="docItemContainer_Djhp"><article>
<nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs"><ul class="breadcrumbs"><li class="breadcrumbs__item"><a class="breadcrumbs__link" href="/">Home</a></li><li class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link">Concepts</span></li></ul></nav>
<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button" class="clean-btn tocCollapsibleButton_TO0P">On this page</button></div>
<div class="theme-doc-markdown markdown"><header><h1>{esc(a["title"])}</h1></header>
{body(a, {"permalinks": "hash"})}
</div>
<footer class="theme-doc-footer docusaurus-mt-lg"><div class="row margin-top--sm theme-doc-footer-edit-meta-row"><div class="col"><a href="https://example.org/edit" class="theme-edit-this-page">Edit this page</a></div><div class="col lastUpdated_JAkA"><span class="theme-last-updated">Last updated on <b><time>Jan 2, 2026</time></b></span></div></div></footer>
</article><nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev" href="/docs/a"><div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">Tutorial</div></a><a class="pagination-nav__link pagination-nav__link--next" href="/docs/b"><div class="pagination-nav__sublabel">Next</div><div class="pagination-nav__label">API</div></a></nav></div></div>
<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><ul class="table-of-contents table-of-contents__left-border"><li><a href="#a" class="table-of-contents__link toc-highlight">Overview</a></li></ul></div></div></div></div></main></div></div></div>
<footer class="footer footer--dark"><div class="container container-fluid"><div class="footer__bottom text--center"><div class="footer__copyright">Copyright © 2026 Orbit contributors. Built with Docusaurus.</div></div></div></footer></div>'''
    return page(f"{a['title']} | Orbit", '<meta property="og:title" content="%s | Orbit">' % esc(a["title"]), html_), a["title"]


def mediawiki(a, rng):
    html_ = f'''<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"><div class="sitenotice"><p>Join the spring editing drive: help us improve five hundred articles this month.</p></div></div>
<div class="mw-indicators"></div><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">{esc(a["title"])}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Openpedia, the free encyclopedia</div><div id="contentSub"></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a> <a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">{esc(a["title"])}</th></tr><tr><th class="infobox-label">Field</th><td class="infobox-data">General</td></tr></tbody></table>
{body(a, {"permalinks": "edit"})}
<div class="reflist"><h2><span class="mw-headline" id="References">References</span></h2><ol class="references"><li id="cite_note-1"><span class="reference-text">Example source, 2024.</span></li></ol></div>
<div role="navigation" class="navbox"><table class="nowraplinks"><tbody><tr><th class="navbox-title">Related topics</th></tr><tr><td class="navbox-list">{menu(["One", "Two", "Three", "Four"])}</td></tr></tbody></table></div>
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Categories">Categories</a>: <ul><li><a href="/c1">Guides</a></li><li><a href="/c2">Topics</a></li></ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal" class="vector-menu" aria-labelledby="p-personal-label">{menu(["Create account", "Log in"])}</nav></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/"></a></div><nav id="p-navigation" class="vector-menu mw-portlet">{menu(["Main page", "Contents", "Current events", "Random article", "About", "Donate"])}</nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod">This page was last edited on 2 January 2026.</li><li id="footer-info-copyright">Text is available under a free licence; additional terms may apply.</li></ul></footer>'''
    return page(f"{a['title']} - Openpedia", "", html_), a["title"]


def forum(a, rng):
    first = body(a, {})
    replies = "".join(f'''<article class="boxed onscreen-post topic-post" id="post_{i + 2}" data-post-id="{i + 2}"><div class="row"><div class="topic-avatar"><a href="/u/user{i}">user{i}</a></div><div class="topic-body clearfix"><div class="topic-meta-data"><div class="names"><span class="first username"><a href="/u/user{i}">user{i}</a></span></div><div class="post-infos"><span class="post-date">Jan {i + 3}</span></div></div><div class="regular contents"><div class="cooked"><p>{esc(t)} Thanks for writing this up, it matches what we saw in our own setup.</p></div><section class="post-menu-area clearfix"><nav class="post-controls"><button class="like">Like</button><button class="reply">Reply</button></nav></section></div></div></div></article>''' for i, (o, t) in enumerate(teasers(rng, a, 2)))
    html_ = f'''<section id="main"><header class="d-header"><div class="wrap"><div class="contents"><div class="title"><a href="/"><img id="site-logo" class="logo-big" src="/logo.png" alt="Builders Forum"></a></div><div class="panel"><ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><a href="/search">Search</a></li><li><a href="/login">Log In</a></li></ul></div></div></div></header>
<div id="main-outlet" class="wrap"><div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="{rng.randint(1000, 9999)}"><a href="/t/x" class="fancy-title">{esc(a["title"])}</a></h1><div class="topic-category"><span class="badge-category"><span class="badge-category__name">General</span></span></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic"><div class="posts-wrapper">
<article class="boxed onscreen-post topic-post" id="post_1" data-post-id="1"><div class="row"><div class="topic-avatar"><a href="/u/author">author</a></div><div class="topic-body clearfix"><div class="topic-meta-data"><div class="names"><span class="first username"><a href="/u/author">author</a></span></div><div class="post-infos"><span class="post-date">Jan 2</span></div></div><div class="regular contents"><div class="cooked">
{first}
</div><section class="post-menu-area clearfix"><nav class="post-controls"><button class="like">Like</button><button class="share">Share</button></nav></section></div></div></div></article>
{replies}
</div></section></div></div>
<div class="suggested-topics"><h3>Suggested Topics</h3><table>{"".join(f'<tr><td><a href="/t/{o["id"]}">{esc(o["title"])}</a></td><td>12</td></tr>' for o, _ in teasers(rng, a, 3))}</table></div></div></section>'''
    return page(f"{a['title']} - General - Builders Forum", "", html_), a["title"]


def rfc(a, rng):
    number = 9000 + ALL.index(a) * 7
    lines = []
    for block in a["blocks"]:
        if block[0] in ("p", "quote"):
            text = plain(block[1])
            words, line = text.split(), "   "
            for word in words:
                if len(line) + len(word) > 72:
                    lines.append(line.rstrip())
                    line = "   "
                line += word + " "
            lines.append(line.rstrip())
            lines.append("")
        elif block[0] == "h2":
            lines.append(f"{len(lines) % 9 + 1}.  {block[1]}")
            lines.append("")
        elif block[0] == "ul":
            for item in block[1]:
                lines.append(f"   o  {plain(item)}")
            lines.append("")
    header = f'''<span class="pre noprint docinfo">[<a href="/" title="Document search and retrieval page">Docs</a>] [<a href="/rfc/rfc{number}.txt" title="Plaintext version of this document">txt</a>|<a href="/pdf/rfc{number}" title="PDF version of this document">pdf</a>] [<a href="/doc/rfc{number}/" title="Tracker information">Tracker</a>] [<a href="/errata">Errata</a>]</span>
<span class="pre noprint docinfo">                                                        PROPOSED STANDARD</span>
Internet Engineering Task Force (IETF)                        A. Example
Request for Comments: {number}                                   Example Labs
Category: Standards Track                                   January 2026
ISSN: 2070-1721

<span class="h1">{esc(a["title"])}</span>

Abstract

'''
    text = esc("\n".join(lines))
    html_ = f'''<div class="content"><pre>{header}{text}
Author's Address

   A. Example
   Example Labs
   Email: a@example.org
</pre></div>'''
    return page(f"RFC {number}: {a['title']}", "", html_), f"RFC {number}: {a['title']}"


def zh_portal(a, rng):
    rel = teasers(rng, a, 4, zh=True)
    html_ = f'''<div class="top-nav"><div class="tn-bg"><div class="tn-header"><a href="/">新闻网首页</a>{menu(ZH_MENU, "nav-list")}<div class="tn-user"><a href="/login">登录</a> <a href="/reg">注册</a></div></div></div></div>
{cookie_banner(zh=True) if rng.random() < 0.4 else ""}
<div class="main-content w1240"><div class="channel-path"><a href="/">首页</a> &gt; <a href="/news">新闻中心</a> &gt; <span>正文</span></div>
<h1 class="main-title">{esc(a["title"])}</h1>
<div class="top-bar-wrap"><div class="date-source"><span class="date">2026年01月{rng.randint(10, 28)}日 {rng.randint(8, 22)}:{rng.randint(10, 59)}</span><a class="source" href="/src">城市晚报</a></div><div class="share-box"><span>分享到：</span><a href="#">微博</a><a href="#">微信</a><a href="#">QQ空间</a></div></div>
<div class="article-content clearfix"><div class="article-content-left"><div class="article" id="article">
{body(a, {})}
<p class="show_author">责任编辑：王晓明</p>
</div>
<div class="article-bottom"><div class="keywords"><span>文章关键词：</span><a href="/k1">城市</a><a href="/k2">生活</a></div><div class="appendQr"><p>扫描二维码，关注我们的官方公众号，获取更多本地新闻。</p></div></div>
<div class="related-news"><h3>相关阅读</h3><ul>{"".join(f'<li><a href="/{o["id"]}">{esc(o["title"])}</a></li>' for o, _ in rel[:2])}</ul></div>
<div class="comment-wrap"><h3>网友评论</h3><div class="comment-item"><p>这篇报道写得很详细，希望以后多发布这样的内容。</p></div><div class="comment-item"><p>{esc(rel[0][1])}</p></div></div></div>
<div class="article-content-right"><div class="side-hot"><h3>热门推荐</h3>{"".join(f'<div class="hot-item"><a href="/{o["id"]}">{esc(o["title"])}</a><p>{esc(t)}</p></div>' for o, t in rel[2:])}</div></div></div></div>
<div class="footer"><p>新闻网版权所有 © 2026 未经授权禁止转载</p>{menu(["关于我们", "联系我们", "广告服务", "隐私政策"])}</div>'''
    return page(f"{a['title']}_新闻网", '<meta property="og:site_name" content="新闻网">', html_, lang="zh"), a["title"]


def zhihu(a, rng):
    html_ = f'''<div id="root"><div class="App"><header class="AppHeader"><div class="AppHeader-inner"><a href="/" aria-label="知乎">知乎</a><nav class="AppHeader-nav">{menu(["首页", "会员", "发现", "等你来答"])}</nav><div class="SearchBar"><input placeholder="搜索"></div></div></header>
<main role="main" class="App-main"><div class="Post-content"><div class="ColumnPageHeader-Wrapper"><div class="ColumnPageHeader-content"><a href="/column/x">读书与生活</a><button class="FollowButton">关注专栏</button></div></div>
<article class="Post-Main Post-NormalMain"><header class="Post-Header"><h1 class="Post-Title">{esc(a["title"])}</h1><div class="Post-Author"><div class="AuthorInfo"><a href="/people/x">陈默</a><div class="AuthorInfo-badge">科普作者</div></div></div><div class="LabelContainer-wrapper"></div></header>
<div class="Post-RichTextContainer"><div class="css-376mun"><div class="RichText ztext Post-RichText css-1g0fqss">
{body(a, {})}
</div></div></div>
<div class="ContentItem-time">发布于 2026-01-{rng.randint(10, 28)} 09:{rng.randint(10, 59)}・IP 属地北京</div>
<div class="Post-topicsAndReviewer"><div class="TopicList Post-Topics"><a href="/topic/1">生活</a><a href="/topic/2">健康</a></div></div>
<div class="RichContent-actions"><button class="VoteButton">赞同 {rng.randint(100, 999)}</button><button class="ContentItem-action">{rng.randint(10, 99)} 条评论</button><button>分享</button><button>喜欢</button><button>收藏</button></div></article>
<div class="Post-Sub Post-NormalSub"><div class="Comments-container"><div class="CommentItem"><p>写得很清楚，收藏了，以后慢慢看。</p></div></div>
<div class="Recommendations-Main"><h3>推荐阅读</h3>{"".join(f'<div class="PostItem"><a href="/p/{o["id"]}">{esc(o["title"])}</a><p>{esc(t)}</p></div>' for o, t in teasers(rng, a, 2, zh=True))}</div></div></div></main></div></div>'''
    return page(f"{a['title']} - 知乎", "", html_, lang="zh"), a["title"]


def csdn(a, rng):
    html_ = f'''<div id="csdn-toolbar"><div class="toolbar-inside"><div class="toolbar-container"><div class="toolbar-menus">{menu(["博客", "下载", "学习", "社区", "问答", "会员中心"])}</div><div class="toolbar-search"><input placeholder="搜索"></div></div></div></div>
<div class="main_father clearfix d-flex justify-content-center"><div class="container clearfix" id="mainBox"><main><div class="blog-content-box">
<div class="article-header-box"><div class="article-header"><div class="article-title-box"><h1 class="title-article" id="articleContentId">{esc(a["title"])}</h1></div>
<div class="article-info-box"><div class="article-bar-top"><span class="article-type type-1">原创</span><a class="follow-nickName" href="/u">代码旅人</a><span class="time">已于 2026-01-{rng.randint(10, 28)} 10:21:33 修改</span><span class="read-count">阅读量{rng.randint(1, 9)}.{rng.randint(1, 9)}k</span><a class="un-collection">收藏 {rng.randint(10, 99)}</a><span class="get-collection">点赞数 {rng.randint(10, 99)}</span></div>
<div class="blog-tags-box"><span class="label">分类专栏：</span><a class="tag-link" href="/c">技术笔记</a><span class="label">文章标签：</span><a class="tag-link" href="/t">后端</a></div>
<div class="slide-content-box"><div class="article-copyright"><div class="creativecommons">版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。</div></div></div></div></div></div>
<article class="baidu_pl"><div id="article_content" class="article_content clearfix"><div id="content_views" class="markdown_views prism-atom-one-dark">
{body(a, {})}
</div></div></article>
<div class="more-toolbox-new"><div class="toolbox-left"><a class="tool-item-follow">关注</a><a class="tool-item-comment">评论</a></div></div></div>
<div class="recommend-box"><div class="recommend-item-box"><div class="content-box"><a href="/x"><div class="title">{esc(teasers(rng, a, 1, zh=True)[0][0]["title"])}</div><div class="desc">{esc(teasers(rng, a, 1, zh=True)[0][1])}</div></a></div></div></div></main>
<aside class="blog_container_aside"><div id="asideProfile" class="aside-box"><div class="profile-intro"><p>专注后端开发与分布式系统，十年一线经验，分享踩过的坑和总结的方法。</p></div></div><div id="asideHotArticle" class="aside-box"><h3>热门文章</h3>{menu(["如何阅读源码", "一次线上故障复盘", "缓存设计要点"])}</div></aside></div></div>'''
    return page(f"{a['title']}_代码旅人的博客-CSDN博客", "", html_, lang="zh"), a["title"]


def hubspot(a, rng):
    html_ = f'''<div class="body-wrapper hs-content-id-{rng.randint(10000, 99999)} hs-blog-post"><div data-global-resource-path="theme/header.html"><header class="header"><a class="header__logo" href="/">Northwind</a><nav class="menu menu--desktop" aria-label="Main menu">{menu(["Product", "Pricing", "Customers", "Resources", "Company"])}</nav><a class="button" href="/demo">Book a demo</a></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field">{esc(a["title"])}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/ren">Ren Alvarez</a><time datetime="2026-01-15" class="blog-post__timestamp">January 15, 2026</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
{body(a, {})}
</span></div>
<div class="blog-post__tags"><span>Topics:</span><a class="blog-post__tag-link" href="/blog/tag/guides">Guides</a></div></article>
<div class="hs-cta-wrapper"><div class="cta-box"><h3>See Northwind in action</h3><p>Join a live walkthrough with our team and learn how companies like yours save hours every week.</p><a href="/demo">Register now</a></div></div>
<div class="blog-related-posts"><h2>Related posts</h2>{"".join(f'<div class="blog-related-posts__post"><a href="/{o["id"]}"><h3>{esc(o["title"])}</h3></a><p>{esc(t)}</p></div>' for o, t in teasers(rng, a, 3))}</div>
<div class="blog-subscribe"><h3>Subscribe to our blog</h3><form><input type="email"><button>Subscribe</button></form></div></div></div></main>
<footer class="footer"><div class="footer__container">{menu(["About", "Careers", "Press", "Contact", "Security", "Status"])}<p>© 2026 Northwind, Inc.</p></div></footer></div>
{chat_widget() if rng.random() < 0.6 else ""}'''
    return page(f"{a['title']}", '<meta property="og:title" content="%s">' % esc(a["title"]), html_), a["title"]


def hugo(a, rng):
    html_ = f'''<header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h" title="Tidewater (Alt + H)">Tidewater</a></div>{menu(BLOG_MENU, "menu")}</nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="/">Home</a>&nbsp;»&nbsp;<a href="/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">{esc(a["title"])}</h1><div class="post-meta"><span title="2026-01-08">January 8, 2026</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;Jonas Berg</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul><li><a href="#a">Overview</a></li></ul></div></details></div>
<div class="post-content">
{body(a, {"code": "table" if rng.random() < 0.5 else None})}
</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/notes/">Notes</a></li><li><a href="/tags/howto/">How-to</a></li></ul>
<nav class="paginav"><a class="prev" href="/p"><span class="title">« Prev</span><br><span>Older post</span></a><a class="next" href="/n"><span class="title">Next »</span><br><span>Newer post</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share on x" href="#">x</a></li><li><a aria-label="share on linkedin" href="#">in</a></li></ul></footer></article></main>
<footer class="footer"><span>© 2026 <a href="/">Tidewater</a></span> · <span>Powered by <a href="https://gohugo.io/">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">↑</a>'''
    return page(f"{a['title']} | Tidewater", '<meta property="og:title" content="%s">' % esc(a["title"]), html_), a["title"]


def jekyll(a, rng):
    url = f"https://notes.example.org/2026/01/{a['id']}.html"
    show_url = rng.random() < 0.5
    html_ = f'''<header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">Marginalia</a><nav class="site-nav"><input type="checkbox" id="nav-trigger" class="nav-trigger"><label for="nav-trigger"><span class="menu-icon"></span></label><div class="trigger"><a class="page-link" href="/about/">About</a><a class="page-link" href="/archive/">Archive</a></div></nav></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper"><article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">
<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">{esc(a["title"])}</h1><p class="post-meta"><time class="dt-published" datetime="2026-01-19T10:00:00+00:00" itemprop="datePublished">Jan 19, 2026</time> • <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">Ada Kowalski</span></span></p></header>
{f'<p class="post-permalink"><a href="{url}">{url}</a></p>' if show_url else ""}
<div class="post-content e-content" itemprop="articleBody">
{body(a, {})}
</div><a class="u-url" href="{url}" hidden></a></article></div></main>
<footer class="site-footer h-card"><data class="u-url" href="/"></data><div class="wrapper"><h2 class="footer-heading">Marginalia</h2><div class="footer-col-wrapper"><div class="footer-col"><p>Occasional essays on tools, habits and the small decisions that shape how we work.</p></div><div class="footer-col">{menu(["GitHub", "Mastodon", "RSS"], "social-media-list")}</div></div></div></footer>'''
    return page(f"{a['title']} | Marginalia", "", html_), a["title"]


def blogger(a, rng):
    html_ = f'''<div class="content"><div class="content-outer"><header><div class="header-outer"><div class="header section" id="header"><div class="widget Header" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="/">Weekend Workshop</a></h1></div><div class="descriptionwrapper"><p class="description"><span>Projects, repairs and experiments from a small garage.</span></p></div></div></div></div></div></header>
<div class="tabs-outer"><div class="tabs section" id="crosscol"><div class="widget PageList" id="PageList1"><div class="widget-content">{menu(["Home", "Projects", "About"])}</div></div></div></div>
<div class="main-outer"><div class="columns fauxcolumns"><div class="columns-inner"><div class="column-center-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>Saturday, January 17, 2026</span></h2><div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope">
<h3 class="post-title entry-title" itemprop="name">{esc(a["title"])}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-{rng.randint(10 ** 8, 10 ** 9)}" itemprop="description articleBody">
{body(a, {})}
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn">Tomas Reyes</span></span> <span class="post-timestamp">at <a class="timestamp-link" href="/p"><abbr class="published">10:04 AM</abbr></a></span> <span class="post-comment-link"></span></div><div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="#">Email This</a><a class="share-button sb-blog" href="#">BlogThis!</a><a class="share-button sb-twitter" href="#">Share to X</a></div><div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="/l1" rel="tag">projects</a></span></div></div>
</div><div class="comments" id="comments"><h4>No comments:</h4><div id="comment-holder"></div><p class="comment-footer"><a href="#">Post a Comment</a></p></div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/n">Newer Post</a></span><span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/o">Older Post</a></span><a class="home-link" href="/">Home</a></div>
<div class="blog-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="/feeds">Post Comments (Atom)</a></div></div></div></div></div></div>
<div class="column-right-outer"><div class="sidebar section" id="sidebar-right-1"><div class="widget Profile" id="Profile1"><h2>About Me</h2><div class="widget-content"><dl class="profile-datablock"><dd class="profile-textblock">Retired machinist who still cannot leave a broken thing alone. I write up every project so that the next person has an easier time.</dd></dl></div></div><div class="widget BlogArchive" id="BlogArchive1"><h2>Blog Archive</h2><div class="widget-content">{menu(["2026 (4)", "2025 (31)", "2024 (28)"])}</div></div></div></div></div></div></div>
<footer><div class="footer-outer"><div class="widget Attribution" id="Attribution1"><div class="widget-content">Powered by <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div></div></footer></div></div>'''
    return page(f"Weekend Workshop: {a['title']}", "", html_), a["title"]


# Each template with the languages of the articles it shows.
TEMPLATES = [
    (wordpress, "en"), (ghost, "en"), (medium, "en"), (substack, "en"), (news, "en"), (sphinx, "en"),
    (mkdocs, "any"), (docusaurus, "en"), (mediawiki, "en"), (forum, "en"), (rfc, "en"), (zh_portal, "zh"),
    (zhihu, "zh"), (csdn, "zh"), (hubspot, "en"), (hugo, "any"), (jekyll, "en"), (blogger, "en"),
]
PAGES_PER_TEMPLATE = 9


def main():
    pages_dir = os.path.join(OUT, "pages")
    articles_dir = os.path.join(OUT, "articles")
    os.makedirs(pages_dir, exist_ok=True)
    os.makedirs(articles_dir, exist_ok=True)
    for name in os.listdir(pages_dir):
        os.remove(os.path.join(pages_dir, name))
    for article in ALL:
        with open(os.path.join(articles_dir, article["id"] + ".txt"), "w", encoding="utf-8") as out:
            out.write(expected_text(article) + "\n")
    rows = ["page\tarticle\ttitle"]
    number = 0
    for template, language in TEMPLATES:
        rng = random.Random(template.__name__)
        pool = EN if language == "en" else ZH if language == "zh" else ALL
        if template is rfc:
            pool = [a for a in EN if a["id"] in ("gentle-retry-rfc", "retry-budgets", "kafka-rebalancing", "postgres-vacuum")]
        chosen = [pool[(i * 5 + len(template.__name__)) % len(pool)] for i in range(PAGES_PER_TEMPLATE)]
        seen = set()
        for article in chosen:
            if (article["id"]) in seen and len(pool) >= PAGES_PER_TEMPLATE:
                continue
            seen.add(article["id"])
            number += 1
            markup, title = template(article, rng)
            name = f"{number:03d}-{template.__name__}-{article['id']}.html"
            with open(os.path.join(pages_dir, name), "w", encoding="utf-8") as out:
                out.write(markup)
            rows.append(f"{name}\t{article['id']}\t{title}")
    with open(os.path.join(OUT, "expected.tsv"), "w", encoding="utf-8") as out:
        out.write("\n".join(rows) + "\n")
    print(f"{number} pages, {len(ALL)} articles")


if __name__ == "__main__":
    main()
