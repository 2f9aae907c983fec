<?xml version="1.0" encoding="UTF-8"?>
<!-- Shows an RSS feed opened in a browser as a page: what it is, the address to copy into a
     reader, and its items. Readers ignore it. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:atom="http://www.w3.org/2005/Atom">
<xsl:output method="html" encoding="UTF-8" indent="no"/>
<xsl:template match="/rss/channel">
<html lang="zh-CN">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title><xsl:value-of select="title"/>（订阅源）</title>
<style>
:root { color-scheme: light dark; --ink: #1f2328; --muted: #5b636d; --paper: #fdfcf9; --rule: #e4e0d8; --accent: #8c2f1c; --soft: #f6ebe6; }
@media (prefers-color-scheme: dark) { :root { --ink: #e6e3dc; --muted: #a8a39a; --paper: #17181a; --rule: #33353a; --accent: #f0a58f; --soft: #2c211e; } }
body { margin: 0 auto; max-width: 44rem; padding: 1rem; background: var(--paper); color: var(--ink);
       font: 17px/1.8 system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; }
a { color: var(--accent); }
.about { background: var(--soft); border-radius: 8px; padding: .8rem 1rem; }
.about p { margin: .3rem 0; }
.copy { display: block; font: .85rem/1.5 ui-monospace, monospace; padding: .4rem; border: 1px solid var(--rule); border-radius: 6px; background: var(--paper); user-select: all; -webkit-user-select: all; overflow-wrap: anywhere; }
h1 { font-size: 1.5rem; line-height: 1.4; margin: .8rem 0 .4rem; }
h2 { font-size: 1.05rem; line-height: 1.5; margin: 0; }
ol { list-style: none; padding: 0; }
li { border-bottom: 1px solid var(--rule); padding: .8rem 0; }
.meta { color: var(--muted); font-size: .85rem; margin: .1rem 0; }
.summary { color: var(--muted); font-size: .95rem; margin: .2rem 0 0; display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
</style>
</head>
<body>
<p class="meta"><a href="{link}">← 返回网站</a></p>
<h1><xsl:value-of select="title"/></h1>
<div class="about">
<p>这是一个<strong>订阅源</strong>：把下面的地址复制到 RSS 阅读器（如 Feedly、Inoreader、NetNewsWire），有新内容时阅读器会自动收到。</p>
<p>订阅地址（点一下即可全选）：<code class="copy"><xsl:value-of select="atom:link[@rel='self']/@href"/></code></p>
<p><xsl:value-of select="description"/></p>
</div>
<ol>
<xsl:for-each select="item">
<li>
<h2><a href="{link}"><xsl:value-of select="title"/></a></h2>
<p class="meta"><xsl:call-template name="day"><xsl:with-param name="rfc822" select="pubDate"/></xsl:call-template></p>
<p class="summary"><xsl:value-of select="description"/></p>
</li>
</xsl:for-each>
</ol>
<xsl:if test="not(item)"><p class="meta">暂时还没有条目：有新内容时，阅读器会收到。</p></xsl:if>
</body>
</html>
</xsl:template>
<!-- "Sat, 07 Oct 2023 05:23:11 +0800" as 2023-10-07, the site's date style -->
<xsl:template name="day">
<xsl:param name="rfc822"/>
<xsl:variable name="rest" select="substring-after($rfc822, ', ')"/>
<xsl:variable name="month" select="substring($rest, 4, 3)"/>
<xsl:value-of select="concat(substring($rest, 8, 4), '-', substring(substring-after('Jan01Feb02Mar03Apr04May05Jun06Jul07Aug08Sep09Oct10Nov11Dec12', $month), 1, 2), '-', substring($rest, 1, 2))"/>
</xsl:template>
</xsl:stylesheet>
