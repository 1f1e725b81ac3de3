"""The three site templates a document's HTML content is set in: police, cms (SiteVision-like) and news.

Each template is one f-string with the site's chrome (cookie banners, menus, footers) around
``content``; the chrome is what the pipeline must learn to leave out.
"""

import hashlib
import html as _html
import re

from .source import SourceDoc


def _slug(s: str) -> str:
    s = s.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def _hnum(s: str, mod: int) -> int:
    return int(hashlib.sha1(s.encode("utf-8")).hexdigest()[:8], 16) % mod


def _attachments(doc: SourceDoc, name: str) -> list[tuple[str, str]]:
    slug = _slug(doc.title)[:60]
    kb = 90 + _hnum(name, 400)
    atts = [(f"/download/18.{_hnum(name, 99999):x}/{slug}.pdf", f"{doc.title} (pdf, {kb} kB)")]
    if _hnum(name + "x", 2):
        atts.append(
            (
                f"/download/18.{_hnum(name + 'y', 99999):x}/overenskommelse-om-samverkan.pdf",
                f"Samverkansöverenskommelse (pdf, {kb + 57} kB)",
            )
        )
    return atts


_COMMON_SCRIPT = """<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}</script>
<script src="/static/js/vendor.min.js" defer></script>"""


def _html_police(doc: SourceDoc, content: str, name: str, site: str, meta_tag: str) -> str:
    atts = "\n".join(f'      <li><a href="{u}">{_html.escape(t)}</a></li>' for u, t in _attachments(doc, name))
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
{meta_tag}<title>{_html.escape(doc.title)} | Polismyndigheten</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/css/main.css">
{_COMMON_SCRIPT}
</head>
<body class="page-local">
<noscript><div class="js-warning">Javascript är inte påslaget i din webbläsare. Vissa funktioner fungerar inte.</div></noscript>
<div id="cookie-consent" class="consent-banner" role="dialog" aria-label="Kakor">
  <p>Vi använder kakor (cookies) för att förbättra webbplatsen. Läs mer om hur vi använder kakor.</p>
  <button type="button" class="btn-accept">Godkänn alla kakor</button>
  <button type="button" class="btn-necessary">Endast nödvändiga kakor</button>
</div>
<a class="skip-link" href="#main-content">Gå direkt till innehållet</a>
<header class="site-header">
  <a href="/" class="logo"><img src="/static/img/polisen-logo.svg" alt="Polisen"></a>
  <form class="search" action="/sok/" role="search">
    <label for="q">Sök på polisen.se</label>
    <input id="q" name="q" type="search" placeholder="Sök på polisen.se">
    <button type="submit">Sök</button>
  </form>
  <ul class="service-links"><li><a href="/kontakta-polisen/">Kontakta Polisen</a></li><li><a href="/other-languages/">Other languages</a></li><li><a href="/lattlast/">Lättläst</a></li></ul>
</header>
<nav class="main-nav" aria-label="Huvudmeny">
  <ul>
    <li><a href="/aktuellt/">Aktuellt</a></li>
    <li><a href="/utsatt-for-brott/">Utsatt för brott</a></li>
    <li><a href="/tjanster-tillstand/">Tjänster och tillstånd</a></li>
    <li><a href="/om-polisen/">Om Polisen</a></li>
    <li><a href="/jobba-hos-oss/">Jobba hos oss</a></li>
  </ul>
</nav>
<main id="main-content">
  <nav class="breadcrumbs" aria-label="Brödsmulor"><span>Du är här:</span> <a href="/">Startsida</a> › <a href="/om-polisen/">Om Polisen</a> › <a href="/om-polisen/medborgarloften/">Medborgarlöften</a></nav>
  <div class="page-tools"><button class="listen">Lyssna på sidan</button> <button class="share">Dela sidan</button> <button class="print">Skriv ut sidan</button></div>
  <article class="article-content">
{content}
    <section class="documents">
      <h2 class="documents-title">Dokument</h2>
      <ul>
{atts}
      </ul>
    </section>
  </article>
  <aside class="related">
    <h2>Relaterat</h2>
    <ul>
      <li><a href="/om-polisen/medborgarloften/">Så arbetar vi med medborgarlöften</a></li>
      <li><a href="/om-polisen/lokal-polis/">Hitta din lokala polis</a></li>
      <li><a href="/utsatt-for-brott/polisanmalan/">Gör en polisanmälan</a></li>
    </ul>
  </aside>
  <p class="updated">Senast ändrad på polisen.se</p>
</main>
<footer class="site-footer">
  <a href="#top" class="to-top">Till toppen</a>
  <div class="footer-cols">
    <p>Polismyndigheten<br>Box 12256<br>102 26 Stockholm</p>
    <p>Telefon 114 14<br>Vid akut nödsituation ring 112</p>
    <ul><li><a href="/om-webbplatsen/">Om webbplatsen</a></li><li><a href="/tillganglighet/">Tillgänglighetsredogörelse</a></li><li><a href="/kakor/">Om kakor</a></li></ul>
  </div>
</footer>
<script src="/static/js/main.js"></script>
<script>document.querySelector('.btn-accept').addEventListener('click',function(){{document.getElementById('cookie-consent').remove();}});</script>
</body>
</html>
"""


def _html_cms(doc: SourceDoc, content: str, name: str, site: str, meta_tag: str) -> str:
    atts = "\n".join(
        f'        <li><a class="sv-link" href="{u}">{_html.escape(t)}</a></li>' for u, t in _attachments(doc, name)
    )
    return f"""<!DOCTYPE html>
<html lang="sv" class="sv-no-js">
<head>
{meta_tag}<title>{_html.escape(doc.title)} - {_html.escape(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="/sitevision/system-resource/css/sv-bundle.css">
{_COMMON_SCRIPT}
<script src="/sitevision/system-resource/js/envision.js"></script>
</head>
<body>
<div class="sv-layout" id="svid10_cookie">
  <div class="cookie-bar" role="region" aria-label="Kakor">
    <p>Den här webbplatsen använder kakor för att ge dig en bättre upplevelse.</p>
    <button class="sv-cookie-accept">Acceptera kakor</button>
    <a href="/om-webbplatsen/kakor">Inställningar för kakor</a>
  </div>
</div>
<div class="sv-layout" id="svid10_header">
  <div class="header-top"><a href="/"><img src="/images/logotyp.svg" alt="{_html.escape(site)}, till startsidan"></a>
    <ul class="tools"><li><a href="/lyssna">Lyssna</a></li><li><a href="/languages">Languages</a></li><li><a href="/e-tjanster">E-tjänster</a></li></ul>
  </div>
  <form class="sv-searchform" action="/sok" method="get">
    <label for="search">Vad letar du efter?</label>
    <input type="text" name="query" id="search"><button type="submit">Sök</button>
  </form>
  <div class="sv-layout main-menu">
    <ul>
      <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
      <li><a href="/bo-bygga-och-miljo">Bo, bygga och miljö</a></li>
      <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
      <li><a href="/uppleva-och-gora">Uppleva och göra</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </div>
</div>
<div class="sv-layout breadcrumb-wrap"><ol class="breadcrumb"><li><a href="/">Start</a></li><li><a href="/kommun-och-politik">Kommun och politik</a></li><li><a href="/kommun-och-politik/trygghet-och-sakerhet">Trygghet och säkerhet</a></li></ol></div>
<div id="content" class="sv-layout">
  <div class="sv-row">
    <div class="sv-column-8">
      <div class="sv-text-portlet page-actions"><a href="#" class="print">Skriv ut</a> <a href="#" class="readspeaker">Lyssna på sidan</a></div>
      <div class="sv-text-portlet sv-use-margins">
{content}
      </div>
      <div class="sv-text-portlet files">
        <h3 class="subheading">Filer</h3>
        <ul>
{atts}
        </ul>
      </div>
      <div class="sv-text-portlet page-info"><p>Senast uppdaterad: {_html.escape(doc.meta.get("html_date", "2024-02-14"))}</p><p>Sidansvarig: Kommunikationsenheten</p></div>
      <div class="feedback"><p>Var den här sidan till hjälp?</p><button>Ja</button><button>Nej</button></div>
    </div>
    <div class="sv-column-4">
      <aside class="related-links"><h2>Relaterat</h2>
        <ul><li><a href="/brottsforebyggande-radet">Brottsförebyggande rådet</a></li><li><a href="/trygghetsvandringar">Trygghetsvandringar</a></li><li><a href="/krisberedskap">Krisberedskap</a></li></ul>
      </aside>
    </div>
  </div>
</div>
<div class="sv-layout" id="svid10_footer">
  <footer>
    <p>{_html.escape(site)} · Kontaktcenter 0000-00 00 00 · kommun@example.se</p>
    <p>Följ oss: <a href="#">Facebook</a> <a href="#">Instagram</a></p>
    <ul><li><a href="/tillganglighet">Tillgänglighetsredogörelse</a></li><li><a href="/personuppgifter">Behandling av personuppgifter</a></li></ul>
    <a href="#top" class="to-top">Till toppen</a>
  </footer>
</div>
<script src="/sitevision/system-resource/js/sv-bundle.js"></script>
</body>
</html>
"""


def _html_news(doc: SourceDoc, content: str, name: str, site: str, meta_tag: str) -> str:
    atts = _attachments(doc, name)
    att_links = " ".join(f'<a href="{u}" class="file">{_html.escape(t)}</a>' for u, t in atts)
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
{meta_tag}<title>{_html.escape(doc.title)} – Nyheter – {_html.escape(site)}</title>
<link rel="stylesheet" href="/assets/styles.css">
{_COMMON_SCRIPT}
</head>
<body>
<div class="cookie-notice"><p>Vi använder cookies för statistik och för att sidan ska fungera.</p><button>Jag förstår</button> <a href="/cookies">Läs mer om cookies</a></div>
<div class="topbar"><a href="/">{_html.escape(site)}</a>
  <form action="/sok"><input type="search" name="q" aria-label="Sök"><button>Sök</button></form>
</div>
<nav class="menu"><a href="/nyheter">Nyheter</a> | <a href="/evenemang">Evenemang</a> | <a href="/kontakt">Kontakta oss</a> | <a href="/om-oss">Om oss</a></nav>
<div class="crumbs"><a href="/">Hem</a> / <a href="/nyheter">Nyheter</a> / Trygghet</div>
<div class="wrapper">
  <div class="news-meta"><span class="date">Publicerad {_html.escape(doc.meta.get("html_date", "2024-03-05"))}</span> <span class="cat">Trygghet och säkerhet</span></div>
  <div class="readspeaker"><a href="#">Lyssna på sidan</a></div>
  <div class="article-body">
{content}
    <p class="attachments">Bilagor: {att_links}</p>
  </div>
  <div class="share-box"><span>Dela:</span> <a href="#">Dela på Facebook</a> <a href="#">Dela på LinkedIn</a> <a href="#">Kopiera länk</a></div>
  <div class="related-news">
    <h2>Fler nyheter</h2>
    <div class="news-card"><h3><a href="/nyheter/1">Nytt nummer till kundtjänst från och med måndag</a></h3><p>Kort notis om ändrade öppettider under helgdagarna. <a href="/nyheter/1">Läs mer</a></p></div>
    <div class="news-card"><h3><a href="/nyheter/2">Återvinningscentralen håller stängt på annandagen</a></h3><p>Planera ditt besök. <a href="/nyheter/2">Läs mer</a></p></div>
  </div>
  <aside class="sidebar"><h2>Relaterat</h2><ul><li><a href="/trygghet">Trygghet i vardagen</a></li><li><a href="/nyhetsbrev">Prenumerera på nyheter</a></li></ul></aside>
</div>
<footer class="page-footer"><p>© {_html.escape(site)}</p><p><a href="/tillganglighet">Tillgänglighet</a> · <a href="/cookies">Cookies</a></p><p><a href="#top">Till toppen</a></p></footer>
<script src="/assets/app.js"></script>
</body>
</html>
"""


PAGES = {"police": _html_police, "cms": _html_cms, "news": _html_news}
